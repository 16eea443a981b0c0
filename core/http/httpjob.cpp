// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpjob.h"

#include "core/logging.h"
#include "journal.h"
#include "retrypolicy.h"
#include "sendoncedevice.h"
#include "transport.h"
#include "transporterror.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Gregor {

static double randomJitter()
{
    return QRandomGenerator::global()->generateDouble();
}
static double (*s_jitter)() = &randomJitter;

void HttpJob::setJitterSource(double (*source)())
{
    s_jitter = source ? source : &randomJitter;
}

HttpJob::HttpJob(Transport *transport, HttpRequest request, QObject *context, Callback done)
    : ResultJob<HttpResponse>(context, std::move(done), transport)
    , m_transport(transport)
    , m_request(std::move(request))
{
    m_retryTimer.setSingleShot(true);
    QObject::connect(&m_retryTimer, &QTimer::timeout, this, [this] { sendAttempt(); });
}

HttpJob::~HttpJob()
{
    dropReply();
}

void HttpJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

static QString displayUrl(const QUrl &url)
{
    return url.toDisplayString(QUrl::RemoveUserInfo);
}

void HttpJob::start()
{
    m_clock.start();
    const QUrl url = Transport::requestUrl(m_transport->settings(), m_request);
    if (Journal *journal = m_transport->journal())
        m_journalId =
            journal->begin(m_request.method, url, Transport::sentHeaders(m_transport->settings(), m_request),
                           m_request.body);
    if (m_request.writes && m_transport->settings().readOnly) {
        QTimer::singleShot(0, this, [this] {
            complete(
                std::unexpected(ApiError::make(
                    ErrorKind::Forbidden,
                    QCoreApplication::translate(
                        "Gregor::Transport",
                        "This connection is read-only, so nothing was sent: edit the connection to allow "
                        "producing, committing and deleting."))),
                0, {});
        });
        return;
    }
    if (url.scheme() == u"https"_s && !m_transport->tlsConfig()) {
        // Finishing from inside start() would call back before the caller holds the job.
        QTimer::singleShot(0, this, [this] {
            ApiError error = m_transport->tlsConfig().error();
            complete(std::unexpected(error), 0, {});
        });
        return;
    }
    sendAttempt();
}

void HttpJob::sendAttempt()
{
    if (isFinished())
        return;
    const QNetworkRequest request = m_transport->networkRequest(m_request);
    QNetworkAccessManager *network = m_transport->network();
    const QByteArray &method = m_request.method;
    if (!m_request.idempotent) { // even a GET: a v2 consumer's read moves its position
        auto *body = new SendOnceDevice(m_request.body, this);
        m_reply = method == "POST" ? network->post(request, body)
                                   : network->sendCustomRequest(request, method, body);
        QObject::connect(m_reply, &QObject::destroyed, body, &QObject::deleteLater);
    } else if (method == "GET" && m_request.body.isEmpty())
        m_reply = network->get(request);
    else if (method == "DELETE" && m_request.body.isEmpty())
        m_reply = network->deleteResource(request);
    else if (method == "POST")
        m_reply = network->post(request, m_request.body);
    else if (method == "PUT")
        m_reply = network->put(request, m_request.body);
    else
        m_reply = network->sendCustomRequest(request, method, m_request.body); // GET with a body
    QObject::connect(m_reply, &QNetworkReply::finished, this, [this] { onReplyFinished(); });
    QObject::connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        const qint64 limit = m_transport->settings().maxResponseBytes;
        if (limit > 0 && (received > limit || total > limit))
            onTooLarge(qMax(received, total));
    });
}

void HttpJob::onTooLarge(qint64 bytes)
{
    // Stops reading at once: memory stays bounded by the limit, whatever the server sends.
    const int status = m_reply ? m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() : 0;
    dropReply();
    const qint64 limit = m_transport->settings().maxResponseBytes;
    ApiError error = ApiError::make(
        ErrorKind::TooLarge,
        QCoreApplication::translate(
            "Gregor::Transport", "The server's answer (%1 MiB or more) is larger than this connection's "
                                 "limit of %2 MiB: read fewer records at a time, or raise the limit in the "
                                 "connection's settings.")
            .arg(bytes / (1024 * 1024))
            .arg(limit / (1024 * 1024)));
    error.httpStatus = status;
    error.outcomeUnknown = !m_request.idempotent; // applied, but its per-record answer is lost
    complete(std::unexpected(error), status, {});
}

