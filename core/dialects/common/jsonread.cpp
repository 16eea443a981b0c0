// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonread.h"

#include <algorithm>
#include <cstring>

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

namespace {

constexpr quint64 EachByte = 0x0101010101010101ULL;
constexpr quint64 HighBits = 0x8080808080808080ULL;

// Whether any of 8 bytes is a control character, '"' or '\\': the bytes JSON strings escape.
// (Bytes of 0x80 and above, UTF-8 sequences, are never flagged.)
bool anyToEscape(quint64 x)
{
    const auto zeroIn = [](quint64 v) { return (v - EachByte) & ~v & HighBits; };
    return ((x - EachByte * 0x20) & ~x & HighBits) | zeroIn(x ^ (EachByte * '"')) |
           zeroIn(x ^ (EachByte * '\\'));
}

bool plainByte(unsigned char c)
{
    return c >= 0x20 && c != '"' && c != '\\';
}

} // namespace

void appendString(QByteArray &out, QByteArrayView utf8)
{
    // Written through a pointer into room for the worst case (6 bytes a byte), skipping plain
    // bytes 8 at a time: bulk produce bodies are mostly this, and appending piece by piece cost
    // a general QByteArray insert per piece.
    static constexpr char hex[] = "0123456789abcdef";
    const qsizetype start = out.size();
    const qsizetype worst = start + 6 * utf8.size() + 2;
    if (out.capacity() < worst)
        out.reserve(std::max(worst, 2 * out.capacity()));
    out.resize(worst);
    char *const begin = out.data();
    char *w = begin + start;
    *w++ = '"';
    const char *p = utf8.data();
    const char *const end = p + utf8.size();
    while (p < end) {
        const char *run = p;
        for (quint64 x; end - p >= 8; p += 8) {
            std::memcpy(&x, p, 8);
            if (anyToEscape(x))
                break;
        }
        while (p < end && plainByte(static_cast<unsigned char>(*p)))
            ++p;
        std::memcpy(w, run, size_t(p - run));
        w += p - run;
        if (p == end)
            break;
        const auto c = static_cast<unsigned char>(*p++);
        *w++ = '\\';
        switch (c) {
        case '"':
        case '\\':
            *w++ = char(c);
            break;
        case '\n':
            *w++ = 'n';
            break;
        case '\r':
            *w++ = 'r';
            break;
        case '\t':
            *w++ = 't';
            break;
        default:
            *w++ = 'u';
            *w++ = '0';
            *w++ = '0';
            *w++ = hex[c >> 4];
            *w++ = hex[c & 0xf];
        }
    }
    *w++ = '"';
    out.resize(w - begin);
}

QByteArray compact(const QJsonValue &value)
{
    if (value.isArray())
        return QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact);
    return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

} // namespace Gregor::Json
