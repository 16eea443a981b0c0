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

static constexpr signed char base64Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z')
        return static_cast<signed char>(c - u'A');
    if (c >= u'a' && c <= u'z')
        return static_cast<signed char>(c - u'a' + 26);
    if (c >= u'0' && c <= u'9')
        return static_cast<signed char>(c - u'0' + 52);
    if (c == u'+')
        return 62;
    if (c == u'/')
        return 63;
    return -1;
}

// Decodes straight from the UTF-16 text into one buffer: records are mostly base64, and the
// detour through a Latin-1 copy cost a fifth of the whole parse.
static std::optional<QByteArray> decodeBase64(QStringView text)
{
    qsizetype length = text.size();
    while (length > 0 && text[length - 1] == u'=' && text.size() - length < 2)
        --length;
    if (length % 4 == 1 || (text.size() != length && text.size() % 4 != 0))
        return std::nullopt;
    QByteArray out(length * 3 / 4, Qt::Uninitialized);
    char *dst = out.data();
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const signed char v = base64Value(text[i].unicode());
        if (v < 0)
            return std::nullopt;
        accumulator = (accumulator << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *dst++ = char((accumulator >> bits) & 0xff);
        }
    }
    return out;
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
    return decodeBase64(text);
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

void appendString(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    qsizetype plain = 0; // the start of a run copied in one go
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        const auto c = static_cast<unsigned char>(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(plain, i - plain));
        plain = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(utf8.sliced(plain));
    out += '"';
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace Gregor::Json
