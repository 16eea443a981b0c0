#include "jsonescape.h"

#include <QString>

#include <bit>
#include <cstring>

#if defined(__SSE2__) || defined(_M_X64)
#include <emmintrin.h>
#define GREGOR_JSONESCAPE_SSE2 1
#endif

namespace Gregor::Sandbox::JsonEscape {

namespace {

constexpr quint64 ones = 0x0101010101010101ull;
constexpr quint64 highBits = 0x8080808080808080ull;

// The high bit of a byte is set where the byte needs a look: below 0x20, '"', '\\' or >= 0x80.
// Borrows of the subtractions only run upwards from a byte that is itself flagged, so the lowest
// flagged byte is always a true one (and any flag at all means there is one).
quint64 specialMask(quint64 x)
{
    const quint64 quote = x ^ (ones * '"');
    const quint64 backslash = x ^ (ones * '\\');
    const quint64 control = (x - ones * 0x20) & ~x;
    const quint64 isQuote = (quote - ones) & ~quote;
    const quint64 isBackslash = (backslash - ones) & ~backslash;
    return (control | isQuote | isBackslash | x) & highBits;
}

// Index of the first byte of the 8 at `p` that needs a look, 8 when none does.
int firstSpecial8(const uchar *p)
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
const uchar *skipPlain(const uchar *p, const uchar *end)
{
#ifdef GREGOR_JSONESCAPE_SSE2
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

// The length of the valid UTF-8 sequence led by p[0] >= 0x80, 0 when it is not one.
int validSequence(const uchar *p, const uchar *end)
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

void putEscape(ByteSink &sink, uchar c)
{
    static constexpr char hex[] = "0123456789abcdef";
    char d[6] = {'\\'};
    int n = 2;
    switch (c) {
    case '"':
        d[1] = '"';
        break;
    case '\\':
        d[1] = '\\';
        break;
    case '\n':
        d[1] = 'n';
        break;
    case '\r':
        d[1] = 'r';
        break;
    case '\t':
        d[1] = 't';
        break;
    case '\b':
        d[1] = 'b';
        break;
    case '\f':
        d[1] = 'f';
        break;
    default:
        d[1] = 'u', d[2] = '0', d[3] = '0', d[4] = hex[c >> 4], d[5] = hex[c & 0xf];
        n = 6;
    }
    sink.put(d, n);
}

// False when `utf8` turns out not to be valid UTF-8; what it wrote is then to be thrown away.
bool appendValid(ByteSink &sink, QByteArrayView utf8)
{
    const auto *begin = reinterpret_cast<const uchar *>(utf8.data());
    const auto *end = begin + utf8.size();
    const uchar *run = begin, *p = begin;
    sink.put('"');
    while (p < end) {
        p = skipPlain(p, end);
        if (p == end)
            break;
        const uchar c = *p;
        if (c >= 0x80) {
            const int length = validSequence(p, end);
            if (!length)
                return false;
            p += length;
        } else if (c < 0x20 || c == '"' || c == '\\') {
            sink.put(run, p - run);
            putEscape(sink, c);
            run = ++p;
        } else {
            ++p;
        }
    }
    sink.put(run, end - run);
    sink.put('"');
    return true;
}

} // namespace

void appendQuoted(ByteSink &sink, QByteArrayView utf8)
{
    const qsizetype start = sink.size();
    sink.reserve(utf8.size() + 2); // the usual case: nothing to escape
    if (appendValid(sink, utf8))
        return;
    sink.truncate(start);
    [[maybe_unused]] const bool valid = appendValid(sink, QString::fromUtf8(utf8).toUtf8());
    Q_ASSERT(valid);
}

void appendQuoted(QByteArray &out, QByteArrayView utf8)
{
    ByteSink sink(out);
    appendQuoted(sink, utf8);
}

} // namespace Gregor::Sandbox::JsonEscape
