#pragma once
#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace Gregor {

class AppSettings;
class OpenConnection;
class GroupsPane;
class LagHistory;
class MessagesPane;
class RequestLogPane;
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
    QTabWidget *areas() const { return m_areas; }

    void showArea(Area area);
    void openTopic(const QString &topic); // in the Messages area
    void find();                          // search records, or filter the request log or the groups
    void refresh();                       // F5: the groups' figures in that area, else the topic list
    Area currentArea() const;
    void saveLayout() const;

private:
    OpenConnection *m_connection;
    AppSettings *m_settings;
    QSplitter *m_splitter;
    TopicsSidebar *m_sidebar;
    QTabWidget *m_areas;
    MessagesPane *m_messages;
    GroupsPane *m_groups;
    RequestLogPane *m_requestLog;
};

} // namespace Gregor
