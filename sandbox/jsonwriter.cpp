#include "jsonwriter.h"

#include <QString>

namespace Gregor::Sandbox {

namespace {

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes)
        if (uchar(c) >= 0x80)
            return false;
    return true;
}

bool isValidUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const auto *end = p + bytes.size();
    while (p < end) {
        const uchar c = *p;
        int extra = 0;
        char32_t cp = 0;
        if (c < 0x80) {
            ++p;
            continue;
        } else if ((c & 0xe0) == 0xc0) {
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
        if (end - p <= extra)
            return false;
        for (int i = 1; i <= extra; ++i) {
            if ((p[i] & 0xc0) != 0x80)
                return false;
            cp = (cp << 6) | (p[i] & 0x3f);
        }
        static constexpr char32_t minimum[] = {0, 0x80, 0x800, 0x10000};
        if (cp < minimum[extra] || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        p += extra + 1;
    }
    return true;
}

void appendEscapedValid(QByteArray &out, QByteArrayView utf8)
{
    static constexpr char hex[] = "0123456789abcdef";
    qsizetype runStart = 0;
    const qsizetype n = utf8.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = uchar(utf8[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(utf8.sliced(runStart, i - runStart));
        runStart = i + 1;
        switch (c) {
        case '"':
            out.append("\\\"", 2);
            break;
        case '\\':
            out.append("\\\\", 2);
            break;
        case '\n':
            out.append("\\n", 2);
            break;
        case '\r':
            out.append("\\r", 2);
            break;
        case '\t':
            out.append("\\t", 2);
            break;
        case '\b':
            out.append("\\b", 2);
            break;
        case '\f':
            out.append("\\f", 2);
            break;
        default: {
            const char esc[6] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            out.append(esc, 6);
        }
        }
    }
    out.append(utf8.sliced(runStart));
}

} // namespace

void JsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    out.append('"');
    if (isAscii(utf8) || isValidUtf8(utf8)) {
        appendEscapedValid(out, utf8);
    } else {
        const QByteArray repaired = QString::fromUtf8(utf8).toUtf8();
        appendEscapedValid(out, repaired);
    }
    out.append('"');
}

JsonWriter &JsonWriter::key(QByteArrayView asciiName)
{
    m_out.append('"').append(asciiName).append("\":", 2);
    return *this;
}

JsonWriter &JsonWriter::string(QByteArrayView utf8)
{
    appendEscaped(m_out, utf8);
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    appendEscaped(m_out, text.toUtf8());
    return *this;
}

JsonWriter &JsonWriter::number(qint64 value)
{
    m_out.append(QByteArray::number(value));
    return *this;
}

} // namespace Gregor::Sandbox
