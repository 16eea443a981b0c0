// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
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

} // namespace Gregor::Json
