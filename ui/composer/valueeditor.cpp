// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "valueeditor.h"

#include "core/compose/templatevariables.h"

#include "ui/common/syntax.h"

#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QFontDatabase>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {

// Long enough that typing does not start a check per key, short enough to feel immediate.
constexpr int CheckDelayMs = 150;
// Highlighting megabytes would stall the GUI thread at every change; the detail pane keeps large
// values plain for the same reason.
constexpr qsizetype HighlightLimit = 512 * 1024;
// Reformatting less than this takes a few milliseconds even in a debug build; more goes to a worker.
constexpr qsizetype InlineReformatLimit = 256 * 1024;
// Gregor's error red (as in the profile dialog): readable on light and dark backgrounds.
constexpr QRgb ProblemRgb = 0xda4453;

QString sizeText(qint64 bytes)
{
    const QLocale locale;
    if (bytes == 1)
        return ValueEditor::tr("1 byte");
    QString text = ValueEditor::tr("%1 bytes").arg(locale.toString(bytes));
    // Exact bytes matter against a broker's size limit; the rounded size is easier to take in.
    if (bytes >= 10 * 1024)
        text += u" ("_s + locale.formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat) + u')';
    return text;
}

QString definitionFor(ValueEditor::Syntax syntax)
{
    switch (syntax) {
    case ValueEditor::Syntax::Json:
        return u"JSON"_s;
    case ValueEditor::Syntax::Xml:
        return u"XML"_s;
    case ValueEditor::Syntax::Plain:
        break;
    }
    return {};
}

} // namespace

ValueEditor::ValueEditor(QWidget *parent)
    : QWidget(parent)
    , m_editor(new QPlainTextEdit(this))
    , m_problemLabel(new QLabel(this))
    , m_sizeLabel(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_editor->setObjectName(u"valueEditor"_s);
    m_editor->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // A dialog around the editor keeps its tab order; values rarely need a literal tab.
    m_editor->setTabChangesFocus(true);
    setFocusProxy(m_editor);

    m_problemLabel->setObjectName(u"valueProblem"_s);
    m_problemLabel->setTextFormat(Qt::PlainText);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_problemLabel->setStyleSheet(u"color: #da4453"_s);
    m_sizeLabel->setObjectName(u"valueSize"_s);
    m_sizeLabel->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_sizeLabel->setText(sizeText(0));

    auto *status = new QHBoxLayout;
    status->addWidget(m_problemLabel, 1, Qt::AlignTop);
    status->addWidget(m_sizeLabel, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(status);

    m_debounce->setObjectName(u"valueCheckDelay"_s);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(CheckDelayMs);
    connect(m_debounce, &QTimer::timeout, this, &ValueEditor::startCheck);
    connect(m_editor, &QPlainTextEdit::textChanged, this, &ValueEditor::edited);

    updateHighlighting(0);
    // Even the empty text gets its answer, so jsonProblem() and isChecking() mean the same
    // thing from the start as after an edit.
    scheduleCheck();
}

// Workers hold copies of the text only, so one may finish after the editor is gone; its
// watcher went with the editor and nothing lands.
ValueEditor::~ValueEditor() = default;

QString ValueEditor::text() const
{
    return m_editor->toPlainText();
}

void ValueEditor::setText(const QString &text)
{
    // Switch to plain before a large text arrives: the highlighter would run over all of it
    // during the insertion, before edited() can react. (Back to highlighting happens in
    // edited(), after a small text has replaced the large one.)
    if (text.size() > HighlightLimit)
        updateHighlighting(text.size());
    // Through a cursor, not setPlainText(), which would clear the undo history.
    QTextCursor cursor(m_editor->document());
    cursor.beginEditBlock();
    cursor.select(QTextCursor::Document);
    cursor.insertText(text);
    cursor.endEditBlock();
    m_editor->moveCursor(QTextCursor::Start);
}

QByteArray ValueEditor::bytes() const
{
    return m_editor->toPlainText().toUtf8();
}

void ValueEditor::setSyntax(Syntax syntax)
{
    if (syntax == m_syntax)
        return;
    m_syntax = syntax;
    updateHighlighting(m_editor->document()->characterCount());
    if (m_syntax == Syntax::Json) {
        m_debounce->stop();
        startCheck();
        return;
    }
    // Drop any running check's answer: it was for JSON.
    ++m_generation;
    m_debounce->stop();
    m_checking = false;
    const bool hadProblem = m_problem.has_value();
    m_problem.reset();
    showProblem();
    if (hadProblem)
        Q_EMIT jsonProblemChanged();
}

void ValueEditor::prettyPrint()
{
    reformat(true);
}

void ValueEditor::compact()
{
    reformat(false);
}

void ValueEditor::edited()
{
    // QPlainTextEdit says textChanged for highlighting too (KSyntaxHighlighting re-highlights
    // the next line later when a line's end state changes): only a different text is an edit.
    QString text = m_editor->toPlainText();
    if (text == m_text)
        return;
    m_text = std::move(text);
    ++m_revision;
    // The answer for the text before this edit must not land, and there is none for this one yet.
    ++m_generation;
    m_problem.reset();
    updateHighlighting(m_editor->document()->characterCount());
    const qint64 size = m_text.toUtf8().size();
    const bool resized = size != m_size;
    if (resized) {
        m_size = size;
        m_sizeLabel->setText(sizeText(size));
    }
    scheduleCheck();
    // The underline and the sentence stay until the new answer lands: clearing them at every
    // key would make them flicker while typing.
    Q_EMIT textChanged();
    if (resized)
        Q_EMIT sizeChanged(size);
}

void ValueEditor::scheduleCheck()
{
    if (m_syntax != Syntax::Json)
        return;
    m_checking = true;
    m_debounce->start();
}

void ValueEditor::startCheck()
{
    if (m_syntax != Syntax::Json)
        return;
    const quint64 generation = ++m_generation;
    m_checking = true;
    using Watcher = QFutureWatcher<std::optional<JsonProblem>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_generation)
            return;
        m_problem = watcher->result();
        m_checking = false;
        showProblem();
        Q_EMIT jsonProblemChanged();
    });
    // The worker gets the text, not the document (which lives on this thread), and makes the
    // UTF-8 itself.
    // {{variables}} stand in for values only known when sending: checked as a number of the
    // same length, so {"n": {{seq}}} is fine and positions after it stay right.
    watcher->setFuture(
        QtConcurrent::run([text = m_text] { return checkJson(maskTemplateVariables(text.toUtf8())); }));
}

