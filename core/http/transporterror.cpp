// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transporterror.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Gregor {

static ErrorKind kindFor(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError:
        return ErrorKind::Tls;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError: // our own cancel disconnects first, so this is the transfer
                                                // timeout
    case QNetworkReply::ProxyTimeoutError:
        return ErrorKind::Timeout;
    case QNetworkReply::ProtocolFailure:
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return ErrorKind::Protocol;
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::AuthenticationRequiredError:
        return ErrorKind::Auth;
    default:
        return ErrorKind::Network;
    }
}

static QString adviceFor(QNetworkReply::NetworkError error, ErrorKind kind)
{
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
        return QCoreApplication::translate(
            "Gregor::Transport",
            "The server refused the connection: check the URL and port, and that the server is running.");
    case QNetworkReply::HostNotFoundError:
        return QCoreApplication::translate("Gregor::Transport",
                                           "The server's host name could not be resolved: check the URL.");
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::ContentReSendError: // closed before answering a request we never send twice
        return QCoreApplication::translate(
            "Gregor::Transport",
            "The server closed the connection before answering: try again; the request log has the details.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::UnknownProxyError:
        return QCoreApplication::translate(
            "Gregor::Transport", "The proxy could not be used: check the proxy settings of this connection.");
    case QNetworkReply::ProxyAuthenticationRequiredError:
        return QCoreApplication::translate(
            "Gregor::Transport",
            "The proxy rejected the credentials: check the proxy user name and password.");
    default:
        break;
    }
    return ApiError::make(kind, {}).userText;
}

ApiError transportError(QNetworkReply::NetworkError error, const QString &detail)
{
    const ErrorKind kind = kindFor(error);
    ApiError result = ApiError::make(kind, adviceFor(error, kind));
    result.serverMessage = detail;
    return result;
}

ApiError withUnknownOutcome(ApiError error)
{
    error.outcomeUnknown = true;
    error.userText = QCoreApplication::translate(
        "Gregor::Transport", "The connection was lost after the request was sent, so it may or may not have "
                             "been applied: check before sending it again.");
    return error;
}

} // namespace Gregor
