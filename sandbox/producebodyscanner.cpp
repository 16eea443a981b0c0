// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "producebodyscanner.h"

#include "jsonbytes.h"

#include <QDateTime>

#include <limits>

namespace Gregor::Sandbox::UpstashProduce {

namespace {

// Every method answers false where the general path is to decide.
class Scanner
{
public:
    explicit Scanner(QByteArrayView body)
        : m_p(reinterpret_cast<const uchar *>(body.data()))
        , m_end(m_p + body.size())
    {}

    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool eat(char c)
    {
        if (!peek(c))
            return false;
        ++m_p;
        return true;
    }
    bool eatLiteral(QByteArrayView word)
    {
        skipSpace();
        if (m_end - m_p < word.size() || std::memcmp(m_p, word.data(), size_t(word.size())) != 0)
            return false;
        m_p += word.size();
        return true;
    }

    // A string's content as UTF-8, escapes decoded.
    bool string(QByteArray &out)
    {
        if (!eat('"'))
            return false;
        const uchar *run = m_p;
        out.clear();
        bool copied = false; // out holds the decoded text up to `run`
        while (true) {
            m_p = JsonBytes::skipPlain(m_p, m_end);
            while (m_p < m_end && *m_p >= 0x20 && *m_p != '"' && *m_p != '\\' && *m_p < 0x80)
                ++m_p;
            if (m_p == m_end)
                return false;
            const uchar c = *m_p;
            if (c == '"') {
                if (!copied)
                    out = QByteArray(reinterpret_cast<const char *>(run), m_p - run);
                else
                    out.append(reinterpret_cast<const char *>(run), m_p - run);
                ++m_p;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                const int length = JsonBytes::utf8SequenceLength(m_p, m_end);
                if (!length || isNonCharacter(m_p, length))
                    return false;
                m_p += length;
                continue;
            }
            // A backslash: what came before goes out, then the escaped character.
            if (!copied)
                out = QByteArray(reinterpret_cast<const char *>(run), m_p - run);
            else
                out.append(reinterpret_cast<const char *>(run), m_p - run);
            copied = true;
            if (!escape(out))
                return false;
            run = m_p;
        }
    }

    // A key: a string without escapes (others are for the general path).
    bool key(QByteArrayView &out)
    {
        if (!eat('"'))
            return false;
        const uchar *start = m_p;
        while (m_p < m_end && *m_p != '"') {
            if (*m_p < 0x20 || *m_p == '\\' || *m_p >= 0x80)
                return false;
            ++m_p;
        }
        if (m_p == m_end)
            return false;
        out = QByteArrayView(reinterpret_cast<const char *>(start), m_p - start);
        ++m_p;
        return eat(':');
    }

    // An integer literal within [min, max] of at most 18 digits: exact as a qint64, the way
    // QJsonValue holds it. Fractions, exponents and "-0" are for the general path.
    bool integer(qint64 &out, qint64 min, qint64 max)
    {
        skipSpace();
        const bool negative = m_p < m_end && *m_p == '-';
        const uchar *digits = m_p + (negative ? 1 : 0);
        const uchar *p = digits;
        qint64 value = 0;
        while (p < m_end && *p >= '0' && *p <= '9' && p - digits < 18) // 18 digits cannot overflow
            value = value * 10 + (*p++ - '0');
        const qsizetype count = p - digits;
        if (count == 0 || (*digits == '0' && (count > 1 || negative)))
            return false;
        if (p < m_end && (*p == '.' || *p == 'e' || *p == 'E' || (*p >= '0' && *p <= '9')))
            return false;
        value = negative ? -value : value;
        if (value < min || value > max)
            return false;
        m_p = p;
        out = value;
        return true;
    }

