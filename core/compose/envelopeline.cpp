// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "envelopeline.h"

#include "bulkreader.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {

constexpr int MaxDepth = 256;

// An empty key or value is not "no key" or a tombstone, so an empty result must not be null.
QByteArray copyBytes(QByteArrayView bytes)
{
    return bytes.isEmpty() ? QByteArray("", 0) : bytes.toByteArray();
}

QByteArray nonNull(QByteArray bytes)
{
    return bytes.isNull() ? QByteArray("", 0) : std::move(bytes);
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexDigit(char c)
{
    if (isDigit(c))
        return c - '0';
    const char lower = char(c | 0x20);
    return lower >= 'a' && lower <= 'f' ? lower - 'a' + 10 : -1;
}

enum class Kind : quint8
{
    Missing,
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
};

// Where a JSON value sits in the line. Fields are decoded only once the whole line has been
// checked, because a "*_encoding" may come after the field it describes.
struct Span
{
    Kind kind = Kind::Missing;
    const char *begin = nullptr; // strings: the first byte after the opening quote
    const char *end = nullptr;   // strings: the closing quote
    bool escaped = false;        // strings: holds a backslash
    QByteArrayView raw() const { return {begin, end - begin}; }
    bool absent() const { return kind == Kind::Missing || kind == Kind::Null; }
};

// A JSON syntax check over one line that hands out spans instead of building a document:
// QJsonDocument would cost a tree and a UTF-16 copy of every string, per line. Strings keep
// their raw bytes, whatever they are: kcat writes binary into them unescaped.
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_begin(text.data())
        , m_p(m_begin)
        , m_end(m_begin + text.size())
    {}

    // m_p is at '{'; f(name, value) for every member.
    template<typename F>
    bool object(F &&f, int depth = 0)
    {
        if (depth > MaxDepth)
            return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "too deeply nested document"));
        ++m_p;
        if (skipSpace() && *m_p == '}')
            return ++m_p, true;
        for (;;) {
            if (!skipSpace())
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "unterminated object"));
            if (*m_p != '"')
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "missing member name"));
            Span name;
            Span value;
            if (!string(name))
                return false;
            if (!skipSpace() || *m_p != ':')
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "missing name separator"));
            ++m_p;
            if (!parse(value, depth))
                return false;
            f(name, value);
            if (!skipSpace())
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "unterminated object"));
            if (*m_p == '}')
                return ++m_p, true;
            if (*m_p != ',')
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "missing value separator"));
            ++m_p;
        }
    }

    // m_p is at '['; f(value) for every element.
    template<typename F>
    bool array(F &&f, int depth = 0)
    {
        if (depth > MaxDepth)
            return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "too deeply nested document"));
        ++m_p;
        if (skipSpace() && *m_p == ']')
            return ++m_p, true;
        for (;;) {
            Span value;
            if (!parse(value, depth))
                return false;
            f(value);
            if (!skipSpace())
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "unterminated array"));
            if (*m_p == ']')
                return ++m_p, true;
            if (*m_p != ',')
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "missing value separator"));
            ++m_p;
        }
    }

    bool parse(Span &v, int depth)
    {
        if (!skipSpace())
            return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "illegal value"));
        v.begin = m_p;
        switch (*m_p) {
        case '"':
            return string(v);
        case '{':
            v.kind = Kind::Object;
            if (!object([](const Span &, const Span &) {}, depth + 1))
                return false;
            break;
        case '[':
            v.kind = Kind::Array;
            if (!array([](const Span &) {}, depth + 1))
                return false;
            break;
        case 't':
            v.kind = Kind::Bool;
            if (!literal("true"))
                return false;
            break;
        case 'f':
            v.kind = Kind::Bool;
            if (!literal("false"))
                return false;
            break;
        case 'n':
            v.kind = Kind::Null;
            if (!literal("null"))
                return false;
            break;
        default:
            v.kind = Kind::Number;
            if (!number())
                return false;
        }
        v.end = m_p;
        return true;
    }

    // False at the end of the text; otherwise m_p is at the next non-space byte.
    bool skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\t' || *m_p == '\r' || *m_p == '\n'))
            ++m_p;
        return m_p < m_end;
    }
    char current() const { return m_p < m_end ? *m_p : '\0'; }
    bool fail(const char *what)
    {
        m_what = what;
        return false;
    }
    QString error() const
    {
        return QCoreApplication::translate("Gregor::Compose", "Not JSON (%1 at character %2).")
            .arg(QCoreApplication::translate("Gregor::Compose", m_what))
            .arg(m_p - m_begin + 1);
    }

