// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "recorddetailpane.h"

#include "core/records/recordjson.h"
#include "ui/common/syntax.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDateTime>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QToolBar>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Gregor {

static QPlainTextEdit *monospaceView(QWidget *parent, const QString &name)
{
    auto *view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setReadOnly(true);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    return view;
}

static QString bytesText(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

// Text shown for a key or header value: UTF-8 when it is text, hex otherwise.
static QString shortBytes(const QByteArray &bytes, bool base64)
{
    if (base64)
        return QString::fromLatin1(bytes.toBase64());
    const ValueKind kind = detectValueKind(bytes);
    return kind == ValueKind::Binary ? u"0x"_s + QString::fromLatin1(bytes.toHex())
                                     : QString::fromUtf8(bytes);
}

RecordDetailPane::RecordDetailPane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"recordDetail"_s);
    m_meta = new QLabel(this);
    m_meta->setObjectName(u"recordMeta"_s);
    m_meta->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_meta->setWordWrap(true);
    m_key = monospaceView(this, u"recordKey"_s);
    m_key->setMaximumHeight(m_key->fontMetrics().height() * 3 + 12);
    m_headers = new QTreeWidget(this);
    m_headers->setObjectName(u"recordHeaders"_s);
    m_headers->setColumnCount(2);
    m_headers->setHeaderLabels({tr("Header"), tr("Value")});
    m_headers->setRootIsDecorated(false);
    m_headers->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_valueInfo = new QLabel(this);
    m_valueInfo->setObjectName(u"valueInfo"_s);
    m_showAll = new QPushButton(tr("Show the whole value"), this);
    m_showAll->setObjectName(u"showWholeValue"_s);
    m_base64Box = new QCheckBox(tr("Base64"), this);
    m_base64Box->setObjectName(u"base64"_s);
    m_base64Box->setToolTip(tr("Show key, header values and value as base64"));
    // A tool bar rather than a row of buttons: in a narrow pane (or a longer language) what does
    // not fit goes into its overflow menu instead of making the whole window wider.
    auto *recordActions = new QToolBar(this);
    recordActions->setObjectName(u"recordActions"_s);
    recordActions->setToolButtonStyle(Qt::ToolButtonTextOnly);
    recordActions->addWidget(m_base64Box);
    recordActions->addAction(tr("Copy key"), this, &RecordDetailPane::copyKey);
    recordActions->addAction(tr("Copy value"), this, &RecordDetailPane::copyValue);
    recordActions->addAction(tr("Copy as JSON"), this, &RecordDetailPane::copyRecordAsJson)
        ->setObjectName(u"copyJson"_s);
    m_value = monospaceView(this, u"recordValue"_s);

    auto *valueBar = new QHBoxLayout;
    valueBar->addWidget(m_valueInfo, 1);
    valueBar->addWidget(m_showAll);
    valueBar->addWidget(recordActions);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addWidget(m_meta);
    topLayout->addWidget(new QLabel(tr("Key"), top));
    topLayout->addWidget(m_key);
    topLayout->addWidget(m_headers, 1);
    auto *bottom = new QWidget(this);
    auto *bottomLayout = new QVBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    bottomLayout->addLayout(valueBar);
    bottomLayout->addWidget(m_value, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(top);
    split->addWidget(bottom);
    split->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    connect(m_showAll, &QPushButton::clicked, this, &RecordDetailPane::showWholeValue);
    connect(m_base64Box, &QCheckBox::toggled, this, &RecordDetailPane::setBase64);
    connect(&m_formatter, &QFutureWatcher<QString>::finished, this, [this] {
        if (m_formatter.property("generation").toULongLong() != m_generation || m_formatter.isCanceled())
            return;
        applyValueText(m_formatter.result(), detectValueKind(m_record.value));
        m_formatting = false;
    });
    clear();
}

// The formatting worker holds only copies, so it may finish after the pane is gone.
RecordDetailPane::~RecordDetailPane() = default;

void RecordDetailPane::clear()
{
    m_hasRecord = false;
    m_formatting = false;
    m_record = {};
    ++m_generation;
    m_meta->setText(tr("Select a record to see it in full."));
    m_key->clear();
    m_headers->clear();
    m_value->clear();
    m_valueInfo->clear();
    m_showAll->hide();
}

void RecordDetailPane::showRecord(const Record &record)
{
    m_record = record;
    m_hasRecord = true;
    m_showingWhole = record.value.size() <= LargeValueBytes;
    render();
}

void RecordDetailPane::setBase64(bool on)
{
    if (m_base64 == on)
        return;
    m_base64 = on;
    m_base64Box->setChecked(on);
    if (m_hasRecord)
        render();
}

