// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDebug>
#include <QString>

#include <expected>

namespace Gregor {

// What to search for over the loaded records: a value type, built by FilterSpec::parse() from
// what the user typed and the mode and scope picked beside it.
//
//   Text       case-insensitive substring            order 42
//   Regex      QRegularExpression (UTF-8 decoded)    ^order-\d+$        (add (?i) for any case)
//   JsonField  one test on a field of a JSON value   $.user.id == 42
//                                                    $.items[0].sku != "A-1"
//                                                    $.tags contains "vip"
// Paths start at $, then .name or [n] steps (["odd name"] for names with dots or spaces).
// Operands: numbers compare numerically (42 == 42.0), "strings" (or bare words) as strings,
// true / false / null as themselves. contains: a substring of a string field, an element of an
// array field (equal as above), or a key of an object field.
struct FilterSpec
{
    enum class Mode
    {
        Text,
        Regex,
        JsonField,
    };
    // Where to look. Any: the key, the value and every header value.
    enum class Scope
    {
        Any,
        Key,
        Value,
        Header, // the values of headers named headerName
    };
    enum class JsonOp
    {
        Equals,
        NotEquals,
        Contains,
    };

    Mode mode = Mode::Text;
    Scope scope = Scope::Any;
    QString query;      // as typed (text, pattern, or the whole field test)
    QString headerName; // Scope::Header

    // JsonField only, split out of query by parse().
    QString jsonPath;
    JsonOp jsonOp = JsonOp::Equals;
    QString jsonOperand; // the literal as typed: 42, "abc", true, null

    // Checks and splits the input. Errors are one sentence for the user, e.g.
    // "The regular expression is invalid at character 3: missing closing parenthesis."
    // "The field path must start with $, e.g. $.user.id."
    static std::expected<FilterSpec, QString> parse(const QString &query, Mode mode, Scope scope = Scope::Any,
                                                    const QString &headerName = {});

    friend bool operator==(const FilterSpec &, const FilterSpec &) = default;
};

QString filterModeName(FilterSpec::Mode mode);    // "Text", "Regular expression", "JSON field"
QString filterScopeName(FilterSpec::Scope scope); // "Anywhere", "Key", "Value", "Header"
QDebug operator<<(QDebug debug, const FilterSpec &spec);

} // namespace Gregor
