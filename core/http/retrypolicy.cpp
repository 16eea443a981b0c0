// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "retrypolicy.h"

#include <QLocale>
#include <QTimeZone>

#include <cmath>

namespace Gregor::RetryPolicy {

int backoffMs(int attempt, int baseMs, int maxMs, double jitter)
{
    const double exponential = double(qMax(0, baseMs)) * std::ldexp(1.0, qBound(0, attempt, 30));
    const double cap = qMin(double(qMax(0, maxMs)), exponential);
    return int(cap * qBound(0.0, jitter, 1.0));
}

std::optional<int> retryAfterMs(const QByteArray &headerValue, const QDateTime &now)
{
    const QByteArray value = headerValue.trimmed();
    if (value.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = value.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? std::nullopt : std::optional<int>(int(qMin<qint64>(seconds, 24 * 3600) * 1000));
    // IMF-fixdate, e.g. "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(value),
                                                   QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    QDateTime utc = when;
    utc.setTimeZone(QTimeZone::UTC);
    return int(qBound(qint64(0), now.msecsTo(utc), qint64(24 * 3600 * 1000)));
}

bool retryableStatus(int status, bool idempotent)
{
    if (status == 429)
        return true;
    return idempotent && (status == 500 || status == 502 || status == 503 || status == 504);
}

bool failedBeforeSending(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::SslHandshakeFailedError: // no HTTP byte leaves before the handshake
        return true;
    default:
        return false;
    }
}

bool retryableNetworkError(QNetworkReply::NetworkError error, bool idempotent)
{
    if (error == QNetworkReply::SslHandshakeFailedError)
        return false; // a certificate does not get better by asking again
    if (failedBeforeSending(error))
        return true;
    if (!idempotent)
        return false;
    switch (error) {
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // the transfer timeout fired
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::UnknownNetworkError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::InternalServerError:
    case QNetworkReply::ServiceUnavailableError:
    case QNetworkReply::ProtocolFailure:
        return true;
    default:
        return false;
    }
}

} // namespace Gregor::RetryPolicy
