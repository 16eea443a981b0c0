// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonneedles.h"

namespace Gregor {

namespace {

// A string's UTF-8 is the bytes a JSON text holds for it only when it has no lone surrogate
// (those are written as \uD800 escapes, and toUtf8() replaces them).
bool hasExactUtf8(const QString &text)
{
    return QString::fromUtf8(text.toUtf8()) == text;
}

QByteArray quoted(const QString &text)
{
    return '"' + text.toUtf8() + '"';
}

QByteArray literalBytes(const QJsonValue &value)
{
    if (value.isBool())
        return value.toBool() ? "true" : "false";
    if (value.isNull())
        return "null";
    return {};
}

// What the operand adds: the bytes a matching field value (or, for contains, every way a field
// can contain it) must show.
QByteArray operandNeedle(FilterSpec::JsonOp op, const QJsonValue &operand, const QString &operandText)
{
    switch (op) {
    case FilterSpec::JsonOp::NotEquals:
        return {}; // nearly every value passes
    case FilterSpec::JsonOp::Equals:
        if (operand.isString() && hasExactUtf8(operand.toString()))
            return quoted(operand.toString());
        return literalBytes(operand); // numbers, arrays and objects: nothing
    case FilterSpec::JsonOp::Contains:
        // A string field containing it, an array holding an equal element, an object with
        // such a key: each shows the operand's text (a string's without quotes).
        if (operand.isString() && hasExactUtf8(operand.toString()))
            return operand.toString().toUtf8();
        if (const QByteArray literal = literalBytes(operand);
            !literal.isEmpty() && literal == operandText.toUtf8())
            return literal;
        return {};
    }
    return {};
}

} // namespace

QList<QByteArray> jsonNeedles(const JsonPath &path, FilterSpec::JsonOp op, const QJsonValue &operand,
                              const QString &operandText)
{
    QList<QByteArray> needles;
    // The operand first: it is usually the rarest.
    if (QByteArray needle = operandNeedle(op, operand, operandText); !needle.isEmpty())
        needles.append(needle);
    // Every member on the path must exist for the field to resolve; the last is the most
    // telling, and three are plenty.
    const QList<JsonPath::Step> &steps = path.steps();
    for (auto it = steps.crbegin(); it != steps.crend() && needles.size() < 4; ++it) {
        if (const QString *name = std::get_if<QString>(&*it); name && hasExactUtf8(*name))
            needles.append(quoted(*name));
    }
    return needles;
}

} // namespace Gregor
