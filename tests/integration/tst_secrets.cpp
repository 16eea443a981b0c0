// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "clientfixture.h"
#include "core/http/curl.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace Gregor;
using namespace Gregor::Test;
using namespace Qt::StringLiterals;

namespace {
QMutex s_mutex;
QStringList s_log;
QtMessageHandler s_previous = nullptr;
QLoggingCategory::CategoryFilter s_previousFilter = nullptr;

// Turns gregor.* debug output on whatever QT_LOGGING_RULES says (ctest switches debug off).
void enableGregor(QLoggingCategory *category)
{
    if (s_previousFilter)
        s_previousFilter(category);
    if (qstrncmp(category->categoryName(), "gregor.", 7) == 0)
        category->setEnabled(QtDebugMsg, true);
}

void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_mutex);
        s_log.append(QString::fromLatin1(context.category ? context.category : "") + u' ' + message);
    }
    if (s_previous && type != QtDebugMsg)
        s_previous(type, context, message);
}
} // namespace

// No secret ever reaches the journal, the gregor.http log or a copied curl command (unless the
// user asks for it in clear): Basic, X-Auth-Token and Bearer, on success and on failure.
class TestSecrets : public QObject
{
    Q_OBJECT
    std::unique_ptr<Sandbox::SandboxServer> m_server;
    const QString m_password = u"pa55-w0rd-s3cr3t"_s;
    const QString m_token = u"t0k3n-abcdef-987"_s;

    QStringList forbidden() const
    {
        return {m_password, m_token, QString::fromLatin1((u"alice:"_s + m_password).toUtf8().toBase64()),
                QString::fromLatin1(m_token.toUtf8().toBase64())};
    }
    void verifyClean(const QString &text, const char *where)
    {
        for (const QString &secret : forbidden())
            QVERIFY2(!text.contains(secret), qPrintable(QString::fromLatin1(where) + u": "_s + text));
    }
    QString journalText(const Journal &journal)
    {
        QString all;
        for (int row = 0; row < journal.size(); ++row) {
            const JournalEntry &e = journal.at(row);
            all += QString::fromLatin1(e.method) + e.url.toString() + QString::fromUtf8(e.requestBody) +
                   QString::fromUtf8(e.responseBody) + e.error;
            for (const auto &[name, value] : e.requestHeaders + e.responseHeaders)
                all += QString::fromLatin1(name) + u": "_s + QString::fromUtf8(value) + u'\n';
        }
        return all;
    }
    void exercise(KafkaClient &client)
    {
        Waiter<QList<TopicInfo>> topics;
        client.listTopics(this, topics.callback());
        GREGOR_AWAIT(topics);
        Waiter<QList<ProduceResult>> produced;
        client.produce({record(u"t"_s, "v"_ba, "k"_ba)}, this, produced.callback());
        GREGOR_AWAIT(produced);
        Waiter<ReadSummary> read;
        client.read({u"t"_s, {}, OffsetSpec::earliest(), 0, 10}, this, {}, read.callback());
        GREGOR_AWAIT(read);
    }

private Q_SLOTS:
    void initTestCase()
    {
        s_previousFilter = QLoggingCategory::installFilter(enableGregor);
        s_previous = qInstallMessageHandler(capture);
        Sandbox::SandboxOptions options;
        options.basicUser = u"alice"_s;
        options.basicPassword = m_password;
        options.token = m_token;
        m_server = startSandbox(options);
        QVERIFY(m_server->createTopic(u"t"_s, 1));
    }
    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previous);
        QLoggingCategory::installFilter(s_previousFilter);
    }

    void noSecretAnywhere_data()
    {
        QTest::addColumn<DialectKind>("dialect");
        QTest::addColumn<ConnectionSettings::AuthKind>("auth");
        QTest::addColumn<bool>("wrongSecret");
        QTest::newRow("upstash basic")
            << DialectKind::Upstash << ConnectionSettings::AuthKind::Basic << false;
        QTest::newRow("upstash basic, wrong password")
            << DialectKind::Upstash << ConnectionSettings::AuthKind::Basic << true;
        QTest::newRow("v2 bearer") << DialectKind::ConfluentV2 << ConnectionSettings::AuthKind::Bearer
                                   << false;
        QTest::newRow("v2 bearer, wrong token")
            << DialectKind::ConfluentV2 << ConnectionSettings::AuthKind::Bearer << true;
        QTest::newRow("v1 token") << DialectKind::ConfluentV1 << ConnectionSettings::AuthKind::AuthToken
                                  << false;
        QTest::newRow("v1 token, wrong")
            << DialectKind::ConfluentV1 << ConnectionSettings::AuthKind::AuthToken << true;
    }
    void noSecretAnywhere()
    {
        QFETCH(DialectKind, dialect);
        QFETCH(ConnectionSettings::AuthKind, auth);
        QFETCH(bool, wrongSecret);
        ConnectionSettings settings = settingsFor(*m_server, dialect);
        settings.auth = auth;
        settings.user = u"alice"_s;
        settings.secret = auth == ConnectionSettings::AuthKind::Basic ? m_password : m_token;
        if (wrongSecret) // a wrong secret that is still a secret
            settings.secret = m_password + u"-"_s + m_token;
        settings.maxRetries = 0;
        {
            QMutexLocker lock(&s_mutex);
            s_log.clear();
        }
        Journal journal;
        auto client = createKafkaClient(settings, &journal);
        exercise(*client);
        QVERIFY(journal.size() >= 3);
        if (!wrongSecret)
            QCOMPARE(journal.at(0).status, 200);
        else
            QCOMPARE(journal.at(0).status, 401);
        verifyClean(journalText(journal), "journal");
        QString log;
        {
            QMutexLocker lock(&s_mutex);
            log = s_log.join(u'\n');
        }
        QVERIFY2(log.contains(u"gregor.http"_s), "the gregor.http category was not captured");
        verifyClean(log, "log");
        for (int row = 0; row < journal.size(); ++row) {
            const QString curl = curlCommand(settings, journal.at(row));
            verifyClean(curl, "curl");
            QVERIFY(curl.contains(u"$GREGOR_"_s));
            QVERIFY(curlCommand(settings, journal.at(row), {true, true}).contains(settings.secret));
        }
        verifyClean(curlCommand(settings, client->produceRequest({record(u"t"_s, "v"_ba)})),
                    "curl before sending");
    }
    void passwordInTheUrlIsDropped()
    {
        ConnectionSettings settings = settingsFor(*m_server, DialectKind::Upstash);
        QUrl url = settings.baseUrl;
        url.setUserName(u"alice"_s);
        url.setPassword(m_password);
        settings.baseUrl = url;
        Journal journal;
        auto client = createKafkaClient(settings, &journal);
        Waiter<QList<TopicInfo>> w;
        client->listTopics(this, w.callback());
        GREGOR_AWAIT(w);
        verifyClean(journalText(journal), "journal");
        verifyClean(curlCommand(settings, journal.at(0)), "curl");
    }
};

QTEST_GUILESS_MAIN(TestSecrets)
#include "tst_secrets.moc"
