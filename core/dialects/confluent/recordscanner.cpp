#include "recordscanner.h"

#include "core/dialects/common/jsonscanner.h"

#include <array>

#include <limits>

namespace Gregor::Confluent {

namespace {

constexpr signed char decodeValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return static_cast<signed char>(c - 'A');
    if (c >= 'a' && c <= 'z')
        return static_cast<signed char>(c - 'a' + 26);
    if (c >= '0' && c <= '9')
        return static_cast<signed char>(c - '0' + 52);
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

constexpr std::array<signed char, 256> DecodeTable = [] {
    std::array<signed char, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = decodeValue(char(c));
    return table;
}();

// Same acceptance as Json::base64(): strict alphabet, at most two '=' that complete a quantum.
std::optional<QByteArray> base64(QByteArrayView text)
{
    if (text.isEmpty())
        return QByteArray("");
    qsizetype length = text.size();
    while (length > 0 && text[length - 1] == '=' && text.size() - length < 2)
        --length;
    if (length % 4 == 1 || (text.size() != length && text.size() % 4 != 0))
        return std::nullopt;
    QByteArray out(length * 3 / 4, Qt::Uninitialized);
    char *dst = out.data();
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const signed char v = DecodeTable[static_cast<unsigned char>(text[i])];
        if (v < 0)
            return std::nullopt;
        accumulator = (accumulator << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *dst++ = char((accumulator >> bits) & 0xff);
        }
    }
    return out;
}

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
                        bytes = base64(*text);
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
