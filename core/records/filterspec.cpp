// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "filterspec.h"

#include <QCoreApplication>

#include "recordmatcher.h"

using namespace Qt::StringLiterals;

namespace Gregor {

// Splits "PATH OP OPERAND". The path ends at the first space or operator outside ["…"].
static std::expected<FilterSpec, QString> splitFieldTest(FilterSpec spec)
{
    const QString text = spec.query.trimmed();
    qsizetype i = 0;
    bool quoted = false;
    for (; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        if (!quoted && (c.isSpace() || c == u'=' || c == u'!'))
            break;
    }
    spec.jsonPath = text.left(i);
    QStringView rest = QStringView(text).mid(i).trimmed();
    struct Op
    {
        QStringView word;
        FilterSpec::JsonOp op;
    };
    static constexpr Op ops[] = {{u"==", FilterSpec::JsonOp::Equals},
                                 {u"!=", FilterSpec::JsonOp::NotEquals},
                                 {u"contains", FilterSpec::JsonOp::Contains}};
    if (rest.isEmpty())
        return std::unexpected(QCoreApplication::translate(
            "Gregor::Records", "Add a test after the path: ==, != or contains, e.g. $.user.id == 42."));
    const Op *found = nullptr;
    for (const Op &op : ops) {
        if (rest.startsWith(op.word, Qt::CaseInsensitive))
            found = &op;
    }
    if (!found)
        return std::unexpected(
            QCoreApplication::translate("Gregor::Records",
                                        "Unknown test \"%1\": use ==, != or contains, e.g. $.user.id == 42.")
                .arg(rest.split(u' ').first()));
    spec.jsonOp = found->op;
    rest = rest.mid(found->word.size());
    spec.jsonOperand = rest.trimmed().toString();
    if (spec.jsonOperand.isEmpty())
        return std::unexpected(QCoreApplication::translate(
            "Gregor::Records", "Say what to compare the field with, e.g. $.user.id == 42."));
    return spec;
}

std::expected<FilterSpec, QString> FilterSpec::parse(const QString &query, Mode mode, Scope scope,
                                                     const QString &headerName)
{
    FilterSpec spec;
    spec.mode = mode;
    spec.scope = scope;
    spec.query = query;
    if (scope == Scope::Header) {
        spec.headerName = headerName.trimmed();
        if (spec.headerName.isEmpty())
            return std::unexpected(
                QCoreApplication::translate("Gregor::Records", "Name the header to search in."));
    }
    if (query.isEmpty())
        return std::unexpected(
            QCoreApplication::translate("Gregor::Records", "Type something to search for."));
    if (mode == Mode::JsonField) {
        auto split = splitFieldTest(spec);
        if (!split)
            return split;
        spec = *split;
    }
    // Compiling is the full check (regular expression, path, operand).
    const auto matcher = RecordMatcher::create(spec);
    if (!matcher)
        return std::unexpected(matcher.error());
    return spec;
}

QString filterModeName(FilterSpec::Mode mode)
{
    switch (mode) {
    case FilterSpec::Mode::Text:
        return QCoreApplication::translate("Gregor::Records", "Text");
    case FilterSpec::Mode::Regex:
        return QCoreApplication::translate("Gregor::Records", "Regular expression");
    case FilterSpec::Mode::JsonField:
        return QCoreApplication::translate("Gregor::Records", "JSON field");
    }
    return {};
}

QString filterScopeName(FilterSpec::Scope scope)
{
    switch (scope) {
    case FilterSpec::Scope::Any:
        return QCoreApplication::translate("Gregor::Records", "Anywhere");
    case FilterSpec::Scope::Key:
        return QCoreApplication::translate("Gregor::Records", "Key");
    case FilterSpec::Scope::Value:
        return QCoreApplication::translate("Gregor::Records", "Value");
    case FilterSpec::Scope::Header:
        return QCoreApplication::translate("Gregor::Records", "Header");
    }
    return {};
}

QDebug operator<<(QDebug debug, const FilterSpec &spec)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "FilterSpec(" << filterModeName(spec.mode) << ", " << filterScopeName(spec.scope);
    if (spec.scope == FilterSpec::Scope::Header)
        debug << ' ' << spec.headerName;
    debug << ", " << spec.query << ')';
    return debug;
}

} // namespace Gregor
