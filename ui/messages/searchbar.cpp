// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Gregor {

SearchBar::SearchBar(QWidget *parent)
    : QWidget(parent)
    , m_debounce(new QTimer(this))
{
    setObjectName(u"searchBar"_s);
    m_query = new QLineEdit(this);
    m_query->setObjectName(u"searchQuery"_s);
    m_query->setClearButtonEnabled(true);
    m_query->setPlaceholderText(
        tr("Search loaded records (Ctrl+F): text, a regular expression, or $.user.id == 42"));
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"searchMode"_s);
    for (auto mode : {FilterSpec::Mode::Text, FilterSpec::Mode::Regex, FilterSpec::Mode::JsonField})
        m_mode->addItem(filterModeName(mode), QVariant::fromValue(mode));
    m_scope = new QComboBox(this);
    m_scope->setObjectName(u"searchScope"_s);
    for (auto scope : {FilterSpec::Scope::Any, FilterSpec::Scope::Key, FilterSpec::Scope::Value,
                       FilterSpec::Scope::Header})
        m_scope->addItem(filterScopeName(scope), QVariant::fromValue(scope));
    // The query gets the room: the choices elide rather than squeezing it (longer languages).
    m_query->setMinimumWidth(m_query->fontMetrics().averageCharWidth() * 16);
    for (QComboBox *choice : {m_mode, m_scope}) {
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(8);
    }
    m_header = new QLineEdit(this);
    m_header->setObjectName(u"searchHeader"_s);
    m_header->setPlaceholderText(tr("header name"));
    m_header->setMaximumWidth(140);
    m_header->hide();
    m_status = new QLabel(this);
    m_status->setObjectName(u"searchStatus"_s);
    m_status->setMinimumWidth(160);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_query, 1);
    layout->addWidget(m_mode);
    layout->addWidget(m_scope);
    layout->addWidget(m_header);
    layout->addWidget(m_status);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(350);
    connect(m_debounce, &QTimer::timeout, this, &SearchBar::apply);
    connect(m_query, &QLineEdit::textEdited, m_debounce, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, &SearchBar::apply);
    connect(m_query, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) // the clear button
            apply();
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, &SearchBar::apply);
    connect(m_scope, &QComboBox::currentIndexChanged, this, [this] {
        m_header->setVisible(m_scope->currentData().value<FilterSpec::Scope>() == FilterSpec::Scope::Header);
        apply();
    });
    connect(m_header, &QLineEdit::editingFinished, this, &SearchBar::apply);
}

void SearchBar::setQuery(const QString &query, FilterSpec::Mode mode, FilterSpec::Scope scope,
                         const QString &headerName)
{
    const QSignalBlocker blockMode(m_mode), blockScope(m_scope);
    m_mode->setCurrentIndex(m_mode->findData(QVariant::fromValue(mode)));
    m_scope->setCurrentIndex(m_scope->findData(QVariant::fromValue(scope)));
    m_header->setVisible(scope == FilterSpec::Scope::Header);
    m_header->setText(headerName);
    m_query->setText(query);
    apply();
}

void SearchBar::apply()
{
    m_debounce->stop();
    const QString query = m_query->text().trimmed();
    if (query.isEmpty()) {
        m_status->clear();
        Q_EMIT filterCleared();
        return;
    }
    const auto spec =
        FilterSpec::parse(query, m_mode->currentData().value<FilterSpec::Mode>(),
                          m_scope->currentData().value<FilterSpec::Scope>(), m_header->text().trimmed());
    if (!spec) {
        m_status->setText(spec.error());
        return;
    }
    auto matcher = RecordMatcher::create(*spec);
    if (!matcher) {
        m_status->setText(matcher.error());
        return;
    }
    m_status->setText(tr("Searching…"));
    Q_EMIT filterRequested(*matcher);
}

void SearchBar::focusQuery()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void SearchBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

} // namespace Gregor
