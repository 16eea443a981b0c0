// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerform.h"

#include "core/compose/headersmodel.h"
#include "core/models/topiclistmodel.h"
#include "encodingdelegate.h"
#include "valueeditor.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimeZone>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Gregor {

static QLabel *reasonLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setEnabled(false); // the palette's muted text: a note, not an error
    label->hide();
    return label;
}

static QHBoxLayout *row(std::initializer_list<QWidget *> widgets, int stretchIndex = -1)
{
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    int i = 0;
    for (QWidget *w : widgets)
        layout->addWidget(w, i++ == stretchIndex ? 1 : 0);
    if (stretchIndex < 0)
        layout->addStretch(1);
    return layout;
}

ComposerForm::ComposerForm(HeadersModel *headers, TopicListModel *topics, QWidget *parent)
    : QWidget(parent)
    , m_headers(headers)
    , m_topics(topics)
{
    m_topic = new QComboBox(this);
    m_topic->setObjectName(u"composerTopic"_s);
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->setMinimumContentsLength(24);
    m_topic->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_topic->completer()->setFilterMode(Qt::MatchContains);
    m_topic->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_topic->lineEdit()->setPlaceholderText(tr("topic name"));

    m_partition = new QComboBox(this);
    m_partition->setObjectName(u"composerPartition"_s);
    m_prediction = new QLabel(this);
    m_prediction->setObjectName(u"composerPrediction"_s);
    m_prediction->setWordWrap(true); // a sentence; longer languages need a second line, not a wider window
    m_partitionReason = reasonLabel(this, u"partitionReason"_s);

    m_keyEncoding = new QComboBox(this);
    m_keyEncoding->setObjectName(u"composerKeyEncoding"_s);
    m_keyEncoding->addItem(tr("No key"), int(FieldEncoding::None));
    m_keyEncoding->addItem(tr("Text"), int(FieldEncoding::Text));
    m_keyEncoding->addItem(tr("Base64"), int(FieldEncoding::Base64));
    m_key = new QLineEdit(this);
    m_key->setObjectName(u"composerKey"_s);
    m_key->setClearButtonEnabled(true);

    m_timestampMode = new QComboBox(this);
    m_timestampMode->setObjectName(u"composerTimestampMode"_s);
    m_timestampMode->addItem(tr("Server's"), int(TimestampMode::Server));
    m_timestampMode->addItem(tr("Now, when sent"), int(TimestampMode::Now));
    m_timestampMode->addItem(tr("Chosen"), int(TimestampMode::Chosen));
    m_timestamp = new QDateTimeEdit(QDateTime::currentDateTime(), this);
    m_timestamp->setObjectName(u"composerTimestamp"_s);
    m_timestamp->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    m_timestamp->setCalendarPopup(true);
    m_timestampReason = reasonLabel(this, u"timestampReason"_s);

    m_format = new QComboBox(this);
    m_format->setObjectName(u"composerFormat"_s);
    m_format->addItem(tr("binary (base64)"), int(EmbeddedFormat::Binary));
    m_format->addItem(tr("json"), int(EmbeddedFormat::Json));
    // Listed so their absence is explained, not wondered about.
    for (const QString &schema : {u"avro"_s, u"jsonschema"_s, u"protobuf"_s}) {
        m_format->addItem(tr("%1 (needs a Schema Registry)").arg(schema), -1);
        const int index = m_format->count() - 1;
        m_format->setItemData(index,
                              tr("Schema formats need a Schema Registry, which Gregor does not talk to."),
                              Qt::ToolTipRole);
        if (auto *model = qobject_cast<QStandardItemModel *>(m_format->model()))
            model->item(index)->setEnabled(false);
    }
    m_formatReason = reasonLabel(this, u"formatReason"_s);

    m_headersView = new QTableView(this);
    m_headersView->setObjectName(u"composerHeaders"_s);
    m_headersView->setModel(m_headers);
    m_headersView->setItemDelegateForColumn(HeadersModel::Encoding, new EncodingDelegate(m_headersView));
    m_headersView->horizontalHeader()->setSectionResizeMode(HeadersModel::Value, QHeaderView::Stretch);
    m_headersView->verticalHeader()->hide();
    m_headersView->setMaximumHeight(110);
    m_headersView->setTabKeyNavigation(false);
    m_addHeader = new QToolButton(this);
    m_addHeader->setObjectName(u"addHeader"_s);
    m_addHeader->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_addHeader->setText(tr("Add header"));
    m_addHeader->setToolTip(tr("Add a header"));
    m_removeHeader = new QToolButton(this);
    m_removeHeader->setObjectName(u"removeHeader"_s);
    m_removeHeader->setIcon(QIcon::fromTheme(u"list-remove"_s));
    m_removeHeader->setText(tr("Remove header"));
    m_removeHeader->setToolTip(tr("Remove the selected header"));
    m_headersReason = reasonLabel(this, u"headersReason"_s);

    m_valueEncoding = new QComboBox(this);
    m_valueEncoding->setObjectName(u"composerValueEncoding"_s);
    m_valueEncoding->addItem(tr("Text"), int(FieldEncoding::Text));
    m_valueEncoding->addItem(tr("Base64"), int(FieldEncoding::Base64));
    m_valueEncoding->addItem(tr("Tombstone (no value)"), int(FieldEncoding::None));
    m_syntax = new QComboBox(this);
    m_syntax->setObjectName(u"composerSyntax"_s);
    m_syntax->addItem(u"JSON"_s, int(ValueSyntax::Json));
    m_syntax->addItem(u"XML"_s, int(ValueSyntax::Xml));
    m_syntax->addItem(tr("Plain text"), int(ValueSyntax::Plain));
    m_pretty = new QToolButton(this);
    m_pretty->setObjectName(u"prettyValue"_s);
    m_pretty->setText(tr("Pretty"));
    m_pretty->setToolTip(tr("Indent the JSON (Ctrl+Shift+P)"));
    m_pretty->setShortcut(QKeySequence(u"Ctrl+Shift+P"_s));
    m_compact = new QToolButton(this);
    m_compact->setObjectName(u"compactValue"_s);
    m_compact->setText(tr("Compact"));
    m_compact->setToolTip(tr("Put the JSON on one line (Ctrl+Shift+M)"));
    m_compact->setShortcut(QKeySequence(u"Ctrl+Shift+M"_s));
    m_loadFile = new QToolButton(this);
    m_loadFile->setObjectName(u"loadValueFile"_s);
    m_loadFile->setText(tr("Load from file…"));
    m_loadFile->setToolTip(tr("Use a file's bytes as the value; binary files load as base64"));
    m_value = new ValueEditor(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(u"composerProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"QLabel { color: #da4453; }"_s);
    m_problem->hide();

    // Choices with long names (and longer in other languages) elide when the pane is narrow
    // instead of widening the window; the open list still shows them whole.
    for (QComboBox *choice :
         {m_partition, m_keyEncoding, m_timestampMode, m_format, m_valueEncoding, m_syntax}) {
        choice->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        choice->setMinimumContentsLength(8);
    }
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // Labels with buddies, so their mnemonics (Alt+T…) jump to the field.
    const auto addRow = [this, form](const QString &text, QWidget *buddy, QLayout *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(buddy);
        form->addRow(label, field);
    };
    addRow(tr("&Topic:"), m_topic, row({m_topic}, 0));
    addRow(tr("&Partition:"), m_partition, row({m_partition, m_prediction, m_partitionReason}, 2));
    addRow(tr("&Key:"), m_keyEncoding, row({m_keyEncoding, m_key}, 1));
    addRow(tr("T&imestamp:"), m_timestampMode, row({m_timestampMode, m_timestamp, m_timestampReason}, 2));
    addRow(tr("&Format:"), m_format, row({m_format, m_formatReason}, 1));
    auto *headerButtons = new QVBoxLayout;
    headerButtons->addWidget(m_addHeader);
    headerButtons->addWidget(m_removeHeader);
    headerButtons->addStretch(1);
    auto *headerRow = new QHBoxLayout;
    headerRow->addWidget(m_headersView, 1);
    headerRow->addLayout(headerButtons);
    auto *headerBox = new QVBoxLayout;
    headerBox->addLayout(headerRow);
    headerBox->addWidget(m_headersReason);
    addRow(tr("&Headers:"), m_headersView, headerBox);
    addRow(tr("&Value:"), m_value->editor(),
           row({m_valueEncoding, m_syntax, m_pretty, m_compact, m_loadFile}));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_value, 1);
    layout->addWidget(m_problem);

    // Visual order, top to bottom and left to right.
    QWidget *order[] = {m_topic,         m_partition,    m_keyEncoding,   m_key,
                        m_timestampMode, m_timestamp,    m_format,        m_headersView,
                        m_addHeader,     m_removeHeader, m_valueEncoding, m_syntax,
                        m_pretty,        m_compact,      m_loadFile,      m_value->editor()};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    const auto changed = [this] {
        if (m_filling)
            return;
        updateEnabled();
        Q_EMIT edited();
    };
    connect(m_topic, &QComboBox::currentTextChanged, this, [this, changed] {
        updatePartitions();
        changed();
    });
    connect(m_partition, &QComboBox::currentIndexChanged, this, changed);
    connect(m_keyEncoding, &QComboBox::currentIndexChanged, this, changed);
    connect(m_key, &QLineEdit::textChanged, this, changed);
    connect(m_timestampMode, &QComboBox::currentIndexChanged, this, changed);
    connect(m_timestamp, &QDateTimeEdit::dateTimeChanged, this, changed);
    connect(m_format, &QComboBox::currentIndexChanged, this, changed);
    connect(m_valueEncoding, &QComboBox::currentIndexChanged, this, changed);
    connect(m_syntax, &QComboBox::currentIndexChanged, this, [this, changed] {
        m_value->setSyntax(m_valueEncoding->currentData().toInt() == int(FieldEncoding::Text)
                               ? ValueEditor::Syntax(m_syntax->currentData().toInt())
                               : ValueEditor::Syntax::Plain);
        changed();
    });
    connect(m_value, &ValueEditor::textChanged, this, changed);
    connect(m_pretty, &QToolButton::clicked, m_value, &ValueEditor::prettyPrint);
    connect(m_compact, &QToolButton::clicked, m_value, &ValueEditor::compact);
    connect(m_loadFile, &QToolButton::clicked, this, &ComposerForm::loadFileRequested);
    connect(m_addHeader, &QToolButton::clicked, this, [this] {
        const int row = m_headers->addHeader();
        m_headersView->setCurrentIndex(m_headers->index(row, HeadersModel::Name));
        m_headersView->edit(m_headers->index(row, HeadersModel::Name));
    });
    connect(m_removeHeader, &QToolButton::clicked, this,
            [this] { m_headers->removeHeader(m_headersView->currentIndex().row()); });
    if (m_topics) {
        // The names only (the list shows counts), refreshed as the topic list changes; what
        // the user typed stays.
        for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
            connect(m_topics, signal, this, &ComposerForm::updateTopicNames);
        connect(m_topics, &QAbstractItemModel::modelReset, this, &ComposerForm::updateTopicNames);
        connect(m_topics, &QAbstractItemModel::dataChanged, this, &ComposerForm::updateTopicNames);
    }
    updateTopicNames();
    updateEnabled();
}

QWidget *ComposerForm::lastField() const
{
    return m_value->editor();
}

void ComposerForm::updateTopicNames()
{
    QStringList names;
    if (m_topics) {
        for (const TopicInfo &topic : m_topics->topics())
            names.append(topic.name);
    }
    const QString text = m_topic->currentText();
    {
        const QSignalBlocker blocker(m_topic);
        m_topic->clear();
        m_topic->addItems(names);
        m_topic->setCurrentIndex(-1);
        m_topic->setEditText(text);
    }
    updatePartitions();
}

int ComposerForm::partitionCount() const
{
    if (!m_topics)
        return 0;
    const int row = m_topics->rowOf(m_topic->currentText().trimmed());
    return row >= 0 ? m_topics->topics().at(row).partitionCount : 0;
}

void ComposerForm::updatePartitions()
{
    const QVariant chosen = m_partition->currentData();
    const QSignalBlocker blocker(m_partition);
    m_partition->clear();
    m_partition->addItem(tr("Automatic"), -1);
    const int count = partitionCount();
    for (int p = 0; p < count; ++p)
        m_partition->addItem(QString::number(p), p);
    const int index = m_partition->findData(chosen);
    m_partition->setCurrentIndex(index >= 0 ? index : 0);
}

void ComposerForm::addReason(QLabel *label, const std::optional<QString> &reason)
{
    label->setVisible(reason.has_value());
    label->setText(reason.value_or(QString()));
}

void ComposerForm::setTarget(const ComposeTarget &target)
{
    m_target = target;
    updateEnabled();
}

void ComposerForm::updateEnabled()
{
    const auto partitionReason = disabledReason(m_target, ComposeField::Partition);
    m_partition->setEnabled(!partitionReason);
    addReason(m_partitionReason, partitionReason);
    const auto timestampReason = disabledReason(m_target, ComposeField::Timestamp);
    m_timestampMode->setEnabled(!timestampReason);
    addReason(m_timestampReason, timestampReason);
    m_timestamp->setVisible(m_timestampMode->currentData().toInt() == int(TimestampMode::Chosen));
    m_timestamp->setEnabled(!timestampReason);
    const auto formatReason = disabledReason(m_target, ComposeField::Format);
    m_format->setEnabled(!formatReason);
    addReason(m_formatReason, formatReason);
    const auto headersReason = disabledReason(m_target, ComposeField::Headers);
    m_headersView->setEnabled(!headersReason);
    m_addHeader->setEnabled(!headersReason);
    m_removeHeader->setEnabled(!headersReason);
    addReason(m_headersReason, headersReason);
    const auto base64Reason = encodingRefusal(m_target, FieldEncoding::Base64);
    for (QComboBox *box : {m_keyEncoding, m_valueEncoding}) {
        const int index = box->findData(int(FieldEncoding::Base64));
        if (auto *model = qobject_cast<QStandardItemModel *>(box->model()))
            model->item(index)->setEnabled(!base64Reason);
        box->setItemData(index, base64Reason.value_or(tr("Bytes written as base64")), Qt::ToolTipRole);
    }
    m_key->setEnabled(m_keyEncoding->currentData().toInt() != int(FieldEncoding::None));
    const bool textValue = m_valueEncoding->currentData().toInt() == int(FieldEncoding::Text);
    const bool tombstone = m_valueEncoding->currentData().toInt() == int(FieldEncoding::None);
    m_value->setEnabled(!tombstone);
    m_syntax->setEnabled(textValue);
    m_pretty->setEnabled(textValue && m_syntax->currentData().toInt() == int(ValueSyntax::Json));
    m_compact->setEnabled(m_pretty->isEnabled());
    m_value->setSyntax(textValue ? ValueEditor::Syntax(m_syntax->currentData().toInt())
                                 : ValueEditor::Syntax::Plain);
}

void ComposerForm::setPredictedPartition(std::optional<int> partition, const QString &why)
{
    if (partition)
        m_prediction->setText(tr("→ partition %1 by Kafka's default partitioner").arg(*partition));
    else
        m_prediction->setText(why);
}

ComposedRecord ComposerForm::record() const
{
    ComposedRecord r;
    r.topic = m_topic->currentText().trimmed();
    if (const int p = m_partition->currentData().toInt(); p >= 0)
        r.partition = p;
    r.keyEncoding = FieldEncoding(m_keyEncoding->currentData().toInt());
    r.key = m_key->text();
    r.headers = m_headers->headers();
    r.timestampMode = TimestampMode(m_timestampMode->currentData().toInt());
    r.chosenTimestampMs = m_timestamp->dateTime().toMSecsSinceEpoch();
    r.valueEncoding = FieldEncoding(m_valueEncoding->currentData().toInt());
    r.value = m_value->text();
    r.syntax = ValueSyntax(m_syntax->currentData().toInt());
    r.format = EmbeddedFormat(m_format->currentData().toInt());
    return r;
}

void ComposerForm::setRecord(const ComposedRecord &r)
{
    m_filling = true;
    m_topic->setEditText(r.topic);
    updatePartitions();
    const int partitionIndex = m_partition->findData(r.partition.value_or(-1));
    if (partitionIndex < 0 && r.partition) // a partition the topic list does not know (yet)
        m_partition->addItem(QString::number(*r.partition), *r.partition);
    m_partition->setCurrentIndex(m_partition->findData(r.partition.value_or(-1)));
    m_keyEncoding->setCurrentIndex(m_keyEncoding->findData(int(r.keyEncoding)));
    m_key->setText(r.key);
    m_timestampMode->setCurrentIndex(m_timestampMode->findData(int(r.timestampMode)));
    if (r.timestampMode == TimestampMode::Chosen)
        m_timestamp->setDateTime(QDateTime::fromMSecsSinceEpoch(r.chosenTimestampMs));
    m_valueEncoding->setCurrentIndex(m_valueEncoding->findData(int(r.valueEncoding)));
    m_syntax->setCurrentIndex(m_syntax->findData(int(r.syntax)));
    m_format->setCurrentIndex(m_format->findData(int(r.format)));
    if (m_value->text() != r.value)
        m_value->setText(r.value);
    m_filling = false;
    updateEnabled();
}

void ComposerForm::showProblem(const std::optional<ComposeProblem> &problem)
{
    m_problem->setVisible(problem.has_value());
    m_problem->setText(problem ? problem->sentence : QString());
}

void ComposerForm::loadValueFromFile(const QString &path)
{
    QFile file(path);
    static constexpr qint64 MaxValueFile = 16 << 20;
    if (file.size() > MaxValueFile) {
        showProblem(
            ComposeProblem{ComposeField::Value,
                           tr("%1 is %2; a record value over 16 MiB cannot be sent.")
                               .arg(QFileInfo(path).fileName(), QLocale().formattedDataSize(file.size()))});
        return;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showProblem(
            ComposeProblem{ComposeField::Value,
                           tr("Cannot read %1: %2.").arg(QFileInfo(path).fileName(), file.errorString())});
        return;
    }
    const QByteArray bytes = file.readAll();
    const bool text = QUtf8StringView(bytes).isValidUtf8() && !bytes.contains('\0');
    m_valueEncoding->setCurrentIndex(
        m_valueEncoding->findData(int(text ? FieldEncoding::Text : FieldEncoding::Base64)));
    if (text) {
        const QString suffix = QFileInfo(path).suffix().toLower();
        const ValueSyntax syntax = suffix == "xml"_L1    ? ValueSyntax::Xml
                                   : suffix == "json"_L1 ? ValueSyntax::Json
                                                         : ValueSyntax::Plain;
        m_syntax->setCurrentIndex(m_syntax->findData(int(syntax)));
    }
    m_value->setText(text ? QString::fromUtf8(bytes) : QString::fromLatin1(bytes.toBase64()));
    showProblem(std::nullopt);
}

} // namespace Gregor
