// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tailsetupbar.h"

#include "core/models/topiclistmodel.h"
#include "core/tail/recordring.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {

constexpr qint64 TypicalRecordBytes = 1024; // the memory figure before any record arrived

// Completes the topic being typed in a comma-separated list, keeping the ones before it.
class TopicListCompleter : public QCompleter
{
public:
    using QCompleter::QCompleter;

    QStringList splitPath(const QString &path) const override { return {path.section(u',', -1).trimmed()}; }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString typed = widget() ? static_cast<QLineEdit *>(widget())->text() : QString();
        const qsizetype comma = typed.lastIndexOf(u',');
        const QString before = comma >= 0 ? typed.left(comma + 1) + u' ' : QString();
        return before + index.data(completionRole()).toString();
    }
};

QLabel *fieldLabel(const QString &text, QWidget *buddy, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QStringList splitTopics(const QString &text)
{
    QStringList topics;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString topic = part.trimmed();
        if (!topic.isEmpty() && !topics.contains(topic))
            topics.append(topic);
    }
    return topics;
}

} // namespace

TailSetupBar::TailSetupBar(TopicListModel *topics, QWidget *parent)
    : QWidget(parent)
    , m_topicList(topics)
{
    setObjectName(u"tailSetup"_s);
    // Row 1: what to follow.
    m_topics = new QLineEdit(this);
    m_topics->setObjectName(u"tailTopics"_s);
    m_topics->setPlaceholderText(tr("topic, or several: orders, payments"));
    m_topics->setClearButtonEnabled(true);
    m_topics->setMinimumWidth(220);
    if (topics) {
        auto *completer = new TopicListCompleter(topics, m_topics);
        completer->setCompletionRole(TopicListModel::NameRole);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        m_topics->setCompleter(completer);
    }
    m_partitions = new QLineEdit(this);
    m_partitions->setObjectName(u"tailPartitions"_s);
    m_partitions->setPlaceholderText(tr("all"));
    m_partitions->setToolTip(tr("Partitions to follow: empty for all, or a list such as 0,2,5-7"));
    m_partitions->setMaximumWidth(100);
    m_mode = new QComboBox(this);
    m_mode->setObjectName(u"tailMode"_s);
    m_mode->addItem(tr("Follow partitions"), int(TailConfig::Mode::Follow));
    m_mode->addItem(tr("As consumer group"), int(TailConfig::Mode::Group));
    m_mode->setItemData(0, tr("No group: the app keeps the positions; nothing is committed."),
                        Qt::ToolTipRole);
    m_mode->setItemData(1, tr("Join a consumer group: the server assigns partitions and keeps positions."),
                        Qt::ToolTipRole);
    m_start = new QComboBox(this);
    m_start->setObjectName(u"tailStart"_s);
    m_start->addItem(tr("At the end"), int(TailConfig::Start::End));
    m_start->addItem(tr("Newest N per partition"), int(TailConfig::Start::NewestCount));
    m_start->addItem(tr("From a date-time"), int(TailConfig::Start::Time));
    m_newest = new QSpinBox(this);
    m_newest->setObjectName(u"tailNewest"_s);
    m_newest->setRange(1, 1'000'000);
    m_newest->setValue(100);
    m_newest->setGroupSeparatorShown(true);
    m_newest->setSuffix(tr(" per partition"));
    m_time = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_time->setObjectName(u"tailTime"_s);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);

    // Row 2, group mode only.
    m_groupRow = new QWidget(this);
    m_group = new QLineEdit(u"gregor-tail"_s, m_groupRow);
    m_group->setObjectName(u"tailGroup"_s);
    m_group->setMinimumWidth(160);
    m_instance = new QLineEdit(m_groupRow);
    m_instance->setObjectName(u"tailInstance"_s);
    m_instance->setPlaceholderText(tr("auto"));
    m_instance->setToolTip(tr("The member's name; empty: a unique one is made"));
    m_instance->setMinimumWidth(140);
    m_autoCommit = new QCheckBox(tr("Auto-commit"), m_groupRow);
    m_autoCommit->setObjectName(u"tailAutoCommit"_s);
    m_autoCommit->setToolTip(tr("Let the server commit what was fetched; off: only what you commit"));

    // Row 3: the buffer and the actions.
    m_capacity = new QSpinBox(this);
    m_capacity->setObjectName(u"tailCapacity"_s);
    m_capacity->setRange(int(RecordRing::MinCapacity), int(RecordRing::MaxCapacity));
    m_capacity->setSingleStep(10'000);
    m_capacity->setValue(int(RecordRing::DefaultCapacity));
    m_capacity->setGroupSeparatorShown(true);
    m_capacity->setKeyboardTracking(false);
    m_capacity->setSuffix(tr(" records"));
    m_capacity->setToolTip(tr("How many records the tail keeps; the oldest leave first"));
    m_memory = new QLabel(this);
    m_memory->setObjectName(u"tailMemory"_s);
    m_memory->setMinimumWidth(m_memory->fontMetrics().horizontalAdvance(u"≈ 9,999 MB"_s));
    m_startButton = new QPushButton(QIcon::fromTheme(u"media-playback-start"_s), tr("Start"), this);
    m_startButton->setObjectName(u"tailStartStop"_s);
    m_pauseButton = new QPushButton(QIcon::fromTheme(u"media-playback-pause"_s), tr("Pause"), this);
    m_pauseButton->setObjectName(u"tailPause"_s);
    m_pauseButton->setToolTip(tr("Pause or resume; nothing is lost (Space in the table, Ctrl+P)"));
    m_clearButton = new QPushButton(QIcon::fromTheme(u"edit-clear-all"_s), tr("Clear"), this);
    m_clearButton->setObjectName(u"tailClear"_s);
    m_clearButton->setToolTip(tr("Empty the buffer; the tail goes on"));
    m_commitButton = new QPushButton(tr("Commit shown"), this);
    m_commitButton->setObjectName(u"tailCommit"_s);
    m_commitButton->setToolTip(tr("Commit, for the group, the position after every record shown"));
    m_curlButton = new QPushButton(tr("Copy as curl"), this);
    m_curlButton->setObjectName(u"tailCurl"_s);
    m_curlButton->setToolTip(tr("Copy the tail's next fetch as a curl command; secrets stay references"));
    m_exportButton = new QPushButton(QIcon::fromTheme(u"document-export"_s), tr("Export…"), this);
    m_exportButton->setObjectName(u"tailExport"_s);
    m_exportButton->setToolTip(tr("Write the buffer (or the records shown) to JSON Lines or CSV"));

    auto *row1 = new QHBoxLayout;
    row1->addWidget(fieldLabel(tr("Topics:"), m_topics, this));
    row1->addWidget(m_topics, 1);
    row1->addWidget(fieldLabel(tr("Partitions:"), m_partitions, this));
    row1->addWidget(m_partitions);
    row1->addWidget(m_mode);
    row1->addWidget(m_start);
    row1->addWidget(m_newest);
    row1->addWidget(m_time);
    auto *row2 = new QHBoxLayout(m_groupRow);
    row2->setContentsMargins(0, 0, 0, 0);
    row2->addWidget(fieldLabel(tr("Group:"), m_group, m_groupRow));
    row2->addWidget(m_group);
    row2->addWidget(fieldLabel(tr("Instance:"), m_instance, m_groupRow));
    row2->addWidget(m_instance);
    row2->addWidget(m_autoCommit);
    row2->addStretch(1);
    auto *row3 = new QHBoxLayout;
    row3->addWidget(fieldLabel(tr("Buffer:"), m_capacity, this));
    row3->addWidget(m_capacity);
    row3->addWidget(m_memory);
    row3->addSpacing(12);
    row3->addWidget(m_startButton);
    row3->addWidget(m_pauseButton);
    row3->addWidget(m_clearButton);
    row3->addWidget(m_commitButton);
    row3->addStretch(1);
    row3->addWidget(m_curlButton);
    row3->addWidget(m_exportButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->setSpacing(4);
    layout->addLayout(row1);
    layout->addWidget(m_groupRow);
    layout->addLayout(row3);

    for (QLineEdit *edit : {m_topics, m_partitions, m_group, m_instance})
        connect(edit, &QLineEdit::textEdited, this, &TailSetupBar::edited);
    connect(m_mode, &QComboBox::currentIndexChanged, this, &TailSetupBar::updateFields);
    connect(m_start, &QComboBox::currentIndexChanged, this, &TailSetupBar::updateFields);
    connect(m_mode, &QComboBox::activated, this, &TailSetupBar::edited);
    connect(m_start, &QComboBox::activated, this, &TailSetupBar::edited);
    connect(m_newest, &QSpinBox::valueChanged, this, &TailSetupBar::edited);
    connect(m_time, &QDateTimeEdit::dateTimeChanged, this, &TailSetupBar::edited);
    connect(m_autoCommit, &QCheckBox::toggled, this, &TailSetupBar::edited);
    connect(m_capacity, &QSpinBox::valueChanged, this, [this](int value) {
        updateMemory();
        Q_EMIT capacityChanged(value);
        Q_EMIT edited();
    });
    connect(m_startButton, &QPushButton::clicked, this, &TailSetupBar::startStopRequested);
    connect(m_pauseButton, &QPushButton::clicked, this, &TailSetupBar::pauseResumeRequested);
    connect(m_clearButton, &QPushButton::clicked, this, &TailSetupBar::clearRequested);
    connect(m_commitButton, &QPushButton::clicked, this, &TailSetupBar::commitRequested);
    connect(m_curlButton, &QPushButton::clicked, this, &TailSetupBar::curlRequested);
    connect(m_exportButton, &QPushButton::clicked, this, &TailSetupBar::exportRequested);
    setState(TailSession::State::Idle, false);
    updateMemory();
}

void TailSetupBar::updateFields()
{
    const auto start = TailConfig::Start(m_start->currentData().toInt());
    const bool group = TailConfig::Mode(m_mode->currentData().toInt()) == TailConfig::Mode::Group;
    // A group member starts where the group committed (a new group: at the end), not where the
    // user picks: the start choice belongs to following partitions.
    m_start->setVisible(!group);
    m_newest->setVisible(!group && start == TailConfig::Start::NewestCount);
    m_time->setVisible(!group && start == TailConfig::Start::Time);
    m_groupRow->setVisible(group);
    m_commitButton->setVisible(group);
    m_autoCommit->setEnabled(!m_locked && !m_readOnly);
}

void TailSetupBar::updateMemory()
{
    const qint64 average = m_averageBytes > 0 ? m_averageBytes : TypicalRecordBytes;
    const qint64 bytes = RecordRing::estimatedBytes(m_capacity->value(), average);
    m_memory->setText(
        u"≈ %1"_s.arg(QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeTraditionalFormat)));
    m_memory->setToolTip(m_averageBytes > 0
                             ? tr("What a full buffer holds with records of %1 bytes, the average so far")
                                   .arg(QLocale().toString(m_averageBytes))
                             : tr("What a full buffer holds with records of about 1 KB"));
}

