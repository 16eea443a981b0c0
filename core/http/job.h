// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Gregor {

// A call in flight. It finishes exactly once: with its result, with an error, or cancelled;
// then emits finished() and deletes itself. Hold it in a QPointer to cancel it later.
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    quint64 id() const { return m_id; }
    bool isFinished() const { return m_finished; }

    // Finishes the job with ErrorKind::Cancelled (its callback sees that error, unless its
    // context object is gone). Safe to call at any time, also after it finished.
    void cancel();

Q_SIGNALS:
    void finished(); // exactly once, right before deleteLater()

protected:
    // Subclasses stop their network work here (disconnect, then abort).
    virtual void abortWork() {}
    // Marks the job finished; returns false when it already was (the caller must then do nothing).
    bool markFinished();
    virtual void deliverCancelled() = 0;

private:
    quint64 m_id;
    bool m_finished = false;
};

// A job whose outcome is a Result<T>, delivered to a callback bound to a context object:
// when the context is destroyed first, the callback is not called.
template<typename T>
class ResultJob : public Job
{
public:
    using Callback = std::function<void(Result<T>)>;
    ResultJob(QObject *context, Callback callback, QObject *parent = nullptr)
        : Job(parent)
        , m_context(context)
        , m_hasContext(context != nullptr)
        , m_callback(std::move(callback))
    {}

    void finish(Result<T> result)
    {
        if (!markFinished())
            return;
        if (m_callback && (!m_hasContext || m_context))
            m_callback(std::move(result));
        Q_EMIT finished();
        deleteLater();
    }

protected:
    void deliverCancelled() override { finish(std::unexpected(ApiError::make(ErrorKind::Cancelled, {}))); }

private:
    QPointer<QObject> m_context;
    bool m_hasContext;
    Callback m_callback;
};

} // namespace Gregor
