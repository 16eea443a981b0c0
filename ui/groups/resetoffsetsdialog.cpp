// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "resetoffsetsdialog.h"

#include "core/http/curl.h"
#include "core/services/openconnection.h"

#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

std::optional<QList<int>> parsePartitionList(const QString &text)
{
    QList<int> result;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString item = part.trimmed();
        bool ok = false, ok2 = false;
        if (item.contains(u'-')) {
            const int from = item.section(u'-', 0, 0).trimmed().toInt(&ok);
            const int to = item.section(u'-', 1, 1).trimmed().toInt(&ok2);
            if (!ok || !ok2 || from < 0 || to < from || to - from > 100000)
                return std::nullopt;
            for (int p = from; p <= to; ++p)
                result.append(p);
        } else {
            const int p = item.toInt(&ok);
            if (!ok || p < 0)
                return std::nullopt;
            result.append(p);
        }
    }
    return result;
}

ResetOffsetsDialog::ResetOffsetsDialog(OpenConnection *connection, GroupSnapshot snapshot,
                                       const QString &topic, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_snapshot(std::move(snapshot))
{
    setObjectName(u"resetOffsetsDialog"_s);
    setWindowTitle(tr("Reset offsets of %1").arg(m_snapshot.group));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(u"resetTopic"_s);
    m_topic->addItem(tr("Every topic of the group"), QString());
    for (const TopicLag &t : m_snapshot.topics())
        m_topic->addItem(t.topic, t.topic);
    if (const int i = m_topic->findData(topic); i > 0)
        m_topic->setCurrentIndex(i);
    m_partitions = new QLineEdit(this);
    m_partitions->setObjectName(u"resetPartitions"_s);
    m_partitions->setPlaceholderText(tr("all partitions, or e.g. 0, 2-4"));

    m_earliest = new QRadioButton(tr("To the &earliest offset"), this);
    m_latest = new QRadioButton(tr("To the &latest offset (skip everything)"), this);
    m_dateTime = new QRadioButton(tr("To a &date and time"), this);
    m_offset = new QRadioButton(tr("To an o&ffset"), this);
    m_shift = new QRadioButton(tr("&Shift by"), this);
    auto *targets = new QButtonGroup(this);
    for (QRadioButton *b : {m_earliest, m_latest, m_dateTime, m_offset, m_shift})
        targets->addButton(b);
    m_earliest->setChecked(true);
    m_dateTimeEdit = new QDateTimeEdit(QDateTime::currentDateTime().addSecs(-3600), this);
    m_dateTimeEdit->setObjectName(u"resetDateTime"_s);
    m_dateTimeEdit->setCalendarPopup(true);
    m_dateTimeEdit->setDisplayFormat(u"yyyy-MM-dd HH:mm:ss"_s);
    m_offsetSpin = new QSpinBox(this);
    m_offsetSpin->setObjectName(u"resetOffset"_s);
    m_offsetSpin->setRange(0, std::numeric_limits<int>::max());
    m_shiftSpin = new QSpinBox(this);
    m_shiftSpin->setObjectName(u"resetShift"_s);
    m_shiftSpin->setRange(-std::numeric_limits<int>::max(), std::numeric_limits<int>::max());
    m_shiftSpin->setValue(-100);
    m_shiftSpin->setSuffix(tr(" records"));

    m_previewButton = new QPushButton(tr("&Preview"), this);
    m_previewButton->setObjectName(u"previewButton"_s);
    m_curlButton = new QPushButton(tr("Copy as &curl"), this);
    m_curlButton->setObjectName(u"copyCurlButton"_s);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(u"resetPreview"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Partition"), tr("Committed now"), tr("Committed after"), tr("Lag after")});
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_message = new QLabel(this);
    m_message->setObjectName(u"resetMessage"_s);
    m_message->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_resetButton = m_buttons->addButton(tr("&Reset Offsets…"), QDialogButtonBox::AcceptRole);
    m_resetButton->setObjectName(u"applyResetButton"_s);
    m_resetButton->setEnabled(false);

    auto *form = new QFormLayout;
    form->addRow(tr("&Topic:"), m_topic);
    form->addRow(tr("P&artitions:"), m_partitions);
    form->addRow(m_earliest);
    form->addRow(m_latest);
    form->addRow(m_dateTime, m_dateTimeEdit);
    form->addRow(m_offset, m_offsetSpin);
    form->addRow(m_shift, m_shiftSpin);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_previewButton);
    actions->addWidget(m_curlButton);
    actions->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    setTabOrder({m_topic, m_partitions, m_earliest, m_latest, m_dateTime, m_dateTimeEdit, m_offset,
                 m_offsetSpin, m_shift, m_shiftSpin, m_previewButton, m_curlButton, m_table, m_buttons});
    resize(620, 560);

    for (QRadioButton *b : {m_earliest, m_latest, m_dateTime, m_offset, m_shift})
        connect(b, &QRadioButton::toggled, this, &ResetOffsetsDialog::updateInputs);
    connect(m_topic, &QComboBox::currentIndexChanged, this, &ResetOffsetsDialog::updateInputs);
    connect(m_partitions, &QLineEdit::textChanged, this, &ResetOffsetsDialog::updateInputs);
    connect(m_dateTimeEdit, &QDateTimeEdit::dateTimeChanged, this, &ResetOffsetsDialog::updateInputs);
    connect(m_offsetSpin, &QSpinBox::valueChanged, this, &ResetOffsetsDialog::updateInputs);
    connect(m_shiftSpin, &QSpinBox::valueChanged, this, &ResetOffsetsDialog::updateInputs);
    connect(m_previewButton, &QPushButton::clicked, this, &ResetOffsetsDialog::runPreview);
    connect(m_curlButton, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(curlSequence());
        m_message->setText(tr("The whole sequence is on the clipboard (the password as $GREGOR_PASSWORD)."));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_resetButton, &QPushButton::clicked, this, &ResetOffsetsDialog::apply);
    updateInputs();
}

ResetScope ResetOffsetsDialog::scope() const
{
    ResetScope scope;
    scope.topic = m_topic->currentData().toString();
    if (!scope.topic.isEmpty())
        scope.partitions = parsePartitionList(m_partitions->text()).value_or(QList<int>{});
    return scope;
}

ResetTarget ResetOffsetsDialog::target() const
{
    if (m_latest->isChecked())
        return {ResetTarget::Kind::Latest, 0};
    if (m_dateTime->isChecked())
        return {ResetTarget::Kind::DateTime, m_dateTimeEdit->dateTime().toMSecsSinceEpoch()};
    if (m_offset->isChecked())
        return {ResetTarget::Kind::Offset, m_offsetSpin->value()};
    if (m_shift->isChecked())
        return {ResetTarget::Kind::Shift, m_shiftSpin->value()};
    return {ResetTarget::Kind::Earliest, 0};
}

void ResetOffsetsDialog::setTarget(const ResetTarget &target)
{
    switch (target.kind) {
    case ResetTarget::Kind::Earliest:
        m_earliest->setChecked(true);
        break;
    case ResetTarget::Kind::Latest:
        m_latest->setChecked(true);
        break;
    case ResetTarget::Kind::DateTime:
        m_dateTime->setChecked(true);
        m_dateTimeEdit->setDateTime(QDateTime::fromMSecsSinceEpoch(target.value));
        break;
    case ResetTarget::Kind::Offset:
        m_offset->setChecked(true);
        m_offsetSpin->setValue(int(target.value));
        break;
    case ResetTarget::Kind::Shift:
        m_shift->setChecked(true);
        m_shiftSpin->setValue(int(target.value));
        break;
    }
}

void ResetOffsetsDialog::setScope(const ResetScope &scope)
{
    m_topic->setCurrentIndex(std::max(0, m_topic->findData(scope.topic)));
    QStringList numbers;
    for (int p : scope.partitions)
        numbers.append(QString::number(p));
    m_partitions->setText(numbers.join(u", "_s));
}

void ResetOffsetsDialog::updateInputs()
{
    m_dateTimeEdit->setEnabled(m_dateTime->isChecked());
    m_offsetSpin->setEnabled(m_offset->isChecked());
    m_shiftSpin->setEnabled(m_shift->isChecked());
    const bool topicChosen = !m_topic->currentData().toString().isEmpty();
    m_partitions->setEnabled(topicChosen);
    const bool partitionsOk = !topicChosen || parsePartitionList(m_partitions->text()).has_value();
    m_previewButton->setEnabled(partitionsOk);
    m_message->setText(partitionsOk ? QString() : tr("Partitions are numbers or ranges, e.g. 0, 2-4."));
    // The preview no longer matches what would be sent.
    m_rows.clear();
    m_table->setRowCount(0);
    m_resetButton->setEnabled(false);
}

void ResetOffsetsDialog::runPreview()
{
    KafkaClient *client = m_connection->client();
    if (!client)
        return;
    if (m_job)
        m_job->cancel();
    m_message->setText(tr("Looking up offsets…"));
    m_previewButton->setEnabled(false);
    m_job = previewReset(client, m_snapshot, scope(), target(), this, [this](Result<QList<ResetRow>> rows) {
        m_previewButton->setEnabled(true);
        if (!rows) {
            m_message->setText(rows.error().userText);
            return;
        }
        m_rows = *rows;
        showRows();
        Q_EMIT previewReady();
    });
}

void ResetOffsetsDialog::showRows()
{
    const QLocale locale;
    m_table->setRowCount(int(m_rows.size()));
    for (int i = 0; i < int(m_rows.size()); ++i) {
        const ResetRow &row = m_rows[i];
        const QStringList cells{u"%1-%2"_s.arg(row.tp.topic).arg(row.tp.partition),
                                row.committedNow >= 0 ? locale.toString(row.committedNow) : tr("no commit"),
                                locale.toString(row.committedAfter), locale.toString(row.lagAfter())};
        for (int c = 0; c < 4; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(i, c, item);
        }
    }
    m_message->setText(tr("%n partition(s) would change as shown.", nullptr, int(m_rows.size())));
    m_resetButton->setEnabled(!m_rows.isEmpty() && !m_connection->isReadOnly());
}

QString ResetOffsetsDialog::curlSequence() const
{
    KafkaClient *client = m_connection->client();
    if (!client)
        return {};
    const QList<ResetRow> rows =
        m_rows.isEmpty() ? planReset(m_snapshot, scope(), target(), {}, {}, {}) : m_rows;
    QStringList commands;
    for (const HttpRequest &request : client->commitOffsetsRequests(m_snapshot.group, resetOffsets(rows)))
        commands.append(curlCommand(client->settings(), request));
    return commands.join(u"\n\n"_s);
}

void ResetOffsetsDialog::apply()
{
    if (m_rows.isEmpty())
        return;
    const QString question = tr("Reset the committed offsets of %n partition(s) of the group “%1” on the "
                                "connection “%2”?",
                                nullptr, int(m_rows.size()))
                                 .arg(m_snapshot.group, m_connection->profile().name);
    auto *box =
        new QMessageBox(QMessageBox::Warning, tr("Reset offsets"), question, QMessageBox::Cancel, this);
    QPushButton *confirm = box->addButton(tr("&Reset"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(u"confirmReset"_s);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, confirm] {
        if (box->clickedButton() != confirm)
            return;
        if (m_snapshot.instancesKnown && !m_snapshot.instances.isEmpty()) {
            auto *again = new QMessageBox(
                QMessageBox::Warning, tr("The group is in use"),
                tr("“%1” has %n live instance(s). They keep their positions and will commit over the reset "
                   "unless they are stopped first. Reset anyway?",
                   nullptr, int(m_snapshot.instances.size()))
                    .arg(m_snapshot.group),
                QMessageBox::Cancel, this);
            QPushButton *anyway = again->addButton(tr("Reset &Anyway"), QMessageBox::DestructiveRole);
            again->setDefaultButton(QMessageBox::Cancel);
            again->setObjectName(u"confirmResetLive"_s);
            again->setAttribute(Qt::WA_DeleteOnClose);
            connect(again, &QMessageBox::finished, this, [this, again, anyway] {
                if (again->clickedButton() == anyway)
                    commit();
            });
            again->open();
            return;
        }
        commit();
    });
    box->open();
}

void ResetOffsetsDialog::commit()
{
    KafkaClient *client = m_connection->client();
    if (!client)
        return;
    m_resetButton->setEnabled(false);
    m_message->setText(tr("Committing…"));
    m_job = client->commitOffsets(m_snapshot.group, resetOffsets(m_rows), this, [this](Result<Done> done) {
        if (!done) {
            m_message->setText(done.error().userText);
            m_resetButton->setEnabled(true);
            m_connection->reportError(done.error());
            Q_EMIT resetFailed(done.error().userText);
            return;
        }
        Q_EMIT resetDone();
        accept();
    });
}

} // namespace Gregor
