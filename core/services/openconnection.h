// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "connectionprofile.h"
#include "core/api/kafkaclient.h"
#include "core/http/journal.h"

#include <QObject>

#include <memory>

namespace Gregor {

// One connection the user has open: its profile, journal and client, and the state the status
// bar shows. The client exists once the connection has its URL and secret.
class OpenConnection : public QObject
{
    Q_OBJECT
public:
    enum class State
    {
        Connecting, // waiting for the secret, the local sandbox, or the first answer
        Connected,
        Failed,
    };
    Q_ENUM(State)

    explicit OpenConnection(ConnectionProfile profile, QObject *parent = nullptr);
    ~OpenConnection() override;

    const ConnectionProfile &profile() const { return m_profile; }
    Journal *journal() const { return m_journal.get(); }
    KafkaClient *client() const { return m_client.get(); }
    State state() const { return m_state; }
    QString lastError() const { return m_lastError; }
    int requestsInFlight() const;
    bool isReadOnly() const { return m_profile.readOnly; }

    // Creates the client; for the local sandbox `url` is where the in-process sandbox listens.
    void open(const QUrl &url, const ProfileSecrets &secrets);
    // Closing: cancels every call and removes what the app created on the server (consumer
    // instances), waiting at most timeoutMs; `done` gets how many were left behind. Without a
    // client it calls back on the next turn.
    static constexpr int CloseTimeoutMs = 2000;
    void close(QObject *context, std::function<void(int leftBehind)> done, int timeoutMs = CloseTimeoutMs);
    bool isClosing() const { return m_closing; }

    // A call succeeded: the connection works (the topics sidebar's first listing says so).
    void reportSuccess();
    void reportError(const ApiError &error);

Q_SIGNALS:
    void stateChanged(Gregor::OpenConnection::State state);
    void requestsInFlightChanged(int count);
    void errorReported(const QString &sentence);
    void clientReady();

private:
    void setState(State state);

    ConnectionProfile m_profile;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<KafkaClient> m_client;
    State m_state = State::Connecting;
    QString m_lastError;
    bool m_closing = false;
};

} // namespace Gregor