private:
    bool string(Span &v)
    {
        v.kind = Kind::String;
        v.escaped = false;
        v.begin = ++m_p;
        for (;;) {
            const auto *quote = static_cast<const char *>(std::memchr(m_p, '"', m_end - m_p));
            if (!quote) {
                m_p = m_end;
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "unterminated string"));
            }
            const auto *backslash = static_cast<const char *>(std::memchr(m_p, '\\', quote - m_p));
            if (!backslash) {
                v.end = quote;
                m_p = quote + 1;
                return true;
            }
            v.escaped = true;
            m_p = backslash + 1;
            if (m_p == m_end)
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "unterminated string"));
            if (*m_p == 'u') {
                if (m_end - m_p < 5)
                    return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "invalid escape sequence"));
                for (int i = 1; i <= 4; ++i) {
                    if (hexDigit(m_p[i]) < 0)
                        return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "invalid escape sequence"));
                }
                m_p += 5;
            } else if (std::strchr("\"\\/bfnrt", *m_p) && *m_p != '\0') {
                ++m_p;
            } else {
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "invalid escape sequence"));
            }
        }
    }

    bool digits()
    {
        const char *start = m_p;
        while (m_p < m_end && isDigit(*m_p))
            ++m_p;
        return m_p > start;
    }

    bool number()
    {
        const char *start = m_p;
        if (*m_p == '-')
            ++m_p;
        if (m_p == m_end || !isDigit(*m_p))
            return fail(m_p == start ? QT_TRANSLATE_NOOP("Gregor::Compose", "illegal value")
                                     : QT_TRANSLATE_NOOP("Gregor::Compose", "illegal number"));
        if (*m_p == '0')
            ++m_p;
        else
            digits();
        if (m_p < m_end && *m_p == '.') {
            ++m_p;
            if (!digits())
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "illegal number"));
        }
        if (m_p < m_end && (*m_p == 'e' || *m_p == 'E')) {
            ++m_p;
            if (m_p < m_end && (*m_p == '+' || *m_p == '-'))
                ++m_p;
            if (!digits())
                return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "illegal number"));
        }
        return true;
    }

    bool literal(QByteArrayView word)
    {
        if (!QByteArrayView(m_p, m_end - m_p).startsWith(word))
            return fail(QT_TRANSLATE_NOOP("Gregor::Compose", "illegal value"));
        m_p += word.size();
        return true;
    }

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    const char *m_what = "";
};

void appendUtf8(QByteArray &out, char32_t u)
{
    if (u < 0x80) {
        out += char(u);
    } else if (u < 0x800) {
        out += char(0xc0 | (u >> 6));
        out += char(0x80 | (u & 0x3f));
    } else if (u < 0x10000) {
        out += char(0xe0 | (u >> 12));
        out += char(0x80 | ((u >> 6) & 0x3f));
        out += char(0x80 | (u & 0x3f));
    } else {
        out += char(0xf0 | (u >> 18));
        out += char(0x80 | ((u >> 12) & 0x3f));
        out += char(0x80 | ((u >> 6) & 0x3f));
        out += char(0x80 | (u & 0x3f));
    }
}

char32_t hex4(const char *p)
{
    return char32_t(hexDigit(p[0]) << 12 | hexDigit(p[1]) << 8 | hexDigit(p[2]) << 4 | hexDigit(p[3]));
}

// The bytes of a checked string span: never null.
QByteArray decode(const Span &s)
{
    if (!s.escaped)
        return copyBytes(s.raw());
    QByteArray out;
    out.reserve(s.end - s.begin);
    const char *p = s.begin;
    while (p < s.end) {
        const auto *backslash = static_cast<const char *>(std::memchr(p, '\\', s.end - p));
        if (!backslash) {
            out.append(p, s.end - p);
            break;
        }
        out.append(p, backslash - p);
        p = backslash + 2;
        switch (p[-1]) {
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'n':
            out += '\n';
            break;
        case 'r':
            out += '\r';
            break;
        case 't':
            out += '\t';
            break;
        case 'u': {
            char32_t u = hex4(p);
            p += 4;
            if (u >= 0xd800 && u < 0xdc00 && s.end - p >= 6 && p[0] == '\\' && p[1] == 'u') {
                const char32_t low = hex4(p + 2);
                if (low >= 0xdc00 && low < 0xe000) {
                    u = 0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00);
                    p += 6;
                }
            }
            // A lone surrogate has no UTF-8 form.
            appendUtf8(out, u >= 0xd800 && u < 0xe000 ? char32_t(0xfffd) : u);
            break;
        }
        default: // '"', '\\', '/'
            out += p[-1];
        }
    }
    return out;
}

