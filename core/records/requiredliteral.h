// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QStringView>

#include <optional>

namespace Gregor {

// A run of ASCII characters that every match of a regular expression contains, so a record
// whose bytes lack it cannot match and needs no decoding nor regex run. Derived only from
// patterns read with certainty; for anything else (alternation, groups, escapes other than
// escaped punctuation, options other than a leading (?i)) the run found before it is kept
// or, with alternation anywhere, nothing: the regex then runs on every record.
struct RequiredLiteral
{
    QByteArray bytes;             // lower case when caseInsensitive
    bool caseInsensitive = false; // ASCII letters in either case (k and s never taken: see .cpp)
};

// For a pattern compiled by QRegularExpression with default options.
std::optional<RequiredLiteral> requiredLiteral(QStringView pattern);

} // namespace Gregor
