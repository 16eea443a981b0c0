#include "mainwindow.h"

#include "ui/dialogs/aboutdialog.h"

#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QMenuBar>
#include <QSettings>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Gregor {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"MainWindow"_s);
    setWindowTitle(u"Gregor"_s);
    auto *placeholder = new QLabel(
        tr("No connection is open yet.\nConnections, topics, messages, consumer groups, the live tail and "
           "the request log will appear here."),
        this);
    placeholder->setAlignment(Qt::AlignCenter);
    placeholder->setObjectName(u"emptyState"_s);
    setCentralWidget(placeholder);

    m_connectionState = new QLabel(tr("Not connected"), this);
    statusBar()->addWidget(m_connectionState);

    createMenus();
    restoreLayout();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(u"fileMenu"_s);
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(u"quitAction"_s);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->setObjectName(u"viewMenu"_s);
    QAction *statusBarToggle = view->addAction(tr("&Status Bar"));
    statusBarToggle->setCheckable(true);
    statusBarToggle->setChecked(true);
    connect(statusBarToggle, &QAction::toggled, statusBar(), &QWidget::setVisible);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    QAction *about = help->addAction(tr("&About Gregor"), this, &MainWindow::showAbout);
    about->setObjectName(u"aboutAction"_s);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

void MainWindow::showAbout()
{
    auto *dialog = new AboutDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value("window/geometry"_L1).toByteArray()))
        resize(1200, 800);
    restoreState(settings.value("window/state"_L1).toByteArray());
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue("window/geometry"_L1, saveGeometry());
    settings.setValue("window/state"_L1, saveState());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveLayout();
    event->accept();
}

} // namespace Gregor
