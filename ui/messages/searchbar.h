// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/records/recordmatcher.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace Gregor {

// Search over everything loaded: text, regular expression or a JSON field test, anywhere or in
// the key, the value or one header. Applies after a pause in typing or on Enter.
class SearchBar : public QWidget
{
    Q_OBJECT
public:
    explicit SearchBar(QWidget *parent = nullptr);

    void setQuery(const QString &query, FilterSpec::Mode mode,
                  FilterSpec::Scope scope = FilterSpec::Scope::Any, const QString &headerName = {});
    void apply();
    void focusQuery();
    void setStatus(const QString &text);

Q_SIGNALS:
    void filterRequested(const Gregor::RecordMatcher &matcher);
    void filterCleared();

private:
    QLineEdit *m_query;
    QComboBox *m_mode;
    QComboBox *m_scope;
    QLineEdit *m_header;
    QLabel *m_status;
    QTimer *m_debounce;
};

} // namespace Gregor
