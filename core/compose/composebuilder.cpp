// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composebuilder.h"

#include "core/api/partitioner.h"
#include "jsoncheck.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Gregor {

std::optional<QString> disabledReason(const ComposeTarget &target, ComposeField field)
{
    const auto missing = [&](Capability capability) -> std::optional<QString> {
        if (target.capabilities.testFlag(capability))
            return std::nullopt;
        return capabilityMissingReason(target.dialect, capability);
    };
    switch (field) {
    case ComposeField::Partition:
        return missing(Capability::ProduceToPartition);
    case ComposeField::Headers:
        return missing(Capability::ProduceHeaders);
    case ComposeField::Timestamp:
        return missing(Capability::ProduceTimestamps);
    case ComposeField::Format:
        if (target.dialect == DialectKind::Upstash)
            return QCoreApplication::translate(
                "Gregor::Compose",
                "Upstash sends keys and values as text: there is no embedded format to choose.");
        return missing(Capability::JsonEmbeddedFormat);
    case ComposeField::Topic:
    case ComposeField::Key:
    case ComposeField::Value:
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<QString> encodingRefusal(const ComposeTarget &target, FieldEncoding encoding)
{
    if (encoding == FieldEncoding::Base64 && target.dialect == DialectKind::Upstash)
        return QCoreApplication::translate("Gregor::Compose",
                                           "Upstash carries keys, values and headers as text only: bytes "
                                           "that are not UTF-8 cannot be sent.");
    return std::nullopt;
}

// One JSON value, checked strictly (jsoncheck), as the json embedded format needs.
static bool isOneJsonValue(const QByteArray &text)
{
    return !checkJson(text).has_value();
}

// The bytes of a key, header value or value; Text is expanded, Base64 decoded.
static std::expected<QByteArray, QString> fieldBytes(const QString &text, FieldEncoding encoding,
                                                     const QString &what, TemplateContext &context)
{
    switch (encoding) {
    case FieldEncoding::None:
        return QByteArray();
    case FieldEncoding::Base64: {
        // Line breaks and spaces are allowed (pasted base64 often wraps); nothing else.
        QByteArray ascii;
        ascii.reserve(text.size());
        for (QChar c : text) {
            if (c.isSpace())
                continue;
            if (c.unicode() > 127)
                return std::unexpected(
                    QCoreApplication::translate("Gregor::Compose",
                                                "%1 is not valid base64; switch it to text or fix it.")
                        .arg(what));
            ascii += char(c.unicode());
        }
        const auto decoded = QByteArray::fromBase64Encoding(ascii, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return std::unexpected(
                QCoreApplication::translate("Gregor::Compose",
                                            "%1 is not valid base64; switch it to text or fix it.")
                    .arg(what));
        QByteArray bytes = *decoded;
        return bytes.isNull() ? ""_ba : bytes;
    }
    case FieldEncoding::Text: {
        auto expanded = expandTemplate(text, context);
        if (!expanded)
            return std::unexpected(u"%1: %2"_s.arg(what, expanded.error()));
        QByteArray bytes = expanded->toUtf8();
        return bytes.isNull() ? ""_ba : bytes;
    }
    }
    return QByteArray();
}

std::expected<ProduceRecord, ComposeProblem>
buildRecord(const ComposedRecord &composed, const ComposeTarget &target, TemplateContext &context)
{
    const auto problem = [](ComposeField field, QString sentence) {
        return std::unexpected(ComposeProblem{field, std::move(sentence)});
    };
    ProduceRecord record;
    record.topic = composed.topic.trimmed();
    if (record.topic.isEmpty())
        return problem(ComposeField::Topic,
                       QCoreApplication::translate("Gregor::Compose", "Choose the topic to send to."));

    if (composed.partition) {
        if (auto reason = disabledReason(target, ComposeField::Partition))
            return problem(ComposeField::Partition, *reason);
        record.partition = composed.partition;
    }
    if (!composed.headers.isEmpty()) {
        if (auto reason = disabledReason(target, ComposeField::Headers))
            return problem(
                ComposeField::Headers,
                *reason + QCoreApplication::translate("Gregor::Compose", " Remove the headers to send."));
    }
    if (composed.timestampMode != TimestampMode::Server) {
        if (auto reason = disabledReason(target, ComposeField::Timestamp))
            return problem(ComposeField::Timestamp,
                           *reason + QCoreApplication::translate("Gregor::Compose",
                                                                 " Let the server stamp the record."));
        record.timestampMs =
            composed.timestampMode == TimestampMode::Now ? context.nowMs : composed.chosenTimestampMs;
    }
    record.format = EmbeddedFormat::Binary;
    if (composed.format == EmbeddedFormat::Json && target.dialect != DialectKind::Upstash) {
        if (auto reason = disabledReason(target, ComposeField::Format))
            return problem(ComposeField::Format,
                           *reason +
                               QCoreApplication::translate("Gregor::Compose", " Choose the binary format."));
        record.format = EmbeddedFormat::Json;
    }

    for (const auto &[field, encoding] : {std::pair{ComposeField::Key, composed.keyEncoding},
                                          std::pair{ComposeField::Value, composed.valueEncoding}}) {
        if (auto refusal = encodingRefusal(target, encoding))
            return problem(field, *refusal);
    }
    auto key = fieldBytes(composed.key, composed.keyEncoding,
                          QCoreApplication::translate("Gregor::Compose", "The key"), context);
    if (!key)
        return problem(ComposeField::Key, key.error());
    record.key = *key;
    auto value = fieldBytes(composed.value, composed.valueEncoding,
                            QCoreApplication::translate("Gregor::Compose", "The value"), context);
    if (!value)
        return problem(ComposeField::Value, value.error());
    record.value = *value;
    if (record.value.isNull() && target.dialect == DialectKind::Upstash)
        return problem(ComposeField::Value,
                       QCoreApplication::translate(
                           "Gregor::Compose",
                           "Upstash cannot send a tombstone (a record without a value); write a value."));

    for (qsizetype i = 0; i < composed.headers.size(); ++i) {
        const ComposedHeader &h = composed.headers[i];
        if (h.name.isEmpty())
            return problem(
                ComposeField::Headers,
                QCoreApplication::translate("Gregor::Compose", "Header %1 has no name; name it or remove it.")
                    .arg(i + 1));
        if (auto refusal = encodingRefusal(target, h.encoding))
            return problem(ComposeField::Headers, *refusal);
        auto bytes =
            fieldBytes(h.value, h.encoding == FieldEncoding::None ? FieldEncoding::Text : h.encoding,
                       QCoreApplication::translate("Gregor::Compose", "Header \"%1\"").arg(h.name), context);
        if (!bytes)
            return problem(ComposeField::Headers, bytes.error());
        record.headers.append({h.name, *bytes});
    }

    if (target.dialect == DialectKind::Upstash) {
        const auto text = [](const QByteArray &bytes) { return QUtf8StringView(bytes).isValidUtf8(); };
        if (!text(record.key) || !text(record.value))
            return problem(!text(record.key) ? ComposeField::Key : ComposeField::Value,
                           *encodingRefusal(target, FieldEncoding::Base64));
    }
    if (record.format == EmbeddedFormat::Json) {
        if (!record.key.isNull() && !isOneJsonValue(record.key))
            return problem(
                ComposeField::Key,
                QCoreApplication::translate("Gregor::Compose",
                                            "The key is not JSON: the json embedded format sends the key as "
                                            "JSON (a string needs its quotes), or choose binary."));
        if (!record.value.isNull() && !isOneJsonValue(record.value))
            return problem(
                ComposeField::Value,
                QCoreApplication::translate("Gregor::Compose",
                                            "The value is not JSON: the json embedded format sends the value "
                                            "as JSON; fix it or choose binary."));
    }
    return record;
}

std::optional<int> defaultPartition(const ProduceRecord &record, int partitionCount)
{
    if (record.key.isNull() || record.partition || partitionCount <= 0)
        return std::nullopt;
    if (record.format == EmbeddedFormat::Json) {
        // The server hashes the JSON text it serialises, compact (api-spec §2.2).
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson("[" + record.key + "]", &error);
        if (error.error != QJsonParseError::NoError)
            return std::nullopt;
        const QByteArray text = doc.toJson(QJsonDocument::Compact);
        return partitionForKey(QByteArrayView(text).sliced(1, text.size() - 2), partitionCount);
    }
    return partitionForKey(record.key, partitionCount);
}

} // namespace Gregor
