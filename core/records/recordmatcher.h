// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "bytesearch.h"
#include "filterspec.h"
#include "jsonfieldscan.h"
#include "jsonpath.h"
#include "recordstore.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>

#include <expected>
#include <memory>
#include <optional>

namespace Gregor {

// A span of matched characters in a shown text, for highlighting.
struct TextSpan
{
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const TextSpan &, const TextSpan &) = default;
};

// A FilterSpec compiled for matching: the folded needle, the regular expression, the parsed
// path. const and thread-safe: one matcher may be shared by worker threads.
//
// matches() skips what cannot match by bytes alone: a regex's required literal (see
// requiredliteral.h) and a field test's needles (jsonneedles.h) must occur before anything is
// decoded or parsed. matchesGeneral() is the plain evaluation without any of that, kept as the
// reference the differential test and fuzzer hold matches() to.
class RecordMatcher
{
public:
    static std::expected<RecordMatcher, QString> create(const FilterSpec &spec);

    const FilterSpec &spec() const { return m_spec; }
    bool matches(const RecordRows &rows, qsizetype row) const;
    bool matchesBytes(QByteArrayView bytes) const; // one key, value or header value
    bool matchesGeneral(const RecordRows &rows, qsizetype row) const;
    bool matchesBytesGeneral(QByteArrayView bytes) const;

    // Where the text or pattern occurs in a shown text (a preview cell or a pretty-printed
    // value); for a JSON field test, where its operand occurs. Sorted, not overlapping.
    QList<TextSpan> matchSpans(QStringView text) const;

private:
    RecordMatcher() = default;
    template<typename MatchBytes>
    bool matchRow(const RecordRows &rows, qsizetype row, MatchBytes matchBytes) const;
    bool matchText(QByteArrayView bytes) const;
    bool matchTextGeneral(QByteArrayView bytes) const;
    bool matchRegex(QByteArrayView bytes) const;
    bool matchRegexGeneral(QByteArrayView bytes) const;
    bool matchJson(QByteArrayView bytes) const;
    bool matchJsonGeneral(QByteArrayView bytes) const;
    bool matchField(const QJsonValue &field) const;  // the test itself, on the field found
    bool matchScalar(const JsonScalar &field) const; // the same on a scanned scalar
    bool scalarEqualsOperand(const JsonScalar &field) const;

    FilterSpec m_spec;
    QByteArray m_folded;                                    // Text: the needle in lower case, UTF-8
    bool m_asciiNeedle = true;                              // Text: byte-wise folding is exact
    ByteSearch m_textSearch;                                // Text: m_folded, for ASCII needles
    QString m_needle;                                       // Text: as typed, for non-ASCII needles and spans
    QRegularExpression m_regex;                             // Regex
    std::optional<ByteSearch> m_regexLiteral;               // Regex: bytes every match contains
    std::shared_ptr<const JsonPath> m_path;                 // JsonField
    std::shared_ptr<const JsonFieldScanner> m_fieldScanner; // JsonField: m_path for simdjson
    QJsonValue m_operand;                                   // JsonField: the literal, parsed
    QByteArray m_operandUtf8;                               // JsonField: a string operand's UTF-8
    bool m_operandBytesCompare = false;                     // JsonField: equal strings are equal UTF-8 bytes
    QList<ByteSearch> m_jsonNeedles;                        // JsonField: bytes values without \ must contain
    QByteArray m_headerName;                                // Scope::Header, UTF-8
};

} // namespace Gregor
