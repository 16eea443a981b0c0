// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace SandboxTest {

// True when `actual` has everything `expected` has: objects may carry more keys, arrays must have
// the same length and match element by element. The path of the first mismatch goes to `where`.
inline bool jsonSubset(const QJsonValue &expected, const QJsonValue &actual, QString *where,
                       const QString &path = QStringLiteral("$"))
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            *where = path + QStringLiteral(" is not an object");
            return false;
        }
        const QJsonObject e = expected.toObject(), a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                *where = path + QStringLiteral(".") + it.key() + QStringLiteral(" is missing");
                return false;
            }
            if (!jsonSubset(it.value(), a.value(it.key()), where, path + QStringLiteral(".") + it.key()))
                return false;
        }
        return true;
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray(), a = actual.toArray();
        if (!actual.isArray() || e.size() != a.size()) {
            *where = path + QStringLiteral(" has %1 elements, expected %2").arg(a.size()).arg(e.size());
            return false;
        }
        for (qsizetype i = 0; i < e.size(); ++i)
            if (!jsonSubset(e[i], a[i], where, path + QStringLiteral("[%1]").arg(i)))
                return false;
        return true;
    }
    if (expected != actual) {
        *where = path + QStringLiteral(" differs");
        return false;
    }
    return true;
}

} // namespace SandboxTest
