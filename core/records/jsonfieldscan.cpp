// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfieldscan.h"

#include <simdjson.h>

#include <cmath>
#include <string_view>

namespace Gregor {

namespace {

namespace dom = simdjson::dom;

// Far below QJsonDocument's nesting limit, so depth alone never makes the two differ.
constexpr size_t MaxDepth = 256;

dom::parser &threadParser()
{
    thread_local dom::parser parser = [] {
        dom::parser p;
        // Grows with larger texts, keeping the depth; a failure here fails every parse, which
        // only sends each test to QJsonDocument.
        [[maybe_unused]] const simdjson::error_code error = p.allocate(64 * 1024, MaxDepth);
        return p;
    }();
    return parser;
}

// U+FDD0..U+FDEF and U+nFFFE/U+nFFFF, in UTF-8 simdjson has validated.
bool hasNoncharacter(std::string_view s)
{
    const auto *p = reinterpret_cast<const unsigned char *>(s.data());
    const auto *end = p + s.size();
    for (; p < end; ++p) {
        if (*p < 0xef)
            continue;
        if (*p == 0xef && end - p >= 3) {
            if ((p[1] == 0xb7 && p[2] >= 0x90 && p[2] <= 0xaf) || (p[1] == 0xbf && p[2] >= 0xbe))
                return true;
        } else if (*p >= 0xf0 && end - p >= 4 && (p[1] & 0x0f) == 0x0f && p[2] == 0xbf && p[3] >= 0xbe) {
            return true;
        }
    }
    return false;
}

// QJsonDocument refuses a number that underflows (1e-999) where simdjson reads 0 or a subnormal;
// a text with such a double anywhere goes to QJsonDocument.
bool doublesReadAlike(dom::element element)
{
    switch (element.type()) {
    case dom::element_type::DOUBLE: {
        const double d = element.get_double().value_unsafe();
        return d != 0 && std::fpclassify(d) == FP_NORMAL;
    }
    case dom::element_type::ARRAY: {
        const dom::array array = element.get_array().value_unsafe();
        for (const dom::element item : array)
            if (!doublesReadAlike(item))
                return false;
        return true;
    }
    case dom::element_type::OBJECT: {
        const dom::object object = element.get_object().value_unsafe();
        for (const dom::key_value_pair member : object)
            if (!doublesReadAlike(member.value))
                return false;
        return true;
    }
    default:
        return true;
    }
}

std::optional<JsonScalar> toScalar(dom::element element)
{
    JsonScalar scalar;
    switch (element.type()) {
    case dom::element_type::STRING:
        scalar.type = JsonScalar::Type::String;
        scalar.text = element.get_string().value_unsafe();
        if (hasNoncharacter(scalar.text))
            return std::nullopt;
        return scalar;
    case dom::element_type::INT64:
        scalar.type = JsonScalar::Type::Integer;
        scalar.integer = element.get_int64().value_unsafe();
        return scalar;
    case dom::element_type::UINT64: // beyond qint64: QJsonDocument keeps a double too
        scalar.type = JsonScalar::Type::Double;
        scalar.number = double(element.get_uint64().value_unsafe());
        return scalar;
    case dom::element_type::DOUBLE:
        scalar.type = JsonScalar::Type::Double;
        scalar.number = element.get_double().value_unsafe();
        return scalar;
    case dom::element_type::BOOL:
        scalar.type = JsonScalar::Type::Bool;
        scalar.boolean = element.get_bool().value_unsafe();
        return scalar;
    case dom::element_type::NULL_VALUE:
        scalar.type = JsonScalar::Type::Null;
        return scalar;
    case dom::element_type::ARRAY:
    case dom::element_type::OBJECT:
        break;
    }
    return std::nullopt;
}

} // namespace

QJsonValue JsonScalar::toJsonValue() const
{
    switch (type) {
    case Type::Undefined:
        break;
    case Type::String:
        return QJsonValue(QString::fromUtf8(text.data(), qsizetype(text.size())));
    case Type::Integer:
        return QJsonValue(integer);
    case Type::Double:
        return QJsonValue(number);
    case Type::Bool:
        return QJsonValue(boolean);
    case Type::Null:
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonValue(QJsonValue::Undefined);
}

JsonFieldScanner::JsonFieldScanner(const JsonPath &path)
{
    m_usable = !path.steps().isEmpty();
    for (const JsonPath::Step &step : path.steps()) {
        if (const QString *name = std::get_if<QString>(&step)) {
            QByteArray utf8 = name->toUtf8();
            if (QString::fromUtf8(utf8) != *name)
                m_usable = false; // a lone surrogate: not bytes simdjson can show
            m_steps.append({std::move(utf8), -1});
        } else {
            const qsizetype index = std::get<qsizetype>(step);
            if (index < 0)
                m_usable = false;
            m_steps.append({QByteArray(), index});
        }
    }
}

std::optional<JsonScalar> JsonFieldScanner::scan(QByteArrayView json) const
{
    if (!m_usable || json.isEmpty())
        return std::nullopt;
    dom::element current;
    if (threadParser().parse(json.data(), size_t(json.size())).get(current))
        return std::nullopt;
    if ((!current.is_object() && !current.is_array()) || !doublesReadAlike(current))
        return std::nullopt;
    for (const Step &step : m_steps) {
        if (step.index < 0) {
            dom::object object;
            if (current.get_object().get(object))
                return JsonScalar{};
            const std::string_view key(step.name.constData(), size_t(step.name.size()));
            std::optional<dom::element> found;
            for (const dom::key_value_pair member : object) {
                if (member.key != key)
                    continue;
                if (found)
                    return std::nullopt; // twice: which one counts is QJsonDocument's to say
                found = member.value;
            }
            if (!found)
                return JsonScalar{};
            current = *found;
        } else {
            dom::array array;
            if (current.get_array().get(array))
                return JsonScalar{};
            if (size_t(step.index) >= array.size())
                return JsonScalar{};
            current = array.at(size_t(step.index)).value_unsafe();
        }
    }
    return toScalar(current);
}

std::optional<QJsonValue> scanJsonField(QByteArrayView json, const JsonPath &path)
{
    const std::optional<JsonScalar> scalar = JsonFieldScanner(path).scan(json);
    if (!scalar)
        return std::nullopt;
    return scalar->toJsonValue();
}

} // namespace Gregor
