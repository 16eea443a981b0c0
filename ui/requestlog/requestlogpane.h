// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableView;
class QTabWidget;

class QSplitter;

namespace Gregor {

class JournalFilterModel;
class JournalModel;
class OpenConnection;

// The request log: every HTTP exchange of one connection, filterable, with headers and
// highlighted bodies, and "Copy as curl" with the secret left out.
class RequestLogPane : public QWidget
{
    Q_OBJECT
public:
    explicit RequestLogPane(OpenConnection *connection, QWidget *parent = nullptr);
    ~RequestLogPane() override;

    // The split between the exchanges and the detail, remembered by the connection view.
    QSplitter *splitter() const { return m_split; }

    QTableView *view() const { return m_view; }
    // The curl command of the selected exchange (secret as an environment variable), copied to
    // the clipboard; returns it (empty when nothing is selected).
    QString copySelectedAsCurl();
    void clear();
    void focusFilter();
    // Selects the exchange with this journal id (clearing a filter that hides it); false when
    // the log no longer holds it.
    bool showExchange(quint64 journalId);

private:
    void showCurrent();
    int currentJournalRow() const;

    OpenConnection *m_connection;
    JournalModel *m_model;
    JournalFilterModel *m_filter;
    QLineEdit *m_filterEdit;
    QComboBox *m_statusClass;
    QTableView *m_view;
    QTabWidget *m_detail;
    QPlainTextEdit *m_requestHeaders;
    QPlainTextEdit *m_requestBody;
    QPlainTextEdit *m_responseHeaders;
    QPlainTextEdit *m_responseBody;
    QSplitter *m_split;
};

} // namespace Gregor
