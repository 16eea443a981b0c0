// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "groupdetails.h"

#include "core/lag/grouptreemodel.h"
#include "core/lag/instancesmodel.h"
#include "core/lag/lagmonitor.h"
#include "core/services/openconnection.h"
#include "groupsdelegate.h"
#include "lagchartview.h"
#include "resetoffsetsdialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

GroupDetails::GroupDetails(OpenConnection *connection, LagHistory *history, QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_tree(new GroupTreeModel(this))
    , m_instances(new InstancesModel(this))
{
    setObjectName(u"groupDetails"_s);
    m_header = new QLabel(tr("Select a group to see its partitions, instances and lag over time."), this);
    m_header->setObjectName(u"groupHeader"_s);
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    m_reset = new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("Reset &offsets…"), this);
    m_reset->setObjectName(u"resetOffsetsButton"_s);
    m_removeInstance = new QPushButton(QIcon::fromTheme(u"edit-delete"_s), tr("Remove &instance…"), this);
    m_removeInstance->setObjectName(u"removeInstanceButton"_s);

    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(u"groupTree"_s);
    auto *treeSort = new QSortFilterProxyModel(this);
    treeSort->setSourceModel(m_tree);
    treeSort->setSortRole(GroupTreeModel::SortRole);
    m_treeView->setModel(treeSort);
    m_treeView->setSortingEnabled(true);
    m_treeView->sortByColumn(GroupTreeModel::NameColumn, Qt::AscendingOrder);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setAlternatingRowColors(true);
    m_treeView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    m_instancesView = new QTableView(this);
    m_instancesView->setObjectName(u"instancesView"_s);
    m_instancesView->setModel(m_instances);
    m_instancesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_instancesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_instancesView->verticalHeader()->hide();
    m_instancesView->horizontalHeader()->setStretchLastSection(true);

    m_chart = new LagChartView(connection->profile().id, history, this);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"groupTabs"_s);
    m_tabs->addTab(m_treeView, tr("&Partitions"));
    m_tabs->addTab(m_instancesView, tr("I&nstances"));
    m_tabs->addTab(m_chart, tr("&Lag over time"));

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_reset);
    top->addWidget(m_removeInstance);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_tabs, 1);
    setTabOrder({m_reset, m_removeInstance, m_tabs, m_treeView});

    connect(m_reset, &QPushButton::clicked, this, &GroupDetails::resetOffsets);
    connect(m_removeInstance, &QPushButton::clicked, this, &GroupDetails::removeInstance);
    connect(m_instancesView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &GroupDetails::updateButtons);
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                // A topic selected in the tree: the chart shows its partitions.
                const QString topic = current.data(GroupTreeModel::TopicRole).toString();
                m_chart->setTopic(topic);
            });
    updateButtons();
}

void GroupDetails::setMonitor(LagMonitor *monitor)
{
    m_monitor = monitor;
    updateButtons();
}

void GroupDetails::showGroup(const QString &group)
{
    m_group = group;
    m_chart->setGroup(group);
    refreshFigures();
    if (m_tree->rowCount() > 0 && m_tree->rowCount() <= 3)
        m_treeView->expandAll();
}

void GroupDetails::refreshFigures()
{
    const GroupStatus *status = m_monitor && !m_group.isEmpty() ? m_monitor->status(m_group) : nullptr;
    if (!status) {
        m_tree->setSnapshot(GroupSnapshot{});
        m_instances->setInstances({});
        m_header->setText(tr("Select a group to see its partitions, instances and lag over time."));
        updateButtons();
        return;
    }
    m_tree->setSnapshot(status->snapshot);
    m_instances->setInstances(shownInstances(*status));
    // Only Confluent v3 names its members' clients: an empty column elsewhere says nothing.
    m_instancesView->setColumnHidden(InstancesModel::ClientIdColumn,
                                     std::ranges::all_of(m_instances->instances(), [](const auto &instance) {
                                         return instance.clientId.isEmpty();
                                     }));
    m_chart->reload();
    const QLocale locale;
    QStringList lines;
    QString health = healthName(status->health.health).toHtmlEscaped();
    if (status->health.health == Health::Stalled || status->health.health == Health::Stopped ||
        status->aboveThreshold)
        health = u"<span style='color:%1'><b>⚠ %2</b></span>"_s.arg(
            GroupsDelegate::alertColor(palette()).name(), health);
    lines.append(u"<b>%1</b> — %2: %3"_s.arg(status->name.toHtmlEscaped(), health,
                                             status->health.reason.toHtmlEscaped()));
    if (status->hasFigures && !status->snapshot.hasCommits())
        lines.append(tr("This group has nothing committed on any topic: there is no lag to show."));
    else if (status->hasFigures) {
        QString rates = tr("lag %1").arg(locale.toString(status->snapshot.totalLag()));
        if (status->rates.consumedPerSecond)
            rates += tr(" · consuming %1/s").arg(locale.toString(*status->rates.consumedPerSecond, 'f', 1));
        if (status->rates.producedPerSecond)
            rates += tr(" · producing %1/s").arg(locale.toString(*status->rates.producedPerSecond, 'f', 1));
        if (status->snapshot.totalLag() > 0 && status->rates.consumedPerSecond)
            rates += status->rates.secondsToDrain
                         ? tr(" · drains in %1").arg(formatDuration(*status->rates.secondsToDrain))
                         : tr(" · not draining");
        lines.append(rates.toHtmlEscaped());
    }
    if (status->stale || (!status->hasFigures && !status->error.isEmpty()))
        lines.append(u"<i>%1</i>"_s.arg(
            (status->hasFigures
                 ? tr("Stale: figures from %1. %2")
                       .arg(
                           QDateTime::fromMSecsSinceEpoch(status->snapshot.takenAtMs).toString(u"HH:mm:ss"_s),
                           status->error)
                 : status->error)
                .toHtmlEscaped()));
    m_header->setText(lines.join(u"<br>"_s));
    updateButtons();
}

