// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagespane.h"

#include "core/http/curl.h"
#include "core/records/filteredrecordsmodel.h"
#include "core/records/recordreader.h"
#include "core/records/recordsmodel.h"
#include "core/services/openconnection.h"
#include "diffdialog.h"
#include "exportdialog.h"
#include "matchdelegate.h"
#include "readoptionsbar.h"
#include "recorddetailpane.h"
#include "searchbar.h"
#include "topicdetailsview.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

MessagesPane::MessagesPane(OpenConnection *connection, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_records(new RecordsModel(this))
    , m_filtered(new FilteredRecordsModel(this))
    , m_reader(new RecordReader(m_records, this))
{
    setObjectName(u"messagesPane"_s);
    m_filtered->setRecordsModel(m_records);
    m_readBar = new ReadOptionsBar(this);
    m_topicDetails = new TopicDetailsView(this);
    m_search = new SearchBar(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"records"_s);
    m_table->setModel(m_filtered);
    m_table->setItemDelegate(new MatchDelegate(m_filtered, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // arrival order until a header is clicked
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Uniform row heights: a million rows lay out in constant time.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->setColumnWidth(RecordsModel::PartitionColumn, 70);
    m_table->setColumnWidth(RecordsModel::OffsetColumn, 90);
    m_table->setColumnWidth(RecordsModel::TimestampColumn, 190);
    m_table->setColumnWidth(RecordsModel::KeyColumn, 140);
    m_table->setColumnWidth(RecordsModel::ValueColumn, 420);
    m_table->setColumnWidth(RecordsModel::SizeColumn, 70);
    m_table->setColumnWidth(RecordsModel::HeadersColumn, 70);
    m_detail = new RecordDetailPane(this);
    m_counts = new QLabel(this);
    m_counts->setObjectName(u"recordCounts"_s);
    m_compare = new QPushButton(tr("Compare"), this);
    m_compare->setObjectName(u"compare"_s);
    m_compare->setToolTip(tr("Compare the values of the two selected records (Ctrl+D)"));
    m_export = new QPushButton(QIcon::fromTheme(u"document-export"_s), tr("Export…"), this);
    m_export->setObjectName(u"export"_s);
    m_export->setToolTip(tr("Export records to JSON Lines or CSV (Ctrl+Shift+E)"));

    auto *tableBar = new QHBoxLayout;
    tableBar->addWidget(m_counts, 1);
    tableBar->addWidget(m_compare);
    tableBar->addWidget(m_export);
    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addLayout(tableBar);
    auto *vertical = new QSplitter(Qt::Vertical, this);
    vertical->addWidget(m_topicDetails);
    vertical->addWidget(left);
    vertical->setStretchFactor(1, 4);
    vertical->setSizes({130, 600});
    auto *horizontal = new QSplitter(Qt::Horizontal, this);
    horizontal->addWidget(vertical);
    horizontal->addWidget(m_detail);
    horizontal->setStretchFactor(0, 3);
    horizontal->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_readBar);
    layout->addWidget(horizontal, 1);

    connect(m_readBar, &ReadOptionsBar::readRequested, this, &MessagesPane::read);
    connect(m_readBar, &ReadOptionsBar::cancelRequested, this, &MessagesPane::cancelRead);
    connect(m_readBar, &ReadOptionsBar::copyCurlRequested, this, &MessagesPane::copyReadAsCurl);
    connect(m_topicDetails, &TopicDetailsView::loaded, this,
            [this](int partitions) { m_readBar->setTopic(m_readBar->topic(), partitions); });
    connect(m_reader, &RecordReader::progress, this, [this](qint64 records, double perSecond) {
        m_readBar->setStatus(tr("Reading… %1 records, %2 records/s")
                                 .arg(QLocale().toString(records), QLocale().toString(qRound64(perSecond))));
    });
    connect(m_reader, &RecordReader::finished, this, [this](const Result<ReadSummary> &result) {
        m_readBar->setRunning(false);
        if (std::exchange(m_selectFirstWhenRead, false) && m_filtered->rowCount() > 0) {
            m_table->setCurrentIndex(m_filtered->index(0, 0));
            m_table->setFocus();
        }
        const QString count = QLocale().toString(m_reader->recordsRead());
        if (result) {
            m_readBar->setStatus(result->hitLimit ? tr("Read %1 records: the limit was reached.").arg(count)
                                 : result->reachedEnd ? tr("Read %1 records, up to the end.").arg(count)
                                                      : tr("Read %1 records.").arg(count));
        } else if (result.error().kind == ErrorKind::Cancelled) {
            m_readBar->setStatus(tr("Stopped after %1 records.").arg(count));
        } else {
            m_readBar->setStatus(result.error().userText);
            m_connection->reportError(result.error());
        }
    });
    connect(m_records, &RecordsModel::recordCountChanged, this, &MessagesPane::updateCounts);
    connect(m_search, &SearchBar::filterRequested, m_filtered, &FilteredRecordsModel::setFilter);
    connect(m_search, &SearchBar::filterCleared, m_filtered, &FilteredRecordsModel::clearFilter);
    connect(m_filtered, &FilteredRecordsModel::filterProgress, this, [this](qint64 scanned, qint64 total) {
        m_search->setStatus(tr("Searching… %1%").arg(total > 0 ? scanned * 100 / total : 0));
    });
    connect(m_filtered, &FilteredRecordsModel::filterFinished, this, [this](qsizetype matches, qint64 ms) {
        m_search->setStatus(
            (matches == 1 ? tr("1 match") : tr("%1 matches").arg(QLocale().toString(matches))) +
            tr(" in %1 ms").arg(ms));
        updateCounts();
    });
    connect(m_filtered, &FilteredRecordsModel::filterCancelled, this, [this] { m_search->setStatus({}); });
    // Large sorts run off the GUI thread: progress, Esc to cancel, then the new order at once.
    connect(m_records, &RecordsModel::sortStarted, this, [this](int column) {
        m_sortingColumn = m_records->headerData(column, Qt::Horizontal).toString();
        m_search->setStatus(tr("Sorting by %1… (Esc cancels)").arg(m_sortingColumn));
    });
    connect(m_records, &RecordsModel::sortProgress, this, [this](int percent) {
        m_search->setStatus(tr("Sorting by %1… %2% (Esc cancels)").arg(m_sortingColumn).arg(percent));
    });
    connect(m_records, &RecordsModel::sortFinished, this, [this](int, Qt::SortOrder, qint64 ms) {
        if (ms > 0)
            m_search->setStatus(tr("Sorted %1 records by %2 in %3 ms")
                                    .arg(QLocale().toString(m_records->recordCount()), m_sortingColumn)
                                    .arg(ms));
    });
    connect(m_records, &RecordsModel::sortCancelled, this, [this] {
        m_search->setStatus(tr("Sorting cancelled: the previous order stays."));
        // The header shows the order that is really there.
        QSignalBlocker blocker(m_table->horizontalHeader());
        m_table->horizontalHeader()->setSortIndicator(m_records->sortColumn(), m_records->sortOrder());
    });
    auto *cancelSort = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    cancelSort->setContext(Qt::WidgetWithChildrenShortcut);
    connect(cancelSort, &QShortcut::activated, m_records, &RecordsModel::cancelSort);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MessagesPane::showCurrentRecord);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MessagesPane::updateCounts);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QTableView::customContextMenuRequested, this, &MessagesPane::showTableMenu);
    auto *sendAgain = new QShortcut(QKeySequence(u"Ctrl+Shift+R"_s), m_table);
    sendAgain->setContext(Qt::WidgetShortcut);
    connect(sendAgain, &QShortcut::activated, this, [this] { sendSelectedAgain(); });
    connect(m_compare, &QPushButton::clicked, this, &MessagesPane::compareSelected);
    connect(m_export, &QPushButton::clicked, this, &MessagesPane::exportRecords);
    updateCounts();
}

