// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupspane.h"

#include "alertsdialog.h"
#include "core/api/kafkaclient.h"
#include "core/lag/groupsmodel.h"
#include "core/lag/laghistory.h"
#include "core/lag/lagmonitor.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "groupdetails.h"
#include "groupsdelegate.h"
#include "lagnotifier.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

static QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &v : value.toArray())
        if (!v.toString().isEmpty())
            list.append(v.toString());
    return list;
}

GroupsPane::GroupsPane(OpenConnection *connection, AppSettings *settings, LagHistory *history,
                       QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_settings(settings)
    , m_history(history)
    , m_model(new GroupsModel(this))
    , m_filter(new GroupsFilterModel(this))
    , m_notifier(new LagNotifier(connection->profile().name, this))
{
    setObjectName(u"groupsPane"_s);
    m_filter->setSourceModel(m_model);

    m_addEdit = new QLineEdit(this);
    m_addEdit->setObjectName(u"addGroupEdit"_s);
    // Enough for a group name even when longer button texts (other languages) crowd the row.
    m_addEdit->setMinimumWidth(m_addEdit->fontMetrics().averageCharWidth() * 14);
    m_addEdit->setPlaceholderText(tr("Add a group by name…"));
    m_addEdit->setClearButtonEnabled(true);
    m_addButton = new QPushButton(tr("&Add"), this);
    m_addButton->setObjectName(u"addGroupButton"_s);
    m_removeButton = new QToolButton(this);
    m_removeButton->setObjectName(u"removeGroupButton"_s);
    m_removeButton->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_removeButton->setText(tr("Remove"));
    m_removeButton->setToolTip(tr("Stop watching the selected group (Del)"));
    m_refreshButton = new QToolButton(this);
    m_refreshButton->setObjectName(u"refreshLagButton"_s);
    m_refreshButton->setIcon(QIcon::fromTheme(u"view-refresh"_s));
    m_refreshButton->setText(tr("Refresh"));
    m_refreshButton->setToolTip(tr("Refresh every group now (F5)"));
    m_pauseButton = new QToolButton(this);
    m_pauseButton->setObjectName(u"pauseLagButton"_s);
    m_pauseButton->setCheckable(true);
    m_pauseButton->setIcon(QIcon::fromTheme(u"media-playback-pause"_s));
    m_pauseButton->setText(tr("Pause"));
    m_pauseButton->setToolTip(tr("Pause the automatic refresh"));
    m_interval = new QSpinBox(this);
    m_interval->setObjectName(u"lagInterval"_s);
    m_interval->setRange(1, 3600);
    m_interval->setValue(LagMonitor::DefaultIntervalMs / 1000);
    m_interval->setPrefix(tr("every "));
    m_interval->setSuffix(tr(" s"));
    m_interval->setToolTip(tr("How often the figures are refreshed"));
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"groupsFilter"_s);
    m_filterEdit->setMinimumWidth(m_filterEdit->fontMetrics().averageCharWidth() * 12);
    m_filterEdit->setPlaceholderText(tr("Filter groups"));
    m_filterEdit->setClearButtonEnabled(true);
    m_aboveOnly = new QCheckBox(tr("Above &threshold only"), this);
    m_aboveOnly->setObjectName(u"aboveThresholdOnly"_s);
    m_alertsButton = new QToolButton(this);
    m_alertsButton->setObjectName(u"alertsButton"_s);
    m_alertsButton->setIcon(QIcon::fromTheme(u"preferences-desktop-notification"_s));
    m_alertsButton->setText(tr("Alerts…"));
    m_alertsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_alertsButton->setToolTip(tr("Thresholds, notifications and history"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"lagStatus"_s);
    m_capabilityNote = new QLabel(this);
    m_capabilityNote->setObjectName(u"groupsCapabilityNote"_s);
    m_capabilityNote->setWordWrap(true);
    m_capabilityNote->setVisible(false);

    m_view = new QTableView(this);
    m_view->setObjectName(u"groupsView"_s);
    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(GroupsModel::NameColumn, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setItemDelegate(new GroupsDelegate(m_view));
    m_view->setWordWrap(false);

    m_details = new GroupDetails(connection, history, this);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"groupsSplitter"_s);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(settings->splitterState(u"groups"_s)))
        m_splitter->setSizes({260, 420});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings->setSplitterState(u"groups"_s, m_splitter->saveState()); });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_addEdit, 1);
    bar->addWidget(m_addButton);
    bar->addWidget(m_removeButton);
    bar->addSpacing(12);
    bar->addWidget(m_refreshButton);
    bar->addWidget(m_pauseButton);
    bar->addWidget(m_interval);
    // Which groups are shown, on a row of its own: one row had no room left in longer languages.
    auto *shown = new QHBoxLayout;
    shown->addWidget(m_filterEdit, 1);
    shown->addWidget(m_aboveOnly);
    shown->addSpacing(12);
    shown->addWidget(m_alertsButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addLayout(bar);
    layout->addLayout(shown);
    layout->addWidget(m_capabilityNote);
    layout->addWidget(m_splitter, 1);
    layout->addWidget(m_status);
    setTabOrder({m_addEdit, m_addButton, m_removeButton, m_refreshButton, m_pauseButton, m_interval,
                 m_filterEdit, m_aboveOnly, m_alertsButton, m_view, m_details});

    connect(m_addEdit, &QLineEdit::returnPressed, this, [this] { addGroup(m_addEdit->text()); });
    connect(m_addButton, &QPushButton::clicked, this, [this] { addGroup(m_addEdit->text()); });
    connect(m_removeButton, &QToolButton::clicked, this, &GroupsPane::removeSelectedGroup);
    auto *remove = new QShortcut(QKeySequence::Delete, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(remove, &QShortcut::activated, this, &GroupsPane::removeSelectedGroup);
    connect(m_refreshButton, &QToolButton::clicked, this, &GroupsPane::refresh);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &GroupsFilterModel::setNameFilter);
    connect(m_aboveOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setOnlyAboveThreshold(only);
        saveState();
    });
    connect(m_alertsButton, &QToolButton::clicked, this, &GroupsPane::editAlerts);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GroupsPane::updateDetails);

    if (connection->client())
        startMonitor();
    else
        connect(connection, &OpenConnection::clientReady, this, &GroupsPane::startMonitor);
    updateStatusLine();
}

