// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectionview.h"

#include "core/models/topiclistmodel.h"
#include "core/services/appsettings.h"
#include "core/services/openconnection.h"
#include "topicssidebar.h"
#include "ui/composer/bulkproducedialog.h"
#include "ui/composer/composerpane.h"
#include "ui/groups/groupspane.h"
#include "ui/messages/messagespane.h"
#include "ui/requestlog/requestlogpane.h"
#include "ui/tail/tailpane.h"

#include <QLabel>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

ConnectionView::ConnectionView(OpenConnection *connection, AppSettings *settings, LagHistory *history,
                               QWidget *parent)
    : QWidget(parent)
    , m_connection(connection)
    , m_settings(settings)
{
    setObjectName(u"connectionView"_s);
    auto *readOnlyBanner = new QLabel(
        tr("Read-only connection: producing, committing, deleting consumers and resetting offsets are "
           "turned off."),
        this);
    readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    readOnlyBanner->setStyleSheet(u"QLabel { background: #3daee9; color: white; padding: 4px; }"_s);
    readOnlyBanner->setVisible(connection->isReadOnly());

    auto *plainHttpBanner =
        new QLabel(tr("⚠ This connection sends its credentials over plain HTTP to %1: anyone on "
                      "the network can read them. Edit the connection to use https.")
                       .arg(connection->profile().baseUrl.host()),
                   this);
    plainHttpBanner->setObjectName(u"plainHttpBanner"_s);
    plainHttpBanner->setWordWrap(true);
    plainHttpBanner->setStyleSheet(u"QLabel { background: #fdbc4b; color: #232629; padding: 4px; }"_s);
    plainHttpBanner->setVisible(connection->profile().sendsCredentialsInClear());

    m_sidebar = new TopicsSidebar(connection, settings, this);
    m_areas = new QTabWidget(this);
    m_areas->setObjectName(u"workAreas"_s);
    m_areas->setDocumentMode(true);
    m_messages = new MessagesPane(connection, m_areas);
    m_areas->addTab(m_messages, tr("&Messages"));
    m_composer = new ComposerPane(connection, m_sidebar->model(), settings, m_areas);
    m_composer->splitter()->restoreState(settings->splitterState(u"composer"_s));
    connect(m_composer->splitter(), &QSplitter::splitterMoved, this, &ConnectionView::saveLayout);
    m_areas->addTab(m_composer, tr("C&omposer"));
    m_groups = new GroupsPane(connection, settings, history, m_areas);
    m_areas->addTab(m_groups, tr("Consumer &groups"));
    m_tail = new TailPane(connection, m_sidebar->model(), settings, m_areas);
    m_areas->addTab(m_tail, tr("&Tail"));
    m_requestLog = new RequestLogPane(connection, m_areas);
    m_requestLog->splitter()->restoreState(settings->splitterState(u"requestLog"_s));
    connect(m_requestLog->splitter(), &QSplitter::splitterMoved, this, &ConnectionView::saveLayout);
    m_areas->addTab(m_requestLog, tr("&Request log"));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"connectionSplitter"_s);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_areas);
    m_splitter->setStretchFactor(1, 1);
    if (!m_splitter->restoreState(settings->splitterState(u"connection"_s)))
        m_splitter->setSizes({260, 940});

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(plainHttpBanner);
    layout->addWidget(readOnlyBanner);
    layout->addWidget(m_splitter, 1);
    setTabOrder(m_sidebar, m_areas);
    connect(m_sidebar, &TopicsSidebar::topicSelected, this, &ConnectionView::openTopic);
    connect(m_sidebar, &TopicsSidebar::topicChanged, this, [this](const QString &topic) {
        if (m_messages->topic() != topic)
            return;
        const int row = m_sidebar->model()->rowOf(topic);
        m_messages->setTopic(topic, row >= 0 ? m_sidebar->model()->topics().at(row).partitionCount : 0);
    });
    connect(m_sidebar, &TopicsSidebar::topicActivated, this, [this](const QString &topic) {
        openTopic(topic);
        m_messages->read();
    });
    connect(m_composer, &ComposerPane::showRecordRequested, this,
            [this](const QString &topic, int partition, qint64 offset) {
                openTopic(topic);
                m_messages->showRecord(topic, partition, offset);
            });
    connect(m_composer, &ComposerPane::readNewestRequested, this,
            [this](const QString &topic, int partition) {
                openTopic(topic);
                m_messages->readNewest(topic, partition);
            });
    connect(m_composer, &ComposerPane::showExchangeRequested, this, [this](quint64 id) {
        showArea(Area::RequestLog);
        m_requestLog->showExchange(id);
    });
    connect(m_composer, &ComposerPane::bulkProduceRequested, this, [this] { openBulkProduce(); });
    const auto sendTargets = [this] {
        QList<QPair<QString, QString>> targets;
        for (OpenConnection *other : m_directory ? m_directory() : QList<OpenConnection *>()) {
            if (other != m_connection)
                targets.append({other->profile().id, other->profile().name});
        }
        return targets;
    };
    m_messages->setSendTargets(sendTargets);
    m_tail->setSendTargets(sendTargets);
    const auto routeSendAgain = [this](const QList<Record> &records, const QString &target) {
        if (target.isEmpty() || target == m_connection->profile().id)
            sendAgain(records);
        else
            Q_EMIT sendAgainElsewhere(records, target);
    };
    connect(m_messages, &MessagesPane::sendAgainRequested, this, routeSendAgain);
    connect(m_tail, &TailPane::sendAgainRequested, this, routeSendAgain);
}