void RecordDetailPane::render()
{
    ++m_generation;
    m_formatting = false;
    const Record &r = m_record;
    QString meta = tr("<b>%1</b> · partition %2 · offset %3")
                       .arg(r.topic.toHtmlEscaped())
                       .arg(r.partition)
                       .arg(r.offset);
    if (r.timestampMs)
        meta += u" · "_s + QDateTime::fromMSecsSinceEpoch(*r.timestampMs).toString(Qt::ISODateWithMs);
    meta += tr(" · value %1").arg(bytesText(r.value.size()));
    m_meta->setText(meta);
    m_key->setPlainText(r.hasKey() ? shortBytes(r.key, m_base64) : tr("(no key)"));
    m_headers->clear();
    for (const RecordHeader &header : r.headers)
        new QTreeWidgetItem(m_headers, {header.key, shortBytes(header.value, m_base64)});
    m_headers->setVisible(!r.headers.isEmpty());
    renderValue();
}

void RecordDetailPane::renderValue()
{
    const QByteArray &value = m_record.value;
    const ValueKind kind = detectValueKind(value);
    m_showAll->setVisible(!m_showingWhole);
    if (m_base64) {
        m_valueInfo->setText(tr("%1, shown as base64").arg(valueKindName(kind)));
        const QByteArray shown = m_showingWhole ? value : value.left(FirstChunkBytes);
        applyValueText(QString::fromLatin1(shown.toBase64()), ValueKind::Text);
        return;
    }
    if (!m_showingWhole) {
        // Only the first chunk, unformatted: a cut JSON or XML document cannot be pretty-printed.
        m_valueInfo->setText(
            tr("%1, %2 — showing the first %3")
                .arg(valueKindName(kind), bytesText(value.size()), bytesText(FirstChunkBytes)));
        const QByteArray chunk = value.left(FirstChunkBytes);
        applyValueText(kind == ValueKind::Binary ? hexDump(chunk) : QString::fromUtf8(chunk),
                       ValueKind::Text);
        return;
    }
    m_valueInfo->setText(tr("%1, %2").arg(valueKindName(kind), bytesText(value.size())));
    if (value.size() > FirstChunkBytes) {
        // Large but wanted whole: format on a worker thread, keep the GUI responsive.
        m_valueInfo->setText(m_valueInfo->text() + tr(" — formatting…"));
        const QByteArray copy = value;
        m_formatting = true;
        m_formatter.setProperty("generation", QVariant::fromValue(m_generation));
        m_formatter.setFuture(QtConcurrent::run([copy, kind] { return prettyPrinted(copy, kind); }));
        return;
    }
    applyValueText(prettyPrinted(value, kind), kind);
}

void RecordDetailPane::applyValueText(const QString &text, ValueKind kind)
{
    // U+FFFD in the bytes: a text-only dialect (Upstash) turned bytes that were not UTF-8 into
    // replacement characters before they reached us. Say so instead of showing silent garbage.
    if (m_record.value.contains("\xef\xbf\xbd") && !m_valueInfo->text().contains(u'\uFFFD'))
        m_valueInfo->setText(
            m_valueInfo->text() +
            tr(" — contains \uFFFD: the server sent bytes that were not UTF-8 as text, so they "
               "are lost; read through Confluent v2 (binary) for the exact bytes"));
    // Highlighting megabytes of text would stall the GUI; large values stay plain.
    const bool highlight = text.size() <= 512 * 1024;
    highlightDocument(m_value->document(), highlight ? syntaxDefinitionFor(kind) : QString());
    m_value->setPlainText(text);
    if (m_valueInfo->text().endsWith(tr(" — formatting…")))
        m_valueInfo->setText(m_valueInfo->text().chopped(tr(" — formatting…").size()));
}

void RecordDetailPane::showWholeValue()
{
    if (!m_hasRecord || m_showingWhole)
        return;
    m_showingWhole = true;
    renderValue();
}

void RecordDetailPane::copyKey() const
{
    if (m_hasRecord)
        QApplication::clipboard()->setText(m_key->toPlainText());
}

void RecordDetailPane::copyValue() const
{
    if (!m_hasRecord)
        return;
    const ValueKind kind = detectValueKind(m_record.value);
    QApplication::clipboard()->setText(kind == ValueKind::Binary || m_base64
                                           ? QString::fromLatin1(m_record.value.toBase64())
                                           : QString::fromUtf8(m_record.value));
}

QString RecordDetailPane::recordJson(const Record &record)
{
    // The export's line (kcat -J envelope), indented for reading.
    return QString::fromUtf8(
        QJsonDocument::fromJson(recordToJsonLine(record)).toJson(QJsonDocument::Indented));
}

void RecordDetailPane::copyRecordAsJson() const
{
    if (m_hasRecord)
        QApplication::clipboard()->setText(recordJson(m_record));
}

} // namespace Gregor
