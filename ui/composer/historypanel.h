// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QWidget>

class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace Gregor {

class ComposerHistory;

// The records this connection's composer sent, newest first, searchable; a row loads into the
// form (double-click, Enter) or is sent again as it was.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit HistoryPanel(ComposerHistory *history, QWidget *parent = nullptr);

    QLineEdit *search() const { return m_search; }
    QTableView *view() const { return m_view; }
    int currentHistoryRow() const; // -1 without a selection

Q_SIGNALS:
    void loadRequested(int historyRow);
    void sendAgainRequested(int historyRow);

private:
    ComposerHistory *m_history;
    QSortFilterProxyModel *m_filter;
    QLineEdit *m_search;
    QTableView *m_view;
    QPushButton *m_load;
    QPushButton *m_sendAgain;
};

} // namespace Gregor
