#include "jsonread.h"

#include <QUrl>

#include <limits>

using namespace Qt::StringLiterals;

namespace Gregor::Json {

ApiError protocolError(const QString &what)
{
    ApiError error = ApiError::make(ErrorKind::Protocol, {});
    error.serverMessage = what;
    return error;
}

Result<QJsonDocument> parse(const QByteArray &body)
{
    QJsonParseError parseError;
    QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return std::unexpected(protocolError(
            u"invalid JSON at byte %1: %2"_s.arg(parseError.offset).arg(parseError.errorString())));
    return doc;
}

Result<QJsonArray> parseArray(const QByteArray &body)
{
    auto doc = parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isArray())
        return std::unexpected(protocolError(u"expected a JSON array"_s));
    return doc->array();
}

Result<QJsonObject> parseObject(const QByteArray &body)
{
    auto doc = parse(body);
    if (!doc)
        return std::unexpected(doc.error());
    if (!doc->isObject())
        return std::unexpected(protocolError(u"expected a JSON object"_s));
    return doc->object();
}

std::optional<qint64> integer(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    constexpr qint64 sentinel = std::numeric_limits<qint64>::min();
    const qint64 result = value.toInteger(sentinel);
    if (result == sentinel)
        return std::nullopt;
    return result;
}

std::optional<int> intAtLeast(const QJsonValue &value, int minimum)
{
    const auto number = integer(value);
    if (!number || *number < minimum || *number > std::numeric_limits<int>::max())
        return std::nullopt;
    return int(*number);
}

std::optional<QByteArray> base64(const QJsonValue &value)
{
    if (missing(value))
        return QByteArray();
    if (!value.isString())
        return std::nullopt;
    const QString text = value.toString();
    if (text.isEmpty())
        return QByteArray(""); // an empty key is a key
    auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

QJsonValue toBase64(const QByteArray &bytes)
{
    if (bytes.isNull())
        return QJsonValue::Null;
    return QString::fromLatin1(bytes.toBase64());
}

QString segment(const QString &text)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(text));
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace Gregor::Json
