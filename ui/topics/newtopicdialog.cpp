// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "newtopicdialog.h"

#include "confirmation.h"
#include "core/api/kafkaclient.h"
#include "core/services/openconnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

NewTopicDialog::NewTopicDialog(OpenConnection *connection, QStringList existingTopics, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_existing(std::move(existingTopics))
{
    setObjectName(u"newTopicDialog"_s);
    setWindowTitle(tr("New topic — %1").arg(connection->profile().name));
    m_name = new QLineEdit(this);
    m_name->setObjectName(u"newTopicName"_s);
    m_name->setPlaceholderText(tr("letters, digits, '.', '_' and '-'"));
    m_partitions = new QSpinBox(this);
    m_partitions->setObjectName(u"newTopicPartitions"_s);
    m_partitions->setRange(1, 10000);
    m_partitions->setValue(3);
    m_replication = new QSpinBox(this);
    m_replication->setObjectName(u"newTopicReplication"_s);
    m_replication->setRange(0, 32);
    m_replication->setSpecialValueText(tr("the cluster's default"));
    m_configs = new QPlainTextEdit(this);
    m_configs->setObjectName(u"newTopicConfigs"_s);
    m_configs->setTabChangesFocus(true);
    m_configs->setPlaceholderText(tr("retention.ms=604800000\ncleanup.policy=compact"));
    m_configs->setFixedHeight(m_configs->fontMetrics().lineSpacing() * 6);
    m_status = new QLabel(this);
    m_status->setObjectName(u"newTopicStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_check = m_buttons->addButton(tr("C&heck"), QDialogButtonBox::ActionRole);
    m_check->setObjectName(u"newTopicCheck"_s);
    m_check->setToolTip(tr("Ask the server whether it would create this topic, without creating it"));
    m_curl = m_buttons->addButton(tr("Copy as c&url"), QDialogButtonBox::ActionRole);
    m_curl->setObjectName(u"newTopicCurl"_s);
    m_create = m_buttons->addButton(tr("&Create…"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"newTopicCreate"_s);
    m_create->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Partitions:"), m_partitions);
    form->addRow(tr("&Replication factor:"), m_replication);
    form->addRow(tr("Con&figs:"), m_configs);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    setTabOrder(m_name, m_partitions);
    setTabOrder(m_partitions, m_replication);
    setTabOrder(m_replication, m_configs);
    setTabOrder(m_configs, m_buttons);
    resize(520, sizeHint().height());

    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewTopicDialog::reject);
    connect(m_check, &QPushButton::clicked, this, [this] { send(true); });
    connect(m_curl, &QPushButton::clicked, this, &NewTopicDialog::copyAsCurl);
    connect(m_create, &QPushButton::clicked, this, [this] {
        const Result<TopicSpec> topic = spec();
        if (!topic)
            return m_status->setText(topic.error().userText);
        const QString question =
            tr("Create the topic “%1” with %n partition(s) on “%2”?", nullptr, topic->partitions)
                .arg(topic->name, m_connection->profile().name);
        askToConfirm(this, u"confirmCreateTopic"_s, tr("New topic"), question, tr("&Create"),
                     [this] { send(false); });
    });
    connect(m_name, &QLineEdit::textChanged, m_status, &QLabel::clear);
}

NewTopicDialog::~NewTopicDialog() = default; // a call in flight finishes without calling back

Result<TopicSpec> NewTopicDialog::spec() const
{
    const auto refuse = [](const QString &sentence) {
        return std::unexpected(ApiError::make(ErrorKind::BadRequest, sentence));
    };
    TopicSpec topic;
    topic.name = m_name->text().trimmed();
    static const QRegularExpression legal(u"^[A-Za-z0-9._-]{1,249}$"_s);
    if (topic.name.isEmpty())
        return refuse(tr("Give the topic a name."));
    if (!legal.match(topic.name).hasMatch() || topic.name == u"."_s || topic.name == u".."_s)
        return refuse(tr("A topic name has at most 249 letters, digits, '.', '_' or '-'."));
    if (m_existing.contains(topic.name))
        return refuse(tr("There is already a topic called “%1”.").arg(topic.name));
    topic.partitions = m_partitions->value();
    if (m_replication->value() > 0)
        topic.replicationFactor = m_replication->value();
    const QStringList lines = m_configs->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype eq = line.indexOf(u'=');
        if (eq <= 0)
            return refuse(tr("Config line %1 is not name=value.").arg(i + 1));
        const QString name = line.first(eq).trimmed();
        if (topic.configs.contains(name))
            return refuse(tr("Config line %1 sets “%2” a second time.").arg(i + 1).arg(name));
        topic.configs.insert(name, line.sliced(eq + 1).trimmed());
    }
    return topic;
}

QString NewTopicDialog::copyAsCurl()
{
    const Result<TopicSpec> topic = spec();
    TopicAdmin *admin = topicAdminOf(m_connection);
    const QString sentence = !topic ? topic.error().userText
                             : admin
                                 ? copyRequestAsCurl(m_connection, admin->createTopicRequest(*topic, false))
                                 : tr("This connection cannot create topics.");
    m_status->setText(sentence);
    return sentence;
}

void NewTopicDialog::send(bool validateOnly)
{
    const Result<TopicSpec> topic = spec();
    if (!topic)
        return m_status->setText(topic.error().userText);
    TopicAdmin *admin = topicAdminOf(m_connection);
    if (!admin)
        return m_status->setText(tr("This connection cannot create topics."));
    setBusy(true);
    m_status->setText(validateOnly ? tr("Asking the server…") : tr("Creating “%1”…").arg(topic->name));
    m_job = admin->createTopic(
        *topic, validateOnly, this, [this, validateOnly, name = topic->name](Result<Done> done) {
            setBusy(false);
            if (!done && done.error().kind == ErrorKind::Cancelled)
                return m_status->setText(
                    tr("Cancelled; the server may have created the topic all the same: refresh the list."));
            if (!done) {
                m_status->setText(done.error().userText);
                m_connection->reportError(done.error());
                return;
            }
            m_connection->reportSuccess();
            if (validateOnly)
                return m_status->setText(tr("The server would create “%1” as it is.").arg(name));
            Q_EMIT topicCreated(name);
            accept();
        });
}

void NewTopicDialog::setBusy(bool busy)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_name, m_partitions, m_replication, m_configs, m_check, m_create})
        w->setEnabled(!busy);
}

void NewTopicDialog::reject()
{
    if (m_job) {
        m_job->cancel(); // the call answers Cancelled and the form comes back
        return;
    }
    QDialog::reject();
}

} // namespace Gregor