void TailSetupBar::setAverageRecordBytes(qint64 bytes)
{
    if (bytes == m_averageBytes)
        return;
    m_averageBytes = bytes;
    updateMemory();
}

std::expected<QList<TopicPartition>, QString> TailSetupBar::parsePartitions(const QStringList &topics) const
{
    QList<int> numbers;
    for (const QString &part : m_partitions->text().split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        bool ok1 = false, ok2 = false;
        int from = 0, to = 0;
        if (item.contains(u'-')) {
            from = item.section(u'-', 0, 0).trimmed().toInt(&ok1);
            to = item.section(u'-', 1).trimmed().toInt(&ok2);
        } else {
            from = to = item.toInt(&ok1);
            ok2 = ok1;
        }
        if (!ok1 || !ok2 || from < 0 || to < from || to - from > 100'000)
            return std::unexpected(
                tr("Partitions are numbers or ranges such as 0,2,5-7; “%1” is not.").arg(item));
        for (int p = from; p <= to; ++p)
            if (!numbers.contains(p))
                numbers.append(p);
    }
    std::ranges::sort(numbers);
    QList<TopicPartition> partitions;
    for (const QString &topic : topics) {
        const int row = m_topicList ? m_topicList->rowOf(topic) : -1;
        const int count = row >= 0 ? m_topicList->topics().at(row).partitionCount : 0;
        for (int p : std::as_const(numbers)) {
            if (count > 0 && p >= count)
                return std::unexpected(
                    tr("%1 has partitions 0 to %2; %3 does not exist.").arg(topic).arg(count - 1).arg(p));
            partitions.append({topic, p});
        }
    }
    return partitions;
}

TailConfig TailSetupBar::draft() const
{
    TailConfig c;
    c.topics = splitTopics(m_topics->text());
    if (auto partitions = parsePartitions(c.topics))
        c.partitions = *partitions;
    c.mode = TailConfig::Mode(m_mode->currentData().toInt());
    c.start = TailConfig::Start(m_start->currentData().toInt());
    c.newestCount = m_newest->value();
    c.startTimeMs = m_time->dateTime().toMSecsSinceEpoch();
    c.group = m_group->text().trimmed();
    c.instance = m_instance->text().trimmed();
    c.autoCommit = m_autoCommit->isChecked() && !m_readOnly;
    c.capacity = m_capacity->value();
    return c;
}

std::expected<TailConfig, QString> TailSetupBar::config() const
{
    TailConfig c = draft();
    if (c.topics.isEmpty())
        return std::unexpected(tr("Name at least one topic to follow."));
    const auto partitions = parsePartitions(c.topics);
    if (!partitions)
        return std::unexpected(partitions.error());
    if (c.mode == TailConfig::Mode::Group && c.group.isEmpty())
        return std::unexpected(tr("Name the consumer group the tail joins."));
    if (c.mode == TailConfig::Mode::Group && !c.partitions.isEmpty())
        return std::unexpected(
            tr("A group member gets the partitions the server assigns: leave Partitions empty."));
    return c;
}

void TailSetupBar::setConfig(const TailConfig &c)
{
    m_topics->setText(c.topics.join(u", "_s));
    QList<int> numbers;
    for (const TopicPartition &tp : c.partitions)
        if (!numbers.contains(tp.partition))
            numbers.append(tp.partition);
    std::ranges::sort(numbers);
    QStringList list;
    for (int p : std::as_const(numbers))
        list.append(QString::number(p));
    m_partitions->setText(list.join(u','));
    const QSignalBlocker blockNewest(m_newest), blockTime(m_time), blockCommit(m_autoCommit);
    m_mode->setCurrentIndex(m_mode->findData(int(c.mode)));
    m_start->setCurrentIndex(m_start->findData(int(c.start)));
    m_newest->setValue(int(std::min<qint64>(c.newestCount, m_newest->maximum())));
    if (c.startTimeMs > 0)
        m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(c.startTimeMs));
    m_group->setText(c.group.isEmpty() ? u"gregor-tail"_s : c.group);
    m_instance->setText(c.instance);
    m_autoCommit->setChecked(c.autoCommit);
    {
        const QSignalBlocker blockCapacity(m_capacity);
        m_capacity->setValue(int(c.capacity));
    }
    updateMemory();
    updateFields();
}

