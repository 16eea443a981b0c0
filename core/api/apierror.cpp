// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "apierror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gregor {

ErrorKind errorKindForStatus(int status)
{
    switch (status) {
    case 401:
        return ErrorKind::Auth;
    case 403:
        return ErrorKind::Forbidden;
    case 404:
        return ErrorKind::NotFound;
    case 408:
        return ErrorKind::Timeout;
    case 409:
        return ErrorKind::Conflict;
    case 413:
        return ErrorKind::TooLarge;
    default:
        break;
    }
    if (status >= 500)
        return ErrorKind::Server;
    return ErrorKind::BadRequest;
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::Network:
        return u"Network"_s;
    case ErrorKind::Tls:
        return u"Tls"_s;
    case ErrorKind::Timeout:
        return u"Timeout"_s;
    case ErrorKind::Auth:
        return u"Auth"_s;
    case ErrorKind::Forbidden:
        return u"Forbidden"_s;
    case ErrorKind::NotFound:
        return u"NotFound"_s;
    case ErrorKind::Conflict:
        return u"Conflict"_s;
    case ErrorKind::BadRequest:
        return u"BadRequest"_s;
    case ErrorKind::TooLarge:
        return u"TooLarge"_s;
    case ErrorKind::Server:
        return u"Server"_s;
    case ErrorKind::Protocol:
        return u"Protocol"_s;
    case ErrorKind::Cancelled:
        return u"Cancelled"_s;
    case ErrorKind::Unsupported:
        return u"Unsupported"_s;
    }
    return {};
}

QString ApiError::kindName() const
{
    return errorKindName(kind);
}

static QString adviceFor(ErrorKind kind, int status, const QString &serverMessage)
{
    const QString detail =
        serverMessage.isEmpty()
            ? QString()
            : QCoreApplication::translate("Gregor::ApiError", " (server said: %1)").arg(serverMessage);
    switch (kind) {
    case ErrorKind::Auth:
        return QCoreApplication::translate("Gregor::ApiError",
                                           "The server rejected the credentials (HTTP 401): check the user "
                                           "name and password of this connection.");
    case ErrorKind::Forbidden:
        return QCoreApplication::translate("Gregor::ApiError",
                                           "The credentials are valid but not allowed to do this (HTTP 403): "
                                           "use a credential with the right permissions.") +
               detail;
    case ErrorKind::NotFound:
        return QCoreApplication::translate("Gregor::ApiError",
                                           "The server does not know this topic, partition or consumer (HTTP "
                                           "404): refresh the view and check the name.") +
               detail;
    case ErrorKind::Conflict:
        return QCoreApplication::translate(
                   "Gregor::ApiError",
                   "The server refused because of a conflicting state (HTTP 409): refresh and try again.") +
               detail;
    case ErrorKind::TooLarge:
        return QCoreApplication::translate(
            "Gregor::ApiError",
            "The request is larger than the server accepts (HTTP 413): send fewer or smaller records.");
    case ErrorKind::Timeout:
        return QCoreApplication::translate("Gregor::ApiError",
                                           "The server did not answer in time: check the connection or raise "
                                           "the timeout of this connection.");
    case ErrorKind::Server:
        return QCoreApplication::translate(
                   "Gregor::ApiError",
                   "The server failed (HTTP %1): try again later; the request log has the details.")
                   .arg(status) +
               detail;
    case ErrorKind::BadRequest:
        if (status == 429)
            return QCoreApplication::translate(
                "Gregor::ApiError",
                "The server is rate-limiting requests (HTTP 429): wait a moment and try again.");
        return QCoreApplication::translate(
                   "Gregor::ApiError",
                   "The server rejected the request (HTTP %1): check the values you entered.")
                   .arg(status) +
               detail;
    case ErrorKind::Protocol:
        return QCoreApplication::translate("Gregor::ApiError",
                                           "The server's answer could not be understood: check that the "
                                           "connection's dialect and URL are right.");
    case ErrorKind::Network:
        return QCoreApplication::translate(
            "Gregor::ApiError", "The server could not be reached: check the URL and your network.");
    case ErrorKind::Tls:
        return QCoreApplication::translate(
            "Gregor::ApiError",
            "The secure connection failed: check the server's certificate or the connection's TLS settings.");
    case ErrorKind::Cancelled:
        return QCoreApplication::translate("Gregor::ApiError", "The request was cancelled.");
    case ErrorKind::Unsupported:
        return QCoreApplication::translate("Gregor::ApiError", "This server's REST dialect cannot do this.");
    }
    return {};
}

ApiError ApiError::fromHttp(int status, const QByteArray &body)
{
    ApiError error;
    error.httpStatus = status;
    error.kind = errorKindForStatus(status);

    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error == QJsonParseError::NoError && doc.isObject()) {
        const QJsonObject object = doc.object();
        if (object.contains("error_code"_L1)) { // Confluent / Karapace / Redpanda
            error.serverCode = object.value("error_code"_L1).toInt();
            error.serverMessage = object.value("message"_L1).toString();
        } else if (object.contains("error"_L1)) { // Upstash
            error.serverMessage = object.value("error"_L1).toString();
            error.serverCode = object.value("status"_L1).toInt(status);
        } else if (object.contains("errorCode"_L1)) { // Message Hub admin
            error.serverCode = object.value("errorCode"_L1).toInt();
            error.serverMessage = object.value("errorMessage"_L1).toString();
        }
    }
    // Confluent's 40403 also means "unknown topic or partition"; both are NotFound here.
    error.userText = adviceFor(error.kind, status, error.serverMessage);
    return error;
}

ApiError ApiError::fromServerCode(int serverCode, const QString &serverMessage)
{
    // Confluent codes are the HTTP status followed by two digits (40101, 50003). v3 delivery
    // reports (and some v2 answers) carry the HTTP status itself (400, 404, 429), so a 3-digit
    // code in 100..599 is the status. The 2019 docs' 1 and 2 (non-retriable, retriable), and
    // anything else, are server-side failures.
    const int status = serverCode >= 10000                      ? serverCode / 100
                       : serverCode >= 100 && serverCode <= 599 ? serverCode
                                                                : 500;
    ApiError error;
    error.kind = errorKindForStatus(status);
    error.serverCode = serverCode;
    error.serverMessage = serverMessage;
    error.userText = adviceFor(error.kind, status, serverMessage);
    return error;
}

ApiError ApiError::make(ErrorKind kind, const QString &userText)
{
    ApiError error;
    error.kind = kind;
    error.userText = userText.isEmpty() ? adviceFor(kind, 0, {}) : userText;
    return error;
}

QDebug operator<<(QDebug debug, const ApiError &error)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "ApiError(" << error.kindName() << " http=" << error.httpStatus
                    << " code=" << error.serverCode << " msg=" << error.serverMessage
                    << (error.outcomeUnknown ? " outcome-unknown" : "") << ')';
    return debug;
}

} // namespace Gregor