MessagesPane::~MessagesPane() = default;

void MessagesPane::setTopic(const QString &topic, int partitionCount)
{
    if (m_reader->isRunning())
        m_reader->cancel();
    m_readBar->setTopic(topic, partitionCount);
    KafkaClient *client = m_connection->client();
    if (!client)
        return;
    const Capabilities capabilities = client->capabilities();
    m_readBar->setTimeAvailable(capabilities.testFlag(Capability::OffsetsByTime),
                                capabilityMissingReason(client->dialect(), Capability::OffsetsByTime));
    m_readBar->setReadAvailable(capabilities.testFlag(Capability::Consume),
                                capabilityMissingReason(client->dialect(), Capability::Consume));
    m_topicDetails->load(client, topic);
}

QString MessagesPane::topic() const
{
    return m_readBar->topic();
}

void MessagesPane::read()
{
    KafkaClient *client = m_connection->client();
    if (!client) {
        m_readBar->setStatus(tr("The connection is not open yet."));
        return;
    }
    const auto request = m_readBar->request();
    if (!request) {
        m_readBar->setStatus(request.error());
        return;
    }
    m_detail->clear();
    m_records->setCapabilities(client->capabilities());
    m_readBar->setRunning(true);
    m_readBar->setStatus(tr("Reading…"));
    m_reader->start(client, *request);
}

