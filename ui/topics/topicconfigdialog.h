// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Gregor {

class Job;
class OpenConnection;
class TopicConfigsModel;

// "Configuration…": every config of a topic with where its value comes from; values are edited
// in place (F2 or typing), Reset puts one back to its inherited value, and Apply sends all the
// changes at once after a confirmation listing them. Read-only connections only look.
class TopicConfigDialog : public QDialog
{
    Q_OBJECT
public:
    TopicConfigDialog(OpenConnection *connection, const QString &topic, QWidget *parent = nullptr);
    ~TopicConfigDialog() override;

    void reload();
    QString copyAsCurl();

    TopicConfigsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *filter() const { return m_filter; }
    QLabel *status() const { return m_status; }
    QPushButton *applyButton() const { return m_apply; }
    QPushButton *resetButton() const { return m_reset; }

Q_SIGNALS:
    void configsChanged(const QString &topic);

private:
    void apply();
    void send();
    void updateButtons();
    int currentRow() const;

    OpenConnection *m_connection;
    QString m_topic;
    TopicConfigsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_view;
    QLabel *m_status;
    QPushButton *m_reset;
    QPushButton *m_revert;
    QPushButton *m_curl;
    QPushButton *m_apply;
    QPointer<Job> m_job;
};

} // namespace Gregor
