// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Consumer groups: range assignment, rebalance on join/leave/expiry, auto-commit, positions.
#include "sandboxtestutil.h"

using namespace Qt::StringLiterals;
using namespace Gregor::Sandbox;
using namespace SandboxTest;

class TestSandboxGroups : public QObject
{
    Q_OBJECT
private:
    // instance → "topic:p,p;…" from GET /consumers, the view every client sees.
    static QMap<QString, QString> assignments(SandboxServer &server, const QString &group)
    {
        QMap<QString, QString> out;
        const QJsonArray groups = json(dispatch(server, request("GET", "/consumers")).body).toArray();
        for (const QJsonValue &g : groups) {
            if (g[u"name"_s].toString() != group)
                continue;
            for (const QJsonValue &inst : g[u"instances"_s].toArray()) {
                QStringList parts;
                for (const QJsonValue &t : inst[u"topics"_s].toArray()) {
                    QStringList ps;
                    for (const QJsonValue &p : t[u"partitions"_s].toArray())
                        ps.append(QString::number(p.toInt()));
                    parts.append(t[u"topic"_s].toString() + u':' + ps.join(u','));
                }
                out.insert(inst[u"name"_s].toString(), parts.join(u';'));
            }
        }
        return out;
    }
    static int consume(SandboxServer &server, const QByteArray &instance, const QByteArray &topic = "t")
    {
        return dispatch(server, request("POST", "/consume/g/" + instance,
                                        j("{'topic':'") + topic + j("','timeout':0}"),
                                        {{"kafka-auto-offset-reset", "earliest"}}))
            .status;
    }

private Q_SLOTS:
    void threeJoinOneExpires()
    {
        SandboxOptions o;
        o.upstashExpiryMs = 400; // short, so the test waits well under a second
        SandboxServer server(o);
        QVERIFY(server.createTopic(u"t"_s, 6));
        QSignalSpy expired(&server.groups(), &GroupCoordinator::instanceExpired);

        QCOMPARE(consume(server, "a"), 200);
        QCOMPARE(assignments(server, u"g"_s), (QMap<QString, QString>{{u"a"_s, u"t:0,1,2,3,4,5"_s}}));
        QCOMPARE(consume(server, "b"), 200);
        QCOMPARE(assignments(server, u"g"_s),
                 (QMap<QString, QString>{{u"a"_s, u"t:0,1,2"_s}, {u"b"_s, u"t:3,4,5"_s}}));
        QCOMPARE(consume(server, "c"), 200);
        const QMap<QString, QString> three{{u"a"_s, u"t:0,1"_s}, {u"b"_s, u"t:2,3"_s}, {u"c"_s, u"t:4,5"_s}};
        QCOMPARE(assignments(server, u"g"_s), three);

        // a and b keep polling; c goes quiet and expires; its partitions go to the others.
        QTRY_VERIFY_WITH_TIMEOUT((consume(server, "a"), consume(server, "b"), expired.size() == 1), 5000);
        QCOMPARE(expired.first().at(1).toString(), u"c"_s);
        QCOMPARE(assignments(server, u"g"_s),
                 (QMap<QString, QString>{{u"a"_s, u"t:0,1,2"_s}, {u"b"_s, u"t:3,4,5"_s}}));
        // The expired instance is gone for good.
        QCOMPARE(dispatch(server, request("POST", "/commit/g/c", {})).status, 404);
    }

    void leaveAndResubscribeRebalance()
    {
        SandboxServer server;
        QVERIFY(server.createTopic(u"t"_s, 3));
        QVERIFY(server.createTopic(u"u"_s, 2));
        QCOMPARE(consume(server, "a"), 200);
        QCOMPARE(consume(server, "b"), 200);
        QCOMPARE(assignments(server, u"g"_s),
                 (QMap<QString, QString>{{u"a"_s, u"t:0,1"_s}, {u"b"_s, u"t:2"_s}}));
        // b names another topic: it re-subscribes (§10) and a gets all of t.
        QCOMPARE(consume(server, "b", "u"), 200);
        QCOMPARE(assignments(server, u"g"_s),
                 (QMap<QString, QString>{{u"a"_s, u"t:0,1,2"_s}, {u"b"_s, u"u:0,1"_s}}));
        QCOMPARE(dispatch(server, request("POST", "/delete-consumer/g/a", {})).status, 200);
        QCOMPARE(assignments(server, u"g"_s), (QMap<QString, QString>{{u"b"_s, u"u:0,1"_s}}));
        // A Confluent instance in the same group joins the rebalance too.
        const QList<std::pair<QByteArray, QByteArray>> ct{{"content-type", "application/vnd.kafka.v2+json"}};
        QCOMPARE(dispatch(server, request("POST", "/consumers/g", j("{'name':'c'}"), ct)).status, 200);
        QCOMPARE(dispatch(server,
                          request("POST", "/consumers/g/instances/c/subscription", j("{'topics':['u']}"), ct))
                     .status,
                 204);
        QCOMPARE(assignments(server, u"g"_s),
                 (QMap<QString, QString>{{u"b"_s, u"u:0"_s}, {u"c"_s, u"u:1"_s}}));
        QCOMPARE(dispatch(server, request("DELETE", "/consumers/g/instances/c")).status, 204);
        QCOMPARE(assignments(server, u"g"_s), (QMap<QString, QString>{{u"b"_s, u"u:0,1"_s}}));
    }

