// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/http/httpjob.h"
#include "core/http/transport.h"

#include <QList>
#include <QPointer>
#include <QTimer>

namespace Gregor {

// A call made of several HTTP exchanges (or other jobs). Children are bound to the operation:
// their answers are ignored once it finished or is being cancelled, and cancelling it cancels
// them. Finish through finishWith() so children still running are stopped.
template<typename T>
class Operation : public ResultJob<T>
{
public:
    using typename ResultJob<T>::Callback;
    Operation(QObject *context, Callback done, QObject *parent)
        : ResultJob<T>(context, std::move(done), parent)
    {}

    bool active() const { return !m_stopping && !this->isFinished(); }

    // Sends a request; `then` runs with its result only while the operation is active.
    template<typename Then>
    void send(Transport *transport, const HttpRequest &request, Then then)
    {
        HttpJob *job = transport->send(request, this,
                                       [this, then = std::move(then)](Result<HttpResponse> result) mutable {
                                           if (active())
                                               then(std::move(result));
                                       });
        m_lastJournalId = job->journalId();
        adopt(job);
    }
    // Tracks a child job started elsewhere (its callback must be bound to this operation).
    void adopt(Job *job)
    {
        // Finished children are dropped as new ones come, so a long read keeps only the few
        // exchanges in flight, not one pointer per request it ever made.
        m_children.removeIf([](const QPointer<Job> &child) { return !child || child->isFinished(); });
        m_children.append(QPointer<Job>(job));
    }
    qsizetype trackedChildren() const { return m_children.size(); }

    void finishWith(Result<T> result)
    {
        stopChildren();
        this->finish(std::move(result));
    }
    void fail(ApiError error) { finishWith(std::unexpected(std::move(error))); }
    // Finishes on the next event-loop turn: a call never calls back before it returned.
    void failLater(ApiError error)
    {
        QTimer::singleShot(0, this, [this, error] {
            if (active())
                fail(error);
        });
    }

protected:
    void abortWork() override { stopChildren(); }
    // A cancelled call names its latest exchange, like every other error.
    void deliverCancelled() override
    {
        ApiError error = ApiError::make(ErrorKind::Cancelled, {});
        error.journalId = m_lastJournalId;
        this->finish(std::unexpected(error));
    }

private:
    void stopChildren()
    {
        m_stopping = true;
        const auto children = std::exchange(m_children, {});
        for (const QPointer<Job> &child : children) {
            if (child)
                child->cancel();
        }
    }

    QList<QPointer<Job>> m_children;
    quint64 m_lastJournalId = 0;
    bool m_stopping = false;
};

// Parses a 2xx body into a value; a parse failure names the exchange it came from.
template<typename T, typename Parse>
Result<T> parseResponse(const Result<HttpResponse> &response, Parse parse)
{
    if (!response)
        return std::unexpected(response.error());
    Result<T> value = parse(response->body);
    if (!value) {
        value.error().journalId = response->journalId;
        value.error().httpStatus = response->status;
    }
    return value;
}

} // namespace Gregor
