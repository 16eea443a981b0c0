// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bytesearch.h"

#include <cstring>
#include <utility>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace Gregor {

namespace {

bool isAsciiLetter(uchar c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

uchar foldAscii(uchar c)
{
    return c >= 'A' && c <= 'Z' ? uchar(c + 32) : c;
}

// How often a byte turns up in JSON and text, roughly: a pair of rare bytes leaves few
// candidate positions to compare.
int commonness(uchar c)
{
    switch (c) {
    case '"':
    case ':':
    case ',':
    case ' ':
    case '{':
    case '}':
    case '[':
    case ']':
        return 3;
    case 'e':
    case 't':
    case 'a':
    case 'o':
    case 'i':
    case 'n':
    case 's':
    case 'r':
    case 'x':
        return 2;
    default:
        return 1;
    }
}

} // namespace

ByteSearch::ByteSearch(QByteArrayView needle, Case cs)
    : m_needle(needle.toByteArray())
    , m_fold(cs == Case::AsciiInsensitive)
{
    if (m_needle.isEmpty())
        return;
    if (m_fold) {
        for (char &c : m_needle)
            c = char(foldAscii(uchar(c)));
    }
    const auto *p = reinterpret_cast<const uchar *>(m_needle.constData());
    const qsizetype n = m_needle.size();
    // The rarest byte, then the rarest other one, ties going to the ends of the needle.
    m_atA = 0;
    for (qsizetype i = 1; i < n; ++i) {
        if (commonness(p[i]) < commonness(p[m_atA]))
            m_atA = i;
    }
    m_atB = m_atA;
    for (qsizetype i = n - 1; i >= 0; --i) {
        if (i != m_atA && (m_atB == m_atA || commonness(p[i]) < commonness(p[m_atB])))
            m_atB = i;
    }
    if (m_atB < m_atA)
        std::swap(m_atA, m_atB);
    m_a = p[m_atA];
    m_b = p[m_atB];
    // A letter folded to lower case, or-ed with 0x20, equals itself for both cases and for
    // nothing else; any other byte is compared exactly.
    m_aMask = m_fold && isAsciiLetter(m_a) ? 0x20 : 0;
    m_bMask = m_fold && isAsciiLetter(m_b) ? 0x20 : 0;
}

bool ByteSearch::matchesAt(const uchar *at) const
{
    const auto *p = reinterpret_cast<const uchar *>(m_needle.constData());
    const qsizetype n = m_needle.size();
    if (!m_fold)
        return std::memcmp(at, p, size_t(n)) == 0;
    for (qsizetype k = 0; k < n; ++k) {
        if (foldAscii(at[k]) != p[k])
            return false;
    }
    return true;
}

bool ByteSearch::isIn(QByteArrayView haystack) const
{
    const qsizetype n = m_needle.size();
    const qsizetype h = haystack.size();
    if (n == 0)
        return true;
    if (h < n)
        return false;
    const auto *hay = reinterpret_cast<const uchar *>(haystack.data());
    const qsizetype positions = h - n + 1; // candidate starts [0, positions)
    qsizetype pos = 0;
#if defined(__SSE2__)
    const __m128i wantA = _mm_set1_epi8(char(m_a));
    const __m128i maskA = _mm_set1_epi8(char(m_aMask));
    const __m128i wantB = _mm_set1_epi8(char(m_b));
    const __m128i maskB = _mm_set1_epi8(char(m_bMask));
    for (; pos + 16 <= positions; pos += 16) {
        const __m128i a = _mm_loadu_si128(reinterpret_cast<const __m128i *>(hay + pos + m_atA));
        const __m128i b = _mm_loadu_si128(reinterpret_cast<const __m128i *>(hay + pos + m_atB));
        const __m128i hit = _mm_and_si128(_mm_cmpeq_epi8(_mm_or_si128(a, maskA), wantA),
                                          _mm_cmpeq_epi8(_mm_or_si128(b, maskB), wantB));
        for (unsigned bits = unsigned(_mm_movemask_epi8(hit)); bits != 0; bits &= bits - 1) {
            if (matchesAt(hay + pos + __builtin_ctz(bits)))
                return true;
        }
    }
#endif
    for (; pos < positions; ++pos) {
        if (uchar(hay[pos + m_atA] | m_aMask) == m_a && uchar(hay[pos + m_atB] | m_bMask) == m_b &&
            matchesAt(hay + pos))
            return true;
    }
    return false;
}

bool ByteSearch::containsReference(QByteArrayView haystack, QByteArrayView needle, Case cs)
{
    const bool fold = cs == Case::AsciiInsensitive;
    for (qsizetype pos = 0; pos + needle.size() <= haystack.size(); ++pos) {
        qsizetype k = 0;
        while (k < needle.size() && (fold ? foldAscii(uchar(haystack[pos + k])) == foldAscii(uchar(needle[k]))
                                          : haystack[pos + k] == needle[k]))
            ++k;
        if (k == needle.size())
            return true;
    }
    return false;
}

} // namespace Gregor
