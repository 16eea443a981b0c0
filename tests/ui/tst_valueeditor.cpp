// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The composer's value editor: JSON checked off the GUI thread as you type (only the newest
// answer lands), the error underlined and said below, XML and plain text left alone, pretty /
// compact as one undo step each, the size in bytes, and megabyte values that keep it responsive.
#include "tests/support/testsupport.h"
#include "ui/composer/valueeditor.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/SyntaxHighlighter>

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTextDocument>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;
using namespace Gregor;

namespace {

QLabel *problemLabel(const ValueEditor &editor)
{
    return editor.findChild<QLabel *>(u"valueProblem"_s);
}

QLabel *sizeLabel(const ValueEditor &editor)
{
    return editor.findChild<QLabel *>(u"valueSize"_s);
}

QString highlighting(const ValueEditor &editor)
{
    const auto *highlighter =
        editor.editor()->document()->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    return highlighter && highlighter->definition().isValid() ? highlighter->definition().name() : QString();
}

// About `bytes` of pretty JSON, one member per line.
QString largeJson(qsizetype bytes)
{
    QString text = u"[\n"_s;
    for (int i = 0; text.size() < bytes; ++i)
        text += u"  {\"id\": %1, \"name\": \"customer %1\", \"tags\": [\"a\", \"b\"]},\n"_s.arg(i);
    text += u"  {}\n]"_s;
    return text;
}

} // namespace

