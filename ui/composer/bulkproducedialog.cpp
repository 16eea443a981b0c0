// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "bulkproducedialog.h"

#include "core/compose/bulkproducer.h"
#include "core/compose/composer.h"
#include "core/services/openconnection.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

static QList<ProduceRecord> toProduce(const QList<Record> &records)
{
    QList<ProduceRecord> out;
    out.reserve(records.size());
    for (const Record &r : records)
        out.append({r.topic, std::nullopt, r.key, r.value, r.headers, std::nullopt, EmbeddedFormat::Binary});
    return out;
}

BulkProduceDialog::BulkProduceDialog(const QList<OpenConnection *> &connections, OpenConnection *current,
                                     const QList<Record> &records, const QString &topic, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_refresh(new QTimer(this))
{
    setObjectName(u"bulkProduceDialog"_s);
    setWindowTitle(tr("Bulk produce"));
    m_fromFile = new QRadioButton(tr("A &file"), this);
    m_fromSelection =
        new QRadioButton(tr("The %n record(s) selected in Messages", nullptr, int(records.size())), this);
    m_fromSelection->setVisible(!records.isEmpty());
    (records.isEmpty() ? m_fromFile : m_fromSelection)->setChecked(true);
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"bulkPath"_s);
    m_path->setPlaceholderText(tr("a .jsonl file from Export, or any text file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_format = new QComboBox(this);
    m_format->setObjectName(u"bulkFormat"_s);
    m_format->addItem(tr("JSON Lines (the envelope Export writes, kcat -J)"), int(BulkFormat::JsonLines));
    m_format->addItem(tr("Plain lines: one value per line"), int(BulkFormat::PlainLines));
    m_separator = new QLineEdit(this);
    m_separator->setObjectName(u"bulkKeySeparator"_s);
    m_separator->setPlaceholderText(tr("none: no keys (like kcat -K)"));
    m_keepPartition = new QCheckBox(tr("Send to the partitions in the file"), this);
    m_keepTimestamp = new QCheckBox(tr("Keep the timestamps in the file"), this);

    m_connection = new QComboBox(this);
    m_connection->setObjectName(u"bulkConnection"_s);
    for (OpenConnection *c : connections) {
        m_connections.append(c);
        m_connection->addItem(c->profile().name + (c->isReadOnly() ? tr(" (read-only)") : QString()));
    }
    m_connection->setCurrentIndex(int(connections.indexOf(current)));
    m_topic = new QComboBox(this);
    m_topic->setObjectName(u"bulkTopic"_s);
    m_topic->setEditable(true);
    m_topic->setInsertPolicy(QComboBox::NoInsert);
    m_topic->setCurrentText(topic);
    m_embedded = new QComboBox(this);
    m_embedded->addItem(tr("binary (base64)"), int(EmbeddedFormat::Binary));
    m_embedded->addItem(tr("json"), int(EmbeddedFormat::Json));
    m_batchRecords = new QSpinBox(this);
    m_batchRecords->setRange(1, 10000);
    m_batchRecords->setValue(500);
    m_batchRecords->setSuffix(tr(" records"));
    m_batchKiB = new QSpinBox(this);
    m_batchKiB->setRange(1, 15 * 1024); // under the 16 MiB request limit (api-spec §10)
    m_batchKiB->setValue(1024);
    m_batchKiB->setSuffix(tr(" KiB"));
    m_rate = new QSpinBox(this);
    m_rate->setObjectName(u"bulkRate"_s);
    m_rate->setRange(0, 1000000);
    m_rate->setSpecialValueText(tr("as fast as the server takes them"));
    m_rate->setSuffix(tr(" records/s"));
    m_skipMalformed = new QRadioButton(tr("Skip malformed lines and list them"), this);
    m_checkFirst =
        new QRadioButton(tr("Check the whole file first; send nothing if a line is malformed"), this);
    m_skipMalformed->setChecked(true);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_status = new QLabel(this);
    m_status->setObjectName(u"bulkStatus"_s);
    m_status->setWordWrap(true);
    m_heldBox = new QWidget(this);
    m_heldText = new QLabel(m_heldBox);
    m_heldText->setWordWrap(true);
    auto *resend = new QPushButton(tr("Send it &again"), m_heldBox);
    resend->setToolTip(tr("The records may then be in the topic twice"));
    auto *skip = new QPushButton(tr("Skip &it"), m_heldBox);
    skip->setToolTip(tr("Count them as unknown and go on; they stay in the failures file"));
    auto *heldLayout = new QHBoxLayout(m_heldBox);
    heldLayout->setContentsMargins(0, 0, 0, 0);
    heldLayout->addWidget(m_heldText, 1);
    heldLayout->addWidget(resend);
    heldLayout->addWidget(skip);
    m_heldBox->setStyleSheet(u"QWidget { background: #fdbc4b; color: #232629; }"_s);
    m_heldBox->hide();
    m_log = new QPlainTextEdit(this);
    m_log->setObjectName(u"bulkLog"_s);
    m_log->setReadOnly(true);
    m_log->setMaximumBlockCount(2000);
    m_log->setPlaceholderText(
        tr("Malformed lines, failed records and the first request of a dry run appear here."));
    m_log->setTabChangesFocus(true);

    m_dryRun = new QPushButton(tr("&Dry run"), this);
    m_dryRun->setToolTip(tr("Show the first request exactly as it would be sent, without sending"));
    m_start = new QPushButton(tr("&Start"), this);
    m_start->setObjectName(u"bulkStart"_s);
    m_start->setDefault(true);
    m_pause = new QPushButton(tr("&Pause"), this);
    m_cancel = new QPushButton(tr("&Cancel run"), this);
    m_saveFailures = new QPushButton(tr("Sa&ve failures…"), this);
    m_saveFailures->setToolTip(tr("The failed and unknown records as JSON Lines, to produce again later"));
    m_close = new QPushButton(tr("Close"), this);

    auto *source = new QGroupBox(tr("Records from"), this);
    auto *sourceForm = new QFormLayout(source);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_fromFile);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    sourceForm->addRow(pathRow);
    sourceForm->addRow(tr("F&ormat:"), m_format);
    sourceForm->addRow(tr("&Key separator:"), m_separator);
    sourceForm->addRow(m_keepPartition);
    sourceForm->addRow(m_keepTimestamp);
    sourceForm->addRow(m_fromSelection);
    auto *target = new QGroupBox(tr("Send to"), this);
    auto *targetForm = new QFormLayout(target);
    targetForm->addRow(tr("Co&nnection:"), m_connection);
    targetForm->addRow(tr("&Topic:"), m_topic);
    targetForm->addRow(tr("&Embedded format:"), m_embedded);
    auto *batchRow = new QHBoxLayout;
    batchRow->addWidget(m_batchRecords);
    batchRow->addWidget(new QLabel(tr("or"), this));
    batchRow->addWidget(m_batchKiB);
    batchRow->addStretch(1);
    auto *batchLabel = new QLabel(tr("Per re&quest at most:"), this);
    batchLabel->setBuddy(m_batchRecords);
    targetForm->addRow(batchLabel, batchRow);
    targetForm->addRow(tr("&Rate:"), m_rate);
    targetForm->addRow(tr("Malformed lines:"), m_skipMalformed);
    targetForm->addRow(QString(), m_checkFirst);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_dryRun);
    buttons->addStretch(1);
    buttons->addWidget(m_start);
    buttons->addWidget(m_pause);
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_saveFailures);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(source);
    layout->addWidget(target);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_heldBox);
    layout->addWidget(m_log, 1);
    layout->addLayout(buttons);
    resize(720, 640);

    QWidget *order[] = {
        m_fromFile,      m_path,          m_browse,        m_format,     m_separator, m_keepPartition,
        m_keepTimestamp, m_fromSelection, m_connection,    m_topic,      m_embedded,  m_batchRecords,
        m_batchKiB,      m_rate,          m_skipMalformed, m_checkFirst, resend,      skip,
        m_log,           m_dryRun,        m_start,         m_pause,      m_cancel,    m_saveFailures,
        m_close};
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_browse, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Records to produce"), {},
                                       tr("JSON Lines (*.jsonl *.ndjson *.json);;All files (*)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setFileMode(QFileDialog::ExistingFile);
        connect(dialog, &QFileDialog::fileSelected, this, &BulkProduceDialog::setFile);
        dialog->open();
    });
    for (QObject *field : {static_cast<QObject *>(m_fromFile), static_cast<QObject *>(m_fromSelection)})
        connect(qobject_cast<QRadioButton *>(field), &QRadioButton::toggled, this,
                &BulkProduceDialog::updateFields);
    connect(m_format, &QComboBox::currentIndexChanged, this, &BulkProduceDialog::updateFields);
    connect(m_connection, &QComboBox::currentIndexChanged, this, &BulkProduceDialog::updateFields);
    connect(m_dryRun, &QPushButton::clicked, this, &BulkProduceDialog::dryRun);
    connect(m_start, &QPushButton::clicked, this, &BulkProduceDialog::start);
    connect(m_pause, &QPushButton::clicked, this, [this] {
        if (!m_producer)
            return;
        if (m_producer->state() == BulkProducer::State::Paused)
            m_producer->resume();
        else
            m_producer->pause();
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_producer)
            m_producer->cancel();
    });
    connect(resend, &QPushButton::clicked, this, [this] {
        if (m_producer)
            m_producer->resendHeld();
    });
    connect(skip, &QPushButton::clicked, this, [this] {
        if (m_producer)
            m_producer->skipHeld();
    });
    connect(m_saveFailures, &QPushButton::clicked, this, [this] {
        auto *dialog = new QFileDialog(this, tr("Save the failed records"), u"failed.jsonl"_s,
                                       tr("JSON Lines (*.jsonl)"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
            const auto saved = m_producer->saveFailures(path);
            m_status->setText(
                saved ? tr("Saved %n failed record(s) to %1; produce that file to send them again.", nullptr,
                           int(m_producer->failureCount()))
                            .arg(path)
                      : saved.error());
        });
        dialog->open();
    });
    connect(m_close, &QPushButton::clicked, this, &BulkProduceDialog::reject);
    m_refresh->setInterval(100); // progress at 10 Hz, not once per batch
    connect(m_refresh, &QTimer::timeout, this, &BulkProduceDialog::showProgress);
    updateFields();
    showState();
}

