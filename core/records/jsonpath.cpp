// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonpath.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Gregor {

std::expected<JsonPath, QString> JsonPath::parse(const QString &text)
{
    const QString path = text.trimmed();
    if (!path.startsWith(u'$'))
        return std::unexpected(QCoreApplication::translate(
            "Gregor::Records", "The field path must start with $, e.g. $.user.id."));
    JsonPath result;
    qsizetype i = 1;
    const qsizetype n = path.size();
    while (i < n) {
        const QChar c = path.at(i);
        if (c == u'.') {
            const qsizetype start = ++i;
            while (i < n && path.at(i) != u'.' && path.at(i) != u'[' && !path.at(i).isSpace())
                ++i;
            if (i == start)
                return std::unexpected(
                    QCoreApplication::translate(
                        "Gregor::Records",
                        "A field name is missing after the \".\" at character %1 of the path.")
                        .arg(start));
            result.m_steps.append(path.mid(start, i - start));
        } else if (c == u'[') {
            ++i;
            if (i < n && path.at(i) == u'"') {
                QString name;
                ++i;
                while (i < n && path.at(i) != u'"') {
                    if (path.at(i) == u'\\' && i + 1 < n)
                        ++i;
                    name += path.at(i++);
                }
                if (i + 1 >= n || path.at(i + 1) != u']')
                    return std::unexpected(QCoreApplication::translate(
                        "Gregor::Records", "A quoted name in [ ] is not closed with \"] in the path."));
                i += 2;
                result.m_steps.append(name);
            } else {
                const qsizetype start = i;
                while (i < n && path.at(i).isDigit())
                    ++i;
                if (i == start || i >= n || path.at(i) != u']')
                    return std::unexpected(
                        QCoreApplication::translate("Gregor::Records",
                                                    "Expected an index like [0] or a quoted name like "
                                                    "[\"a.b\"] at character %1 of the path.")
                            .arg(start));
                bool ok = false;
                const qsizetype index = path.mid(start, i - start).toLongLong(&ok);
                if (!ok)
                    return std::unexpected(
                        QCoreApplication::translate("Gregor::Records",
                                                    "The index at character %1 of the path is too large.")
                            .arg(start));
                result.m_steps.append(index);
                ++i;
            }
        } else {
            return std::unexpected(
                QCoreApplication::translate(
                    "Gregor::Records",
                    "Unexpected \"%1\" at character %2 of the path: use .name or [n] steps.")
                    .arg(c)
                    .arg(i));
        }
    }
    return result;
}

QJsonValue JsonPath::resolve(const QJsonValue &root) const
{
    QJsonValue current = root;
    for (const Step &step : m_steps) {
        if (const QString *name = std::get_if<QString>(&step)) {
            if (!current.isObject())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toObject().value(*name);
        } else {
            const qsizetype index = std::get<qsizetype>(step);
            if (!current.isArray() || index >= current.toArray().size())
                return QJsonValue(QJsonValue::Undefined);
            current = current.toArray().at(index);
        }
        if (current.isUndefined())
            return current;
    }
    return current;
}

QString JsonPath::lastName() const
{
    for (auto it = m_steps.crbegin(); it != m_steps.crend(); ++it) {
        if (const QString *name = std::get_if<QString>(&*it))
            return *name;
    }
    return {};
}

} // namespace Gregor
