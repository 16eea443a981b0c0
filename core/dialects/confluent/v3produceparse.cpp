// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3parse.h"

#include "v3json.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

using namespace Qt::StringLiterals;

// Produce answers: one delivery report, a stream of them, and the records:batch 207 answer.
namespace Gregor::ConfluentV3 {

using namespace Detail;

namespace {

// The error of a record the answer never reported: it was sent, so it may have been written.
ApiError unreported(qsizetype index)
{
    ApiError error = ApiError::make(
        ErrorKind::Protocol,
        QCoreApplication::translate(
            "Gregor::Confluent",
            "The server's answer ended before it reported this record, so it may or may not have been "
            "written: check the topic before sending it again."));
    error.serverMessage = u"no delivery report for record %1"_s.arg(index);
    error.outcomeUnknown = true;
    return error;
}

// error_code, then partition and offset on success (a failed record may carry neither).
std::optional<ApiError> readOutcome(Fields &f, ProduceResult &result)
{
    const qint64 code = f.integer("error_code"_L1, 100);
    if (f.ok() && code > 99999)
        f.fail(u"'error_code' is no error code"_s);
    if (!f.ok())
        return std::nullopt;
    // Not 2xx: an HTTP status (400, 429…) or a Confluent code (40301…), the record's own error.
    if (code >= 300 || code < 200)
        return ApiError::fromServerCode(int(code), f.optionalString("message"_L1));
    result.partition = f.intField("partition_id"_L1, 0);
    result.offset = f.integer("offset"_L1, 0);
    // The time is informational: an odd spelling must not turn a written record into a failure.
    result.timestampMs = rfc3339Ms(f.object().value("timestamp"_L1));
    return std::nullopt;
}

Result<ProduceResult> readReport(const QJsonValue &value, const QString &topic, qsizetype index)
{
    Fields f(value, itemName(u"delivery report", index));
    ProduceResult result;
    result.topic = topic;
    result.error = readOutcome(f, result);
    return done(f, std::move(result));
}

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t';
}

} // namespace

qsizetype endOfFirstObject(QByteArrayView stream)
{
    qsizetype i = 0;
    while (i < stream.size() && isSpace(stream[i]))
        ++i;
    if (i == stream.size())
        return 0;
    if (stream[i] != '{')
        return -1;
    qsizetype depth = 0;
    bool inString = false;
    bool escaped = false;
    for (; i < stream.size(); ++i) {
        const char c = stream[i];
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (--depth == 0)
                return i + 1; // a mismatched bracket is left to the JSON parser to refuse
        }
    }
    return 0;
}

DeliveryReportReader::DeliveryReportReader(QString topic)
    : m_topic(std::move(topic))
{}

QList<ProduceResult> DeliveryReportReader::feed(QByteArrayView chunk)
{
    QList<ProduceResult> reports;
    if (m_error)
        return reports;
    m_pending.append(chunk);
    qsizetype start = 0;
    while (start < m_pending.size()) {
        const QByteArrayView rest = QByteArrayView(m_pending).sliced(start);
        const qsizetype end = endOfFirstObject(rest);
        if (end == 0)
            break;
        if (end < 0) {
            m_error = protocolError(
                u"the produce answer has bytes that are no delivery report after report %1"_s.arg(
                    m_reportsRead));
            break;
        }
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(rest.first(end).toByteArray(), &parseError);
        auto report = parseError.error == QJsonParseError::NoError
                          ? readReport(doc.object(), m_topic, m_reportsRead)
                          : Result<ProduceResult>(std::unexpected(
                                protocolError(u"delivery report %1 is not valid JSON"_s.arg(m_reportsRead))));
        if (!report) {
            m_error = report.error();
            break;
        }
        reports.append(std::move(*report));
        ++m_reportsRead;
        start += end;
    }
    m_pending.remove(0, start);
    if (m_error || m_pending.trimmed().isEmpty())
        m_pending.clear();
    return reports;
}

