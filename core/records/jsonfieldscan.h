// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "jsonpath.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonValue>
#include <QList>

#include <optional>
#include <string_view>

namespace Gregor {

// A scalar found at a path: what a field test compares, without a QString or QJsonValue.
struct JsonScalar
{
    enum class Type
    {
        Undefined, // the text is valid and the path leads nowhere
        String,
        Integer, // fits qint64, as QJsonDocument keeps it
        Double,  // also integers beyond qint64, as QJsonDocument reads them
        Bool,
        Null,
    };
    Type type = Type::Undefined;
    // String: valid UTF-8 without noncharacters, pointing into the scanning thread's parser,
    // so valid until that thread's next scan.
    std::string_view text;
    qint64 integer = 0;
    double number = 0;
    bool boolean = false;

    QJsonValue toJsonValue() const;
};

// Finds the value at a path of a JSON text with simdjson (which validates the whole text)
// instead of a QJsonDocument of all of it. scan() answers nullopt wherever the two parsers
// could disagree (simdjson refuses the text, a root that is neither object nor array, a member
// name twice on the path, a noncharacter in the string found, a double that QJsonDocument
// would refuse anywhere, an object or array found): the caller then asks QJsonDocument.
// Member names are turned into UTF-8 once, here, not per text. const and thread-safe.
class JsonFieldScanner
{
public:
    explicit JsonFieldScanner(const JsonPath &path);

    std::optional<JsonScalar> scan(QByteArrayView json) const;

private:
    struct Step
    {
        QByteArray name; // empty with index >= 0: an array index
        qsizetype index = -1;
    };
    QList<Step> m_steps;
    bool m_usable = true; // false: a name simdjson cannot show (a lone surrogate), a negative index
};

// The field as a QJsonValue (one scan with a scanner made for this path): for tests.
std::optional<QJsonValue> scanJsonField(QByteArrayView json, const JsonPath &path);

} // namespace Gregor
