// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "readoptionsbar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Gregor {

ReadOptionsBar::ReadOptionsBar(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"readOptions"_s);
    m_topicLabel = new QLabel(tr("Pick a topic on the left."), this);
    m_topicLabel->setObjectName(u"readTopic"_s);
    m_partitions = new QLineEdit(this);
    m_partitions->setObjectName(u"readPartitions"_s);
    m_partitions->setPlaceholderText(tr("all"));
    m_partitions->setToolTip(tr("Partitions to read: empty for all, or a list such as 0,2,5-7"));
    m_partitions->setMaximumWidth(110);
    m_start = new QComboBox(this);
    m_start->setObjectName(u"readStart"_s);
    m_start->addItem(tr("From the beginning"), QVariant::fromValue(Start::Beginning));
    m_start->addItem(tr("Newest"), QVariant::fromValue(Start::Newest));
    m_start->addItem(tr("From offset"), QVariant::fromValue(Start::Offset));
    m_start->addItem(tr("From time"), QVariant::fromValue(Start::Time));
    m_newest = new QSpinBox(this);
    m_newest->setObjectName(u"readNewest"_s);
    m_newest->setRange(1, 10'000'000);
    m_newest->setValue(100);
    m_newest->setSuffix(tr(" per partition"));
    m_offset = new QLineEdit(u"0"_s, this);
    m_offset->setObjectName(u"readOffset"_s);
    m_offset->setMaximumWidth(140);
    m_time = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_time->setObjectName(u"readTime"_s);
    m_time->setCalendarPopup(true);
    m_time->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(u"readLimit"_s);
    m_limit->setRange(1, 100'000'000);
    m_limit->setValue(1000);
    m_limit->setGroupSeparatorShown(true);
    m_noLimit = new QCheckBox(tr("No limit"), this);
    m_noLimit->setObjectName(u"readNoLimit"_s);
    m_read = new QPushButton(QIcon::fromTheme(u"media-playback-start"_s), tr("&Read"), this);
    m_read->setObjectName(u"read"_s);
    m_read->setToolTip(tr("Read records (Ctrl+Return)"));
    m_cancel = new QPushButton(QIcon::fromTheme(u"process-stop"_s), tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelRead"_s);
    m_cancel->setToolTip(tr("Stop reading; what arrived stays (Ctrl+.)"));
    m_curl = new QPushButton(tr("Copy as curl"), this);
    m_curl->setObjectName(u"readCurl"_s);
    m_curl->setToolTip(tr("Copy the first request of this read as a curl command"));
    m_status = new QLabel(this);
    m_status->setObjectName(u"readStatus"_s);

    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->addWidget(m_topicLabel, 0, 0, 1, 9);
    grid->addWidget(new QLabel(tr("Partitions:"), this), 1, 0);
    grid->addWidget(m_partitions, 1, 1);
    grid->addWidget(m_start, 1, 2);
    grid->addWidget(m_newest, 1, 3);
    grid->addWidget(m_offset, 1, 3);
    grid->addWidget(m_time, 1, 3);
    grid->addWidget(new QLabel(tr("Limit:"), this), 1, 4);
    grid->addWidget(m_limit, 1, 5);
    grid->addWidget(m_noLimit, 1, 6);
    grid->addWidget(m_read, 1, 7);
    grid->addWidget(m_cancel, 1, 8);
    grid->addWidget(m_curl, 1, 9);
    grid->addWidget(m_status, 2, 0, 1, 10);
    grid->setColumnStretch(10, 1);

    connect(m_start, &QComboBox::currentIndexChanged, this, &ReadOptionsBar::updateFields);
    connect(m_noLimit, &QCheckBox::toggled, this, [this](bool on) {
        updateFields();
        if (on)
            setStatus(
                tr("Without a limit the whole topic is loaded: that can be millions of records and much "
                   "memory. Cancel with Esc at any time."));
    });
    connect(m_read, &QPushButton::clicked, this, &ReadOptionsBar::readRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ReadOptionsBar::cancelRequested);
    connect(m_curl, &QPushButton::clicked, this, &ReadOptionsBar::copyCurlRequested);
    setRunning(false);
    updateFields();
}

void ReadOptionsBar::setTopic(const QString &topic, int partitionCount)
{
    m_topic = topic;
    m_partitionCount = partitionCount;
    m_topicLabel->setText(partitionCount > 0
                              ? tr("<b>%1</b> — %2")
                                    .arg(topic.toHtmlEscaped(), partitionCount == 1
                                                                    ? tr("1 partition")
                                                                    : tr("%1 partitions").arg(partitionCount))
                              : tr("<b>%1</b>").arg(topic.toHtmlEscaped()));
    updateFields();
}

