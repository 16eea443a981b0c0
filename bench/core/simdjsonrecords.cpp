// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "simdjsonrecords.h"

#include "core/dialects/common/base64decode.h"

#include <simdjson.h>

#include <string_view>

namespace Gregor::BenchSimdjson {

namespace {

using namespace simdjson;

// simdjson reads up to SIMDJSON_PADDING bytes past the end; a QByteArray's spare capacity is not
// guaranteed, so the body is copied once into a padded buffer (as a real integration would).
padded_string padded(const QByteArray &body)
{
    return padded_string(body.constData(), size_t(body.size()));
}

QByteArray bytes(std::string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}

// One QString per distinct topic, as the scanners keep it.
const QString &topicName(std::string_view text, QString &last, QByteArray &lastUtf8)
{
    if (QByteArrayView(text.data(), qsizetype(text.size())) != QByteArrayView(lastUtf8)) {
        lastUtf8 = bytes(text);
        last = QString::fromUtf8(lastUtf8);
    }
    return last;
}

std::optional<QByteArray> base64(std::string_view text)
{
    return Json::decodeBase64(QByteArrayView(text.data(), qsizetype(text.size()))); // the scanners' decoder
}

} // namespace

std::optional<QList<Record>> parseUpstashMessages(const QByteArray &body)
{
    ondemand::parser parser;
    const padded_string input = padded(body);
    QList<Record> records;
    QString topic;
    QByteArray topicUtf8;
    try {
        ondemand::document doc = parser.iterate(input);
        for (ondemand::object object : doc.get_array()) {
            Record r;
            for (ondemand::field field : object) {
                const std::string_view name = field.unescaped_key();
                ondemand::value value = field.value();
                if (name == "topic")
                    r.topic = topicName(value.get_string(), topic, topicUtf8);
                else if (name == "partition")
                    r.partition = int(value.get_int64());
                else if (name == "offset")
                    r.offset = value.get_int64();
                else if (name == "timestamp")
                    r.timestampMs = value.get_int64();
                else if (name == "key")
                    r.key = bytes(value.get_string());
                else if (name == "value")
                    r.value = bytes(value.get_string());
                else if (name == "headers") {
                    for (ondemand::object header : value.get_array()) {
                        RecordHeader h;
                        for (ondemand::field hf : header) {
                            const std::string_view hn = hf.unescaped_key();
                            if (hn == "key")
                                h.key = QString::fromUtf8(bytes(hf.value().get_string()));
                            else if (hn == "value")
                                h.value = bytes(hf.value().get_string());
                        }
                        r.headers.append(h);
                    }
                }
            }
            records.append(std::move(r));
        }
    } catch (const simdjson_error &) {
        return std::nullopt;
    }
    return records;
}

std::optional<QList<Record>> parseConfluentRecords(const QByteArray &body, const QString &defaultTopic)
{
    ondemand::parser parser;
    const padded_string input = padded(body);
    QList<Record> records;
    QString topic;
    QByteArray topicUtf8;
    try {
        ondemand::document doc = parser.iterate(input);
        for (ondemand::object object : doc.get_array()) {
            Record r;
            r.topic = defaultTopic;
            for (ondemand::field field : object) {
                const std::string_view name = field.unescaped_key();
                ondemand::value value = field.value();
                if (name == "topic")
                    r.topic = topicName(value.get_string(), topic, topicUtf8);
                else if (name == "partition")
                    r.partition = int(value.get_int64());
                else if (name == "offset")
                    r.offset = value.get_int64();
                else if (name == "key" || name == "value") {
                    if (value.is_null())
                        continue;
                    const auto decoded = base64(value.get_string());
                    if (!decoded)
                        return std::nullopt;
                    (name == "key" ? r.key : r.value) = *decoded;
                }
            }
            records.append(std::move(r));
        }
    } catch (const simdjson_error &) {
        return std::nullopt;
    }
    return records;
}

} // namespace Gregor::BenchSimdjson
