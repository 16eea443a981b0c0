// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "highlightruledialog.h"

#include "ui/common/colordot.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

HighlightRuleDialog::HighlightRuleDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"highlightRuleDialog"_s);
    setWindowTitle(tr("Highlight rows"));
    m_query = new QLineEdit(this);
    m_query->setObjectName(u"highlightQuery"_s);
    m_query->setPlaceholderText(tr("text, a regular expression, or $.level == \"ERROR\""));
    m_query->setMinimumWidth(320);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"highlightMode"_s);
    for (auto mode : {FilterSpec::Mode::Text, FilterSpec::Mode::Regex, FilterSpec::Mode::JsonField})
        m_mode->addItem(filterModeName(mode), int(mode));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"highlightScope"_s);
    for (auto scope : {FilterSpec::Scope::Any, FilterSpec::Scope::Key, FilterSpec::Scope::Value,
                       FilterSpec::Scope::Header})
        m_scope->addItem(filterScopeName(scope), int(scope));
    m_header = new QLineEdit(this);
    m_header->setObjectName(u"highlightHeader"_s);
    m_header->setPlaceholderText(tr("header name"));
    m_header->hide();
    m_color = new QComboBox(this);
    m_color->setObjectName(u"highlightColor"_s);
    for (const auto &[name, color] : highlightPalette())
        m_color->addItem(colorDotIcon(QColor::fromString(color)), name, color);
    m_label = new QLineEdit(this);
    m_label->setObjectName(u"highlightLabel"_s);
    m_label->setPlaceholderText(tr("shown in the row's tooltip; empty: the rule itself"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"highlightProblem"_s);
    m_problem->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);

    auto *matchRow = new QHBoxLayout;
    matchRow->addWidget(m_query, 1);
    matchRow->addWidget(m_mode);
    matchRow->addWidget(m_scope);
    matchRow->addWidget(m_header);
    auto *form = new QFormLayout;
    form->addRow(tr("Match:"), matchRow);
    form->addRow(tr("Color:"), m_color);
    form->addRow(tr("Label:"), m_label);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_header->setVisible(FilterSpec::Scope(m_scope->currentData().toInt()) == FilterSpec::Scope::Header);
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &HighlightRuleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &HighlightRuleDialog::reject);
}

void HighlightRuleDialog::setQuery(const QString &query, FilterSpec::Mode mode, FilterSpec::Scope scope)
{
    m_query->setText(query);
    m_mode->setCurrentIndex(m_mode->findData(int(mode)));
    m_scope->setCurrentIndex(m_scope->findData(int(scope)));
}

void HighlightRuleDialog::setColorIndex(int index)
{
    m_color->setCurrentIndex(index);
}

void HighlightRuleDialog::accept()
{
    const QString query = m_query->text().trimmed();
    if (query.isEmpty()) {
        m_problem->setText(tr("Type what the rows to color contain."));
        return;
    }
    const auto spec =
        FilterSpec::parse(query, FilterSpec::Mode(m_mode->currentData().toInt()),
                          FilterSpec::Scope(m_scope->currentData().toInt()), m_header->text().trimmed());
    if (!spec) {
        m_problem->setText(spec.error());
        return;
    }
    if (auto matcher = RecordMatcher::create(*spec); !matcher) {
        m_problem->setText(matcher.error());
        return;
    }
    const QString label = m_label->text().trimmed();
    Q_EMIT ruleAccepted({*spec, m_color->currentData().toString(), label.isEmpty() ? query : label});
    QDialog::accept();
}

} // namespace Gregor