QString text(const Span &s)
{
    return s.escaped ? QString::fromUtf8(decode(s)) : QString::fromUtf8(s.raw());
}

struct Envelope
{
    Span key, payload, headers, keyEncoding, payloadEncoding, headersEncoding, partition, ts;

    void take(const Span &name, const Span &value)
    {
        static constexpr std::pair<QByteArrayView, Span Envelope::*> fields[] = {
            {"payload", &Envelope::payload},          {"key", &Envelope::key},
            {"headers", &Envelope::headers},          {"payload_encoding", &Envelope::payloadEncoding},
            {"key_encoding", &Envelope::keyEncoding}, {"headers_encoding", &Envelope::headersEncoding},
            {"partition", &Envelope::partition},      {"ts", &Envelope::ts},
        };
        const QByteArray decoded = name.escaped ? decode(name) : QByteArray();
        const QByteArrayView n = name.escaped ? QByteArrayView(decoded) : name.raw();
        for (const auto &[field, member] : fields) {
            if (n == field) {
                this->*member = value; // the last one wins, as in QJsonObject
                return;
            }
        }
    }
};

std::expected<bool, QString> isBase64(const Span &encoding, QLatin1StringView name)
{
    if (encoding.absent())
        return false;
    if (encoding.kind == Kind::String &&
        (encoding.escaped ? decode(encoding) == "base64"_ba : encoding.raw() == "base64"))
        return true;
    return std::unexpected(
        QCoreApplication::translate("Gregor::Compose", "\"%1_encoding\" must be \"base64\".").arg(name));
}

std::expected<QByteArray, QString> bytesField(const Span &v, const Span &encoding, QLatin1StringView name)
{
    if (v.absent())
        return QByteArray();
    if (v.kind != Kind::String)
        return std::unexpected(
            QCoreApplication::translate("Gregor::Compose", "\"%1\" is neither a string nor null.").arg(name));
    const auto base64 = isBase64(encoding, name);
    if (!base64)
        return std::unexpected(base64.error());
    if (!*base64)
        return decode(v);
    auto decoded = QByteArray::fromBase64Encoding(decode(v), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::unexpected(
            QCoreApplication::translate("Gregor::Compose",
                                        "\"%1_encoding\" says base64 but \"%1\" is not valid base64.")
                .arg(name));
    return nonNull(std::move(decoded.decoded));
}

std::expected<QList<RecordHeader>, QString> headersField(const Envelope &e)
{
    QList<RecordHeader> out;
    if (e.headers.absent())
        return out;
    const auto base64 = isBase64(e.headersEncoding, "headers"_L1);
    if (!base64)
        return std::unexpected(base64.error());
    std::optional<QString> error;
    auto add = [&](QString name, const Span &v) {
        if (error)
            return;
        if (v.kind == Kind::Null) {
            out.append({std::move(name), QByteArray()});
        } else if (v.kind != Kind::String) {
            error =
                QCoreApplication::translate("Gregor::Compose", "Header \"%1\" is neither a string nor null.")
                    .arg(name);
        } else if (!*base64) {
            out.append({std::move(name), decode(v)});
        } else if (auto d =
                       QByteArray::fromBase64Encoding(decode(v), QByteArray::AbortOnBase64DecodingErrors)) {
            out.append({std::move(name), nonNull(std::move(d.decoded))});
        } else {
            error = QCoreApplication::translate(
                        "Gregor::Compose",
                        "\"headers_encoding\" says base64 but header \"%1\" is not valid base64.")
                        .arg(name);
        }
    };
    // The spans were checked with the whole line, so these scans cannot fail.
    Scanner scanner(e.headers.raw());
    if (e.headers.kind == Kind::Array) {
        // kcat's flat list: name, value, name, value…
        QVarLengthArray<Span, 16> items;
        scanner.array([&](const Span &v) { items.append(v); });
        if (items.size() % 2 != 0)
            return std::unexpected(QCoreApplication::translate(
                "Gregor::Compose", "\"headers\" must list names and values in pairs."));
        for (qsizetype i = 0; i < items.size() && !error; i += 2) {
            if (items[i].kind != Kind::String)
                return std::unexpected(
                    QCoreApplication::translate("Gregor::Compose", "Header name %1 is not a string.")
                        .arg(i / 2 + 1));
            add(text(items[i]), items[i + 1]);
        }
    } else if (e.headers.kind == Kind::Object) {
        // kcat -J -e headers map: {"name": ["value", …]} or {"name": "value"}
        scanner.object([&](const Span &name, const Span &v) {
            if (v.kind != Kind::Array)
                return add(text(name), v);
            Scanner values(v.raw());
            values.array([&](const Span &item) { add(text(name), item); });
        });
    } else {
        return std::unexpected(
            QCoreApplication::translate("Gregor::Compose", "\"headers\" is neither a list nor an object."));
    }
    if (error)
        return std::unexpected(*error);
    return out;
}

std::optional<qint64> wholeNumber(const Span &v)
{
    if (v.kind != Kind::Number)
        return std::nullopt;
    qint64 n = 0;
    const auto [end, ec] = std::from_chars(v.begin, v.end, n);
    if (ec == std::errc() && end == v.end)
        return n;
    if (ec == std::errc::result_out_of_range)
        return std::nullopt;
    // A fraction or an exponent: still whole when it comes out whole ("3.0", "1e3").
    bool ok = false;
    const double d = v.raw().toDouble(&ok);
    if (!ok || d != std::floor(d) || std::fabs(d) > 9007199254740992.0)
        return std::nullopt;
    return qint64(d);
}

} // namespace

