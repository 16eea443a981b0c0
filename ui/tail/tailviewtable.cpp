// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// TailView's records table: how it is set up, the record it shows in full, the rows' context menu.
#include "core/tail/tailrecordsmodel.h"
#include "highlightdelegate.h"
#include "highlightrules.h"
#include "tailfollower.h"
#include "tailview.h"
#include "ui/messages/recorddetailpane.h"

#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QMenu>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace Gregor {

void TailView::buildTable(QWidget *parent)
{
    m_table = new QTableView(parent);
    m_table->setObjectName(u"tailRecords"_s);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new HighlightDelegate(m_model, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerItem);
    m_table->setWordWrap(false);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TailRecordsModel::ValueColumn,
                                 QHeaderView::Stretch); // the rest is the value's
    header->setStretchLastSection(false);
    header->setMinimumSectionSize(40);
    m_table->setColumnWidth(TailRecordsModel::TopicColumn, 120);
    m_table->setColumnWidth(TailRecordsModel::PartitionColumn, 64);
    m_table->setColumnWidth(TailRecordsModel::OffsetColumn, 76);
    m_table->setColumnWidth(TailRecordsModel::TimestampColumn,
                            m_table->fontMetrics().horizontalAdvance(u"2026-12-02 06:46:06.797"_s) + 16);
    m_table->setColumnWidth(TailRecordsModel::KeyColumn, 110);
    m_table->setColumnWidth(TailRecordsModel::SizeColumn, 56);
    m_table->setColumnHidden(TailRecordsModel::TopicColumn, true); // shown when a tail follows several topics
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_follower = new TailFollower(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TailView::showCurrentRecord);
    connect(m_table, &QTableView::customContextMenuRequested, this, &TailView::showTableMenu);
}

void TailView::showCurrentRecord()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_detail->showRecord(m_model->record(current.row()));
    else
        m_detail->clear();
}

QList<Record> TailView::selectedRecords() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_table->selectionModel()->selectedRows())
        rows.append(index.row());
    std::ranges::sort(rows);
    QList<Record> records;
    records.reserve(rows.size());
    for (int row : std::as_const(rows))
        records.append(m_model->record(row));
    return records;
}

void TailView::showTableMenu(const QPoint &position)
{
    const QList<Record> records = selectedRecords();
    auto *menu = new QMenu(this);
    menu->setObjectName(u"tailRecordsMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (!records.isEmpty()) {
        menu->addAction(QIcon::fromTheme(u"edit-copy"_s),
                        records.size() == 1 ? tr("Copy value") : tr("Copy values"), this, [records] {
                            QStringList values;
                            for (const Record &r : records)
                                values.append(QString::fromUtf8(r.value));
                            QApplication::clipboard()->setText(values.join(u'\n'));
                        });
        const QString again =
            records.size() == 1 ? tr("Send again…") : tr("Send %1 records again…").arg(records.size());
        menu->addAction(QIcon::fromTheme(u"document-send"_s), again, this,
                        [this, records] { Q_EMIT sendAgainRequested(records, {}); });
        const auto targets = m_sendTargets ? m_sendTargets() : QList<QPair<QString, QString>>();
        if (!targets.isEmpty()) {
            QMenu *elsewhere = menu->addMenu(tr("Send again in"));
            for (const auto &[id, name] : targets)
                elsewhere->addAction(name, this,
                                     [this, records, id] { Q_EMIT sendAgainRequested(records, id); });
        }
        if (records.size() == 1 && records.first().hasKey())
            menu->addAction(tr("Highlight records with this key…"), this, [this, key = records.first().key] {
                m_highlight->openEditor(QString::fromUtf8(key), FilterSpec::Mode::Text,
                                        FilterSpec::Scope::Key);
            });
        menu->addSeparator();
    }
    menu->addAction(QIcon::fromTheme(u"document-export"_s), tr("Export the buffer…"), this,
                    [this] { exportRecords(false); });
    if (m_model->hasMatcher())
        menu->addAction(tr("Export the records shown…"), this, [this] { exportRecords(true); });
    menu->popup(m_table->viewport()->mapToGlobal(position));
}

} // namespace Gregor
