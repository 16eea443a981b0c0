// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "highlightrules.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Gregor {

// A new highlight rule: what to match (text, regular expression or a JSON field test, anywhere
// or in the key, value or one header), a color from the short palette and a label. A rule that
// does not parse keeps the dialog open with the reason in one sentence.
class HighlightRuleDialog : public QDialog
{
    Q_OBJECT
public:
    explicit HighlightRuleDialog(QWidget *parent = nullptr);

    void setQuery(const QString &query, FilterSpec::Mode mode, FilterSpec::Scope scope);
    void setColorIndex(int index);
    QLabel *problem() const { return m_problem; }
    void accept() override;

Q_SIGNALS:
    void ruleAccepted(const Gregor::HighlightRuleSpec &rule);

private:
    QLineEdit *m_query;
    QComboBox *m_mode;
    QComboBox *m_scope;
    QLineEdit *m_header;
    QComboBox *m_color;
    QLineEdit *m_label;
    QLabel *m_problem;
};

} // namespace Gregor
