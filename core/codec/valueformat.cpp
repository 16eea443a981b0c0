// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueformat.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Gregor {

// Valid UTF-8 (no overlong forms, no surrogates) without control characters other than
// whitespace. A sequence cut by the sample's end is accepted when the value goes on.
static bool isUtf8Text(QByteArrayView bytes)
{
    const qsizetype size = qMin<qsizetype>(bytes.size(), 64 * 1024);
    const bool truncated = size < bytes.size();
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    for (qsizetype i = 0; i < size;) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            if (c < 0x20 && c != '\n' && c != '\r' && c != '\t')
                return false;
            if (c == 0x7f)
                return false;
            ++i;
            continue;
        }
        int length = 0;
        char32_t code = 0;
        if (c >= 0xc2 && c <= 0xdf) {
            length = 2;
            code = c & 0x1f;
        } else if (c >= 0xe0 && c <= 0xef) {
            length = 3;
            code = c & 0x0f;
        } else if (c >= 0xf0 && c <= 0xf4) {
            length = 4;
            code = c & 0x07;
        } else {
            return false; // a continuation byte without a lead, or an invalid lead
        }
        if (i + length > size)
            return truncated;
        for (int k = 1; k < length; ++k) {
            if ((p[i + k] & 0xc0) != 0x80)
                return false;
            code = (code << 6) | (p[i + k] & 0x3f);
        }
        const bool overlong = (length == 3 && code < 0x800) || (length == 4 && code < 0x10000);
        if (overlong || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff)
            return false;
        i += length;
    }
    return true;
}

ValueKind detectValueKind(QByteArrayView bytes)
{
    if (bytes.isEmpty())
        return ValueKind::Empty;
    if (!isUtf8Text(bytes))
        return ValueKind::Binary;
    const QByteArrayView trimmed = bytes.trimmed();
    if (!trimmed.isEmpty()) {
        const char first = trimmed.front();
        if (first == '{' || first == '[' || first == '"') {
            // Wrapped in an array so a bare JSON string parses too (QJsonDocument wants a container).
            QJsonParseError error;
            (void)QJsonDocument::fromJson("[" + trimmed.toByteArray() + "]", &error);
            if (error.error == QJsonParseError::NoError)
                return ValueKind::Json;
        }
        if (first == '<') {
            QXmlStreamReader reader(trimmed);
            while (!reader.atEnd())
                reader.readNext();
            if (!reader.hasError())
                return ValueKind::Xml;
        }
    }
    return ValueKind::Text;
}

QString valueKindName(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Empty:
        return QCoreApplication::translate("Gregor::Codec", "empty");
    case ValueKind::Json:
        return u"JSON"_s;
    case ValueKind::Xml:
        return u"XML"_s;
    case ValueKind::Text:
        return QCoreApplication::translate("Gregor::Codec", "text");
    case ValueKind::Binary:
        return QCoreApplication::translate("Gregor::Codec", "binary");
    }
    return {};
}

static QString prettyXml(QByteArrayView bytes)
{
    QXmlStreamReader reader(bytes);
    QString out;
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.setAutoFormattingIndent(2);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isWhitespace())
            continue;
        // Keep an XML declaration only when the input had one.
        if ((reader.isStartDocument() || reader.isEndDocument()) && reader.documentVersion().isEmpty())
            continue;
        writer.writeCurrentToken(reader);
    }
    if (reader.hasError())
        return QString::fromUtf8(bytes);
    return out.trimmed();
}

QString prettyPrinted(QByteArrayView bytes, ValueKind kind)
{
    switch (kind) {
    case ValueKind::Json: {
        const QJsonDocument doc = QJsonDocument::fromJson(bytes.toByteArray());
        if (doc.isNull()) // a bare JSON string or number: show as it is
            return QString::fromUtf8(bytes);
        return QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed();
    }
    case ValueKind::Xml:
        return prettyXml(bytes);
    case ValueKind::Binary:
        return hexDump(bytes);
    case ValueKind::Empty:
        return {};
    case ValueKind::Text:
        break;
    }
    return QString::fromUtf8(bytes);
}

QString hexDump(QByteArrayView bytes, qsizetype maxBytes)
{
    const qsizetype size = qMin(bytes.size(), maxBytes);
    QString out;
    out.reserve(size * 4 + 80);
    for (qsizetype line = 0; line < size; line += 16) {
        out += u"%1  "_s.arg(qlonglong(line), 8, 16, QChar(u'0'));
        QString ascii;
        for (qsizetype i = 0; i < 16; ++i) {
            if (line + i < size) {
                const auto byte = static_cast<unsigned char>(bytes[line + i]);
                out += u"%1 "_s.arg(uint(byte), 2, 16, QChar(u'0'));
                ascii += (byte >= 0x20 && byte < 0x7f) ? QChar(char16_t(byte)) : QChar(u'.');
            } else {
                out += u"   "_s;
            }
            if (i == 7)
                out += u' ';
        }
        out += u' ' + ascii + u'\n';
    }
    if (bytes.size() > size)
        out += QCoreApplication::translate("Gregor::Codec", "… %1 more bytes\n").arg(bytes.size() - size);
    return out;
}

QString syntaxDefinitionFor(ValueKind kind)
{
    switch (kind) {
    case ValueKind::Json:
        return u"JSON"_s;
    case ValueKind::Xml:
        return u"XML"_s;
    default:
        return {};
    }
}

} // namespace Gregor
