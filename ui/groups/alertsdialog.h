// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDialog>

class QCheckBox;
class QGroupBox;
class QSpinBox;

namespace Gregor {

class LagHistory;
class LagMonitor;
class LagNotifier;

// Thresholds (a default and one for the selected group), notifications, the health window and
// how long the history keeps samples.
class AlertsDialog : public QDialog
{
    Q_OBJECT
public:
    AlertsDialog(LagMonitor *monitor, LagNotifier *notifier, LagHistory *history, const QString &group,
                 QWidget *parent = nullptr);

private:
    void save();

    LagMonitor *m_monitor;
    LagNotifier *m_notifier;
    LagHistory *m_history;
    QString m_group;
    QSpinBox *m_defaultLag, *m_defaultDrain;
    QGroupBox *m_own;
    QSpinBox *m_groupLag, *m_groupDrain;
    QCheckBox *m_notify;
    QSpinBox *m_window;
    QSpinBox *m_retention;
};

} // namespace Gregor
