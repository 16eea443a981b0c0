// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "openconnection.h"

#include <QTimer>

namespace Gregor {

OpenConnection::OpenConnection(ConnectionProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_journal(std::make_unique<Journal>())
{}

OpenConnection::~OpenConnection() = default;

void OpenConnection::open(const QUrl &url, const ProfileSecrets &secrets)
{
    ConnectionProfile effective = m_profile;
    if (url.isValid())
        effective.baseUrl = url;
    m_client =
        createKafkaClient(effective.toSettings(secrets.secret, secrets.proxyPassword), m_journal.get());
    connect(m_client.get(), &KafkaClient::requestsInFlightChanged, this,
            &OpenConnection::requestsInFlightChanged);
    Q_EMIT clientReady();
}

int OpenConnection::requestsInFlight() const
{
    return m_client ? m_client->requestsInFlight() : 0;
}

void OpenConnection::close(QObject *context, std::function<void(int)> done, int timeoutMs)
{
    m_closing = true;
    if (!m_client) {
        QTimer::singleShot(0, context, [done = std::move(done)] { done(0); });
        return;
    }
    m_client->shutdown(timeoutMs, context, std::move(done));
}

void OpenConnection::reportSuccess()
{
    m_lastError.clear();
    setState(State::Connected);
}

void OpenConnection::reportError(const ApiError &error)
{
    if (error.kind == ErrorKind::Cancelled)
        return;
    m_lastError = error.userText;
    Q_EMIT errorReported(m_lastError);
    if (m_state != State::Connected)
        setState(State::Failed);
}

void OpenConnection::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace Gregor
