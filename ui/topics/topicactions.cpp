// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicactions.h"

#include "core/api/kafkaclient.h"
#include "core/services/openconnection.h"
#include "deletetopicdialog.h"
#include "newtopicdialog.h"
#include "partitionsdialog.h"
#include "topicconfigdialog.h"

#include <QAction>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace Gregor {

TopicActions::TopicActions(OpenConnection *connection, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_connection(connection)
    , m_dialogParent(dialogParent)
{
    m_new = new QAction(QIcon::fromTheme(u"list-add"_s), tr("&New topic…"), this);
    m_new->setObjectName(u"newTopic"_s);
    m_new->setShortcut(QKeySequence(u"Ctrl+Shift+N"_s));
    m_new->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_configure = new QAction(QIcon::fromTheme(u"configure"_s), tr("&Configuration…"), this);
    m_configure->setObjectName(u"topicConfiguration"_s);
    m_partitions = new QAction(tr("Add &partitions…"), this);
    m_partitions->setObjectName(u"addPartitions"_s);
    m_delete = new QAction(QIcon::fromTheme(u"edit-delete"_s), tr("&Delete topic…"), this);
    m_delete->setObjectName(u"deleteTopic"_s);
    m_delete->setShortcut(QKeySequence::Delete);
    m_delete->setShortcutContext(Qt::WidgetShortcut);
    connect(m_new, &QAction::triggered, this, &TopicActions::openNewTopic);
    connect(m_configure, &QAction::triggered, this, &TopicActions::openConfiguration);
    connect(m_partitions, &QAction::triggered, this, &TopicActions::openPartitions);
    connect(m_delete, &QAction::triggered, this, &TopicActions::openDelete);
    connect(connection, &OpenConnection::clientReady, this, &TopicActions::updateEnabled);
    updateEnabled();
}

void TopicActions::setTopic(const QString &topic, int partitions)
{
    m_topic = topic;
    m_partitionCount = partitions;
    updateEnabled();
}

void TopicActions::updateEnabled()
{
    KafkaClient *client = m_connection->client();
    const bool manages =
        client && client->topicAdmin() && client->capabilities().testFlag(Capability::ManageTopics);
    const bool writable = manages && !m_connection->isReadOnly();
    const QString why =
        !client    ? tr("The connection is not open yet.")
        : !manages ? capabilityMissingReason(client->dialect(), Capability::ManageTopics)
                   : tr("This connection is read-only: edit the connection to allow changing topics.");
    const auto apply = [&](QAction *action, bool enabled, const QString &what) {
        action->setEnabled(enabled);
        action->setToolTip(enabled ? what : why);
    };
    apply(m_new, writable, tr("Create a topic (Ctrl+Shift+N)"));
    apply(m_configure, manages && !m_topic.isEmpty(), tr("See and change the configs of “%1”").arg(m_topic));
    apply(m_partitions, writable && !m_topic.isEmpty(), tr("Give “%1” more partitions").arg(m_topic));
    apply(m_delete, writable && !m_topic.isEmpty(), tr("Delete “%1” and its records (Del)").arg(m_topic));
}

void TopicActions::openNewTopic()
{
    auto *dialog = new NewTopicDialog(m_connection, m_existing, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewTopicDialog::topicCreated, this, &TopicActions::topicCreated);
    dialog->open();
}

void TopicActions::openConfiguration()
{
    auto *dialog = new TopicConfigDialog(m_connection, m_topic, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &TopicConfigDialog::configsChanged, this, &TopicActions::topicChanged);
    dialog->open();
}

void TopicActions::openPartitions()
{
    auto *dialog = new PartitionsDialog(m_connection, m_topic, m_partitionCount, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PartitionsDialog::partitionsAdded, this, &TopicActions::topicChanged);
    dialog->open();
}

void TopicActions::openDelete()
{
    auto *dialog = new DeleteTopicDialog(m_connection, m_topic, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DeleteTopicDialog::topicDeleted, this, &TopicActions::topicDeleted);
    dialog->open();
}

} // namespace Gregor
