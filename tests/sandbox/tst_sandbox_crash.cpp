// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Durability of the gregor-sandbox executable: SIGKILL in the middle of a produce load, restart
// on the same data directory, and every acknowledged record is there byte for byte. Also the
// first stdout line and a clean SIGTERM shutdown.
#include "sandboxtestutil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Qt::StringLiterals;
using namespace SandboxTest;

class TestSandboxCrash : public QObject
{
    Q_OBJECT
private:
    // Starts the executable and returns its URL from the first stdout line (no sleeps, no fixed port).
    static QUrl startSandbox(QProcess &process, const QStringList &args)
    {
        process.setProgram(QStringLiteral(GREGOR_SANDBOX_EXE));
        process.setArguments(QStringList{u"--port"_s, u"0"_s} + args);
        process.setProcessChannelMode(QProcess::SeparateChannels);
        process.start();
        if (!process.waitForStarted(10000))
            return {};
        QSignalSpy ready(&process, &QProcess::readyReadStandardOutput);
        while (!process.canReadLine() && process.state() == QProcess::Running)
            ready.wait(10000);
        const QString line = QString::fromUtf8(process.readLine()).trimmed();
        const auto match = QRegularExpression(u"^listening on (http://127\\.0\\.0\\.1:\\d+)$"_s).match(line);
        return match.hasMatch() ? QUrl(match.captured(1)) : QUrl();
    }

    static QByteArray valueFor(int n)
    {
        // Distinct, non-ASCII and of varying length, so a torn or misplaced record cannot pass.
        return "record-" + QByteArray::number(n) + "-\xc3\xa9\xe2\x82\xac-" +
               QByteArray(n % 97, char('a' + n % 26));
    }

private Q_SLOTS:
    void firstLineAndHelp()
    {
        QProcess help;
        help.start(QStringLiteral(GREGOR_SANDBOX_EXE), {u"--help"_s});
        QVERIFY(help.waitForFinished(10000));
        const QString text = QString::fromUtf8(help.readAllStandardOutput());
        for (const char *option : {"--port", "--data-dir", "--fsync", "--fault", "--basic", "--token",
                                   "--tls-cert", "--demo-traffic", "--partitioner", "--strict-content-type",
                                   "--max-records", "--verbose", "--dialect"})
            QVERIFY2(text.contains(QLatin1StringView(option)), option);
        QProcess bad;
        bad.start(QStringLiteral(GREGOR_SANDBOX_EXE), {u"--port"_s, u"nope"_s});
        QVERIFY(bad.waitForFinished(10000));
        QCOMPARE(bad.exitCode(), 2);
    }

