// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composedrecord.h"

#include "core/codec/valueformat.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Gregor {

static QString encodingName(FieldEncoding encoding)
{
    switch (encoding) {
    case FieldEncoding::None:
        return u"none"_s;
    case FieldEncoding::Text:
        return u"text"_s;
    case FieldEncoding::Base64:
        return u"base64"_s;
    }
    return u"text"_s;
}

static FieldEncoding encodingFrom(const QJsonValue &value, FieldEncoding fallback)
{
    const QString name = value.toString();
    if (name == "none"_L1)
        return FieldEncoding::None;
    if (name == "text"_L1)
        return FieldEncoding::Text;
    if (name == "base64"_L1)
        return FieldEncoding::Base64;
    return fallback;
}

static QString timestampModeName(TimestampMode mode)
{
    switch (mode) {
    case TimestampMode::Server:
        return u"server"_s;
    case TimestampMode::Now:
        return u"now"_s;
    case TimestampMode::Chosen:
        return u"chosen"_s;
    }
    return u"server"_s;
}

static QString syntaxName(ValueSyntax syntax)
{
    switch (syntax) {
    case ValueSyntax::Json:
        return u"json"_s;
    case ValueSyntax::Xml:
        return u"xml"_s;
    case ValueSyntax::Plain:
        return u"plain"_s;
    }
    return u"json"_s;
}

QJsonObject ComposedRecord::toJson() const
{
    QJsonObject o{{u"topic"_s, topic},
                  {u"keyEncoding"_s, encodingName(keyEncoding)},
                  {u"key"_s, key},
                  {u"timestampMode"_s, timestampModeName(timestampMode)},
                  {u"valueEncoding"_s, encodingName(valueEncoding)},
                  {u"value"_s, value},
                  {u"syntax"_s, syntaxName(syntax)},
                  {u"format"_s, format == EmbeddedFormat::Json ? u"json"_s : u"binary"_s}};
    if (partition)
        o.insert(u"partition"_s, *partition);
    if (timestampMode == TimestampMode::Chosen)
        o.insert(u"timestamp"_s, chosenTimestampMs);
    if (!headers.isEmpty()) {
        QJsonArray array;
        for (const ComposedHeader &h : headers)
            array.append(QJsonObject{
                {u"name"_s, h.name}, {u"value"_s, h.value}, {u"encoding"_s, encodingName(h.encoding)}});
        o.insert(u"headers"_s, array);
    }
    if (!templateName.isEmpty())
        o.insert(u"template"_s, templateName);
    return o;
}

ComposedRecord ComposedRecord::fromJson(const QJsonObject &o)
{
    ComposedRecord r;
    r.topic = o.value("topic"_L1).toString();
    if (const QJsonValue p = o.value("partition"_L1); p.isDouble() && p.toInt(-1) >= 0)
        r.partition = p.toInt();
    r.keyEncoding = encodingFrom(o.value("keyEncoding"_L1), FieldEncoding::None);
    r.key = o.value("key"_L1).toString();
    const QString mode = o.value("timestampMode"_L1).toString();
    r.timestampMode = mode == "now"_L1      ? TimestampMode::Now
                      : mode == "chosen"_L1 ? TimestampMode::Chosen
                                            : TimestampMode::Server;
    r.chosenTimestampMs = qint64(o.value("timestamp"_L1).toDouble());
    r.valueEncoding = encodingFrom(o.value("valueEncoding"_L1), FieldEncoding::Text);
    r.value = o.value("value"_L1).toString();
    const QString syntax = o.value("syntax"_L1).toString();
    r.syntax = syntax == "xml"_L1     ? ValueSyntax::Xml
               : syntax == "plain"_L1 ? ValueSyntax::Plain
                                      : ValueSyntax::Json;
    r.format = o.value("format"_L1).toString() == "json"_L1 ? EmbeddedFormat::Json : EmbeddedFormat::Binary;
    for (const QJsonValue &h : o.value("headers"_L1).toArray()) {
        const QJsonObject header = h.toObject();
        ComposedHeader ch{header.value("name"_L1).toString(), header.value("value"_L1).toString(),
                          encodingFrom(header.value("encoding"_L1), FieldEncoding::Text)};
        if (ch.encoding == FieldEncoding::None)
            ch.encoding = FieldEncoding::Text;
        r.headers.append(ch);
    }
    r.templateName = o.value("template"_L1).toString();
    return r;
}

static void setBytes(QByteArrayView bytes, bool present, FieldEncoding &encoding, QString &text)
{
    if (!present) {
        encoding = FieldEncoding::None;
        text.clear();
    } else if (bytes.isValidUtf8()) {
        encoding = FieldEncoding::Text;
        text = QString::fromUtf8(bytes);
    } else {
        encoding = FieldEncoding::Base64;
        text = QString::fromLatin1(bytes.toByteArray().toBase64());
    }
}

ComposedRecord ComposedRecord::fromRecord(const Record &record)
{
    ComposedRecord r;
    r.topic = record.topic;
    setBytes(record.key, record.hasKey(), r.keyEncoding, r.key);
    setBytes(record.value, !record.value.isNull(), r.valueEncoding, r.value);
    for (const RecordHeader &h : record.headers) {
        ComposedHeader header{h.key, {}, FieldEncoding::Text};
        setBytes(h.value, true, header.encoding, header.value);
        r.headers.append(header);
    }
    switch (detectValueKind(record.value)) {
    case ValueKind::Json:
        r.syntax = ValueSyntax::Json;
        break;
    case ValueKind::Xml:
        r.syntax = ValueSyntax::Xml;
        break;
    default:
        r.syntax = ValueSyntax::Plain;
    }
    return r;
}

} // namespace Gregor