GroupsPane::~GroupsPane()
{
    saveState();
}

void GroupsPane::startMonitor()
{
    if (m_monitor || !m_connection->client())
        return;
    KafkaClient *client = m_connection->client();
    const Capabilities caps = client->capabilities();
    if (!caps.testFlag(Capability::CommittedOffsets)) {
        m_capabilityNote->setText(capabilityMissingReason(client->dialect(), Capability::CommittedOffsets));
        m_capabilityNote->setVisible(true);
    } else if (!caps.testFlag(Capability::ListGroups)) {
        m_capabilityNote->setText(capabilityMissingReason(client->dialect(), Capability::ListGroups));
        m_capabilityNote->setVisible(true);
    } else if (caps.testFlag(Capability::ServerSideLag)) {
        m_capabilityNote->setText(tr("Lag as the server computes it (Confluent REST v3): groups, members and "
                                     "client ids come without naming a group."));
        m_capabilityNote->setVisible(true);
    }
    m_monitor = new LagMonitor(client, this);
    restoreState();
    m_model->setMonitor(m_monitor);
    m_details->setMonitor(m_monitor);
    connect(m_pauseButton, &QToolButton::toggled, m_monitor, &LagMonitor::setPaused);
    connect(m_interval, &QSpinBox::valueChanged, m_monitor,
            [this](int seconds) { m_monitor->setIntervalMs(seconds * 1000); });
    connect(m_monitor, &LagMonitor::settingsChanged, this, &GroupsPane::saveState);
    connect(m_monitor, &LagMonitor::watchListChanged, this, &GroupsPane::saveState);
    connect(m_monitor, &LagMonitor::refreshStarted, this, &GroupsPane::updateStatusLine);
    connect(m_monitor, &LagMonitor::refreshFinished, this, &GroupsPane::updateStatusLine);
    connect(m_monitor, &LagMonitor::groupsUpdated, this, [this](const QStringList &groups) {
        if (groups.contains(currentGroup()))
            m_details->refreshFigures();
        if (m_view->selectionModel()->currentIndex().isValid() || m_filter->rowCount() == 0)
            return;
        m_view->setCurrentIndex(m_filter->index(0, 0)); // something to look at on the first answer
    });
    connect(m_monitor, &LagMonitor::snapshotTaken, this, &GroupsPane::onSnapshot);
    connect(m_monitor, &LagMonitor::alertRaised, m_notifier, &LagNotifier::notify);
    if (caps.testFlag(Capability::CommittedOffsets) && isVisible())
        m_monitor->start();
}

void GroupsPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Looking costs requests: the interval starts the first time the pane is shown.
    if (m_monitor && !m_monitor->isRefreshing() && m_monitor->generation() == 0 &&
        m_connection->client()->capabilities().testFlag(Capability::CommittedOffsets))
        m_monitor->start();
}

void GroupsPane::onSnapshot(const GroupSnapshot &snapshot)
{
    if (m_history)
        m_history->record(m_connection->profile().id, snapshot);
}