    // Any value, read only to be skipped: strings, short numbers, literals, arrays and objects.
    bool skipValue(int depth = 0)
    {
        if (depth > 32)
            return false;
        skipSpace();
        if (m_p == m_end)
            return false;
        switch (*m_p) {
        case '"': {
            QByteArray ignored;
            return string(ignored);
        }
        case '{': {
            ++m_p;
            if (eat('}'))
                return true;
            do {
                QByteArrayView name;
                if (!key(name) || !skipValue(depth + 1))
                    return false;
            } while (eat(','));
            return eat('}');
        }
        case '[': {
            ++m_p;
            if (eat(']'))
                return true;
            do {
                if (!skipValue(depth + 1))
                    return false;
            } while (eat(','));
            return eat(']');
        }
        case 't':
            return eatLiteral("true");
        case 'f':
            return eatLiteral("false");
        case 'n':
            return eatLiteral("null");
        default: {
            qint64 ignored;
            return integer(ignored, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max());
        }
        }
    }

private:
    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }

    // U+FDD0..U+FDEF and U+xFFFE/U+xFFFF, which a JSON parser may treat in its own way.
    static bool isNonCharacter(const uchar *p, int length)
    {
        if (length == 3 && p[0] == 0xef && p[1] == 0xb7 && p[2] >= 0x90 && p[2] <= 0xaf)
            return true;
        if (length == 3)
            return p[0] == 0xef && p[1] == 0xbf && p[2] >= 0xbe;
        if (length == 4)
            return (p[1] & 0x0f) == 0x0f && p[2] == 0xbf && p[3] >= 0xbe;
        return false;
    }

    // After a backslash: the escaped character, as UTF-8. \u escapes of surrogates and
    // noncharacters are for the general path.
    bool escape(QByteArray &out)
    {
        if (m_end - m_p < 2)
            return false;
        const uchar c = m_p[1];
        m_p += 2;
        switch (c) {
        case '"':
        case '\\':
        case '/':
            out.append(char(c));
            return true;
        case 'b':
            out.append('\b');
            return true;
        case 'f':
            out.append('\f');
            return true;
        case 'n':
            out.append('\n');
            return true;
        case 'r':
            out.append('\r');
            return true;
        case 't':
            out.append('\t');
            return true;
        case 'u':
            break;
        default:
            return false;
        }
        if (m_end - m_p < 4)
            return false;
        char32_t cp = 0;
        for (int i = 0; i < 4; ++i) {
            const uchar h = m_p[i];
            const int digit = h >= '0' && h <= '9'   ? h - '0'
                              : h >= 'a' && h <= 'f' ? h - 'a' + 10
                              : h >= 'A' && h <= 'F' ? h - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return false;
            cp = cp << 4 | char32_t(digit);
        }
        m_p += 4;
        if ((cp >= 0xd800 && cp <= 0xdfff) || (cp >= 0xfdd0 && cp <= 0xfdef) || cp >= 0xfffe)
            return false;
        if (cp < 0x80) {
            out.append(char(cp));
        } else if (cp < 0x800) {
            out.append(char(0xc0 | cp >> 6)).append(char(0x80 | (cp & 0x3f)));
        } else {
            out.append(char(0xe0 | cp >> 12))
                .append(char(0x80 | ((cp >> 6) & 0x3f)))
                .append(char(0x80 | (cp & 0x3f)));
        }
        return true;
    }

