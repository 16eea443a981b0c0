// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "diffdialog.h"

#include "core/codec/linediff.h"
#include "core/codec/valueformat.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>

using namespace Qt::StringLiterals;

namespace Gregor {

static QStringList prettyLines(const Record &record)
{
    return prettyPrinted(record.value, detectValueKind(record.value)).split(u'\n');
}

static QString title(const Record &record)
{
    return QObject::tr("%1 · partition %2 · offset %3")
        .arg(record.topic)
        .arg(record.partition)
        .arg(record.offset);
}

DiffDialog::DiffDialog(const Record &left, const Record &right, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"diffDialog"_s);
    setWindowTitle(tr("Compare values"));
    const auto makeView = [this](const QString &name) {
        auto *view = new QPlainTextEdit(this);
        view->setObjectName(name);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        return view;
    };
    m_left = makeView(u"diffLeft"_s);
    m_right = makeView(u"diffRight"_s);
    m_summary = new QLabel(this);
    m_summary->setObjectName(u"diffSummary"_s);

    const QStringList leftLines = prettyLines(left);
    const QStringList rightLines = prettyLines(right);
    const QList<DiffRow> rows = diffLines(leftLines, rightLines);
    // Aligned texts: a blank line stands where one side has no counterpart.
    QStringList leftText, rightText;
    QList<DiffRow::Kind> kinds;
    for (const DiffRow &row : rows) {
        leftText << (row.leftLine >= 0 ? leftLines.at(row.leftLine) : QString());
        rightText << (row.rightLine >= 0 ? rightLines.at(row.rightLine) : QString());
        kinds << row.kind;
        if (row.kind != DiffRow::Kind::Same)
            ++m_changed;
    }
    m_left->setPlainText(leftText.join(u'\n'));
    m_right->setPlainText(rightText.join(u'\n'));

    const auto mark = [&kinds](QPlainTextEdit *view, bool leftSide) {
        QList<QTextEdit::ExtraSelection> selections;
        QTextBlock block = view->document()->begin();
        for (qsizetype i = 0; i < kinds.size() && block.isValid(); ++i, block = block.next()) {
            QColor color;
            switch (kinds[i]) {
            case DiffRow::Kind::Same:
                continue;
            case DiffRow::Kind::Changed:
                color = QColor(0xf6, 0x74, 0x00, 70);
                break;
            case DiffRow::Kind::Removed:
                color = leftSide ? QColor(0xda, 0x44, 0x53, 70) : QColor(0x80, 0x80, 0x80, 40);
                break;
            case DiffRow::Kind::Added:
                color = leftSide ? QColor(0x80, 0x80, 0x80, 40) : QColor(0x27, 0xae, 0x60, 70);
                break;
            }
            QTextEdit::ExtraSelection selection;
            selection.cursor = QTextCursor(block);
            selection.format.setBackground(color);
            selection.format.setProperty(QTextFormat::FullWidthSelection, true);
            selections.append(selection);
        }
        view->setExtraSelections(selections);
    };
    mark(m_left, true);
    mark(m_right, false);
    m_summary->setText(m_changed == 0   ? tr("The values are identical.")
                       : m_changed == 1 ? tr("1 line differs.")
                                        : tr("%1 lines differ.").arg(m_changed));

    // Both sides scroll together.
    connect(m_left->verticalScrollBar(), &QScrollBar::valueChanged, m_right->verticalScrollBar(),
            &QScrollBar::setValue);
    connect(m_right->verticalScrollBar(), &QScrollBar::valueChanged, m_left->verticalScrollBar(),
            &QScrollBar::setValue);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QGridLayout(this);
    layout->addWidget(new QLabel(title(left), this), 0, 0);
    layout->addWidget(new QLabel(title(right), this), 0, 1);
    layout->addWidget(m_left, 1, 0);
    layout->addWidget(m_right, 1, 1);
    layout->addWidget(m_summary, 2, 0, 1, 2);
    layout->addWidget(buttons, 3, 0, 1, 2);
    resize(1100, 700);
}

} // namespace Gregor