void MessagesPane::cancelRead()
{
    m_reader->cancel();
}

QString MessagesPane::copyReadAsCurl()
{
    KafkaClient *client = m_connection->client();
    const auto request = m_readBar->request();
    if (!client || !request) {
        m_readBar->setStatus(request ? tr("The connection is not open yet.") : request.error());
        return {};
    }
    const QString command = curlCommand(client->settings(), client->readRequest(*request));
    QApplication::clipboard()->setText(command);
    m_readBar->setStatus(
        tr("Copied the read as a curl command; set $GREGOR_PASSWORD or $GREGOR_TOKEN to run it."));
    return command;
}

QList<qsizetype> MessagesPane::selectedStoreRows() const
{
    QList<qsizetype> rows;
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    rows.reserve(selected.size());
    for (const QModelIndex &index : selected)
        rows.append(m_filtered->storeRow(index));
    std::ranges::sort(rows);
    return rows;
}

void MessagesPane::showCurrentRecord()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    m_detail->showRecord(m_records->store().record(m_filtered->storeRow(current)));
}

void MessagesPane::updateCounts()
{
    const QLocale locale;
    const qsizetype total = m_records->recordCount();
    const qsizetype shown = m_filtered->rowCount();
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    QString text = m_filtered->hasFilter()
                       ? tr("%1 of %2 records").arg(locale.toString(shown), locale.toString(total))
                       : tr("%1 records").arg(locale.toString(total));
    if (selected > 1)
        text += tr(", %1 selected").arg(locale.toString(selected));
    m_counts->setText(text);
    m_compare->setEnabled(selected == 2);
    m_export->setEnabled(total > 0);
}

void MessagesPane::compareSelected()
{
    const QList<qsizetype> rows = selectedStoreRows();
    if (rows.size() != 2)
        return;
    auto *dialog =
        new DiffDialog(m_records->store().record(rows[0]), m_records->store().record(rows[1]), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MessagesPane::exportRecords()
{
    if (m_records->recordCount() == 0)
        return;
    auto *dialog = new ExportDialog(m_records->store().snapshot(), selectedStoreRows(),
                                    m_filtered->storeRows(), m_filtered->hasFilter(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

QList<Record> MessagesPane::selectedRecords() const
{
    QList<Record> records;
    for (qsizetype row : selectedStoreRows())
        records.append(m_records->store().record(row));
    return records;
}

void MessagesPane::sendSelectedAgain(const QString &targetProfileId)
{
    const QList<Record> records = selectedRecords();
    if (!records.isEmpty())
        Q_EMIT sendAgainRequested(records, targetProfileId);
}

void MessagesPane::showTableMenu(const QPoint &position)
{
    const qsizetype selected = m_table->selectionModel()->selectedRows().size();
    if (selected == 0)
        return;
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const QString label = selected == 1 ? tr("Send again…") : tr("Send %1 records again…").arg(selected);
    QAction *again =
        menu->addAction(QIcon::fromTheme(u"document-send"_s), label, this, [this] { sendSelectedAgain(); });
    again->setShortcut(QKeySequence(u"Ctrl+Shift+R"_s));
    const auto targets = m_sendTargets ? m_sendTargets() : QList<QPair<QString, QString>>();
    if (!targets.isEmpty()) {
        QMenu *elsewhere = menu->addMenu(tr("Send again in"));
        for (const auto &[id, name] : targets)
            elsewhere->addAction(name, this, [this, id] { sendSelectedAgain(id); });
    }
    if (selected == 2)
        menu->addAction(tr("Compare"), this, &MessagesPane::compareSelected);
    menu->addAction(tr("Export…"), this, &MessagesPane::exportRecords);
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

void MessagesPane::showRecord(const QString &topic, int partition, qint64 offset)
{
    if (topic != this->topic())
        setTopic(topic, 0);
    m_readBar->setPartitions(QString::number(partition));
    m_readBar->setStart(ReadOptionsBar::Start::Offset);
    m_readBar->setStartValue(offset);
    m_readBar->setLimit(1);
    m_selectFirstWhenRead = true;
    read();
}

void MessagesPane::readNewest(const QString &topic, int partition, qint64 count)
{
    if (topic != this->topic())
        setTopic(topic, 0);
    m_readBar->setPartitions(partition >= 0 ? QString::number(partition) : QString());
    m_readBar->setStart(ReadOptionsBar::Start::Newest);
    m_readBar->setStartValue(count);
    m_readBar->setLimit(0);
    read();
}

void MessagesPane::focusSearch()
{
    m_search->focusQuery();
}

} // namespace Gregor