Result<ProduceResult> parseDeliveryReport(const QByteArray &body, const QString &topic)
{
    auto object = parseResource(body);
    if (!object)
        return std::unexpected(object.error());
    return readReport(*object, topic, -1);
}

Result<QList<ProduceResult>> parseDeliveryReports(const QByteArray &body, const QString &topic,
                                                  qsizetype expectedCount)
{
    DeliveryReportReader reader(topic);
    QList<ProduceResult> results = reader.feed(body);
    if (results.size() > expectedCount)
        return std::unexpected(
            protocolError(u"the produce answer has %1 delivery reports for %2 records"_s.arg(results.size())
                              .arg(expectedCount)));
    if (results.isEmpty() && expectedCount > 0) {
        ApiError error = reader.error().value_or(
            protocolError(u"the produce answer ended before its first delivery report"_s));
        error.outcomeUnknown = true; // the server accepted the stream: records may be written
        return std::unexpected(error);
    }
    for (qsizetype i = results.size(); i < expectedCount; ++i)
        results.append({topic, -1, -1, std::nullopt, unreported(i)});
    return results;
}

Result<QList<ProduceResult>> parseBatchProduce(const QByteArray &body, const QString &topic,
                                               qsizetype expectedCount)
{
    expectedCount = std::max<qsizetype>(expectedCount, 0);
    auto object = parseResource(body);
    if (!object)
        return std::unexpected(object.error());
    QList<std::optional<ProduceResult>> byEntry(expectedCount);
    Fields answer(*object, u"the batch answer"_s);
    const QJsonArray successes = answer.optionalArray("successes"_L1);
    const QJsonArray failures = answer.optionalArray("failures"_L1);
    if (!answer.ok())
        return std::unexpected(answer.error());
    // Entries are answered in two lists; the ids (the entry's index, see produceBatch) put them back
    // in request order.
    const auto place = [&](const QJsonValue &value, const QString &where) -> std::optional<ApiError> {
        Fields f(value, where);
        const QString id = f.string("id"_L1);
        bool isNumber = false;
        const qsizetype index = id.toLongLong(&isNumber);
        if (f.ok() && (!isNumber || index < 0 || index >= expectedCount || id != QString::number(index)))
            f.fail(u"'id' names no entry of the request"_s);
        else if (f.ok() && byEntry[index])
            f.fail(u"'id' %1 was answered twice"_s.arg(id));
        ProduceResult result;
        result.topic = topic;
        result.error = readOutcome(f, result);
        if (!f.ok())
            return f.error();
        byEntry[index] = std::move(result);
        return std::nullopt;
    };
    for (qsizetype i = 0; i < successes.size(); ++i) {
        QJsonObject success = successes[i].toObject();
        if (!success.contains("error_code"_L1))
            success.insert("error_code"_L1, 200); // successes carry no code of their own
        if (auto error = place(successes[i].isObject() ? QJsonValue(success) : successes[i],
                               u"success %1 of the batch answer"_s.arg(i)))
            return std::unexpected(*error);
    }
    for (qsizetype i = 0; i < failures.size(); ++i) {
        const QJsonValue failure = failures[i];
        if (failure.isObject() && failure.toObject().value("error_code"_L1).toInteger(0) / 100 == 2)
            return std::unexpected(
                protocolError(u"failure %1 of the batch answer has a success code"_s.arg(i)));
        if (auto error = place(failure, u"failure %1 of the batch answer"_s.arg(i)))
            return std::unexpected(*error);
    }
    QList<ProduceResult> results;
    results.reserve(expectedCount);
    for (qsizetype i = 0; i < expectedCount; ++i)
        results.append(byEntry[i] ? std::move(*byEntry[i])
                                  : ProduceResult{topic, -1, -1, std::nullopt, unreported(i)});
    return results;
}

} // namespace Gregor::ConfluentV3
