// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QJsonValue>
#include <QList>
#include <QString>

#include <expected>
#include <variant>

namespace Gregor {

// A JSON field path as the filter takes it: $ then .name, ["name"] or [n] steps.
class JsonPath
{
public:
    using Step = std::variant<QString, qsizetype>; // object member or array index

    static std::expected<JsonPath, QString> parse(const QString &text);

    const QList<Step> &steps() const { return m_steps; }
    // The value at the path, or Undefined when a step is missing.
    QJsonValue resolve(const QJsonValue &root) const;
    // The last member name on the path (for a quick pre-check of raw bytes), empty when none.
    QString lastName() const;

private:
    QList<Step> m_steps;
};

} // namespace Gregor
