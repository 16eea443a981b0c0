#pragma once
#include <QWidget>

class QLabel;
class QSplitter;
class QTabWidget;

namespace Gregor {

class AppSettings;
class OpenConnection;
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

    ConnectionView(OpenConnection *connection, AppSettings *settings, QWidget *parent = nullptr);
    ~ConnectionView() override;

    OpenConnection *connection() const { return m_connection; }
    TopicsSidebar *sidebar() const { return m_sidebar; }
    RequestLogPane *requestLog() const { return m_requestLog; }
    QTabWidget *areas() const { return m_areas; }

    void showArea(Area area);
    Area currentArea() const;
    void saveLayout() const;

private:
    OpenConnection *m_connection;
    AppSettings *m_settings;
    QSplitter *m_splitter;
    TopicsSidebar *m_sidebar;
    QTabWidget *m_areas;
    RequestLogPane *m_requestLog;
};

} // namespace Gregor