void TailSetupBar::setCapabilities(Capabilities capabilities, DialectKind dialect)
{
    const bool byTime = capabilities.testFlag(Capability::OffsetsByTime);
    const int index = m_start->findData(int(TailConfig::Start::Time));
    m_start->setItemData(
        index, byTime ? QVariant() : QVariant(capabilityMissingReason(dialect, Capability::OffsetsByTime)),
        Qt::ToolTipRole);
    m_start->setItemData(index, byTime ? QVariant() : QVariant(0), Qt::UserRole - 1); // disables the item
    if (!byTime && m_start->currentIndex() == index)
        m_start->setCurrentIndex(0);
    updateFields();
}

void TailSetupBar::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    if (readOnly) {
        m_autoCommit->setChecked(false);
        m_autoCommit->setToolTip(tr("Read-only connection: nothing is committed."));
        m_commitButton->setToolTip(tr("Read-only connection: nothing is committed."));
    }
    updateFields();
}

void TailSetupBar::setState(TailSession::State state, bool hasGroupSession)
{
    const bool active = state != TailSession::State::Idle && state != TailSession::State::Stopped;
    m_locked = active;
    for (QWidget *w : std::initializer_list<QWidget *>{m_topics, m_partitions, m_mode, m_start, m_newest,
                                                       m_time, m_group, m_instance})
        w->setEnabled(!active);
    m_startButton->setText(active ? tr("Stop") : tr("Start"));
    m_startButton->setIcon(QIcon::fromTheme(active ? u"media-playback-stop"_s : u"media-playback-start"_s));
    m_startButton->setToolTip(active ? tr("Stop the tail; the records stay (Ctrl+Return)")
                                     : tr("Start the tail from the chosen position (Ctrl+Return)"));
    const bool paused = state == TailSession::State::Paused;
    m_pauseButton->setEnabled(active && state != TailSession::State::Starting);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_pauseButton->setIcon(QIcon::fromTheme(paused ? u"media-playback-start"_s : u"media-playback-pause"_s));
    m_commitButton->setEnabled(hasGroupSession && !m_readOnly);
    updateFields();
}

void TailSetupBar::focusTopics()
{
    m_topics->setFocus(Qt::ShortcutFocusReason);
    m_topics->selectAll();
}

} // namespace Gregor