BulkProduceDialog::~BulkProduceDialog() = default;

OpenConnection *BulkProduceDialog::target() const
{
    const int index = m_connection->currentIndex();
    return index >= 0 && index < m_connections.size() ? m_connections[index].data() : nullptr;
}

void BulkProduceDialog::setFile(const QString &path)
{
    m_path->setText(path);
    m_fromFile->setChecked(true);
    if (path.endsWith(u".txt"_s) || path.endsWith(u".csv"_s) || path.endsWith(u".log"_s))
        m_format->setCurrentIndex(m_format->findData(int(BulkFormat::PlainLines)));
}

void BulkProduceDialog::updateFields()
{
    const bool file = m_fromFile->isChecked();
    const bool lines = m_format->currentData().toInt() == int(BulkFormat::PlainLines);
    m_path->setEnabled(file);
    m_browse->setEnabled(file);
    m_format->setEnabled(file);
    m_separator->setEnabled(file && lines);
    m_keepPartition->setEnabled(file && !lines);
    m_checkFirst->setEnabled(file);
    m_skipMalformed->setEnabled(file);
    OpenConnection *connection = target();
    KafkaClient *client = connection ? connection->client() : nullptr;
    const ComposeTarget composeTarget = client ? ComposeTarget{client->dialect(), client->capabilities()}
                                               : ComposeTarget::of(DialectKind::Upstash);
    const auto timestampReason = disabledReason(composeTarget, ComposeField::Timestamp);
    m_keepTimestamp->setEnabled(file && !lines && !timestampReason);
    m_keepTimestamp->setToolTip(timestampReason.value_or(QString()));
    const auto formatReason = disabledReason(composeTarget, ComposeField::Format);
    m_embedded->setEnabled(!formatReason);
    m_embedded->setToolTip(formatReason.value_or(QString()));
}

