// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/http/journal.h"

#include <QTest>

using namespace Gregor;

class TestJournalRedaction : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("basic keeps its scheme")
            << QByteArray("Authorization") << QByteArray("Basic dTpw") << QByteArray("Basic <redacted>");
        QTest::newRow("bearer keeps its scheme")
            << QByteArray("authorization") << QByteArray("Bearer abc.def") << QByteArray("Bearer <redacted>");
        QTest::newRow("no scheme") << QByteArray("Authorization") << QByteArray("s3cr3t")
                                   << QByteArray("<redacted>");
        // Found by fuzz_core_journal: the first space came after the secret, and everything before
        // it was kept as "the scheme".
        QTest::newRow("space after the secret")
            << QByteArray("Authorization") << QByteArray("R\0\0xpYsecretjcm\x01 ", 16)
            << QByteArray("<redacted>");
        QTest::newRow("long first word")
            << QByteArray("Authorization") << QByteArray("averyveryverylongsecretword tail")
            << QByteArray("<redacted>");
        // Found by fuzz_core_journal again: a short word of letters and a space, nothing after
        // it, was kept whole as "the scheme". Only a registered scheme with credentials counts.
        QTest::newRow("word and space, no credentials")
            << QByteArray("Authorization") << QByteArray("Authorizationsic ") << QByteArray("<redacted>");
        QTest::newRow("short word that is no scheme")
            << QByteArray("Authorization") << QByteArray("hunter2x secret") << QByteArray("<redacted>");
        QTest::newRow("token header")
            << QByteArray("X-Auth-Token") << QByteArray("Basic abc") << QByteArray("<redacted>");
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("session=1")
                                << QByteArray("<redacted>");
        QTest::newRow("plain header")
            << QByteArray("Accept") << QByteArray("application/json") << QByteArray("application/json");
    }
    void redacts()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, expected);
        const HeaderList redacted = Journal::redacted({{name, value}});
        QCOMPARE(redacted.size(), 1);
        QCOMPARE(redacted.first().first, name);
        QCOMPARE(redacted.first().second, expected);
    }
};

QTEST_GUILESS_MAIN(TestJournalRedaction)
#include "tst_journalredaction.moc"