void GroupsPane::restoreState()
{
    m_restoring = true;
    const QJsonObject state = m_settings->groupsState(m_connection->profile().id);
    // The built-in sandbox is seeded with demo groups; one without live instances is never
    // listed, so the first run watches both demo groups from the start.
    if (state.isEmpty() && m_connection->profile().localSandbox)
        m_monitor->setRememberedGroups({u"billing"_s, u"dashboard"_s});
    m_monitor->setRememberedGroups(stringList(state.value(u"groups"_s)));
    m_monitor->setHiddenGroups(stringList(state.value(u"hidden"_s)));
    if (const int interval = state.value(u"intervalMs"_s).toInt(); interval > 0)
        m_monitor->setIntervalMs(interval);
    if (const int window = state.value(u"window"_s).toInt(); window > 0)
        m_monitor->setWindowSize(window);
    m_monitor->setPaused(state.value(u"paused"_s).toBool());
    m_monitor->alerts().setDefaultRule(AlertRule::fromJson(state.value(u"defaultAlert"_s).toObject()));
    const QJsonObject rules = state.value(u"alerts"_s).toObject();
    for (auto it = rules.begin(); it != rules.end(); ++it)
        m_monitor->alerts().setRule(it.key(), AlertRule::fromJson(it.value().toObject()));
    m_notifier->setEnabled(state.value(u"notify"_s).toBool(true));
    if (m_history && state.contains(u"retentionDays"_s))
        m_history->setRetentionDays(state.value(u"retentionDays"_s).toInt(LagHistory::DefaultRetentionDays));
    m_interval->setValue(m_monitor->intervalMs() / 1000);
    m_pauseButton->setChecked(m_monitor->isPaused());
    m_aboveOnly->setChecked(state.value(u"aboveOnly"_s).toBool());
    m_restoring = false;
}

void GroupsPane::saveState() const
{
    if (!m_monitor || m_restoring)
        return;
    QJsonObject rules;
    const auto &own = m_monitor->alerts().ownRules();
    for (auto it = own.cbegin(); it != own.cend(); ++it)
        rules.insert(it.key(), it.value().toJson());
    QJsonObject state{{u"groups"_s, QJsonArray::fromStringList(m_monitor->rememberedGroups())},
                      {u"hidden"_s, QJsonArray::fromStringList(m_monitor->hiddenGroups())},
                      {u"intervalMs"_s, m_monitor->intervalMs()},
                      {u"window"_s, m_monitor->windowSize()},
                      {u"paused"_s, m_monitor->isPaused()},
                      {u"aboveOnly"_s, m_aboveOnly->isChecked()},
                      {u"notify"_s, m_notifier->isEnabled()},
                      {u"defaultAlert"_s, m_monitor->alerts().defaultRule().toJson()},
                      {u"alerts"_s, rules}};
    if (m_history)
        state.insert(u"retentionDays"_s, m_history->retentionDays());
    m_settings->setGroupsState(m_connection->profile().id, state);
}

QString GroupsPane::currentGroup() const
{
    return m_view->currentIndex().data(GroupsModel::NameRole).toString();
}

void GroupsPane::selectGroup(const QString &group)
{
    const int row = m_model->rowOfGroup(group);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

void GroupsPane::refresh()
{
    if (m_monitor)
        m_monitor->refresh();
}

void GroupsPane::addGroup(const QString &name)
{
    const QString group = name.trimmed();
    if (group.isEmpty() || !m_monitor)
        return;
    m_monitor->addGroup(group);
    m_addEdit->clear();
    selectGroup(group);
}

void GroupsPane::removeSelectedGroup()
{
    const QString group = currentGroup();
    if (m_monitor && !group.isEmpty())
        m_monitor->removeGroup(group);
}

void GroupsPane::editAlerts()
{
    if (!m_monitor)
        return;
    auto *dialog = new AlertsDialog(m_monitor, m_notifier, m_history, currentGroup(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_monitor->reevaluateAlerts();
        saveState();
    });
    dialog->open();
}

void GroupsPane::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void GroupsPane::updateStatusLine()
{
    if (!m_monitor) {
        m_status->setText(tr("Waiting for the connection…"));
        return;
    }
    const int groups = int(m_monitor->groupNames().size());
    QString text = m_monitor->isRefreshing() ? tr("Refreshing %n group(s)…", nullptr, groups)
                                             : tr("%n group(s)", nullptr, groups);
    if (m_monitor->lastRefreshMs() > 0)
        text += tr(" · last refresh %1")
                    .arg(QDateTime::fromMSecsSinceEpoch(m_monitor->lastRefreshMs()).toString(u"HH:mm:ss"_s));
    if (m_monitor->isPaused())
        text += tr(" · paused");
    m_status->setText(text);
}

void GroupsPane::updateDetails()
{
    m_details->showGroup(currentGroup());
}

} // namespace Gregor