class Tst_valueeditor : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Group separators in the size label, whatever the machine's locale.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void widgets()
    {
        ValueEditor editor;
        QCOMPARE(editor.findChild<QPlainTextEdit *>(u"valueEditor"_s), editor.editor());
        QVERIFY(problemLabel(editor));
        QVERIFY(sizeLabel(editor));
        QVERIFY(editor.editor()->tabChangesFocus());
        QVERIFY(QFontInfo(editor.editor()->font()).fixedPitch());
        QCOMPARE(editor.syntax(), ValueEditor::Syntax::Json);
        QCOMPARE(highlighting(editor), u"JSON"_s);
    }

    void typingInvalidJsonShowsTheProblem()
    {
        ValueEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.editor()->setFocus();
        QSignalSpy landed(&editor, &ValueEditor::jsonProblemChanged);
        QTest::keyClicks(editor.editor(), u"{\"a\": 1 \"b\": 2}"_s);
        QVERIFY(editor.isChecking());
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(landed.count() >= 1);
        QVERIFY(editor.jsonProblem());
        QCOMPARE(editor.jsonProblem()->line, 1);
        QCOMPARE(editor.jsonProblem()->column, 9);
        QCOMPARE(problemLabel(editor)->text(), u"Line 1, column 9: missing comma after an object member."_s);

        // The underline sits on the character the problem names.
        const QList<QTextEdit::ExtraSelection> marks = editor.editor()->extraSelections();
        QCOMPARE(marks.size(), 1);
        QCOMPARE(marks[0].cursor.selectionStart(), 8);
        QCOMPARE(marks[0].cursor.selectedText(), u"\""_s);
        QCOMPARE(marks[0].format.underlineStyle(), QTextCharFormat::WaveUnderline);

        // Fixing it: the problem, the sentence and the underline go.
        QTextCursor cursor = editor.editor()->textCursor();
        cursor.setPosition(7);
        editor.editor()->setTextCursor(cursor);
        QTest::keyClick(editor.editor(), ',');
        QCOMPARE(editor.text(), u"{\"a\": 1, \"b\": 2}"_s);
        QVERIFY(editor.isChecking());
        QVERIFY(!editor.jsonProblem());
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(!editor.jsonProblem());
        QVERIFY(problemLabel(editor)->text().isEmpty());
        QVERIFY(editor.editor()->extraSelections().isEmpty());
    }

    void multiLineProblem()
    {
        ValueEditor editor;
        editor.setText(u"{\n  \"name\": \"Jürgen 😀\",\n  \"tags\": [\"a\" \"b\"]\n}"_s);
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(editor.jsonProblem());
        QCOMPARE(editor.jsonProblem()->line, 3);
        QCOMPARE(editor.jsonProblem()->column, 16);
        QCOMPARE(problemLabel(editor)->text(), u"Line 3, column 16: missing comma between array elements."_s);
        const QList<QTextEdit::ExtraSelection> marks = editor.editor()->extraSelections();
        QCOMPARE(marks.size(), 1);
        // Column 16 of line 3 is the quote of "b", past the emoji's two UTF-16 units.
        QCOMPARE(marks[0].cursor.selectedText(), u"\""_s);
        QCOMPARE(marks[0].cursor.selectionStart(), int(editor.text().indexOf(u"\"b\"")));

        // A bracket missing at the end: the last character is underlined, not past the text.
        editor.setText(u"[1, 2\n"_s);
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(editor.jsonProblem());
        QCOMPARE(editor.editor()->extraSelections().size(), 1);
        QCOMPARE(editor.editor()->extraSelections()[0].cursor.selectedText(), u"2"_s);
    }

    void highlightingIsNoEdit()
    {
        // KSyntaxHighlighting re-highlights the following line later when a line's end state
        // changes, and QPlainTextEdit reports that as textChanged: none of it is an edit.
        ValueEditor editor;
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setText(u"{\n  \"a\": [\n    1\n  ]\n}"_s);
        QTRY_VERIFY(!editor.isChecking());
        QSignalSpy changed(&editor, &ValueEditor::textChanged);
        QSignalSpy landed(&editor, &ValueEditor::jsonProblemChanged);
        QTextCursor cursor(editor.editor()->document());
        cursor.setPosition(int(editor.text().indexOf(u'[')) + 1);
        editor.editor()->setTextCursor(cursor);
        editor.editor()->setFocus();
        QTest::keyClick(editor.editor(), '{'); // opens a region: the next lines re-highlight
        QCOMPARE(changed.count(), 1);
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(editor.jsonProblem());
        QCoreApplication::processEvents();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(landed.count(), 1);
        QVERIFY(!editor.isChecking());
    }

    void emptyTextIsAProblem()
    {
        ValueEditor editor;
        QVERIFY(editor.isChecking());
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(editor.jsonProblem());
        QCOMPARE(problemLabel(editor)->text(), u"Line 1, column 1: the value is empty."_s);
    }

    void staleAnswersNeverLand()
    {
        ValueEditor editor;
        QList<std::optional<JsonProblem>> landed;
        connect(&editor, &ValueEditor::jsonProblemChanged, &editor,
                [&] { landed.append(editor.jsonProblem()); });

        // Within the delay only the newest text is checked at all.
        editor.setText(u"{\"a\": }"_s);
        editor.setText(u"{\"a\": 1}"_s);
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(!editor.jsonProblem());

        // A check of the invalid text is already running (its delay is over) when the valid
        // text arrives: that answer must be dropped, even when it comes first.
        landed.clear();
        QString invalid = largeJson(3 * 1024 * 1024);
        invalid.chop(1);
        auto *delay = editor.findChild<QTimer *>(u"valueCheckDelay"_s);
        QVERIFY(delay);
        editor.setText(invalid);
        QVERIFY(delay->isActive());
        QTRY_VERIFY(!delay->isActive());
        QVERIFY(editor.isChecking());
        editor.setText(u"[true]"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isChecking(), 20000);
        QVERIFY(!editor.jsonProblem());
        QVERIFY(problemLabel(editor)->text().isEmpty());
        for (const auto &problem : std::as_const(landed))
            QVERIFY2(!problem, problem ? qPrintable(problem->sentence()) : "");
    }

    void otherSyntaxesAreNotChecked()
    {
        ValueEditor editor;
        editor.setText(u"{\"a\": "_s);
        QTRY_VERIFY(editor.jsonProblem());
        QVERIFY(!problemLabel(editor)->text().isEmpty());

        QSignalSpy landed(&editor, &ValueEditor::jsonProblemChanged);
        QSignalSpy changed(&editor, &ValueEditor::textChanged);
        editor.setSyntax(ValueEditor::Syntax::Xml);
        QCOMPARE(highlighting(editor), u"XML"_s);
        QCOMPARE(changed.count(), 0); // re-highlighting is no edit
        QVERIFY(!editor.jsonProblem());
        QVERIFY(!editor.isChecking());
        QCOMPARE(landed.count(), 1); // the problem went away
        QVERIFY(problemLabel(editor)->text().isEmpty());
        QVERIFY(editor.editor()->extraSelections().isEmpty());

        editor.setText(u"<a><b></a>"_s);
        QVERIFY(!editor.isChecking());
        QVERIFY(!editor.jsonProblem());
        editor.prettyPrint();
        QCOMPARE(editor.text(), u"<a><b></a>"_s);

        editor.setSyntax(ValueEditor::Syntax::Plain);
        QCOMPARE(highlighting(editor), QString());
        QVERIFY(!editor.isChecking());

        // Back to JSON: checked at once.
        editor.setSyntax(ValueEditor::Syntax::Json);
        QCOMPARE(highlighting(editor), u"JSON"_s);
        QVERIFY(editor.isChecking());
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(editor.jsonProblem());
        QCOMPARE(editor.jsonProblem()->message, u"expected a value, found '<'"_s);
    }

    void prettyAndCompactAreOneUndoStepEach()
    {
        ValueEditor editor;
        const QString original = u"{\"zebra\":1,\"apple\":[1.50e3,{}],\"mango\":{\"k\":\"v\"}}"_s;
        editor.setText(original);
        QSignalSpy changed(&editor, &ValueEditor::textChanged);
        editor.prettyPrint();
        QCOMPARE(editor.text(), u"{\n  \"zebra\": 1,\n  \"apple\": [\n    1.50e3,\n    {}\n  ],\n"
                                u"  \"mango\": {\n    \"k\": \"v\"\n  }\n}"_s);
        QVERIFY(changed.count() >= 1);
        editor.editor()->undo();
        QCOMPARE(editor.text(), original);
        editor.editor()->redo();
        editor.compact();
        QCOMPARE(editor.text(), original);
        editor.editor()->undo();
        QVERIFY(editor.text().contains(u"\n  \"zebra\": 1,"_s));
        editor.editor()->redo();
        QCOMPARE(editor.text(), original);

        // Already compact: nothing happens, not even an undo step.
        const int steps = editor.editor()->document()->availableUndoSteps();
        editor.compact();
        QCOMPARE(editor.text(), original);
        QCOMPARE(editor.editor()->document()->availableUndoSteps(), steps);
    }

    void reformattingInvalidJsonSaysWhy()
    {
        ValueEditor editor;
        editor.setText(u"{\"a\": [1, 2}"_s);
        QVERIFY(editor.isChecking());
        editor.prettyPrint();
        QCOMPARE(editor.text(), u"{\"a\": [1, 2}"_s);
        QTRY_VERIFY(editor.jsonProblem());
        QCOMPARE(problemLabel(editor)->text(),
                 u"Line 1, column 12: expected , or ] after an array element, found '}'."_s);
    }

    void size()
    {
        ValueEditor editor;
        QCOMPARE(sizeLabel(editor)->text(), u"0 bytes"_s);
        QSignalSpy sized(&editor, &ValueEditor::sizeChanged);
        QSignalSpy changed(&editor, &ValueEditor::textChanged);
        editor.setText(u"\"héllo 😀\""_s);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(sized.count(), 1);
        QCOMPARE(sized.last().at(0).toLongLong(), qint64(13)); // é two bytes, the emoji four
        QCOMPARE(editor.bytes(), "\"h\xC3\xA9llo \xF0\x9F\x98\x80\""_ba);
        QCOMPARE(sizeLabel(editor)->text(), u"13 bytes"_s);

        editor.setText(QString(1234, u'x'));
        QCOMPARE(sized.last().at(0).toLongLong(), qint64(1234));
        QCOMPARE(sizeLabel(editor)->text(), u"1,234 bytes"_s);
        editor.setText(u"7"_s);
        QCOMPARE(sizeLabel(editor)->text(), u"1 byte"_s);
        editor.setText(QString(20000, u'1'));
        QCOMPARE(sizeLabel(editor)->text(), u"20,000 bytes (19.5 kB)"_s);

        // Typing changes it too; the same size again is no news.
        editor.setText(u"12"_s);
        sized.clear();
        editor.editor()->moveCursor(QTextCursor::End);
        QTest::keyClick(editor.editor(), '3');
        QCOMPARE(sized.count(), 1);
        QCOMPARE(sized.last().at(0).toLongLong(), qint64(3));
        editor.setText(u"456"_s);
        QCOMPARE(sized.count(), 1);
    }

    void largeValue()
    {
        ValueEditor editor;
        editor.resize(600, 300);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        const QString json = largeJson(4 * 1024 * 1024);

        QElapsedTimer timer;
        timer.start();
        editor.setText(json);
        const qint64 setTextMs = timer.elapsed();
        qInfo("setText of %lld characters took %lld ms", qlonglong(json.size()), setTextMs);
        QCOMPARE(highlighting(editor), QString()); // too large to highlight
        QVERIFY(editor.isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isChecking(), 20000);
        QVERIFY(!editor.jsonProblem());

        // One key in the middle of it: the check finds the stray character.
        QTextCursor cursor(editor.editor()->document());
        cursor.setPosition(int(json.indexOf(u"\"id\": 5000,")));
        editor.editor()->setTextCursor(cursor);
        editor.editor()->setFocus();
        timer.restart();
        QTest::keyClick(editor.editor(), 'x');
        qInfo("a key in the large value took %lld ms", timer.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(!editor.isChecking(), 20000);
        QVERIFY(editor.jsonProblem());
        QCOMPARE(editor.jsonProblem()->line, 5002);
        QCOMPARE(editor.jsonProblem()->column, 4);

        // Back to a small value: highlighted again.
        editor.setText(u"{}"_s);
        QCOMPARE(highlighting(editor), u"JSON"_s);
    }

    void largeReformatRunsOnAWorker()
    {
        ValueEditor editor;
        const QString json = largeJson(1024 * 1024);
        editor.setText(json);
        editor.compact();
        QCOMPARE(editor.text(), json); // not yet: the worker has it
        QTRY_VERIFY_WITH_TIMEOUT(!editor.text().contains(u'\n'), 20000);
        QVERIFY(editor.text().startsWith(u"[{\"id\":0,\"name\":\"customer 0\",\"tags\":[\"a\",\"b\"]},"_s));
        editor.editor()->undo();
        QCOMPARE(editor.text(), json);

        // Typed over while the worker ran: its result is dropped.
        editor.prettyPrint(); // already pretty: nothing to land either way
        editor.compact();
        editor.setText(u"[1]"_s);
        QTRY_VERIFY(!editor.isChecking());
        // Let both workers finish and their answers arrive.
        QVERIFY(QThreadPool::globalInstance()->waitForDone(20000));
        QCoreApplication::processEvents();
        QCOMPARE(editor.text(), u"[1]"_s);
    }

    void tabOrder()
    {
        QWidget dialog;
        auto *layout = new QVBoxLayout(&dialog);
        auto *key = new QLineEdit(&dialog);
        key->setObjectName(u"key"_s);
        auto *editor = new ValueEditor(&dialog);
        auto *send = new QPushButton(u"Send"_s, &dialog);
        send->setObjectName(u"send"_s);
        layout->addWidget(key);
        layout->addWidget(editor);
        layout->addWidget(send);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QList<QWidget *> chain = Test::tabChain(key);
        QCOMPARE(chain, (QList<QWidget *>{key, editor->editor(), send}));
        const QString problems = Test::tabOrderProblems(chain);
        QVERIFY2(problems.isEmpty(), qPrintable(problems));
    }

    void snapshot()
    {
        ValueEditor editor;
        editor.resize(600, 300);
        editor.setText(
            u"{\n  \"id\": 42,\n  \"customer\": \"Jürgen\",\n  \"items\": [\n    {\"sku\": \"A-1\", "
            u"\"qty\": 2}\n    {\"sku\": \"B-7\", \"qty\": 1}\n  ],\n  \"paid\": true\n}"_s);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QTRY_VERIFY(!editor.isChecking());
        QVERIFY(editor.jsonProblem());
        QCOMPARE(editor.jsonProblem()->line, 6);
        SAVE_SNAPSHOT(&editor, u"valueeditor-json-error"_s);
    }
};

QTEST_MAIN(Tst_valueeditor)
#include "tst_valueeditor.moc"
