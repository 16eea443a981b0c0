// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonescape.h"

#include "jsonbytes.h"

#include <QString>

namespace Gregor::Sandbox::JsonEscape {

namespace {

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
        p = JsonBytes::skipPlain(p, end);
        if (p == end)
            break;
        const uchar c = *p;
        if (c >= 0x80) {
            const int length = JsonBytes::utf8SequenceLength(p, end);
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