BulkProduceOptions BulkProduceDialog::options() const
{
    BulkProduceOptions o;
    o.read.format = BulkFormat(m_format->currentData().toInt());
    o.read.keySeparator = m_separator->text().toUtf8();
    o.read.topic = m_topic->currentText().trimmed();
    o.read.keepPartition = m_keepPartition->isEnabled() && m_keepPartition->isChecked();
    o.read.keepTimestamp = m_keepTimestamp->isEnabled() && m_keepTimestamp->isChecked();
    o.maxRecordsPerBatch = m_batchRecords->value();
    o.maxBytesPerBatch = qint64(m_batchKiB->value()) * 1024;
    o.recordsPerSecond = m_rate->value();
    o.stopOnMalformed = m_checkFirst->isEnabled() && m_checkFirst->isChecked();
    o.format =
        m_embedded->isEnabled() ? EmbeddedFormat(m_embedded->currentData().toInt()) : EmbeddedFormat::Binary;
    return o;
}

void BulkProduceDialog::dryRun()
{
    OpenConnection *connection = target();
    if (!connection || !connection->client() || m_topic->currentText().trimmed().isEmpty()) {
        m_status->setText(tr("Choose a connection and a topic first."));
        return;
    }
    if (m_fromSelection->isChecked()) {
        QList<ProduceRecord> records = toProduce(m_records.mid(0, m_batchRecords->value()));
        for (ProduceRecord &r : records) {
            r.topic = options().read.topic;
            r.format = options().format;
        }
        m_log->setPlainText(Composer::describe(connection->client()->produceRequest(records)));
    } else {
        const auto request = BulkProducer::dryRun(connection->client(), m_path->text(), options());
        if (!request) {
            m_status->setText(request.error());
            return;
        }
        m_log->setPlainText(Composer::describe(*request));
    }
    m_status->setText(tr("Dry run: the first request, exactly as it would be sent. Nothing was sent."));
}

