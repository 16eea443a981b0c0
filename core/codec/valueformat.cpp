#include "valueformat.h"

#include <QJsonDocument>
#include <QStringDecoder>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

using namespace Qt::StringLiterals;

namespace Gregor {

static bool isUtf8Text(QByteArrayView bytes)
{
    const QByteArrayView sample = bytes.first(qMin<qsizetype>(bytes.size(), 64 * 1024));
    for (char c : sample) {
        const auto u = static_cast<unsigned char>(c);
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t')
            return false;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    (void)decoder.decode(sample);
    // A sample cut inside a multi-byte sequence is fine; only real errors count.
    return !decoder.hasError() || sample.size() < bytes.size();
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
            QJsonParseError error;
            (void)QJsonDocument::fromJson(trimmed.toByteArray(), &error);
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
        return u"empty"_s;
    case ValueKind::Json:
        return u"JSON"_s;
    case ValueKind::Xml:
        return u"XML"_s;
    case ValueKind::Text:
        return u"text"_s;
    case ValueKind::Binary:
        return u"binary"_s;
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
        out += u"… %1 more bytes\n"_s.arg(bytes.size() - size);
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
