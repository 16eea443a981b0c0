// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valuepreview.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Gregor {

// Validates UTF-8 and rejects control characters. With `truncated`, an incomplete sequence at
// the very end is accepted (the bytes were cut from a longer value).
static bool textBytes(QByteArrayView bytes, bool truncated)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f)
                return false;
            ++i;
            continue;
        }
        int extra = 0;
        quint32 cp = 0;
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
            return false;
        }
        if (i + extra >= n)
            return truncated; // cut in the middle of the last character
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i + k] & 0x3f);
        }
        static constexpr quint32 minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false; // overlong, out of range or a surrogate
        if (cp >= 0x80 && cp < 0xa0)
            return false; // C1 controls
        i += extra + 1;
    }
    return true;
}

bool looksLikeText(QByteArrayView bytes)
{
    return textBytes(bytes, false);
}

QString valuePreview(QByteArrayView bytes, bool isNull, int maxChars)
{
    if (isNull)
        return QCoreApplication::translate("Gregor::Records", "‹null›");
    if (bytes.isEmpty())
        return {};
    // A character is at most 4 bytes; line breaks collapse, so look a little further.
    const qsizetype window = qMin<qsizetype>(bytes.size(), qsizetype(maxChars) * 4 + 64);
    const QByteArrayView head = bytes.first(window);
    const bool cut = window < bytes.size();
    if (!textBytes(head, cut)) {
        QString hex = QCoreApplication::translate("Gregor::Records", "‹binary, %1 bytes›").arg(bytes.size());
        const qsizetype shown = qMin<qsizetype>(bytes.size(), 16);
        for (qsizetype i = 0; i < shown; ++i)
            hex += u' ' + QString::number(uchar(bytes[i]), 16).rightJustified(2, u'0');
        if (shown < bytes.size())
            hex += u" …"_s;
        return hex;
    }
    const QString text = QString::fromUtf8(head);
    // One line: each line break and the indentation after it become one space, so pretty-printed
    // JSON still shows its content rather than a lone "{".
    QString line;
    line.reserve(qMin<qsizetype>(text.size(), maxChars + 1));
    bool pendingSpace = false;
    qsizetype i = 0;
    for (; i < text.size() && line.size() < maxChars; ++i) {
        const QChar ch = text.at(i);
        if (ch == u'\n' || ch == u'\r') {
            pendingSpace = !line.isEmpty();
            while (i + 1 < text.size() && (text.at(i + 1) == u' ' || text.at(i + 1) == u'\t' ||
                                           text.at(i + 1) == u'\n' || text.at(i + 1) == u'\r'))
                ++i;
            continue;
        }
        if (pendingSpace) {
            line += u' ';
            pendingSpace = false;
            if (line.size() >= maxChars)
                break;
        }
        line += ch == u'\t' ? u' ' : ch;
    }
    if (i < text.size() || cut)
        line += u'…';
    return line;
}

} // namespace Gregor