    void killMidLoadKeepsEveryAcknowledgedRecord()
    {
        QTemporaryDir dir;
        const QStringList args{u"--data-dir"_s, dir.path(), u"--topic"_s, u"load:3"_s};
        QProcess sandbox;
        const QUrl url = startSandbox(sandbox, args);
        QVERIFY2(url.isValid() && !url.isEmpty(), sandbox.readAllStandardError().constData());

        // Keep 8 produce requests of 25 keyed records in flight; note every acknowledged offset.
        QNetworkAccessManager nam;
        QHash<QPair<int, qint64>, int> acked; // (partition, offset) → record number
        int next = 0, inFlight = 0, killedWithInFlight = -1;
        QUrl produceUrl = url;
        produceUrl.setPath(u"/produce/load"_s);
        std::function<void()> send = [&]() {
            QByteArray body = "[";
            QList<int> numbers;
            for (int i = 0; i < 25; ++i, ++next) {
                numbers.append(next);
                body += QByteArray(i ? "," : "") + "{\"key\":\"k" + QByteArray::number(next) +
                        "\",\"value\":\"" + valueFor(next) + "\"}";
            }
            QNetworkRequest req(produceUrl);
            req.setRawHeader("Content-Type", "application/json");
            QNetworkReply *reply = nam.post(req, body + "]");
            ++inFlight;
            QObject::connect(reply, &QNetworkReply::finished, reply, [&, reply, numbers]() {
                --inFlight;
                reply->deleteLater();
                if (reply->error() != QNetworkReply::NoError || killedWithInFlight >= 0)
                    return; // unacknowledged: may or may not be there
                const QJsonArray meta = json(reply->readAll()).toArray();
                for (qsizetype i = 0; i < meta.size(); ++i)
                    acked.insert({meta[i][u"partition"_s].toInt(), qint64(meta[i][u"offset"_s].toDouble())},
                                 numbers[i]);
                if (acked.size() >= 5000 && killedWithInFlight < 0) {
                    killedWithInFlight = inFlight;
                    sandbox.kill(); // SIGKILL, in the middle of the load
                } else {
                    send();
                }
            });
        };
        for (int i = 0; i < 8; ++i)
            send();
        QTRY_VERIFY_WITH_TIMEOUT(killedWithInFlight >= 0, 120000);
        QVERIFY(sandbox.state() == QProcess::NotRunning ||
                sandbox.waitForFinished(10000)); // false if already reaped
        QCOMPARE(sandbox.exitStatus(), QProcess::CrashExit);
        QVERIFY2(killedWithInFlight > 0, "requests were in flight when it died");
        QTRY_COMPARE_WITH_TIMEOUT(inFlight, 0, 20000);

        // Restart on the same directory and read every partition back.
        QProcess again;
        const QUrl url2 = startSandbox(again, args);
        QVERIFY2(url2.isValid() && !url2.isEmpty(), again.readAllStandardError().constData());
        Client client(url2);
        int found = 0;
        for (int p = 0; p < 3; ++p) {
            const qint64 end =
                qint64(client
                           .post(u"/offsets/latest"_s,
                                 "[{\"topic\":\"load\",\"partition\":" + QByteArray::number(p) + "}]")
                           .json()[0][u"offset"_s]
                           .toDouble());
            qint64 offset = 0;
            while (offset < end) {
                const HttpResult r = client.post(
                    u"/fetch"_s, "{\"topic\":\"load\",\"partition\":" + QByteArray::number(p) +
                                     ",\"offset\":" + QByteArray::number(offset) + ",\"timeout\":0}");
                const QJsonArray records = r.json().toArray();
                QVERIFY(!records.isEmpty());
                for (const QJsonValue &record : records) {
                    QCOMPARE(qint64(record[u"offset"_s].toDouble()), offset); // contiguous, nothing torn
                    const QByteArray key = record[u"key"_s].toString().toUtf8();
                    const int n = key.mid(1).toInt();
                    QCOMPARE(record[u"value"_s].toString().toUtf8(), valueFor(n));
                    if (auto it = acked.constFind({p, offset}); it != acked.cend()) {
                        QCOMPARE(n, *it);
                        ++found;
                    }
                    ++offset;
                }
            }
        }
        QCOMPARE(found, acked.size()); // every acknowledged record, byte for byte
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
    }

    void sigtermShutsDownCleanly()
    {
        QTemporaryDir dir;
        const QStringList args{u"--data-dir"_s, dir.path(), u"--topic"_s, u"t:1"_s};
        QProcess sandbox;
        const QUrl url = startSandbox(sandbox, args);
        QVERIFY(url.isValid() && !url.isEmpty());
        Client(url).get(u"/produce/t/kept"_s);
        sandbox.terminate(); // SIGTERM
        QVERIFY(sandbox.state() == QProcess::NotRunning || sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
        QProcess again;
        const QUrl url2 = startSandbox(again, args);
        QCOMPARE(Client(url2)
                     .post(u"/fetch"_s, "{\"topic\":\"t\",\"partition\":0,\"offset\":0,\"timeout\":0}")
                     .json()[0][u"value"_s]
                     .toString(),
                 u"kept"_s);
        again.terminate();
        QVERIFY(again.waitForFinished(10000));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCrash)
#include "tst_sandbox_crash.moc"
