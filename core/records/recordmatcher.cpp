// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordmatcher.h"

#include "jsonfieldscan.h"
#include "jsonneedles.h"
#include "requiredliteral.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {

constexpr std::array<uchar, 256> makeFold()
{
    std::array<uchar, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[size_t(c)] = uchar(c >= 'A' && c <= 'Z' ? c + 32 : c);
    return table;
}
constexpr std::array<uchar, 256> fold = makeFold();

// Case-insensitive (ASCII) Boyer-Moore-Horspool over raw bytes: the text search before
// ByteSearch, kept as the general path's.
bool containsFolded(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    const qsizetype h = haystack.size();
    if (n == 0)
        return true;
    if (h < n)
        return false;
    const auto *hay = reinterpret_cast<const uchar *>(haystack.data());
    const auto *pat = reinterpret_cast<const uchar *>(needle.data());
    if (n == 1) {
        for (qsizetype i = 0; i < h; ++i) {
            if (fold[hay[i]] == pat[0])
                return true;
        }
        return false;
    }
    // The skip table is tiny to build compared with the per-record scan of 200 B.
    std::array<quint8, 256> skip;
    const quint8 full = quint8(qMin<qsizetype>(n, 255));
    skip.fill(full);
    for (qsizetype i = qMax<qsizetype>(0, n - 255); i < n - 1; ++i) {
        const quint8 distance = quint8(n - 1 - i);
        skip[pat[i]] = distance;
        if (pat[i] >= 'a' && pat[i] <= 'z')
            skip[size_t(pat[i] - 32)] = distance;
    }
    const uchar last = pat[n - 1];
    for (qsizetype pos = 0; pos <= h - n;) {
        const uchar c = hay[pos + n - 1];
        if (fold[c] == last) {
            qsizetype k = 0;
            while (k < n - 1 && fold[hay[pos + k]] == pat[k])
                ++k;
            if (k == n - 1)
                return true;
        }
        pos += skip[c];
    }
    return false;
}

bool isAscii(QByteArrayView bytes)
{
    for (char c : bytes) {
        if (uchar(c) >= 0x80)
            return false;
    }
    return true;
}

// An operand as typed: JSON literals (42, "a b", true, null) as such, anything else a string.
QJsonValue operandValue(const QString &text)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(u"["_s.append(text).append(u']').toUtf8(), &error);
    if (error.error == QJsonParseError::NoError && doc.array().size() == 1)
        return doc.array().at(0);
    return QJsonValue(text);
}

bool jsonEqual(const QJsonValue &a, const QJsonValue &b)
{
    if (a.isDouble() && b.isDouble())
        return a.toDouble() == b.toDouble(); // 42 == 42.0
    return a == b;
}

} // namespace

std::expected<RecordMatcher, QString> RecordMatcher::create(const FilterSpec &spec)
{
    RecordMatcher m;
    m.m_spec = spec;
    m.m_headerName = spec.headerName.toUtf8();
    switch (spec.mode) {
    case FilterSpec::Mode::Text:
        if (spec.query.isEmpty())
            return std::unexpected(
                QCoreApplication::translate("Gregor::Records", "Type something to search for."));
        m.m_needle = spec.query;
        m.m_folded = spec.query.toLower().toUtf8();
        m.m_asciiNeedle = isAscii(m.m_folded);
        if (m.m_asciiNeedle)
            m.m_textSearch = ByteSearch(m.m_folded, ByteSearch::Case::AsciiInsensitive);
        break;
    case FilterSpec::Mode::Regex:
        m.m_regex = QRegularExpression(spec.query);
        if (!m.m_regex.isValid())
            return std::unexpected(
                QCoreApplication::translate("Gregor::Records",
                                            "The regular expression is invalid at character %1: %2.")
                    .arg(m.m_regex.patternErrorOffset())
                    .arg(m.m_regex.errorString()));
        m.m_regex.optimize();
        if (const auto literal = requiredLiteral(spec.query))
            m.m_regexLiteral =
                ByteSearch(literal->bytes, literal->caseInsensitive ? ByteSearch::Case::AsciiInsensitive
                                                                    : ByteSearch::Case::Sensitive);
        break;
    case FilterSpec::Mode::JsonField: {
        auto path = JsonPath::parse(spec.jsonPath);
        if (!path)
            return std::unexpected(path.error());
        if (spec.jsonOperand.isEmpty())
            return std::unexpected(QCoreApplication::translate(
                "Gregor::Records", "Say what to compare the field with, e.g. $.user.id == 42."));
        m.m_path = std::make_shared<const JsonPath>(std::move(*path));
        m.m_fieldScanner = std::make_shared<const JsonFieldScanner>(*m.m_path);
        m.m_operand = operandValue(spec.jsonOperand);
        if (m.m_operand.isString()) {
            m.m_operandUtf8 = m.m_operand.toString().toUtf8();
            // A lone surrogate turns into U+FFFD's bytes, which a real U+FFFD would equal.
            m.m_operandBytesCompare = QString::fromUtf8(m.m_operandUtf8) == m.m_operand.toString();
        }
        const QList<QByteArray> needles = jsonNeedles(*m.m_path, spec.jsonOp, m.m_operand, spec.jsonOperand);
        for (const QByteArray &needle : needles)
            m.m_jsonNeedles.append(ByteSearch(needle, ByteSearch::Case::Sensitive));
        break;
    }
    }
    return m;
}

