// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/record.h"

#include <QJsonObject>
#include <QWidget>

#include <functional>

class QTabWidget;
class QToolButton;

namespace Gregor {

class AppSettings;
class OpenConnection;
class TailView;
class TopicListModel;

// The Tail area of a connection: a tab per tail, each with its own session, buffer, filter and
// layout. "+" or Ctrl+T opens a tail, the tab's close button or Ctrl+W closes one (its session
// stops), Ctrl+Return starts or stops the current one. The tails' settings are remembered per
// connection profile and come back after a restart, not started; their records are not kept.
class TailPane : public QWidget
{
    Q_OBJECT
public:
    TailPane(OpenConnection *connection, TopicListModel *topics, AppSettings *settings,
             QWidget *parent = nullptr);
    ~TailPane() override; // saves the tails' settings; their sessions stop

    QTabWidget *tabs() const { return m_tabs; }
    QToolButton *newTailButton() const { return m_newTail; }
    int count() const;
    TailView *view(int index) const;
    TailView *currentView() const;

    TailView *addTail(const QJsonObject &state = {}); // becomes current, its topics field focused
    void closeTail(int index);
    void closeCurrentTail();
    void saveState() const;
    void focusFilter();
    using SendTargets = std::function<QList<QPair<QString, QString>>()>;
    void setSendTargets(SendTargets targets);

Q_SIGNALS:
    void sendAgainRequested(const QList<Gregor::Record> &records, const QString &targetProfileId);

protected:
    bool event(QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    TailView *makeView(const QJsonObject &state);
    void updateTab(TailView *view);

    OpenConnection *m_connection;
    TopicListModel *m_topics;
    AppSettings *m_settings;
    QTabWidget *m_tabs;
    QToolButton *m_newTail;
    SendTargets m_sendTargets;
    bool m_restoring = false;
};

} // namespace Gregor
