// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QWidget>

#include <functional>

class QLabel;
class QSplitter;
class QTabWidget;

namespace Gregor {

class AppSettings;
class ComposerPane;
class OpenConnection;
class GroupsPane;
class LagHistory;
class MessagesPane;
class RequestLogPane;
class TailPane;
class TopicsSidebar;

// Everything of one open connection: the topics sidebar and the work areas.
class ConnectionView : public QWidget
{
    Q_OBJECT
public:
    enum class Area
    {
        Messages,
        Composer,
        ConsumerGroups,
        Tail,
        RequestLog,
    };
    Q_ENUM(Area)

    // history: the lag history database shared by every connection (may be null).
    ConnectionView(OpenConnection *connection, AppSettings *settings, LagHistory *history = nullptr,
                   QWidget *parent = nullptr);
    ~ConnectionView() override;

    OpenConnection *connection() const { return m_connection; }
    TopicsSidebar *sidebar() const { return m_sidebar; }
    RequestLogPane *requestLog() const { return m_requestLog; }
    MessagesPane *messages() const { return m_messages; }
    GroupsPane *groups() const { return m_groups; }
    ComposerPane *composer() const { return m_composer; }
    TailPane *tail() const { return m_tail; }
    QTabWidget *areas() const { return m_areas; }

    void showArea(Area area);
    void openTopic(const QString &topic); // in the Messages area
    void find();    // search records, or filter the request log, the groups or the current tail
    void refresh(); // F5: the groups' figures in that area, else the topic list
    Area currentArea() const;
    void saveLayout() const;

    // Every open connection (for "send again in…" and bulk produce to another connection).
    using Directory = std::function<QList<OpenConnection *>()>;
    void setDirectory(Directory directory) { m_directory = std::move(directory); }
    // Re-produce: one record fills the composer, several open the bulk producer.
    void sendAgain(const QList<Gregor::Record> &records);
    void openBulkProduce(const QList<Gregor::Record> &records = {});

Q_SIGNALS:
    // "Send again in <other connection>": the main window hands the records to that view.
    void sendAgainElsewhere(const QList<Gregor::Record> &records, const QString &targetProfileId);

private:
    OpenConnection *m_connection;
    AppSettings *m_settings;
    QSplitter *m_splitter;
    TopicsSidebar *m_sidebar;
    QTabWidget *m_areas;
    MessagesPane *m_messages;
    GroupsPane *m_groups;
    ComposerPane *m_composer;
    TailPane *m_tail;
    Directory m_directory;
    RequestLogPane *m_requestLog;
};

} // namespace Gregor