bool RecordMatcher::matchesBytes(QByteArrayView bytes) const
{
    switch (m_spec.mode) {
    case FilterSpec::Mode::Text:
        return matchText(bytes);
    case FilterSpec::Mode::Regex:
        return matchRegex(bytes);
    case FilterSpec::Mode::JsonField:
        return matchJson(bytes);
    }
    return false;
}

bool RecordMatcher::matchesBytesGeneral(QByteArrayView bytes) const
{
    switch (m_spec.mode) {
    case FilterSpec::Mode::Text:
        return matchTextGeneral(bytes);
    case FilterSpec::Mode::Regex:
        return matchRegexGeneral(bytes);
    case FilterSpec::Mode::JsonField:
        return matchJsonGeneral(bytes);
    }
    return false;
}

template<typename MatchBytes>
bool RecordMatcher::matchRow(const RecordRows &rows, qsizetype row, MatchBytes matchBytes) const
{
    switch (m_spec.scope) {
    case FilterSpec::Scope::Key:
        return rows.hasKey(row) && matchBytes(rows.key(row));
    case FilterSpec::Scope::Value:
        return rows.hasValue(row) && matchBytes(rows.value(row));
    case FilterSpec::Scope::Header: {
        if (rows.headerCount(row) == 0)
            return false;
        const auto value = rows.headerValue(row, m_spec.headerName);
        return value && matchBytes(*value);
    }
    case FilterSpec::Scope::Any:
        if (rows.hasKey(row) && matchBytes(rows.key(row)))
            return true;
        if (rows.hasValue(row) && matchBytes(rows.value(row)))
            return true;
        if (rows.headerCount(row) > 0) {
            const QList<RecordHeader> headers = rows.headers(row);
            for (const RecordHeader &h : headers) {
                if (!h.value.isNull() && matchBytes(h.value))
                    return true;
            }
        }
        return false;
    }
    return false;
}

bool RecordMatcher::matches(const RecordRows &rows, qsizetype row) const
{
    return matchRow(rows, row, [this](QByteArrayView bytes) { return matchesBytes(bytes); });
}

bool RecordMatcher::matchesGeneral(const RecordRows &rows, qsizetype row) const
{
    return matchRow(rows, row, [this](QByteArrayView bytes) { return matchesBytesGeneral(bytes); });
}

bool RecordMatcher::matchText(QByteArrayView bytes) const
{
    if (m_asciiNeedle)
        return m_textSearch.isIn(bytes);
    return matchTextGeneral(bytes);
}

bool RecordMatcher::matchTextGeneral(QByteArrayView bytes) const
{
    if (m_asciiNeedle)
        return containsFolded(bytes, m_folded);
    return QString::fromUtf8(bytes).contains(m_needle, Qt::CaseInsensitive);
}

bool RecordMatcher::matchRegex(QByteArrayView bytes) const
{
    // Decoding and matching cost far more than looking for the literal.
    if (m_regexLiteral && !m_regexLiteral->isIn(bytes))
        return false;
    return matchRegexGeneral(bytes);
}

bool RecordMatcher::matchRegexGeneral(QByteArrayView bytes) const
{
    return m_regex.match(QString::fromUtf8(bytes)).hasMatch();
}

