// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Byte-level helpers shared by the JSON string escaper and the produce-body scanner: both stop
// only at bytes that are not plain inside a JSON string, and both need to know valid UTF-8.
#include <QtGlobal>

#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define GREGOR_JSONBYTES_SSE2 1
#endif

namespace Gregor::Sandbox::JsonBytes {

constexpr quint64 ones = 0x0101010101010101ull;
constexpr quint64 highBits = 0x8080808080808080ull;

// The high bit of a byte is set where the byte needs a look: below 0x20, '"', '\\' or >= 0x80.
// Borrows of the subtractions only run upwards from a byte that is itself flagged, so the lowest
// flagged byte is always a true one (and any flag at all means there is one).
inline quint64 specialMask(quint64 x)
{
    const quint64 quote = x ^ (ones * '"');
    const quint64 backslash = x ^ (ones * '\\');
    const quint64 control = (x - ones * 0x20) & ~x;
    const quint64 isQuote = (quote - ones) & ~quote;
    const quint64 isBackslash = (backslash - ones) & ~backslash;
    return (control | isQuote | isBackslash | x) & highBits;
}

// Index of the first byte of the 8 at `p` that needs a look, 8 when none does.
inline int firstSpecial8(const uchar *p)
{
    quint64 x;
    std::memcpy(&x, p, 8);
    const quint64 mask = specialMask(x);
    if (!mask)
        return 8;
    if constexpr (std::endian::native == std::endian::little)
        return std::countr_zero(mask) / 8;
    for (int i = 0; i < 8; ++i)
        if (p[i] < 0x20 || p[i] == '"' || p[i] == '\\' || p[i] >= 0x80)
            return i;
    return 8;
}

// Skips the bytes from `p` that need no look, a block at a time; stops less than a block before
// `end` or at a byte that needs one.
inline const uchar *skipPlain(const uchar *p, const uchar *end)
{
#ifdef GREGOR_JSONBYTES_SSE2
    // As signed bytes, both the control characters and the bytes >= 0x80 are less than 0x20.
    const __m128i space = _mm_set1_epi8(0x20), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\');
    while (end - p >= 16) {
        const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p));
        const __m128i special = _mm_or_si128(
            _mm_cmplt_epi8(x, space), _mm_or_si128(_mm_cmpeq_epi8(x, quote), _mm_cmpeq_epi8(x, backslash)));
        if (const int mask = _mm_movemask_epi8(special))
            return p + std::countr_zero(unsigned(mask));
        p += 16;
    }
#endif
    while (end - p >= 8) {
        const int skip = firstSpecial8(p);
        p += skip;
        if (skip < 8)
            return p;
    }
    return p;
}

// The length of the valid UTF-8 sequence led by p[0] >= 0x80, 0 when it is not one (overlong,
// a surrogate, past U+10FFFF, cut short or a bad continuation byte).
inline int utf8SequenceLength(const uchar *p, const uchar *end)
{
    const uchar c = *p;
    int extra = 0;
    char32_t cp = 0;
    if ((c & 0xe0) == 0xc0) {
        extra = 1;
        cp = c & 0x1f;
    } else if ((c & 0xf0) == 0xe0) {
        extra = 2;
        cp = c & 0x0f;
    } else if ((c & 0xf8) == 0xf0) {
        extra = 3;
        cp = c & 0x07;
    } else {
        return 0;
    }
    if (end - p <= extra)
        return 0;
    for (int i = 1; i <= extra; ++i) {
        if ((p[i] & 0xc0) != 0x80)
            return 0;
        cp = (cp << 6) | (p[i] & 0x3f);
    }
    static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
    if (cp < minimum[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
        return 0;
    return extra + 1;
}

} // namespace Gregor::Sandbox::JsonBytes