void ReadOptionsBar::setStart(Start start)
{
    m_start->setCurrentIndex(m_start->findData(QVariant::fromValue(start)));
}

void ReadOptionsBar::setStartValue(qint64 value)
{
    switch (m_start->currentData().value<Start>()) {
    case Start::Newest:
        m_newest->setValue(int(value));
        break;
    case Start::Offset:
        m_offset->setText(QString::number(value));
        break;
    case Start::Time:
        m_time->setDateTime(QDateTime::fromMSecsSinceEpoch(value));
        break;
    case Start::Beginning:
        break;
    }
}

void ReadOptionsBar::setPartitions(const QString &list)
{
    m_partitions->setText(list);
}

void ReadOptionsBar::setLimit(qint64 limit)
{
    m_noLimit->setChecked(limit == 0);
    if (limit > 0)
        m_limit->setValue(int(qMin<qint64>(limit, m_limit->maximum())));
}

void ReadOptionsBar::setTimeAvailable(bool available, const QString &whyNot)
{
    const int index = m_start->findData(QVariant::fromValue(Start::Time));
    m_start->setItemData(index, available ? QVariant() : QVariant(whyNot), Qt::ToolTipRole);
    m_start->setItemData(index, available ? QVariant() : QVariant(0), Qt::UserRole - 1); // disables the item
    if (!available && m_start->currentIndex() == index)
        setStart(Start::Beginning);
}

void ReadOptionsBar::updateFields()
{
    const Start start = m_start->currentData().value<Start>();
    m_newest->setVisible(start == Start::Newest);
    m_offset->setVisible(start == Start::Offset);
    m_time->setVisible(start == Start::Time);
    m_limit->setEnabled(!m_noLimit->isChecked());
    m_read->setEnabled(!m_topic.isEmpty() && !m_cancel->isEnabled() && m_cannotRead.isEmpty());
    m_curl->setEnabled(!m_topic.isEmpty() && m_cannotRead.isEmpty());
}

void ReadOptionsBar::setReadAvailable(bool available, const QString &whyNot)
{
    m_cannotRead = available ? QString() : whyNot;
    m_read->setToolTip(available ? tr("Read records (Ctrl+Return)") : whyNot);
    if (!available)
        setStatus(whyNot);
    updateFields();
}

void ReadOptionsBar::setRunning(bool running)
{
    m_cancel->setEnabled(running);
    m_read->setEnabled(!running && !m_topic.isEmpty() && m_cannotRead.isEmpty());
}

void ReadOptionsBar::setStatus(const QString &text)
{
    m_status->setText(text);
}

static std::expected<QList<int>, QString> parsePartitions(const QString &text, int count)
{
    QList<int> partitions;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
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
        if (!ok1 || !ok2 || from < 0 || to < from)
            return std::unexpected(
                QObject::tr("Partitions are numbers or ranges such as 0,2,5-7; “%1” is not.").arg(item));
        if (count > 0 && to >= count)
            return std::unexpected(
                QObject::tr("This topic has partitions 0 to %1; %2 does not exist.").arg(count - 1).arg(to));
        for (int p = from; p <= to; ++p) {
            if (!partitions.contains(p))
                partitions.append(p);
        }
    }
    return partitions;
}

std::expected<ReadRequest, QString> ReadOptionsBar::request() const
{
    if (m_topic.isEmpty())
        return std::unexpected(tr("Pick a topic on the left first."));
    ReadRequest request;
    request.topic = m_topic;
    auto partitions = parsePartitions(m_partitions->text(), m_partitionCount);
    if (!partitions)
        return std::unexpected(partitions.error());
    request.partitions = *partitions;
    request.maxRecords = m_noLimit->isChecked() ? 0 : m_limit->value();
    switch (m_start->currentData().value<Start>()) {
    case Start::Beginning:
        request.start = OffsetSpec::earliest();
        break;
    case Start::Newest:
        request.start = OffsetSpec::latest();
        request.newestCount = m_newest->value();
        break;
    case Start::Offset: {
        bool ok = false;
        const qint64 offset = m_offset->text().trimmed().toLongLong(&ok);
        if (!ok || offset < 0)
            return std::unexpected(tr("The start offset must be a whole number of 0 or more."));
        request.start = OffsetSpec::atOffset(offset);
        break;
    }
    case Start::Time:
        request.start = OffsetSpec::atTime(m_time->dateTime().toMSecsSinceEpoch());
        break;
    }
    return request;
}

} // namespace Gregor
