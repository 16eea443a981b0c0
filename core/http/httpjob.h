// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "httprequest.h"
#include "job.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QPointer>
#include <QTimer>

namespace Gregor {

class Transport;

// One HTTP call: sends, retries what may be retried, records the exchange in the journal and
// finishes exactly once. Its reply lives in a QPointer and is deleted on every path; cancel()
// disconnects the reply before aborting it, so no late signal can finish the job twice.
class HttpJob : public ResultJob<HttpResponse>
{
public:
    HttpJob(Transport *transport, HttpRequest request, QObject *context, Callback done);
    ~HttpJob() override;

    void start();
    quint64 journalId() const { return m_journalId; }
    int retries() const { return m_attempt; }

    // Randomness of the backoff jitter; tests make it deterministic.
    static void setJitterSource(double (*source)());

protected:
    void abortWork() override;
    void deliverCancelled() override;

private:
    void sendAttempt();
    void onReplyFinished();
    void onTooLarge(qint64 bytes);
    bool scheduleRetry(int delayMs, const QString &why);
    void complete(Result<HttpResponse> result, int status, const HttpResponse &response);
    void dropReply();

    Transport *m_transport;
    HttpRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QTimer m_retryTimer;
    QElapsedTimer m_clock;
    int m_attempt = 0;
    quint64 m_journalId = 0;
};

} // namespace Gregor