ConnectionView::~ConnectionView() = default;

void ConnectionView::sendAgain(const QList<Record> &records)
{
    if (records.size() == 1) {
        showArea(Area::Composer);
        m_composer->fillFrom(records.first());
        return;
    }
    openBulkProduce(records);
}

void ConnectionView::openBulkProduce(const QList<Record> &records)
{
    QList<OpenConnection *> connections = m_directory ? m_directory() : QList<OpenConnection *>{m_connection};
    if (!connections.contains(m_connection))
        connections.prepend(m_connection);
    const QString topic = records.isEmpty() ? m_composer->composer()->draft().topic : records.first().topic;
    auto *dialog = new BulkProduceDialog(connections, m_connection, records, topic, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void ConnectionView::openTopic(const QString &topic)
{
    const int row = m_sidebar->model()->rowOf(topic);
    const int partitions = row >= 0 ? m_sidebar->model()->topics().at(row).partitionCount : 0;
    if (m_messages->topic() != topic)
        m_messages->setTopic(topic, partitions);
    showArea(Area::Messages);
}

void ConnectionView::refresh()
{
    if (currentArea() == Area::ConsumerGroups)
        m_groups->refresh();
    else
        m_sidebar->refresh();
}

void ConnectionView::find()
{
    if (currentArea() == Area::RequestLog)
        m_requestLog->focusFilter();
    else if (currentArea() == Area::ConsumerGroups)
        m_groups->focusFilter();
    else if (currentArea() == Area::Tail)
        m_tail->focusFilter();
    else {
        showArea(Area::Messages);
        m_messages->focusSearch();
    }
}

void ConnectionView::showArea(Area area)
{
    m_areas->setCurrentIndex(int(area));
    if (area == Area::RequestLog)
        m_requestLog->view()->setFocus(Qt::ShortcutFocusReason);
}

ConnectionView::Area ConnectionView::currentArea() const
{
    return Area(m_areas->currentIndex());
}

void ConnectionView::saveLayout() const
{
    m_settings->setSplitterState(u"connection"_s, m_splitter->saveState());
    m_settings->setSplitterState(u"requestLog"_s, m_requestLog->splitter()->saveState());
    m_settings->setSplitterState(u"composer"_s, m_composer->splitter()->saveState());
    m_tail->saveState();
}

} // namespace Gregor
