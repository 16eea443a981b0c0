#include "openconnection.h"

namespace Gregor {

OpenConnection::OpenConnection(ConnectionProfile profile, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_journal(std::make_unique<Journal>())
{
    // Requests in flight are the journal entries begun and not yet finished.
    connect(m_journal.get(), &Journal::appended, this, [this] {
        ++m_inFlight;
        Q_EMIT requestsInFlightChanged(m_inFlight);
    });
    connect(m_journal.get(), &Journal::updated, this, [this](int row) {
        if (m_journal->at(row).inFlight())
            return;
        m_inFlight = qMax(0, m_inFlight - 1);
        Q_EMIT requestsInFlightChanged(m_inFlight);
    });
}

OpenConnection::~OpenConnection() = default;

void OpenConnection::open(const QUrl &url, const QString &secret)
{
    ConnectionProfile effective = m_profile;
    if (url.isValid())
        effective.baseUrl = url;
    m_client = createKafkaClient(effective.toSettings(secret), m_journal.get());
    Q_EMIT clientReady();
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
