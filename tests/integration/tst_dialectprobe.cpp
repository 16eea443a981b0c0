// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfixture.h"
#include "core/services/dialectprobe.h"

#include <QSignalSpy>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(std::optional<Gregor::DialectKind>)

// "Auto-detect" against the in-process sandbox made to look like each kind of server: the sandbox
// speaks every dialect, so the paths a server lacks answer 404 through a status fault.
class TestDialectProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void detects_data()
    {
        QTest::addColumn<QStringList>("missingPaths");
        QTest::addColumn<int>("auth");
        QTest::addColumn<std::optional<DialectKind>>("expected");
        const int basic = int(ConnectionSettings::AuthKind::Basic);
        const int token = int(ConnectionSettings::AuthKind::AuthToken);
        QTest::newRow("Upstash answers first")
            << QStringList{} << basic << std::optional(DialectKind::Upstash);
        QTest::newRow("Platform: v3 beside v2")
            << QStringList{u"/topics"_s} << basic << std::optional(DialectKind::ConfluentV3);
        QTest::newRow("a v2-only proxy")
            << QStringList{u"/v3/*"_s} << basic << std::optional(DialectKind::ConfluentV2);
        QTest::newRow("Confluent Cloud: /kafka/v3 only")
            << QStringList{u"/topics*"_s, u"/v3/*"_s} << basic << std::optional(DialectKind::ConfluentCloud);
        QTest::newRow("Message Hub with a token first")
            << QStringList{} << token << std::optional(DialectKind::ConfluentV1);
        QTest::newRow("nothing at all") << QStringList{u"/*"_s} << basic << std::optional<DialectKind>();
    }
    void detects()
    {
        QFETCH(QStringList, missingPaths);
        QFETCH(int, auth);
        QFETCH(std::optional<DialectKind>, expected);
        Sandbox::SandboxOptions options;
        options.dialect = Sandbox::SandboxOptions::Dialect::Confluent; // GET /topics answers a list
        if (auth == int(ConnectionSettings::AuthKind::AuthToken))
            options.token = u"t0ken"_s;
        else
            options.basicUser = u"key"_s, options.basicPassword = u"secret"_s;
        auto server = startSandbox(options);
        QVERIFY(server->createTopic(u"orders"_s, 2));
        // The first row keeps Upstash's map: its probe must not be taken for Confluent's list.
        if (QByteArray(QTest::currentDataTag()) == "Upstash answers first")
            server = [&] {
                options.dialect = Sandbox::SandboxOptions::Dialect::Upstash;
                auto s = startSandbox(options);
                s->createTopic(u"orders"_s, 2);
                return s;
            }();
        for (const QString &path : std::as_const(missingPaths)) {
            const auto fault = Sandbox::FaultSpec::parse(QString(u"status=404@"_s + path));
            QVERIFY2(fault, qPrintable(fault.error_or(QString())));
            server->addFault(*fault);
        }
        ConnectionProfile profile;
        profile.baseUrl = server->url();
        profile.proxy = ConnectionSettings::ProxyKind::None;
        profile.auth = ConnectionSettings::AuthKind(auth);
        profile.user = u"key"_s;
        DialectProbe probe(
            profile, {auth == int(ConnectionSettings::AuthKind::AuthToken) ? u"t0ken"_s : u"secret"_s, {}});
        QSignalSpy finished(&probe, &DialectProbe::finished);
        probe.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 15000);
        const auto found = finished.first().at(0).value<std::optional<DialectKind>>();
        QCOMPARE(found, expected);
        const QString detail = finished.first().at(1).toString();
        QVERIFY(!detail.isEmpty());
        if (expected)
            QVERIFY2(detail.contains(dialectName(*expected)), qPrintable(detail));
    }
};

QTEST_GUILESS_MAIN(TestDialectProbe)
#include "tst_dialectprobe.moc"
