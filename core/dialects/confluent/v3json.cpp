// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "v3json.h"

#include "core/dialects/common/jsonread.h"

#include <QDateTime>
#include <QTimeZone>

#include <limits>

using namespace Qt::StringLiterals;

namespace Gregor::ConfluentV3::Detail {

ApiError protocolError(const QString &what)
{
    return Json::protocolError(what);
}

Fields::Fields(const QJsonValue &value, QString where)
    : m_object(value.toObject())
    , m_where(std::move(where))
{
    if (!value.isObject())
        fail(u"not a JSON object"_s);
}

void Fields::fail(const QString &what)
{
    if (!m_error)
        m_error = protocolError(m_where + u": "_s + what);
}

QJsonValue Fields::field(QLatin1StringView key, bool required)
{
    if (m_error)
        return {};
    const QJsonValue value = m_object.value(key);
    if (required && Json::missing(value))
        fail(u"'%1' is missing"_s.arg(key));
    return value;
}

QString Fields::string(QLatin1StringView key)
{
    const QJsonValue value = field(key, true);
    if (ok() && !value.isString())
        fail(u"'%1' is not text"_s.arg(key));
    return ok() ? value.toString() : QString();
}

QString Fields::optionalString(QLatin1StringView key)
{
    return optionalNullable(key).value_or(QString());
}

std::optional<QString> Fields::nullableString(QLatin1StringView key)
{
    const QJsonValue value = field(key, false);
    if (ok() && value.isUndefined())
        fail(u"'%1' is missing"_s.arg(key));
    if (ok() && !value.isNull() && !value.isString())
        fail(u"'%1' is neither text nor null"_s.arg(key));
    if (!ok() || value.isNull())
        return std::nullopt;
    return value.toString();
}

std::optional<QString> Fields::optionalNullable(QLatin1StringView key)
{
    const QJsonValue value = field(key, false);
    if (!ok() || Json::missing(value))
        return std::nullopt;
    if (!value.isString()) {
        fail(u"'%1' is not text"_s.arg(key));
        return std::nullopt;
    }
    return value.toString();
}

qint64 Fields::integer(QLatin1StringView key, qint64 minimum)
{
    const QJsonValue value = field(key, true);
    if (!ok())
        return minimum;
    const auto number = Json::integer(value);
    if (!number || *number < minimum) {
        fail(u"'%1' is not an integer of at least %2"_s.arg(key).arg(minimum));
        return minimum;
    }
    return *number;
}

std::optional<qint64> Fields::optionalInteger(QLatin1StringView key, qint64 minimum)
{
    const QJsonValue value = field(key, false);
    if (!ok() || Json::missing(value))
        return std::nullopt;
    const qint64 number = integer(key, minimum);
    return ok() ? std::optional(number) : std::nullopt;
}

int Fields::intField(QLatin1StringView key, int minimum)
{
    const qint64 number = integer(key, minimum);
    if (ok() && number > std::numeric_limits<int>::max())
        fail(u"'%1' is too large"_s.arg(key));
    return ok() ? int(number) : minimum;
}

bool Fields::boolean(QLatin1StringView key)
{
    const QJsonValue value = field(key, true);
    if (ok() && !value.isBool())
        fail(u"'%1' is not true or false"_s.arg(key));
    return ok() && value.toBool();
}

bool Fields::optionalBoolean(QLatin1StringView key)
{
    const QJsonValue value = field(key, false);
    if (!ok() || Json::missing(value))
        return false;
    return boolean(key);
}

QJsonArray Fields::optionalArray(QLatin1StringView key)
{
    const QJsonValue value = field(key, false);
    if (!ok() || Json::missing(value))
        return {};
    if (!value.isArray())
        fail(u"'%1' is not a list"_s.arg(key));
    return value.toArray();
}

std::optional<int> Fields::linkedId(QLatin1StringView key, QLatin1StringView collection)
{
    const QJsonValue link = field(key, false);
    if (!ok() || !link.isObject())
        return std::nullopt;
    const QString url = link.toObject().value("related"_L1).toString();
    const QString marker = u'/' + collection + u'/';
    const qsizetype at = url.lastIndexOf(marker);
    if (at < 0)
        return std::nullopt;
    bool isNumber = false;
    const int id = QStringView(url).mid(at + marker.size()).toInt(&isNumber);
    return isNumber && id >= 0 ? std::optional(id) : std::nullopt;
}

void Fields::expectKind(QLatin1StringView kind)
{
    const QJsonValue value = field("kind"_L1, false);
    if (ok() && !Json::missing(value) && value.toString() != kind)
        fail(u"it is a '%1', not a '%2'"_s.arg(value.toVariant().toString(), kind));
}

QString itemName(QStringView what, qsizetype index)
{
    return index < 0 ? what.toString() : u"%1 %2 of the list"_s.arg(what).arg(index);
}

Result<QJsonObject> parseResource(const QByteArray &body)
{
    return Json::parseObject(body);
}

Result<Collection> parseCollection(const QByteArray &body, QLatin1StringView kind)
{
    const auto object = Json::parseObject(body);
    if (!object)
        return std::unexpected(object.error());
    Fields list(*object, u"the list"_s);
    list.expectKind(kind);
    Collection collection;
    const QJsonValue data = object->value("data"_L1);
    if (list.ok() && !data.isArray())
        list.fail(u"'data' is missing or not a list"_s);
    collection.data = data.toArray();
    const QJsonValue metadata = object->value("metadata"_L1);
    if (list.ok() && !Json::missing(metadata)) {
        Fields meta(metadata, u"the list's metadata"_s);
        collection.next = meta.optionalString("next"_L1);
        if (!meta.ok())
            return std::unexpected(meta.error());
    }
    if (!list.ok())
        return std::unexpected(list.error());
    return collection;
}

std::optional<qint64> rfc3339Ms(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    // RFC 3339 always names its offset; a bare local time would depend on this machine's zone.
    if (!time.isValid() || time.timeRepresentation().timeSpec() == Qt::LocalTime)
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

} // namespace Gregor::ConfluentV3::Detail