QList<ConsumerInstanceInfo> GroupDetails::shownInstances(const GroupStatus &status) const
{
    if (status.snapshot.instancesKnown)
        return status.snapshot.instances;
    QList<ConsumerInstanceInfo> own;
    if (KafkaClient *client = m_connection->client()) {
        const QStringList names = client->ownInstances(status.name);
        for (const QString &name : names)
            own.append(ConsumerInstanceInfo{name, {}, {}});
    }
    return own;
}

void GroupDetails::updateButtons()
{
    KafkaClient *client = m_connection->client();
    const bool readOnly = m_connection->isReadOnly();
    const GroupStatus *status = m_monitor && !m_group.isEmpty() ? m_monitor->status(m_group) : nullptr;
    const bool canReset = client && client->capabilities().testFlag(Capability::ResetOffsets);
    m_reset->setEnabled(!readOnly && canReset && status && status->hasFigures &&
                        !status->snapshot.partitions.isEmpty());
    m_reset->setToolTip(readOnly ? tr("This connection is read-only.")
                        : !client || canReset
                            ? tr("Move the group's committed offsets")
                            : capabilityMissingReason(client->dialect(), Capability::ResetOffsets));
    // Where the server lists the members any can go; elsewhere only those this app created.
    const bool canRemove =
        client && client->capabilities().testFlag(Capability::DeleteConsumer) &&
        (client->capabilities().testFlag(Capability::ListGroups) || m_instances->rowCount() > 0);
    m_removeInstance->setEnabled(!readOnly && canRemove && m_instancesView->selectionModel()->hasSelection());
    m_removeInstance->setToolTip(readOnly ? tr("This connection is read-only.")
                                          : tr("Remove the selected instance from the group"));
}

void GroupDetails::resetOffsets()
{
    const GroupStatus *status = m_monitor ? m_monitor->status(m_group) : nullptr;
    if (!status || !m_reset->isEnabled())
        return;
    QString topic;
    const QModelIndex current = m_treeView->currentIndex();
    if (current.isValid())
        topic = current.data(GroupTreeModel::TopicRole).toString();
    auto *dialog = new ResetOffsetsDialog(m_connection, status->snapshot, topic, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResetOffsetsDialog::resetDone, this, [this] {
        if (m_monitor)
            m_monitor->refresh(); // show the result
    });
    dialog->open();
}

void GroupDetails::removeInstance()
{
    const QModelIndex index = m_instancesView->currentIndex();
    if (!index.isValid() || !m_removeInstance->isEnabled())
        return;
    const QString instance = index.data(InstancesModel::NameRole).toString();
    const QString group = m_group;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Remove consumer instance"),
                                tr("Remove the instance “%1” from the group “%2” on “%3”? Its partitions "
                                   "go to the group's other instances.")
                                    .arg(instance, group, m_connection->profile().name),
                                QMessageBox::Cancel, this);
    QPushButton *remove = box->addButton(tr("&Remove Instance"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(u"confirmRemoveInstance"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, remove, group, instance] {
        if (box->clickedButton() != remove || !m_connection->client())
            return;
        m_connection->client()->deleteConsumer(group, instance, this, [this, instance](Result<Done> done) {
            if (!done) {
                m_header->setText(
                    tr("Could not remove “%1”: %2").arg(instance, done.error().userText).toHtmlEscaped());
                m_connection->reportError(done.error());
                return;
            }
            if (m_monitor)
                m_monitor->refresh();
        });
    });
    box->open();
}

} // namespace Gregor
