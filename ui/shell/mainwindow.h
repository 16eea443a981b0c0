#pragma once
#include <QMainWindow>

class QLabel;

namespace Gregor {

// Assembles the panes, menus and status bar; owns no business logic.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void showAbout();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreLayout();
    void saveLayout() const;

    QLabel *m_connectionState = nullptr;
};

} // namespace Gregor
