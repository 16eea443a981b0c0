// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace Gregor {

// Where a JSON text stops being JSON: 1-based line and column (in characters, a tab counts
// as one), the character offset into the text, and the parser's message in words.
struct JsonProblem
{
    int line = 0;
    int column = 0;
    qsizetype offset = 0;     // in QChars (UTF-16 units) of the text, for placing a cursor
    QString message;          // e.g. "missing comma after an object member"
    QString sentence() const; // "Line 3, column 7: missing comma after an object member."
    friend bool operator==(const JsonProblem &, const JsonProblem &) = default;
};

// nullopt when utf8 is one valid JSON value (any value: object, array, string, number…).
// Safe on any thread; linear in the size of the text.
std::optional<JsonProblem> checkJson(QByteArrayView utf8);

// The same JSON indented by 2 or on one line; invalid input comes back unchanged.
QByteArray prettyJson(QByteArrayView utf8);
QByteArray compactJson(QByteArrayView utf8);

} // namespace Gregor
