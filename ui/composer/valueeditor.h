// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/compose/jsoncheck.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPlainTextEdit;
class QTimer;

namespace KSyntaxHighlighting {
class SyntaxHighlighter;
}

namespace Gregor {

// The composer's value: a plain-text editor highlighted by KSyntaxHighlighting (JSON, XML or
// plain), JSON checked as you type off the GUI thread (the newest text wins; an older answer
// never lands), the error's position underlined and said in one line below, the size in bytes.
class ValueEditor : public QWidget
{
    Q_OBJECT
public:
    enum class Syntax
    {
        Json,
        Xml,
        Plain,
    };
    Q_ENUM(Syntax)

    explicit ValueEditor(QWidget *parent = nullptr);
    ~ValueEditor() override;

    QPlainTextEdit *editor() const { return m_editor; }
    QString text() const;
    void setText(const QString &text); // replaces the text (undo stays possible)
    QByteArray bytes() const;          // UTF-8 of the text

    Syntax syntax() const { return m_syntax; }
    void setSyntax(Syntax syntax); // re-highlights; a JSON check only while Json

    // The last finished check of the current text: nullopt when it is valid JSON, when the
    // syntax is not Json, or while a check of newer text is still running (see isChecking()).
    std::optional<JsonProblem> jsonProblem() const { return m_problem; }
    bool isChecking() const { return m_checking; }

    // Rewrite the text as indented / one-line JSON (nothing happens for invalid JSON; the
    // problem line says why). One undo step each.
    void prettyPrint();
    void compact();

Q_SIGNALS:
    void textChanged();             // every edit, including setText
    void jsonProblemChanged();      // a check finished (problem appeared, moved or went away)
    void sizeChanged(qint64 bytes); // UTF-8 size of the text

private:
    void edited();
    void scheduleCheck();
    void startCheck();
    void showProblem();
    void updateHighlighting(qsizetype length);
    void reformat(bool pretty);
    void applyReformatted(const std::optional<QString> &text, quint64 revision);

    QPlainTextEdit *m_editor;
    QLabel *m_problemLabel;
    QLabel *m_sizeLabel;
    QTimer *m_debounce;
    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter = nullptr;
    Syntax m_syntax = Syntax::Json;
    std::optional<JsonProblem> m_problem;
    bool m_checking = false;
    quint64 m_generation = 0; // of checks: an answer lands only while it is the newest
    quint64 m_revision = 0;   // of the text: a reformat lands only on the text it was made from
    qint64 m_size = 0;
    QString m_text; // as of the last edit
};

} // namespace Gregor
