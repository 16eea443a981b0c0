// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>

namespace Gregor {

struct AlertEvent;

// Turns lag alerts into desktop notifications (KNotification, events of gregor.notifyrc).
class LagNotifier : public QObject
{
    Q_OBJECT
public:
    static constexpr const char *ComponentName = "gregor";

    explicit LagNotifier(QString connectionName, QObject *parent = nullptr);

    bool isEnabled() const { return m_enabled; }
    void setEnabled(bool enabled) { m_enabled = enabled; }
    int sent() const { return m_sent; }

    void notify(const Gregor::AlertEvent &event);

Q_SIGNALS:
    void notified(const QString &eventId, const QString &title, const QString &text);

private:
    QString m_connectionName;
    bool m_enabled = true;
    int m_sent = 0;
};

} // namespace Gregor
