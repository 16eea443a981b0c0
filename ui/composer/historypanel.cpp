// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "core/compose/composerhistory.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

HistoryPanel::HistoryPanel(ComposerHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_history(history)
    , m_filter(new QSortFilterProxyModel(this))
{
    m_filter->setSourceModel(history);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterKeyColumn(-1); // topic, key and value alike
    auto *title = new QLabel(tr("<b>History</b> (last 1,000 sent)"), this);
    title->setWordWrap(true);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"historySearch"_s);
    m_search->setPlaceholderText(tr("Search topic, key, value…"));
    m_search->setClearButtonEnabled(true);
    m_view = new QTableView(this);
    m_view->setObjectName(u"historyView"_s);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    for (int column : {ComposerHistory::SentAt, ComposerHistory::Partition, ComposerHistory::Offset})
        m_view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_view->setWordWrap(false);
    m_view->setTabKeyNavigation(false);
    m_load = new QPushButton(tr("&Load"), this);
    m_load->setObjectName(u"historyLoad"_s);
    m_load->setToolTip(tr("Put this record into the form (Enter)"));
    m_sendAgain = new QPushButton(tr("Send a&gain"), this);
    m_sendAgain->setObjectName(u"historySendAgain"_s);
    m_sendAgain->setToolTip(tr("Send the same record again, as it was sent"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_load);
    buttons->addWidget(m_sendAgain);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(title);
    layout->addWidget(m_search);
    layout->addWidget(m_view, 1);
    layout->addLayout(buttons);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_load);
    setTabOrder(m_load, m_sendAgain);

    connect(m_search, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_view, &QTableView::activated, this, [this] {
        if (const int row = currentHistoryRow(); row >= 0)
            Q_EMIT loadRequested(row);
    });
    connect(m_load, &QPushButton::clicked, this, [this] {
        if (const int row = currentHistoryRow(); row >= 0)
            Q_EMIT loadRequested(row);
    });
    connect(m_sendAgain, &QPushButton::clicked, this, [this] {
        if (const int row = currentHistoryRow(); row >= 0)
            Q_EMIT sendAgainRequested(row);
    });
    const auto updateButtons = [this] {
        const bool any = currentHistoryRow() >= 0;
        m_load->setEnabled(any);
        m_sendAgain->setEnabled(any && !m_history->entry(currentHistoryRow()).valueOmitted);
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, updateButtons);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, updateButtons);
    updateButtons();
}

int HistoryPanel::currentHistoryRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_filter->mapToSource(current).row() : -1;
}

} // namespace Gregor
