#include "upstashscanner.h"

#include "core/dialects/common/jsonscanner.h"

#include <limits>

namespace Gregor::Upstash {

namespace {

enum Field : unsigned
{
    Topic = 1,
    Partition = 2,
    Offset = 4,
    Timestamp = 8,
    Key = 16,
    Value = 32,
    Headers = 64,
};

std::optional<Field> fieldOf(QByteArrayView name)
{
    switch (name.size()) {
    case 3:
        return name == "key" ? std::optional(Key) : std::nullopt;
    case 5:
        return name == "topic" ? std::optional(Topic) : name == "value" ? std::optional(Value) : std::nullopt;
    case 6:
        return name == "offset" ? std::optional(Offset) : std::nullopt;
    case 7:
        return name == "headers" ? std::optional(Headers) : std::nullopt;
    case 9:
        return name == "partition"   ? std::optional(Partition)
               : name == "timestamp" ? std::optional(Timestamp)
                                     : std::nullopt;
    default:
        return std::nullopt;
    }
}

// [{"key": "…", "value": "…" | null}, …] or null; an empty header value is left to the general
// parser, whose QString round trip decides whether it is null.
bool readHeaders(Json::Scanner &in, QList<RecordHeader> &headers)
{
    if (in.null())
        return true;
    if (!in.take('['))
        return false;
    if (in.take(']'))
        return true;
    do {
        if (!in.take('{'))
            return false;
        RecordHeader header;
        bool haveKey = false, haveValue = false;
        do {
            const auto name = in.asciiString();
            if (!name || !in.take(':'))
                return false;
            if (*name == "key" && !haveKey) {
                auto key = in.string();
                if (!key)
                    return false;
                header.key = QString::fromUtf8(*key);
                haveKey = true;
            } else if (*name == "value" && !haveValue) {
                if (!in.null()) {
                    auto value = in.string();
                    if (!value || value->isEmpty())
                        return false;
                    header.value = std::move(*value);
                }
                haveValue = true;
            } else {
                return false;
            }
        } while (in.take(','));
        if (!in.take('}') || !haveKey || !haveValue)
            return false;
        headers.append(std::move(header));
    } while (in.take(','));
    return in.take(']');
}

} // namespace

std::optional<QList<Record>> scanMessages(QByteArrayView body)
{
    Json::Scanner in(body);
    if (!in.take('['))
        return std::nullopt;
    QList<Record> records;
    records.reserve(body.size() / 256);
    QByteArray lastTopicBytes; // one QString shared by every record of the same topic
    QString lastTopic;
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
                    return std::nullopt; // another member, or twice: the general parser decides
                seen |= *field;
                switch (*field) {
                case Topic: {
                    const auto topic = in.asciiString();
                    if (!topic)
                        return std::nullopt;
                    if (lastTopic.isNull() || *topic != QByteArrayView(lastTopicBytes)) {
                        lastTopicBytes = topic->toByteArray();
                        lastTopic = QString::fromLatin1(lastTopicBytes);
                    }
                    record.topic = lastTopic;
                    break;
                }
                case Partition:
                case Offset:
                case Timestamp: {
                    if (*field == Timestamp && in.null())
                        break;
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
                case Key:
                case Value: {
                    if (in.null())
                        break; // no key; a tombstone
                    auto bytes = in.string();
                    if (!bytes)
                        return std::nullopt;
                    if (*field == Key) {
                        if (!bytes->isEmpty()) // Upstash sends "" for keyless records
                            record.key = std::move(*bytes);
                    } else {
                        record.value = bytes->isEmpty() ? QByteArray("") : std::move(*bytes);
                    }
                    break;
                }
                case Headers:
                    if (!readHeaders(in, record.headers))
                        return std::nullopt;
                    break;
                }
            } while (in.take(','));
        }
        if (!in.take('}'))
            return std::nullopt;
        if (!(seen & Topic) || !(seen & Partition) || !(seen & Offset))
            return std::nullopt;
        records.append(std::move(record));
    } while (in.take(','));
    if (!in.take(']') || !in.atEnd())
        return std::nullopt;
    return records;
}

} // namespace Gregor::Upstash
