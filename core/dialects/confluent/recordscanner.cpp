// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordscanner.h"

#include "core/dialects/common/base64decode.h"
#include "core/dialects/common/jsonscanner.h"

#include <limits>

namespace Gregor::Confluent {

namespace {

enum Field : unsigned
{
    Topic = 1,
    Key = 2,
    Value = 4,
    Partition = 8,
    Offset = 16,
    Timestamp = 32,
};

std::optional<Field> fieldOf(QByteArrayView name)
{
    if (name == "topic")
        return Topic;
    if (name == "key")
        return Key;
    if (name == "value")
        return Value;
    if (name == "partition")
        return Partition;
    if (name == "offset")
        return Offset;
    if (name == "timestamp")
        return Timestamp;
    return std::nullopt;
}

} // namespace

std::optional<QList<Record>> scanBinaryRecords(QByteArrayView body, const QString &defaultTopic)
{
    Json::Scanner in(body);
    if (!in.take('['))
        return std::nullopt;
    QList<Record> records;
    records.reserve(body.size() / 128);
    QByteArray lastTopicBytes; // one QString shared by every record of the same topic
    QString lastTopic;
    bool haveTopic = false;
    if (in.take(']'))
        return in.atEnd() ? std::optional(records) : std::nullopt;
    do {
        if (!in.take('{'))
            return std::nullopt;
        Record record;
        unsigned seen = 0;
        if (!in.peek('}')) {
            do {
                const auto name = in.asciiString();
                if (!name || !in.take(':'))
                    return std::nullopt;
                const auto field = fieldOf(*name);
                if (!field || (seen & *field))
                    return std::nullopt; // another key, or twice: the general parser decides
                seen |= *field;
                switch (*field) {
                case Topic: {
                    const auto topic = in.asciiString();
                    if (!topic)
                        return std::nullopt;
                    if (!haveTopic || *topic != QByteArrayView(lastTopicBytes)) {
                        lastTopicBytes = topic->toByteArray();
                        lastTopic = QString::fromLatin1(lastTopicBytes);
                        haveTopic = true;
                    }
                    record.topic = lastTopic;
                    break;
                }
                case Key:
                case Value: {
                    std::optional<QByteArray> bytes;
                    if (in.null()) {
                        bytes = QByteArray();
                    } else if (const auto text = in.asciiString()) {
                        bytes = Json::decodeBase64(*text);
                    }
                    if (!bytes)
                        return std::nullopt;
                    (*field == Key ? record.key : record.value) = std::move(*bytes);
                    break;
                }
                case Partition:
                case Offset:
                case Timestamp: {
                    const auto number = in.integer();
                    if (!number)
                        return std::nullopt;
                    if (*field == Partition) {
                        if (*number < 0 || *number > std::numeric_limits<int>::max())
                            return std::nullopt;
                        record.partition = int(*number);
                    } else if (*field == Offset) {
                        if (*number < 0)
                            return std::nullopt;
                        record.offset = *number;
                    } else {
                        record.timestampMs = *number;
                    }
                    break;
                }
                }
            } while (in.take(','));
        }
        if (!in.take('}'))
            return std::nullopt;
        if (!(seen & Partition) || !(seen & Offset))
            return std::nullopt;
        if (!(seen & Topic)) {
            if (defaultTopic.isEmpty())
                return std::nullopt;
            record.topic = defaultTopic;
        }
        records.append(std::move(record));
    } while (in.take(','));
    if (!in.take(']') || !in.atEnd())
        return std::nullopt;
    return records;
}

} // namespace Gregor::Confluent
