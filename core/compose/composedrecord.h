// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/produce.h"
#include "core/api/record.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace Gregor {

// How a key, header value or value is written in the composer.
enum class FieldEncoding
{
    None,   // no key / a tombstone (null value); not for headers
    Text,   // UTF-8 text; template variables are expanded in it
    Base64, // bytes written as base64 (binary files load this way); no variables
};

enum class TimestampMode
{
    Server, // the broker stamps it
    Now,    // the moment of sending
    Chosen, // chosenTimestampMs
};

// The editor's highlighting and check: a hint for people, not a wire format.
enum class ValueSyntax
{
    Json,
    Xml,
    Plain,
};

struct ComposedHeader
{
    QString name;
    QString value;
    FieldEncoding encoding = FieldEncoding::Text; // Text or Base64
    friend bool operator==(const ComposedHeader &, const ComposedHeader &) = default;
};

// Everything the composer's form holds: what a draft, a template and a history entry save. Plain
// values, no expansion: {{variables}} stay as written until a send expands them.
struct ComposedRecord
{
    QString topic;
    std::optional<int> partition; // absent: the partitioner decides
    FieldEncoding keyEncoding = FieldEncoding::None;
    QString key;
    QList<ComposedHeader> headers;
    TimestampMode timestampMode = TimestampMode::Server;
    qint64 chosenTimestampMs = 0;
    FieldEncoding valueEncoding = FieldEncoding::Text;
    QString value;
    ValueSyntax syntax = ValueSyntax::Json;
    EmbeddedFormat format = EmbeddedFormat::Binary; // Confluent v2 only
    QString templateName;                           // the template it came from ({{seq}} counts per template)

    QJsonObject toJson() const;
    // Lenient: missing or mistyped fields keep their defaults, so an old or hand-edited file
    // still loads.
    static ComposedRecord fromJson(const QJsonObject &object);
    // A record read from a topic, ready to send again: text where the bytes are UTF-8, base64
    // where not; the syntax guessed from the value.
    static ComposedRecord fromRecord(const Record &record);
    friend bool operator==(const ComposedRecord &, const ComposedRecord &) = default;
};

} // namespace Gregor