bool RecordMatcher::matchJson(QByteArrayView bytes) const
{
    // Most values lack a needle altogether: skip the parse for them. With a backslash anywhere
    // a needle may be spelled with escapes, so only the parse can tell.
    if (!m_jsonNeedles.isEmpty() && !bytes.contains('\\')) {
        for (const ByteSearch &needle : m_jsonNeedles) {
            if (!needle.isIn(bytes))
                return false;
        }
    }
    // simdjson finds the field ten times faster than a QJsonDocument of the whole value.
    if (const auto field = m_fieldScanner->scan(bytes))
        return matchScalar(*field);
    return matchJsonGeneral(bytes);
}

bool RecordMatcher::matchScalar(const JsonScalar &field) const
{
    if (field.type == JsonScalar::Type::Undefined)
        return false; // a missing field matches no test, != included
    switch (m_spec.jsonOp) {
    case FilterSpec::JsonOp::Equals:
        return scalarEqualsOperand(field);
    case FilterSpec::JsonOp::NotEquals:
        return !scalarEqualsOperand(field);
    case FilterSpec::JsonOp::Contains:
        break;
    }
    return matchField(field.toJsonValue());
}

// jsonEqual(field.toJsonValue(), m_operand) without making either QJsonValue: this runs for
// every record a != test reads, where no needle can skip the parse.
bool RecordMatcher::scalarEqualsOperand(const JsonScalar &field) const
{
    using Type = JsonScalar::Type;
    switch (m_operand.type()) {
    case QJsonValue::String:
        if (!m_operandBytesCompare)
            return jsonEqual(field.toJsonValue(), m_operand);
        return field.type == Type::String &&
               field.text == std::string_view(m_operandUtf8.constData(), size_t(m_operandUtf8.size()));
    case QJsonValue::Double:
        if (field.type == Type::Integer)
            return double(field.integer) == m_operand.toDouble();
        return field.type == Type::Double && field.number == m_operand.toDouble();
    case QJsonValue::Bool:
        return field.type == Type::Bool && field.boolean == m_operand.toBool();
    case QJsonValue::Null:
        return field.type == Type::Null;
    case QJsonValue::Array:
    case QJsonValue::Object:
    case QJsonValue::Undefined:
        break;
    }
    return jsonEqual(field.toJsonValue(), m_operand);
}

bool RecordMatcher::matchJsonGeneral(QByteArrayView bytes) const
{
    QJsonParseError error;
    const QJsonDocument doc =
        QJsonDocument::fromJson(QByteArray::fromRawData(bytes.data(), bytes.size()), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    const QJsonValue root = doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
    return matchField(m_path->resolve(root));
}

bool RecordMatcher::matchField(const QJsonValue &field) const
{
    if (field.isUndefined())
        return false; // a missing field matches no test, != included
    switch (m_spec.jsonOp) {
    case FilterSpec::JsonOp::Equals:
        return jsonEqual(field, m_operand);
    case FilterSpec::JsonOp::NotEquals:
        return !jsonEqual(field, m_operand);
    case FilterSpec::JsonOp::Contains:
        if (field.isString()) {
            const QString needle = m_operand.isString() ? m_operand.toString() : m_spec.jsonOperand;
            return field.toString().contains(needle);
        }
        if (field.isArray()) {
            const QJsonArray array = field.toArray();
            return std::any_of(array.begin(), array.end(),
                               [this](const QJsonValue &item) { return jsonEqual(item, m_operand); });
        }
        if (field.isObject())
            return field.toObject().contains(m_operand.isString() ? m_operand.toString()
                                                                  : m_spec.jsonOperand);
        return false;
    }
    return false;
}

QList<TextSpan> RecordMatcher::matchSpans(QStringView text) const
{
    QList<TextSpan> spans;
    switch (m_spec.mode) {
    case FilterSpec::Mode::Text:
        for (qsizetype at = text.indexOf(m_needle, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(m_needle, at + m_needle.size(), Qt::CaseInsensitive))
            spans.append({at, m_needle.size()});
        break;
    case FilterSpec::Mode::Regex: {
        auto it = m_regex.globalMatchView(text);
        while (it.hasNext()) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength(0) > 0)
                spans.append({match.capturedStart(0), match.capturedLength(0)});
        }
        break;
    }
    case FilterSpec::Mode::JsonField: {
        const QString needle = m_operand.isString() ? m_operand.toString() : m_spec.jsonOperand;
        if (needle.isEmpty())
            break;
        for (qsizetype at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + needle.size()))
            spans.append({at, needle.size()});
        break;
    }
    }
    return spans;
}

} // namespace Gregor
