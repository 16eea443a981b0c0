// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The Messages area against the in-process sandbox: read, look at JSON, XML and binary values,
// open a large value progressively, search, compare, export and read the export back.
#include "core/records/filteredrecordsmodel.h"
#include "core/records/recordjson.h"
#include "core/records/recordreader.h"
#include "core/records/recordsmodel.h"
#include "core/services/openconnection.h"
#include "sandbox/sandboxserver.h"
#include "tests/support/testsupport.h"
#include "ui/messages/diffdialog.h"
#include "ui/messages/exportdialog.h"
#include "ui/messages/messagespane.h"
#include "ui/messages/readoptionsbar.h"
#include "ui/messages/recorddetailpane.h"
#include "ui/messages/searchbar.h"

#include <QApplication>
#include <QClipboard>
#include <QElapsedTimer>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;
using Gregor::Sandbox::SandboxOptions;
using Gregor::Sandbox::SandboxServer;

class TestMessages : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<SandboxServer> m_server;
    std::unique_ptr<OpenConnection> m_connection;

    void readAll(MessagesPane &pane, const QString &topic, int partitions)
    {
        pane.setTopic(topic, partitions);
        QSignalSpy finished(pane.reader(), &RecordReader::finished);
        pane.read();
        QVERIFY(finished.wait(15000));
        const auto result = finished.last().at(0).value<Result<ReadSummary>>();
        QVERIFY2(result.has_value(), qPrintable(result ? QString() : result.error().userText));
    }
    int rowWithValueContaining(MessagesPane &pane, const QByteArray &needle)
    {
        for (int row = 0; row < pane.table()->model()->rowCount(); ++row) {
            const QModelIndex index = pane.table()->model()->index(row, 0);
            if (pane.records()
                    ->store()
                    .value(pane.filtered()->storeRow(index))
                    .toByteArray()
                    .contains(needle))
                return row;
        }
        return -1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        SandboxOptions options;
        options.demo = true;
        m_server = std::make_unique<SandboxServer>(options);
        QVERIFY(m_server->start());
        QVERIFY(m_server->createTopic(u"documents"_s, 1));
        m_connection = std::make_unique<OpenConnection>(ConnectionProfile::localSandboxProfile());
        m_connection->open(m_server->url(), {});

        QList<ProduceRecord> records{
            {u"documents"_s, 0, "doc-1", "{\"user\":{\"id\":42,\"name\":\"Ada\"},\"items\":[1,2,3]}", {}, {}},
            {u"documents"_s, 0, "doc-2", "{\"user\":{\"id\":7,\"name\":\"Ada\"},\"items\":[1,2]}", {}, {}},
            {u"documents"_s,
             0,
             "doc-3",
             "<order id=\"9\"><line sku=\"A-1\" qty=\"2\"/><note>fragile</note></order>",
             {{u"content-type"_s, "application/xml"}},
             {}},
            {u"documents"_s, 0, {}, "plain text, no key", {}, {}},
        };
        std::optional<Result<QList<ProduceResult>>> produced;
        m_connection->client()->produce(records, this, [&](Result<QList<ProduceResult>> r) { produced = r; });
        QTRY_VERIFY_WITH_TIMEOUT(produced.has_value(), 10000);
        QVERIFY2(produced->has_value(),
                 qPrintable(produced->has_value() ? QString() : produced->error().userText));
        QCOMPARE(produced->value().size(), 4);
    }

    // Confluent Cloud's REST API cannot read: Read and Copy as curl are disabled with the reason,
    // and the topic's partitions and offsets still show.
    void cloudConnectionSaysWhyItCannotRead()
    {
        ConnectionProfile profile;
        profile.id = u"cloud-ui"_s;
        profile.dialect = DialectKind::ConfluentCloud;
        profile.proxy = ConnectionSettings::ProxyKind::None;
        OpenConnection cloud(profile);
        cloud.open(m_server->url(), {});
        QVERIFY(cloud.client());
        MessagesPane pane(&cloud);
        pane.resize(1400, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        pane.setTopic(u"documents"_s, 1);
        auto *read = pane.findChild<QPushButton *>(u"read"_s);
        QVERIFY(read);
        QVERIFY(!read->isEnabled());
        QVERIFY(read->toolTip().contains(u"has no call that reads records"_s));
        const QList<QLabel *> labels = pane.findChildren<QLabel *>();
        QVERIFY(
            std::ranges::any_of(labels, [](QLabel *l) { return l->text().contains(u"reads records"_s); }));
        SAVE_SNAPSHOT(&pane, u"messages-cloud-cannot-read"_s);
    }

    void readsAndShowsJsonXmlAndBinary()
    {
        MessagesPane pane(m_connection.get());
        pane.resize(1400, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        readAll(pane, u"documents"_s, 1);
        QCOMPARE(pane.records()->recordCount(), 4);
        SAVE_SNAPSHOT(&pane, u"messages-records"_s);

        const int json = rowWithValueContaining(pane, "\"id\":42");
        pane.table()->selectRow(json);
        QVERIFY(pane.detail()->hasRecord());
        const QString pretty = pane.detail()->valueView()->toPlainText();
        QVERIFY2(pretty.contains(u"\n    \"user\": {"_s), qPrintable(pretty));
        SAVE_SNAPSHOT(pane.detail(), u"detail-json"_s);

        pane.table()->selectRow(rowWithValueContaining(pane, "<order"));
        QVERIFY(pane.detail()->valueView()->toPlainText().contains(u"\n  <line sku=\"A-1\" qty=\"2\"/>"_s));
        QVERIFY(pane.detail()->valueInfo()->text().startsWith(u"XML"_s));
        SAVE_SNAPSHOT(pane.detail(), u"detail-xml"_s);

        // Binary values (Upstash carries text only; the sandbox seeds telemetry with raw bytes).
        readAll(pane, u"telemetry"_s, 3);
        QVERIFY(pane.records()->recordCount() > 0);
        pane.table()->selectRow(0);
        QVERIFY2(pane.detail()->valueView()->toPlainText().startsWith(u"00000000  "_s),
                 qPrintable(pane.detail()->valueView()->toPlainText().left(200)));
        QVERIFY(pane.detail()->valueInfo()->text().startsWith(u"binary"_s));
        SAVE_SNAPSHOT(pane.detail(), u"detail-binary"_s);
        pane.detail()->setBase64(true);
        QCOMPARE(pane.detail()->valueView()->toPlainText(),
                 QString::fromLatin1(pane.detail()->record().value.toBase64()));
    }

    void searchesComparesAndCopiesCurl()
    {
        MessagesPane pane(m_connection.get());
        pane.resize(1400, 800);
        pane.show();
        readAll(pane, u"documents"_s, 1);

        QSignalSpy filtered(pane.filtered(), &FilteredRecordsModel::filterFinished);
        pane.searchBar()->setQuery(u"$.user.id == 42"_s, FilterSpec::Mode::JsonField);
        QVERIFY(filtered.wait(5000));
        QCOMPARE(pane.table()->model()->rowCount(), 1);
        pane.searchBar()->setQuery(u"ada"_s, FilterSpec::Mode::Text, FilterSpec::Scope::Value);
        QVERIFY(filtered.wait(5000));
        QCOMPARE(pane.table()->model()->rowCount(), 2);
        SAVE_SNAPSHOT(&pane, u"messages-search"_s);

        pane.table()->selectAll();
        pane.table()->selectionModel()->select(pane.table()->model()->index(0, 0),
                                               QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QCOMPARE(pane.table()->selectionModel()->selectedRows().size(), 2);
        const Record left =
            pane.records()->store().record(pane.filtered()->storeRow(pane.table()->model()->index(0, 0)));
        const Record right =
            pane.records()->store().record(pane.filtered()->storeRow(pane.table()->model()->index(1, 0)));
        DiffDialog diff(left, right);
        QVERIFY(diff.changedRows() >= 2); // id and the items array differ
        diff.show();
        QVERIFY(QTest::qWaitForWindowExposed(&diff));
        SAVE_SNAPSHOT(&diff, u"diff"_s);

        const QString curl = pane.copyReadAsCurl();
        QVERIFY2(curl.startsWith(u"curl"_s), qPrintable(curl));
        QCOMPARE(QApplication::clipboard()->text(), curl);
    }

    void tabOrderFollowsTheLayout()
    {
        MessagesPane pane(m_connection.get());
        pane.resize(1400, 800);
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        readAll(pane, u"documents"_s, 1);
        pane.table()->selectRow(0);
        // The read bar, the search row, then the table; the detail pane is the column to the right.
        const QList<QWidget *> chain = Test::tabChain(pane.findChild<QWidget *>(u"readPartitions"_s));
        QStringList names;
        for (QWidget *w : chain)
            names << Test::describe(w);
        QVERIFY2(chain.size() > 6, qPrintable(names.join(u", "_s)));
        const QString tabOrder = Test::tabOrderProblems(chain);
        QVERIFY2(tabOrder.isEmpty(), qPrintable(tabOrder));

        ExportDialog dialog(pane.records()->store().snapshot(), {0}, {}, false);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QWidget *> exportChain =
            Test::tabChain(dialog.focusWidget() ? dialog.focusWidget() : &dialog);
        const QString exportTabOrder = Test::tabOrderProblems(exportChain);
        QVERIFY2(exportTabOrder.isEmpty(), qPrintable(exportTabOrder));
    }

    void exportReadsBackTheSameRecords()
    {
        MessagesPane pane(m_connection.get());
        readAll(pane, u"documents"_s, 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"documents.jsonl"_s);
        ExportDialog dialog(pane.records()->store().snapshot(), {}, {}, false);
        dialog.setScope(ExportDialog::Scope::Everything);
        dialog.setFormat(ExportFormat::JsonLines);
        dialog.setPath(path);
        QSignalSpy done(dialog.exporter(), &RecordExporter::finished);
        dialog.startExport();
        QVERIFY(done.wait(10000));
        auto imported = importJsonLines(path);
        QVERIFY2(imported.has_value(), qPrintable(imported ? QString() : imported.error()));
        QCOMPARE(imported->size(), 4);
        for (qsizetype row = 0; row < imported->size(); ++row)
            QCOMPARE(imported->at(row), pane.records()->store().record(row));
    }

    void largeValueOpensWithoutBlocking()
    {
        MessagesPane pane(m_connection.get());
        readAll(pane, u"big"_s, 1);
        QVERIFY(pane.records()->recordCount() > 0);
        int largest = 0;
        qsizetype largestSize = 0;
        for (int row = 0; row < pane.table()->model()->rowCount(); ++row) {
            const qsizetype size = pane.records()->store().value(row).size();
            if (size > largestSize) {
                largestSize = size;
                largest = row;
            }
        }
        QVERIFY(largestSize > RecordDetailPane::LargeValueBytes);
        QElapsedTimer clock;
        clock.start();
        pane.table()->selectRow(largest);
        const qint64 firstChunkMs = clock.elapsed();
        QVERIFY(!pane.detail()->isShowingWholeValue());
        QVERIFY(pane.detail()->valueView()->toPlainText().size() <= RecordDetailPane::FirstChunkBytes * 4);
        clock.restart();
        pane.detail()->showWholeValue();
        const qint64 handOffMs = clock.elapsed();
        QTRY_VERIFY_WITH_TIMEOUT(!pane.detail()->isFormatting(), 20000);
        qInfo("large value of %lld bytes: first chunk shown in %lld ms; the whole value handed to a worker "
              "in %lld ms, "
              "shown after %lld ms",
              qlonglong(largestSize), firstChunkMs, handOffMs, clock.elapsed());
        QVERIFY(pane.detail()->valueView()->toPlainText().size() >= largestSize / 2);
    }
};

QTEST_MAIN(TestMessages)
#include "tst_messages.moc"
