#include "jsonscanner.h"

#include <QtEndian>

#include <bit>
#include <cstring>

namespace Gregor::Json {

namespace {

constexpr quint64 Ones = 0x0101010101010101ULL;
constexpr quint64 Highs = 0x8080808080808080ULL;

quint64 load8(const char *p)
{
    quint64 v;
    std::memcpy(&v, p, 8);
    return qFromLittleEndian(v);
}
constexpr quint64 zeroBytes(quint64 v)
{
    return (v - Ones) & ~v & Highs;
}
// A high bit in every byte that is a quote, a backslash, a control character or not ASCII. Bytes
// above the first flagged one may be flagged wrongly (borrows), so only the lowest one counts.
constexpr quint64 specialBytes(quint64 v)
{
    return zeroBytes(v ^ (Ones * '"')) | zeroBytes(v ^ (Ones * '\\')) | ((v - Ones * 0x20) & ~v & Highs) |
           (v & Highs);
}

bool special(unsigned char c)
{
    return c == '"' || c == '\\' || c < 0x20 || c >= 0x80;
}

// From p, the first special byte, or end.
const char *findSpecial(const char *p, const char *end)
{
    while (end - p >= 8) {
        if (const quint64 mask = specialBytes(load8(p)))
            return p + std::countr_zero(mask) / 8;
        p += 8;
    }
    while (p < end && !special(static_cast<unsigned char>(*p)))
        ++p;
    return p;
}

bool nonCharacter(char32_t cp)
{
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

bool continuation(unsigned char c)
{
    return (c & 0xC0) == 0x80;
}

// The length of the well-formed UTF-8 sequence (RFC 3629: no overlongs, no surrogates, at most
// U+10FFFF) of a scalar that is not a noncharacter starting at p; 0 if there is none.
int utf8Sequence(const char *p, const char *end)
{
    const auto b0 = static_cast<unsigned char>(p[0]);
    const qsizetype left = end - p;
    char32_t cp = 0;
    int length = 0;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    cp = b0 & (0x7F >> length);
    for (int i = 1; i < length; ++i) {
        const auto b = static_cast<unsigned char>(p[i]);
        if (!continuation(b))
            return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    const bool overlong = (length == 3 && cp < 0x800) || (length == 4 && cp < 0x10000);
    if (overlong || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF) || nonCharacter(cp))
        return 0;
    return length;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Four hex digits after "\u" at p; -1 if they are not.
int hex4(const char *p, const char *end)
{
    if (end - p < 4)
        return -1;
    int value = 0;
    for (int i = 0; i < 4; ++i) {
        const int digit = hexValue(p[i]);
        if (digit < 0)
            return -1;
        value = value * 16 + digit;
    }
    return value;
}

char *writeUtf8(char *out, char32_t cp)
{
    if (cp < 0x80) {
        *out++ = char(cp);
    } else if (cp < 0x800) {
        *out++ = char(0xC0 | (cp >> 6));
        *out++ = char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        *out++ = char(0xE0 | (cp >> 12));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    } else {
        *out++ = char(0xF0 | (cp >> 18));
        *out++ = char(0x80 | ((cp >> 12) & 0x3F));
        *out++ = char(0x80 | ((cp >> 6) & 0x3F));
        *out++ = char(0x80 | (cp & 0x3F));
    }
    return out;
}

// Decodes the text of a string (between its quotes; the first pass checked it has no raw quote
// or control character) into out; answers the length written, or -1 where QJsonDocument and
// this reading could disagree.
qsizetype decode(const char *p, const char *end, char *const out)
{
    char *o = out;
    while (p < end) {
        const char *run = p;
        while (end - p >= 8 && !specialBytes(load8(p)))
            p += 8;
        while (p < end && *p != '\\' && static_cast<unsigned char>(*p) < 0x80)
            ++p;
        std::memcpy(o, run, size_t(p - run));
        o += p - run;
        if (p == end)
            break;
        if (*p != '\\') {
            const int length = utf8Sequence(p, end);
            if (length == 0)
                return -1;
            std::memcpy(o, p, size_t(length));
            o += length;
            p += length;
            continue;
        }
        if (end - p < 2)
            return -1;
        const char escape = p[1];
        p += 2;
        switch (escape) {
        case '"':
        case '\\':
        case '/':
            *o++ = escape;
            break;
        case 'b':
            *o++ = '\b';
            break;
        case 'f':
            *o++ = '\f';
            break;
        case 'n':
            *o++ = '\n';
            break;
        case 'r':
            *o++ = '\r';
            break;
        case 't':
            *o++ = '\t';
            break;
        case 'u': {
            const int unit = hex4(p, end);
            if (unit < 0)
                return -1;
            p += 4;
            char32_t cp = char32_t(unit);
            if (unit >= 0xDC00 && unit <= 0xDFFF)
                return -1; // a lone low surrogate
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
                    return -1;
                const int low = hex4(p + 2, end);
                if (low < 0xDC00 || low > 0xDFFF)
                    return -1;
                p += 6;
                cp = 0x10000 + ((char32_t(unit) - 0xD800) << 10) + (char32_t(low) - 0xDC00);
            }
            if (nonCharacter(cp))
                return -1;
            o = writeUtf8(o, cp);
            break;
        }
        default:
            return -1;
        }
    }
    return o - out;
}

} // namespace

bool Scanner::null()
{
    skipSpace();
    if (m_end - m_p >= 4 && std::memcmp(m_p, "null", 4) == 0) {
        m_p += 4;
        return true;
    }
    return false;
}

std::optional<qint64> Scanner::integer()
{
    skipSpace();
    const bool negative = m_p < m_end && *m_p == '-';
    if (negative)
        ++m_p;
    const char *start = m_p;
    qint64 value = 0;
    while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
        if (m_p - start < 18) // beyond 18 digits it is refused below; never overflow first
            value = value * 10 + (*m_p - '0');
        ++m_p;
    }
    const qsizetype digits = m_p - start;
    if (digits == 0 || digits > 18 || (digits > 1 && *start == '0'))
        return std::nullopt;
    if (m_p < m_end && (*m_p == '.' || *m_p == 'e' || *m_p == 'E'))
        return std::nullopt;
    return negative ? -value : value;
}

std::optional<QByteArrayView> Scanner::asciiString()
{
    if (!take('"'))
        return std::nullopt;
    const char *start = m_p;
    const char *stop = findSpecial(m_p, m_end);
    if (stop == m_end || *stop != '"')
        return std::nullopt;
    m_p = stop + 1;
    return QByteArrayView(start, stop - start);
}

std::optional<QByteArray> Scanner::string()
{
    if (!take('"'))
        return std::nullopt;
    // First pass: where the string ends, and whether it is plain (then one copy is all).
    const char *start = m_p;
    const char *p = start;
    bool plain = true;
    for (;;) {
        p = findSpecial(p, m_end);
        if (p == m_end)
            return std::nullopt;
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"')
            break;
        if (c < 0x20)
            return std::nullopt;
        plain = false;
        p += (c == '\\') ? 2 : 1; // an escaped quote does not end the string
        if (p >= m_end)
            return std::nullopt;
    }
    const char *stop = p;
    m_p = stop + 1;
    if (plain)
        return QByteArray(start, stop - start);
    // Decoding never makes a string longer than its JSON text.
    QByteArray out(stop - start, Qt::Uninitialized);
    const qsizetype length = decode(start, stop, out.data());
    if (length < 0)
        return std::nullopt;
    out.truncate(length);
    return out;
}

} // namespace Gregor::Json