void ValueEditor::showProblem()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QTextDocument *document = m_editor->document();
    const qsizetype length = document->characterCount() - 1; // without the final paragraph end
    if (m_problem && length > 0) {
        // At the end of the text (a bracket missing) or on a line end there is no glyph to
        // underline: take the character before.
        qsizetype at = std::clamp(m_problem->offset, qsizetype(0), length - 1);
        if (at > 0 && document->characterAt(int(at)) == QChar::ParagraphSeparator &&
            document->characterAt(int(at - 1)) != QChar::ParagraphSeparator)
            --at;
        const bool pair = document->characterAt(int(at)).isHighSurrogate() && at + 1 < length;
        QTextEdit::ExtraSelection selection;
        selection.cursor = QTextCursor(m_editor->document());
        selection.cursor.setPosition(int(at));
        selection.cursor.setPosition(int(at + (pair ? 2 : 1)), QTextCursor::KeepAnchor);
        selection.format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        selection.format.setUnderlineColor(QColor(ProblemRgb));
        // A squiggle under one character is easy to miss; a faint tint finds it (also on a space).
        QColor tint(ProblemRgb);
        tint.setAlpha(60);
        selection.format.setBackground(tint);
        selections.append(selection);
    }
    m_editor->setExtraSelections(selections);
    m_problemLabel->setText(m_problem ? m_problem->sentence() : QString());
}

void ValueEditor::updateHighlighting(qsizetype length)
{
    m_highlighter = highlightDocument(m_editor->document(),
                                      length > HighlightLimit ? QString() : definitionFor(m_syntax));
}

void ValueEditor::reformat(bool pretty)
{
    if (m_syntax != Syntax::Json)
        return;
    const QString text = m_editor->toPlainText();
    const quint64 revision = m_revision;
    const auto run = [text, pretty]() -> std::optional<QString> {
        const QByteArray in = text.toUtf8();
        const QByteArray out = pretty ? prettyJson(in) : compactJson(in);
        if (out == in)
            return std::nullopt; // invalid, or already in that form
        return QString::fromUtf8(out);
    };
    if (text.size() < InlineReformatLimit) {
        applyReformatted(run(), revision);
        return;
    }
    using Watcher = QFutureWatcher<std::optional<QString>>;
    auto *watcher = new Watcher(this);
    connect(watcher, &Watcher::finished, this, [this, watcher, revision] {
        watcher->deleteLater();
        applyReformatted(watcher->result(), revision);
    });
    watcher->setFuture(QtConcurrent::run(run));
}

void ValueEditor::applyReformatted(const std::optional<QString> &text, quint64 revision)
{
    // Typed over while a worker reformatted: the result would undo that typing.
    if (revision != m_revision)
        return;
    if (text) {
        setText(*text);
        return;
    }
    // Nothing changed. If that is because the text is not JSON and the check has not answered
    // yet, answer now: the problem line is where the user looks to learn why.
    if (m_checking) {
        m_debounce->stop();
        startCheck();
    }
}

} // namespace Gregor