bool HttpJob::scheduleRetry(int delayMs, const QString &why)
{
    if (m_attempt >= qMax(0, m_transport->settings().maxRetries))
        return false;
    ++m_attempt;
    qCDebug(lcHttp).noquote()
        << u"#%1 retry %2 in %3 ms: %4"_s.arg(m_journalId).arg(m_attempt).arg(delayMs).arg(why);
    m_retryTimer.start(qMax(0, delayMs));
    return true;
}

void HttpJob::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply || isFinished())
        return;
    HttpResponse response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString errorString = reply->errorString();
    if (reply->isOpen())
        response.body = reply->readAll();
    for (const auto &pair : reply->rawHeaderPairs())
        response.headers.append({pair.first, pair.second});
    dropReply();

    const ConnectionSettings &settings = m_transport->settings();
    const int backoff =
        RetryPolicy::backoffMs(m_attempt, settings.retryBaseDelayMs, settings.retryMaxDelayMs, s_jitter());
    const bool complete2xx =
        response.status >= 200 && response.status < 300 && networkError == QNetworkReply::NoError;

    if (complete2xx) {
        complete(response, response.status, response);
        return;
    }
    if (response.status >= 200 && response.status < 300) {
        // The status line came but the body broke off: the server did handle the request.
        if (m_request.idempotent && scheduleRetry(backoff, u"answer cut off"_s))
            return;
        ApiError error = ApiError::make(ErrorKind::Protocol, {});
        error.httpStatus = response.status;
        error.serverMessage = errorString;
        if (!m_request.idempotent && m_request.writes)
            error = withUnknownOutcome(error);
        complete(std::unexpected(error), response.status, response);
        return;
    }
    if (response.status == 0) { // no HTTP answer at all
        if (RetryPolicy::retryableNetworkError(networkError, m_request.idempotent) &&
            scheduleRetry(backoff, errorString))
            return;
        ApiError error = transportError(networkError, errorString);
        // Only a write has an outcome the user must check; a lost read is simply read again.
        if (!m_request.idempotent && m_request.writes && !RetryPolicy::failedBeforeSending(networkError))
            error = withUnknownOutcome(error);
        complete(std::unexpected(error), 0, response);
        return;
    }
    if (RetryPolicy::retryableStatus(response.status, m_request.idempotent)) {
        const auto retryAfter =
            RetryPolicy::retryAfterMs(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
        const int waitCap = qMax(settings.retryMaxDelayMs, 30000);
        if ((!retryAfter || *retryAfter <= waitCap) &&
            scheduleRetry(retryAfter.value_or(backoff), u"HTTP %1"_s.arg(response.status)))
            return;
    }
    complete(std::unexpected(ApiError::fromHttp(response.status, response.body)), response.status, response);
}

void HttpJob::complete(Result<HttpResponse> result, int status, const HttpResponse &response)
{
    if (!result)
        result.error().journalId = m_journalId;
    else
        result->journalId = m_journalId;
    const QString error = result ? QString() : result.error().userText;
    if (Journal *journal = m_transport->journal())
        journal->finish(m_journalId, status, response.headers, response.body, response.body.size(), error,
                        m_attempt);
    qCDebug(lcHttp).noquote() << u"#%1 %2 %3 → %4 in %5 ms, %6 B up, %7 B down%8"_s.arg(m_journalId)
                                     .arg(QString::fromLatin1(m_request.method),
                                          displayUrl(
                                              Transport::requestUrl(m_transport->settings(), m_request)))
                                     .arg(status)
                                     .arg(m_clock.elapsed())
                                     .arg(m_request.body.size())
                                     .arg(response.body.size())
                                     .arg(result ? QString() : u" ("_s + result.error().kindName() + u')');
    finish(std::move(result));
}

void HttpJob::abortWork()
{
    m_retryTimer.stop();
    dropReply();
    if (Journal *journal = m_transport->journal())
        journal->finish(m_journalId, 0, {}, {}, 0, ApiError::make(ErrorKind::Cancelled, {}).userText,
                        m_attempt);
    qCDebug(lcHttp).noquote() << u"#%1 cancelled"_s.arg(m_journalId);
}

} // namespace Gregor

namespace Gregor {

void HttpJob::deliverCancelled()
{
    ApiError error = ApiError::make(ErrorKind::Cancelled, {});
    error.journalId = m_journalId;
    finish(std::unexpected(error));
}

} // namespace Gregor