    void patternSubscriptionPicksUpNewTopics()
    {
        SandboxServer server;
        QVERIFY(server.createTopic(u"logs-a"_s, 1));
        const QList<std::pair<QByteArray, QByteArray>> ct{{"content-type", "application/vnd.kafka.v2+json"}};
        dispatch(server, request("POST", "/consumers/g", j("{'name':'c'}"), ct));
        QCOMPARE(dispatch(server, request("POST", "/consumers/g/instances/c/subscription",
                                          j("{'topic_pattern':'logs-.*'}"), ct))
                     .status,
                 204);
        QCOMPARE(assignments(server, u"g"_s).value(u"c"_s), u"logs-a:0"_s);
        QVERIFY(server.createTopic(u"logs-b"_s, 2));
        QVERIFY(server.createTopic(u"other"_s, 1));
        QCOMPARE(assignments(server, u"g"_s).value(u"c"_s), u"logs-a:0;logs-b:0,1"_s);
        QCOMPARE(json(dispatch(server, request("GET", "/consumers/g/instances/c/subscription")).body),
                 json(j("{'topics':['logs-a','logs-b']}")));
    }

    void autoCommitOnIntervalAndOnLeave()
    {
        SandboxServer server;
        QVERIFY(server.createTopic(u"t"_s, 1));
        for (int i = 0; i < 3; ++i)
            dispatch(server, request("GET", "/produce/t/m" + QByteArray::number(i)));
        const QList<std::pair<QByteArray, QByteArray>> headers{{"kafka-auto-offset-reset", "earliest"},
                                                               {"kafka-auto-commit-interval", "0"}};
        QCOMPARE(
            json(dispatch(server, request("POST", "/consume/g/a", j("{'topic':'t','timeout':0}"), headers))
                     .body)
                .toArray()
                .size(),
            3);
        QCOMPARE(server.groups().committed(u"g"_s, {u"t"_s, 0}), std::nullopt);
        // The next poll commits what the previous one returned (interval 0 = every poll).
        dispatch(server, request("POST", "/consume/g/a", j("{'timeout':0}")));
        QCOMPARE(server.groups().committed(u"g"_s, {u"t"_s, 0}), 3);
        // A new member starts from the committed offset.
        dispatch(server, request("GET", "/produce/t/m3"));
        QCOMPARE(dispatch(server, request("POST", "/delete-consumer/g/a", {})).status, 200);
        const QJsonArray rest =
            json(dispatch(server, request("POST", "/consume/g/b", j("{'topic':'t','timeout':0}"))).body)
                .toArray();
        QCOMPARE(rest.size(), 1);
        QCOMPARE(rest[0][u"value"_s].toString(), u"m3"_s);
    }

    void autoCommitOffKeepsCommitsManual()
    {
        SandboxServer server;
        QVERIFY(server.createTopic(u"t"_s, 1));
        dispatch(server, request("GET", "/produce/t/x"));
        const QList<std::pair<QByteArray, QByteArray>> headers{{"kafka-auto-offset-reset", "earliest"},
                                                               {"kafka-enable-auto-commit", "false"},
                                                               {"kafka-auto-commit-interval", "0"}};
        dispatch(server, request("POST", "/consume/g/a", j("{'topic':'t','timeout':0}"), headers));
        dispatch(server, request("POST", "/consume/g/a", j("{'timeout':0}")));
        QCOMPARE(dispatch(server, request("POST", "/delete-consumer/g/a", {})).status, 200);
        QCOMPARE(server.groups().committed(u"g"_s, {u"t"_s, 0}), std::nullopt);
    }

    void latestResetSeesOnlyNewRecords()
    {
        SandboxServer server;
        QVERIFY(server.createTopic(u"t"_s, 1));
        dispatch(server, request("GET", "/produce/t/old"));
        QCOMPARE(json(dispatch(server, request("POST", "/consume/g/a", j("{'topic':'t','timeout':0}"))).body)
                     .toArray()
                     .size(),
                 0);
        dispatch(server, request("GET", "/produce/t/new"));
        const QJsonArray got =
            json(dispatch(server, request("POST", "/consume/g/a", j("{'timeout':0}"))).body).toArray();
        QCOMPARE(got.size(), 1);
        QCOMPARE(got[0][u"value"_s].toString(), u"new"_s);
    }
};

QTEST_GUILESS_MAIN(TestSandboxGroups)
#include "tst_sandbox_groups.moc"
