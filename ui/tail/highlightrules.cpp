// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightrules.h"

#include "highlightruledialog.h"
#include "ui/common/colordot.h"

#include <QJsonObject>
#include <QMenu>

using namespace Qt::StringLiterals;

namespace Gregor {

QList<std::pair<QString, QString>> highlightPalette()
{
    return {{QObject::tr("Amber"), u"#fdbc4b"_s},  {QObject::tr("Red"), u"#da4453"_s},
            {QObject::tr("Green"), u"#27ae60"_s},  {QObject::tr("Blue"), u"#3daee9"_s},
            {QObject::tr("Purple"), u"#9b59b6"_s}, {QObject::tr("Grey"), u"#95a5a6"_s}};
}

std::optional<HighlightRule> HighlightRuleSpec::compile() const
{
    auto matcher = RecordMatcher::create(spec);
    if (!matcher)
        return std::nullopt;
    return HighlightRule{*matcher, colorName, label};
}

QJsonObject HighlightRuleSpec::toJson() const
{
    return {{u"mode"_s, int(spec.mode)},    {u"scope"_s, int(spec.scope)}, {u"query"_s, spec.query},
            {u"header"_s, spec.headerName}, {u"color"_s, colorName},       {u"label"_s, label}};
}

std::optional<HighlightRuleSpec> HighlightRuleSpec::fromJson(const QJsonObject &json)
{
    const int mode = json.value("mode"_L1).toInt();
    const int scope = json.value("scope"_L1).toInt();
    if (mode < 0 || mode > int(FilterSpec::Mode::JsonField) || scope < 0 ||
        scope > int(FilterSpec::Scope::Header))
        return std::nullopt;
    auto spec = FilterSpec::parse(json.value("query"_L1).toString(), FilterSpec::Mode(mode),
                                  FilterSpec::Scope(scope), json.value("header"_L1).toString());
    const QString color = json.value("color"_L1).toString();
    if (!spec || !QColor::fromString(color).isValid())
        return std::nullopt;
    return HighlightRuleSpec{*spec, color, json.value("label"_L1).toString()};
}

HighlightButton::HighlightButton(QWidget *parent)
    : QPushButton(parent)
{
    setObjectName(u"tailHighlight"_s);
    setText(tr("Highlight"));
    setIcon(QIcon::fromTheme(u"format-fill-color"_s));
    setToolTip(tr("Color the rows that match a rule"));
    auto *menu = new QMenu(this);
    menu->setObjectName(u"tailHighlightMenu"_s);
    connect(menu, &QMenu::aboutToShow, this, &HighlightButton::fillMenu);
    setMenu(menu);
    fillMenu();
}

void HighlightButton::fillMenu()
{
    QMenu *m = menu();
    m->clear();
    m->addAction(QIcon::fromTheme(u"list-add"_s), tr("Add a rule…"), this, [this] { openEditor(); });
    if (m_rules.isEmpty())
        return;
    m->addSeparator();
    for (qsizetype i = 0; i < m_rules.size(); ++i) {
        const HighlightRuleSpec &rule = m_rules.at(i);
        QMenu *sub = m->addMenu(colorDotIcon(QColor::fromString(rule.colorName)),
                                rule.label.isEmpty() ? rule.spec.query : rule.label);
        sub->setToolTip(u"%1: %2"_s.arg(filterModeName(rule.spec.mode), rule.spec.query));
        sub->addAction(tr("Remove"), this, [this, rule] {
            m_rules.removeOne(rule);
            Q_EMIT rulesChanged();
        });
    }
    m->addSeparator();
    m->addAction(tr("Remove all rules"), this, [this] { setRules({}); });
}

void HighlightButton::setRules(const QList<HighlightRuleSpec> &rules)
{
    if (rules == m_rules)
        return;
    m_rules = rules;
    Q_EMIT rulesChanged();
}

void HighlightButton::addRule(const HighlightRuleSpec &rule)
{
    m_rules.append(rule);
    Q_EMIT rulesChanged();
}

QJsonArray HighlightButton::rulesJson() const
{
    QJsonArray array;
    for (const HighlightRuleSpec &rule : m_rules)
        array.append(rule.toJson());
    return array;
}

void HighlightButton::setRulesJson(const QJsonArray &json)
{
    QList<HighlightRuleSpec> rules;
    for (const QJsonValue &value : json)
        if (auto rule = HighlightRuleSpec::fromJson(value.toObject()))
            rules.append(*rule);
    setRules(rules);
}

void HighlightButton::openEditor(const QString &query, FilterSpec::Mode mode, FilterSpec::Scope scope)
{
    auto *dialog = new HighlightRuleDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setQuery(query, mode, scope);
    // The next color not used yet, so rules added one after another stay apart.
    const auto palette = highlightPalette();
    for (qsizetype i = 0; i < palette.size(); ++i) {
        const bool used = std::ranges::any_of(
            m_rules, [&](const HighlightRuleSpec &r) { return r.colorName == palette.at(i).second; });
        if (!used) {
            dialog->setColorIndex(int(i));
            break;
        }
    }
    connect(dialog, &HighlightRuleDialog::ruleAccepted, this, &HighlightButton::addRule);
    dialog->open();
}

} // namespace Gregor
