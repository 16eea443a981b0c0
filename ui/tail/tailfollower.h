// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

class QAbstractItemView;
class QPushButton;

namespace Gregor {

// Keeps a growing table at its newest row while the user is at the bottom. Scrolling up stops
// that and shows a floating "Jump to newest (N new)" button over the table, N counting the rows
// appended since; the button (or scrolling back down, or Ctrl+End) resumes following. Rows
// leaving at the top while the user reads further up shift the view with them, so the rows on
// screen stay put.
class TailFollower : public QObject
{
    Q_OBJECT
public:
    explicit TailFollower(QAbstractItemView *view);

    bool isFollowing() const { return m_following; }
    qsizetype newSinceLeft() const { return m_newRows; }
    QPushButton *jumpButton() const { return m_jump; }
    void jumpToNewest();

Q_SIGNALS:
    void followingChanged(bool following);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setFollowing(bool following);
    void scrolled(int value);
    void rowsInserted(int first, int last);
    void rowsRemoved(int first, int last);
    void updateButton();
    void placeButton();

    QAbstractItemView *m_view;
    QPushButton *m_jump;
    bool m_following = true;
    bool m_followingBeforeReset = true;
    bool m_scrolling = false; // our own scroll: not the user leaving the bottom
    qsizetype m_newRows = 0;
};

} // namespace Gregor
