// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/result.h"
#include "v3parse.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

#include <algorithm>
#include <optional>

// Shared readers of the Confluent REST v3 parsers (not part of their API): resources and
// collections with their "kind", and one field reader that remembers the first bad field so
// each shape reads as a plain list of fields.
namespace Gregor::ConfluentV3::Detail {

// A Protocol error whose message says what was wrong, for the request log.
ApiError protocolError(const QString &what);

// Reads the fields of one object and keeps the first failure ("topic 2: field 'x' is not an
// integer"). After a failure every reader returns a default and ok() stays false.
class Fields
{
public:
    Fields(const QJsonValue &value, QString where);

    QString string(QLatin1StringView key);                          // required, non-null
    QString optionalString(QLatin1StringView key);                  // absent or null → ""
    std::optional<QString> nullableString(QLatin1StringView key);   // present, string or null
    std::optional<QString> optionalNullable(QLatin1StringView key); // absent or null → nullopt
    qint64 integer(QLatin1StringView key, qint64 minimum);          // required
    std::optional<qint64> optionalInteger(QLatin1StringView key, qint64 minimum);
    int intField(QLatin1StringView key, int minimum); // required, fits an int
    bool boolean(QLatin1StringView key);              // required
    bool optionalBoolean(QLatin1StringView key);      // absent or null → false
    QJsonArray optionalArray(QLatin1StringView key);  // absent or null → empty
    // The id at the end of a {"related": ".../<collection>/<id>"} link; nullopt when the link is
    // absent, null or names no id (a link is informational: its URL is never an error).
    std::optional<int> linkedId(QLatin1StringView key, QLatin1StringView collection);
    // "kind" must be `kind` when present (it is optional in practice: sandboxes omit it).
    void expectKind(QLatin1StringView kind);

    bool ok() const { return !m_error.has_value(); }
    const ApiError &error() const { return *m_error; }
    const QJsonObject &object() const { return m_object; }
    void fail(const QString &what);

private:
    QJsonValue field(QLatin1StringView key, bool required);

    QJsonObject m_object;
    QString m_where;
    std::optional<ApiError> m_error;
};

// A collection answer {kind, metadata:{next}, data:[…]}: its items and next-page link.
struct Collection
{
    QJsonArray data;
    QString next;
};
Result<Collection> parseCollection(const QByteArray &body, QLatin1StringView kind);
Result<QJsonObject> parseResource(const QByteArray &body);

// RFC 3339 text as milliseconds since the epoch; nullopt when not a readable time.
std::optional<qint64> rfc3339Ms(const QJsonValue &value);

// An item reader: one object of a collection (its position for messages) → a value.
template<typename T, typename Reader>
Result<QList<T>> readItems(const QJsonArray &items, Reader read)
{
    QList<T> values;
    values.reserve(items.size());
    for (const QJsonValue &item : items) {
        Result<T> value = read(item, values.size());
        if (!value)
            return std::unexpected(value.error());
        values.append(std::move(*value));
    }
    return values;
}

// How an item is named in messages: "topic 3 of the list", or just "topic" for a single one.
QString itemName(QStringView what, qsizetype index);

template<typename T>
Result<T> done(const Fields &fields, T value)
{
    if (!fields.ok())
        return std::unexpected(fields.error());
    return value;
}

// A collection of `listKind` whose items `read(value, index)` turns into values, stably sorted
// by `less` (servers sort already; a page must not depend on it).
template<typename T, typename Reader, typename Less>
Result<Page<T>> readPage(const QByteArray &body, QLatin1StringView listKind, Reader read, Less less)
{
    auto collection = parseCollection(body, listKind);
    if (!collection)
        return std::unexpected(collection.error());
    auto items = readItems<T>(collection->data, read);
    if (!items)
        return std::unexpected(items.error());
    std::stable_sort(items->begin(), items->end(), less);
    return Page<T>{std::move(*items), collection->next};
}

// Keeps the server's order.
template<typename T, typename Reader>
Result<Page<T>> readPage(const QByteArray &body, QLatin1StringView listKind, Reader read)
{
    return readPage<T>(body, listKind, read, [](const T &, const T &) { return false; });
}

// A single resource read by the same reader as the items of its collection.
template<typename T, typename Reader>
Result<T> readOne(const QByteArray &body, Reader read)
{
    auto object = parseResource(body);
    if (!object)
        return std::unexpected(object.error());
    return read(QJsonValue(*object), -1);
}

} // namespace Gregor::ConfluentV3::Detail