std::expected<ProduceRecord, QString> parseEnvelopeLine(QByteArrayView line, const BulkReadOptions &options)
{
    if (line.trimmed().isEmpty())
        return std::unexpected(QCoreApplication::translate("Gregor::Compose", "Line is blank."));
    Scanner scanner(line);
    scanner.skipSpace();
    if (scanner.current() != '{')
        return std::unexpected(QCoreApplication::translate("Gregor::Compose", "Not a JSON object."));
    Envelope e;
    if (!scanner.object([&](const Span &name, const Span &value) { e.take(name, value); }))
        return std::unexpected(scanner.error());
    if (scanner.skipSpace()) {
        scanner.fail(QT_TRANSLATE_NOOP("Gregor::Compose", "garbage at the end of the document"));
        return std::unexpected(scanner.error());
    }
    if (e.payload.kind == Kind::Missing)
        return std::unexpected(QCoreApplication::translate("Gregor::Compose", "\"payload\" is missing."));
    ProduceRecord r;
    r.topic = options.topic;
    auto value = bytesField(e.payload, e.payloadEncoding, "payload"_L1);
    if (!value)
        return std::unexpected(value.error());
    r.value = std::move(*value);
    auto key = bytesField(e.key, e.keyEncoding, "key"_L1);
    if (!key)
        return std::unexpected(key.error());
    r.key = std::move(*key);
    auto headers = headersField(e);
    if (!headers)
        return std::unexpected(headers.error());
    r.headers = std::move(*headers);
    // Checked only when kept: a field that is not used cannot make a line unusable.
    if (options.keepPartition && !e.partition.absent()) {
        const auto n = wholeNumber(e.partition);
        if (!n || *n > std::numeric_limits<int>::max())
            return std::unexpected(QCoreApplication::translate(
                "Gregor::Compose", "\"partition\" must be a whole number (negative for none)."));
        // Negative: no partition, the partitioner's choice (files of failed records say -1 for
        // records that had none).
        if (*n >= 0)
            r.partition = int(*n);
    }
    if (options.keepTimestamp && !e.ts.absent()) {
        const auto n = wholeNumber(e.ts);
        if (!n || *n < 0)
            return std::unexpected(QCoreApplication::translate(
                "Gregor::Compose", "\"ts\" must be a whole number of milliseconds, 0 or more."));
        r.timestampMs = *n;
    }
    return r;
}

} // namespace Gregor
