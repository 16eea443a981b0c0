// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "upstashscanner.h"

#include <simdjson.h>

#include <cstring>
#include <limits>
#include <string_view>
#include <vector>

namespace Gregor::Upstash {

namespace {

namespace od = simdjson::ondemand;

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

std::optional<Field> fieldOf(std::string_view name)
{
    if (name == "topic")
        return Topic;
    if (name == "partition")
        return Partition;
    if (name == "offset")
        return Offset;
    if (name == "timestamp")
        return Timestamp;
    if (name == "key")
        return Key;
    if (name == "value")
        return Value;
    if (name == "headers")
        return Headers;
    return std::nullopt;
}

// simdjson has validated the UTF-8 and refused lone surrogates; a noncharacter (U+FDD0..U+FDEF,
// U+nFFFE, U+nFFFF) is the one valid scalar whose QString round trip might not give the same
// bytes, so such a string is left to the general parser.
bool hasNoncharacter(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    while (p < end) {
        if (end - p >= 8) { // eight ASCII bytes at a time: most text has no byte >= 0x80
            quint64 word;
            std::memcpy(&word, p, sizeof word);
            if ((word & 0x8080808080808080ull) == 0) {
                p += 8;
                continue;
            }
        }
        if (*p < 0xef) {
            ++p;
            continue;
        }
        if (*p == 0xef && end - p >= 3) {
            if ((p[1] == 0xb7 && p[2] >= 0x90 && p[2] <= 0xaf) || (p[1] == 0xbf && p[2] >= 0xbe))
                return true;
        } else if (*p >= 0xf0 && end - p >= 4) {
            if ((p[1] & 0x0f) == 0x0f && p[2] == 0xbf && p[3] >= 0xbe)
                return true;
        }
        ++p;
    }
    return false;
}

std::optional<QByteArray> bytesOf(od::value value)
{
    std::string_view text;
    if (value.get_string().get(text) || hasNoncharacter(text))
        return std::nullopt;
    return QByteArray(text.data(), qsizetype(text.size()));
}

// A plain non-negative integer of at most 18 digits, exact in qint64 for QJsonDocument too.
std::optional<qint64> integerOf(od::value value)
{
    std::string_view token = value.raw_json_token();
    if (token.empty() || token.front() == '-')
        return std::nullopt; // "-0" and negative numbers: the general parser decides
    int64_t number = 0;
    if (value.get_int64().get(number) || number >= 1'000'000'000'000'000'000)
        return std::nullopt;
    return qint64(number);
}

bool isNull(od::value value)
{
    bool null = false;
    return !value.is_null().get(null) && null;
}

// [{"key": "…", "value": "…" | null}, …] or null; an empty header value is left to the general
// parser, whose QString round trip decides whether it is null.
bool readHeaders(od::value value, QList<RecordHeader> &headers)
{
    if (isNull(value))
        return true;
    od::array array;
    if (value.get_array().get(array))
        return false;
    for (auto element : array) {
        od::object object;
        if (element.get_object().get(object))
            return false;
        RecordHeader header;
        bool haveKey = false, haveValue = false;
        for (auto member : object) {
            std::string_view name;
            od::value field;
            if (member.unescaped_key().get(name) || member.value().get(field))
                return false;
            if (name == "key" && !haveKey) {
                const auto key = bytesOf(field);
                if (!key)
                    return false;
                header.key = QString::fromUtf8(*key);
                haveKey = true;
            } else if (name == "value" && !haveValue) {
                if (!isNull(field)) {
                    auto bytes = bytesOf(field);
                    if (!bytes || bytes->isEmpty())
                        return false;
                    header.value = std::move(*bytes);
                }
                haveValue = true;
            } else {
                return false;
            }
        }
        if (!haveKey || !haveValue)
            return false;
        headers.append(std::move(header));
    }
    return true;
}

// simdjson reads up to SIMDJSON_PADDING bytes past the text; one padded copy per thread.
simdjson::padded_string_view padded(QByteArrayView body)
{
    thread_local std::vector<char> buffer;
    const size_t size = size_t(body.size());
    if (buffer.size() < size + simdjson::SIMDJSON_PADDING)
        buffer.resize(size + simdjson::SIMDJSON_PADDING);
    if (size)
        std::memcpy(buffer.data(), body.data(), size);
    return simdjson::padded_string_view(buffer.data(), size, buffer.size());
}

std::optional<QList<Record>> scan(QByteArrayView body)
{
    thread_local od::parser parser;
    od::document document;
    if (parser.iterate(padded(body)).get(document))
        return std::nullopt;
    od::array array;
    if (document.get_array().get(array))
        return std::nullopt;
    QList<Record> records;
    records.reserve(body.size() / 256);
    std::string lastTopicBytes; // one QString shared by every record of the same topic
    QString lastTopic;
    for (auto element : array) {
        od::object object;
        if (element.get_object().get(object))
            return std::nullopt;
        Record record;
        unsigned seen = 0;
        for (auto member : object) {
            std::string_view name;
            od::value value;
            if (member.unescaped_key().get(name) || member.value().get(value))
                return std::nullopt;
            const auto field = fieldOf(name);
            if (!field || (seen & *field))
                return std::nullopt; // another member, or twice: the general parser decides
            seen |= *field;
            switch (*field) {
            case Topic: {
                std::string_view topic;
                if (value.get_string().get(topic))
                    return std::nullopt;
                for (const char c : topic)
                    if (static_cast<unsigned char>(c) >= 0x80)
                        return std::nullopt;
                if (lastTopic.isNull() || topic != lastTopicBytes) {
                    lastTopicBytes = std::string(topic);
                    lastTopic = QString::fromLatin1(topic.data(), qsizetype(topic.size()));
                }
                record.topic = lastTopic;
                break;
            }
            case Partition:
            case Offset:
            case Timestamp: {
                if (*field == Timestamp && isNull(value))
                    break;
                const auto number = integerOf(value);
                if (!number)
                    return std::nullopt;
                if (*field == Partition) {
                    if (*number > std::numeric_limits<int>::max())
                        return std::nullopt;
                    record.partition = int(*number);
                } else if (*field == Offset) {
                    record.offset = *number;
                } else {
                    record.timestampMs = *number;
                }
                break;
            }
            case Key:
            case Value: {
                if (isNull(value))
                    break; // no key; a tombstone
                auto bytes = bytesOf(value);
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
                if (!readHeaders(value, record.headers))
                    return std::nullopt;
                break;
            }
        }
        if (!(seen & Topic) || !(seen & Partition) || !(seen & Offset))
            return std::nullopt;
        records.append(std::move(record));
    }
    if (!document.at_end())
        return std::nullopt;
    return records;
}

} // namespace

std::optional<QList<Record>> scanMessages(QByteArrayView body)
{
    // Iteration errors surface as values whose get() fails, which every reader above checks;
    // simdjson's exceptions are never used.
    return scan(body);
}

} // namespace Gregor::Upstash
