// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicssidebar.h"

#include "core/models/topiclistmodel.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "ui/topics/topicactions.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {
// Draws "name   12" with the partition count right-aligned and a pin for favourites.
class TopicDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const int partitions = index.data(TopicListModel::PartitionCountRole).toInt();
        const bool pinned = index.data(TopicListModel::PinnedRole).toBool();
        option->text = (pinned ? u"★ "_s : QString()) + option->text;
        if (partitions > 0)
            option->text += u"  (%1)"_s.arg(partitions);
    }
};
} // namespace

TopicsSidebar::TopicsSidebar(OpenConnection *connection, AppSettings *settings, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_model(new TopicListModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_refreshTimer(new QTimer(this))
{
    setObjectName(u"topicsSidebar"_s);
    const QStringList pinned = settings->pinnedTopics(connection->profile().id);
    m_model->setPinned(QSet<QString>(pinned.begin(), pinned.end()));
    m_filter->setSourceModel(m_model);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setFilterRole(TopicListModel::NameRole);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"topicFilter"_s);
    m_filterEdit->setPlaceholderText(tr("Filter topics (Ctrl+T)"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *refreshButton = new QToolButton(this);
    refreshButton->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    refreshButton->setText(tr("Refresh"));
    refreshButton->setToolTip(tr("Refresh the topic list (F5)"));
    refreshButton->setAutoRaise(true);
    m_actions = new TopicActions(connection, this);
    addAction(m_actions->newTopic()); // Ctrl+Shift+N anywhere in the sidebar
    auto *newButton = new QToolButton(this);
    newButton->setObjectName(u"newTopicButton"_s);
    newButton->setDefaultAction(m_actions->newTopic());
    newButton->setAutoRaise(true);

    m_view = new QListView(this);
    m_view->setObjectName(u"topics"_s);
    m_view->setModel(m_filter);
    m_view->setUniformItemSizes(true);
    m_view->setItemDelegate(new TopicDelegate(m_view));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->addAction(m_actions->deleteTopic()); // Del on the list
    m_status = new QLabel(tr("Loading topics…"), this);
    m_status->setObjectName(u"topicsStatus"_s);
    m_status->setWordWrap(true);

    // The filter gets a row of its own: beside two buttons it had no room left to show a name.
    auto *top = new QHBoxLayout;
    top->addWidget(newButton);
    top->addStretch(1);
    top->addWidget(refreshButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_filterEdit);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    setTabOrder(m_filterEdit, newButton);
    setTabOrder(newButton, refreshButton);
    setTabOrder(refreshButton, m_view);
    setTabOrder(m_filterEdit, newButton);
    setTabOrder(newButton, refreshButton);
    setTabOrder(refreshButton, m_view);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &QSortFilterProxyModel::setFilterFixedString);
    // Enter in the filter opens the first match; Down moves into the list.
    connect(m_filterEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() > 0)
            Q_EMIT topicActivated(m_filter->index(0, 0).data(TopicListModel::NameRole).toString());
    });
    connect(refreshButton, &QToolButton::clicked, this, &TopicsSidebar::refresh);
    // One click (or moving with the arrows) selects and shows a topic; Enter or a double-click
    // reads it. Not QListView::activated: on single-click desktops it would read on every click.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_actions->setTopic(current.data(TopicListModel::NameRole).toString(),
                                    current.data(TopicListModel::PartitionCountRole).toInt());
                if (current.isValid())
                    Q_EMIT topicSelected(current.data(TopicListModel::NameRole).toString());
            });
    connect(m_actions, &TopicActions::topicCreated, this, [this](const QString &topic) {
        m_selectAfterRefresh = topic;
        refresh();
    });
    connect(m_actions, &TopicActions::topicDeleted, this, &TopicsSidebar::refresh);
    connect(m_actions, &TopicActions::topicChanged, this, [this](const QString &topic) {
        m_changedBeforeRefresh = topic;
        refresh();
    });
    connect(m_view, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT topicActivated(index.data(TopicListModel::NameRole).toString());
    });
    for (const auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        auto *enter = new QShortcut(QKeySequence(key), m_view);
        enter->setContext(Qt::WidgetShortcut);
        connect(enter, &QShortcut::activated, this, [this] {
            if (m_view->currentIndex().isValid())
                Q_EMIT topicActivated(m_view->currentIndex().data(TopicListModel::NameRole).toString());
        });
    }
    connect(m_view, &QListView::customContextMenuRequested, this, &TopicsSidebar::showContextMenu);
    connect(m_model, &TopicListModel::pinnedChanged, this, [this] {
        const QSet<QString> names = m_model->pinned();
        m_settings->setPinnedTopics(m_connection->profile().id, QStringList(names.begin(), names.end()));
    });
    connect(m_refreshTimer, &QTimer::timeout, this, &TopicsSidebar::refresh);
    m_refreshTimer->start(30000);
    connect(connection, &OpenConnection::clientReady, this, &TopicsSidebar::refresh);
    if (connection->client())
        refresh();
}

void TopicsSidebar::refresh()
{
    if (!m_connection->client() || m_loading)
        return;
    m_loading = true;
    m_connection->client()->listTopics(this, [this](Result<QList<TopicInfo>> result) {
        m_loading = false;
        if (!result) {
            m_status->setText(result.error().userText);
            m_status->show();
            m_connection->reportError(result.error());
            return;
        }
        m_connection->reportSuccess();
        m_model->setTopics(*result);
        QStringList names;
        for (const TopicInfo &topic : std::as_const(*result))
            names.append(topic.name);
        m_actions->setExistingTopics(names);
        if (const QString created = std::exchange(m_selectAfterRefresh, {}); !created.isEmpty()) {
            const int row = m_model->rowOf(created);
            if (row >= 0)
                m_view->setCurrentIndex(m_filter->mapFromSource(m_model->index(row, 0)));
        }
        // The current topic's partition count may have changed.
        const QModelIndex current = m_view->currentIndex();
        m_actions->setTopic(current.data(TopicListModel::NameRole).toString(),
                            current.data(TopicListModel::PartitionCountRole).toInt());
        m_status->setText(result->isEmpty() ? tr("This server has no topics yet.") : QString());
        m_status->setVisible(result->isEmpty());
    });
}

void TopicsSidebar::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

QString TopicsSidebar::currentTopic() const
{
    return m_view->currentIndex().data(TopicListModel::NameRole).toString();
}

void TopicsSidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    if (!index.isValid()) {
        auto *menu = new QMenu(this);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->addAction(m_actions->newTopic());
        menu->addAction(tr("Refresh list"), this, &TopicsSidebar::refresh);
        menu->popup(m_view->viewport()->mapToGlobal(pos));
        return;
    }
    const QString name = index.data(TopicListModel::NameRole).toString();
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    const bool pinned = index.data(TopicListModel::PinnedRole).toBool();
    menu->addAction(pinned ? tr("Unpin") : tr("Pin to top"), this,
                    [this, name] { m_model->togglePinned(name); });
    menu->addAction(tr("Refresh list"), this, &TopicsSidebar::refresh);
    menu->addSeparator();
    m_actions->setTopic(name, index.data(TopicListModel::PartitionCountRole).toInt());
    menu->addAction(m_actions->configure());
    menu->addAction(m_actions->addPartitions());
    menu->addAction(m_actions->deleteTopic());
    menu->addSeparator();
    menu->addAction(m_actions->newTopic());
    menu->popup(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Gregor
