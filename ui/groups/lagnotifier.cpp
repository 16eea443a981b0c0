// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "lagnotifier.h"

#include "core/lag/lagalerts.h"

#include <KNotification>

using namespace Qt::StringLiterals;

namespace Gregor {

LagNotifier::LagNotifier(QString connectionName, QObject *parent)
    : QObject(parent)
    , m_connectionName(std::move(connectionName))
{}

void LagNotifier::notify(const AlertEvent &event)
{
    if (!m_enabled)
        return;
    const QString id = event.kind == AlertEvent::Kind::HealthBad ? u"groupHealth"_s : u"lagThreshold"_s;
    const QString title = u"%1 — %2"_s.arg(event.title, m_connectionName);
    auto *notification = new KNotification(id, KNotification::CloseOnTimeout);
    notification->setComponentName(QString::fromLatin1(ComponentName));
    notification->setTitle(title);
    notification->setText(event.text);
    notification->setIconName(u"dialog-warning"_s);
    notification->sendEvent(); // deletes itself when closed
    ++m_sent;
    Q_EMIT notified(id, title, event.text);
}

} // namespace Gregor
