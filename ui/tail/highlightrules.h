// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/records/filterspec.h"
#include "core/tail/highlightrule.h"

#include <QJsonArray>
#include <QList>
#include <QPushButton>

#include <optional>

namespace Gregor {

// A highlight rule as the user made it: what to match, the color and the legend's label.
// Compiled into a HighlightRule for the model; stored with the tail as JSON.
struct HighlightRuleSpec
{
    FilterSpec spec;
    QString colorName;
    QString label;

    std::optional<HighlightRule> compile() const; // nullopt when the spec no longer compiles
    QJsonObject toJson() const;
    static std::optional<HighlightRuleSpec> fromJson(const QJsonObject &json);
    friend bool operator==(const HighlightRuleSpec &, const HighlightRuleSpec &) = default;
};

// The short palette rules pick from: (name shown, color).
QList<std::pair<QString, QString>> highlightPalette();

// "Highlight…": a menu to add a rule (a small dialog), see the rules with their colors, and
// remove one or all of them.
class HighlightButton : public QPushButton
{
    Q_OBJECT
public:
    explicit HighlightButton(QWidget *parent = nullptr);

    const QList<HighlightRuleSpec> &rules() const { return m_rules; }
    void setRules(const QList<HighlightRuleSpec> &rules);
    void addRule(const HighlightRuleSpec &rule);
    QJsonArray rulesJson() const;
    void setRulesJson(const QJsonArray &json);
    // Opens the dialog, prefilled (e.g. with a record's key).
    void openEditor(const QString &query = {}, FilterSpec::Mode mode = FilterSpec::Mode::Text,
                    FilterSpec::Scope scope = FilterSpec::Scope::Any);

Q_SIGNALS:
    void rulesChanged();

private:
    void fillMenu();

    QList<HighlightRuleSpec> m_rules;
};

} // namespace Gregor