void BulkProduceDialog::start()
{
    OpenConnection *connection = target();
    if (!connection || !connection->client()) {
        m_status->setText(tr("The connection is not open."));
        return;
    }
    if (m_topic->currentText().trimmed().isEmpty()) {
        m_status->setText(tr("Choose the topic to send to."));
        m_topic->setFocus();
        return;
    }
    if (m_fromFile->isChecked() && m_path->text().isEmpty()) {
        m_status->setText(tr("Choose the file to produce."));
        m_path->setFocus();
        return;
    }
    delete m_producer;
    m_producer = new BulkProducer(connection->client(), this);
    connect(m_producer, &BulkProducer::stateChanged, this, &BulkProduceDialog::showState);
    connect(m_producer, &BulkProducer::finished, this, &BulkProduceDialog::showProgress);
    m_log->clear();
    m_refresh->start();
    if (m_fromSelection->isChecked())
        m_producer->startRecords(toProduce(m_records), options());
    else
        m_producer->start(m_path->text(), options());
    showState();
}

void BulkProduceDialog::showProgress()
{
    if (!m_producer)
        return;
    const BulkProgress p = m_producer->progress();
    const QLocale locale;
    m_progress->setValue(int(p.fraction() * 1000));
    QString text;
    if (m_producer->state() == BulkProducer::State::Checking) {
        text = tr("Checking the file… %1%").arg(int(p.fraction() * 100));
    } else {
        text = tr("%1 sent · %2 records/s")
                   .arg(locale.toString(p.sent), locale.toString(qint64(p.recordsPerSecond)));
        if (p.failed)
            text += tr(" · %1 failed").arg(locale.toString(p.failed));
        if (p.unknown)
            text += tr(" · %1 unknown").arg(locale.toString(p.unknown));
        if (p.malformed)
            text += tr(" · %1 malformed").arg(locale.toString(p.malformed));
        if (p.secondsLeft)
            text += tr(" · about %1 s left").arg(locale.toString(qint64(*p.secondsLeft + 0.5)));
    }
    const BulkProducer::State state = m_producer->state();
    if (state == BulkProducer::State::Finished || state == BulkProducer::State::Failed ||
        state == BulkProducer::State::Cancelled) {
        text = m_producer->summary();
        m_refresh->stop();
        QString log;
        for (const BulkLineError &line : m_producer->malformed())
            log += tr("Line %1: %2").arg(line.line).arg(line.sentence) + u'\n';
        for (const BulkFailure &failure : m_producer->failures())
            log += (failure.line ? tr("Line %1: ").arg(failure.line) : QString()) + failure.sentence + u'\n';
        if (!log.isEmpty())
            m_log->setPlainText(log);
    }
    m_status->setText(text);
}

void BulkProduceDialog::showState()
{
    const BulkProducer::State state = m_producer ? m_producer->state() : BulkProducer::State::Idle;
    const bool running = state == BulkProducer::State::Running || state == BulkProducer::State::Paused ||
                         state == BulkProducer::State::Held || state == BulkProducer::State::Checking;
    m_start->setEnabled(!running);
    m_dryRun->setEnabled(!running);
    m_pause->setEnabled(state == BulkProducer::State::Running || state == BulkProducer::State::Paused);
    m_pause->setText(state == BulkProducer::State::Paused ? tr("&Resume") : tr("&Pause"));
    m_cancel->setEnabled(running);
    m_saveFailures->setEnabled(!running && m_producer && m_producer->failureCount() > 0);
    m_heldBox->setVisible(state == BulkProducer::State::Held);
    if (state == BulkProducer::State::Held)
        m_heldText->setText(
            tr("⚠ The answer to a request of %n record(s) was lost: they may or may not be in "
               "the topic. Nothing more is sent until you choose.",
               nullptr, int(m_producer->heldRecords())));
    showProgress();
}

void BulkProduceDialog::reject()
{
    if (m_producer && (m_producer->state() == BulkProducer::State::Running ||
                       m_producer->state() == BulkProducer::State::Paused ||
                       m_producer->state() == BulkProducer::State::Held ||
                       m_producer->state() == BulkProducer::State::Checking)) {
        m_status->setText(tr("A run is going on: cancel it first (its progress so far stays in the topic)."));
        return;
    }
    QDialog::reject();
}

} // namespace Gregor