    const uchar *m_p;
    const uchar *m_end;
};

// The fields parseMessage reads, each at most once (duplicates are for the general path).
constexpr unsigned TopicField = 1, ValueField = 2, KeyField = 4, PartitionField = 8, TimestampField = 16,
                   HeadersField = 32;

bool headers(Scanner &in, QList<RecordHeader> &out)
{
    if (!in.eat('['))
        return false;
    if (in.eat(']'))
        return true;
    QByteArray text;
    do {
        if (!in.eat('{'))
            return false;
        unsigned seen = 0;
        RecordHeader header;
        if (!in.peek('}')) {
            do {
                QByteArrayView name;
                if (!in.key(name))
                    return false;
                const unsigned field = name == "key" ? KeyField : name == "value" ? ValueField : 0;
                if (field & seen)
                    return false;
                seen |= field;
                if (field == KeyField) {
                    if (!in.string(text))
                        return false;
                    header.key = QString::fromUtf8(text);
                } else if (field == ValueField) {
                    if (!in.string(header.value))
                        return false;
                } else if (!in.skipValue()) {
                    return false;
                }
            } while (in.eat(','));
        }
        if (!in.eat('}') || seen != (KeyField | ValueField))
            return false;
        out.append(std::move(header));
    } while (in.eat(','));
    return in.eat(']');
}

// The topic of the previous message, kept so a batch to one topic makes one QString.
struct LastTopic
{
    QByteArray utf8;
    QString name;
};

bool message(Scanner &in, const QString &pathTopic, LastTopic &last, Message &m)
{
    if (!in.eat('{'))
        return false;
    unsigned seen = 0;
    bool hasTimestamp = false;
    QByteArray text;
    if (!in.peek('}')) {
        do {
            QByteArrayView name;
            if (!in.key(name))
                return false;
            const unsigned field = name == "value"       ? ValueField
                                   : name == "key"       ? KeyField
                                   : name == "topic"     ? TopicField
                                   : name == "partition" ? PartitionField
                                   : name == "timestamp" ? TimestampField
                                   : name == "headers"   ? HeadersField
                                                         : 0;
            if (field & seen)
                return false;
            seen |= field;
            qint64 number = 0;
            switch (field) {
            case ValueField:
                if (!in.string(m.record.value))
                    return false;
                break;
            case KeyField:
                if (in.eatLiteral("null"))
                    break;
                if (!in.string(m.record.key))
                    return false;
                if (m.record.key.isNull()) // as parseMessage: an empty key is "", null is no key
                    m.record.key = QByteArray("");
                break;
            case TopicField:
                if (!pathTopic.isEmpty()) { // the path names the topic: this field is not read
                    if (!in.skipValue())
                        return false;
                    break;
                }
                if (!in.string(text))
                    return false;
                if (text != last.utf8) {
                    last.utf8 = text;
                    last.name = QString::fromUtf8(text);
                }
                m.topic = last.name;
                break;
            case PartitionField:
                if (in.eatLiteral("null"))
                    break;
                if (!in.integer(number, std::numeric_limits<int>::min(), std::numeric_limits<int>::max()))
                    return false;
                m.partition = int(number);
                break;
            case TimestampField:
                if (in.eatLiteral("null"))
                    break;
                if (!in.integer(number, 0, std::numeric_limits<qint64>::max()))
                    return false;
                m.record.timestampMs = number;
                hasTimestamp = true;
                break;
            case HeadersField:
                if (!in.eatLiteral("null") && !headers(in, m.record.headers))
                    return false;
                break;
            default:
                if (!in.skipValue())
                    return false;
            }
        } while (in.eat(','));
    }
    if (!in.eat('}') || !(seen & ValueField) || (pathTopic.isEmpty() && !(seen & TopicField)))
        return false;
    if (!pathTopic.isEmpty())
        m.topic = pathTopic;
    if (m.record.value.isNull()) // as parseMessage: an empty value is "", null is a tombstone
        m.record.value = QByteArray("");
    if (!hasTimestamp)
        m.record.timestampMs = QDateTime::currentMSecsSinceEpoch();
    return true;
}

} // namespace

std::optional<std::vector<Message>> scanBody(QByteArrayView body, const QString &pathTopic)
{
    constexpr qsizetype largest = 16 << 20; // past it, QJsonDocument's own limits may answer
    if (body.size() > largest)
        return std::nullopt;
    Scanner in(body);
    std::vector<Message> messages;
    LastTopic last;
    if (in.eat('[')) {
        if (in.peek(']')) // no message: the general path has the words for it
            return std::nullopt;
        messages.reserve(size_t(body.size() / 64));
        do {
            Message m;
            if (!message(in, pathTopic, last, m))
                return std::nullopt;
            messages.push_back(std::move(m));
        } while (in.eat(','));
        if (!in.eat(']'))
            return std::nullopt;
    } else {
        Message m;
        if (!message(in, pathTopic, last, m))
            return std::nullopt;
        messages.push_back(std::move(m));
    }
    if (!in.atEnd())
        return std::nullopt;
    return messages;
}

} // namespace Gregor::Sandbox::UpstashProduce
