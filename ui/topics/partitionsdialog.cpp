// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partitionsdialog.h"

#include "confirmation.h"
#include "core/api/kafkaclient.h"
#include "core/services/openconnection.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

PartitionsDialog::PartitionsDialog(OpenConnection *connection, const QString &topic, int currentPartitions,
                                   QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_topic(topic)
    , m_current(currentPartitions)
{
    setObjectName(u"partitionsDialog"_s);
    setWindowTitle(tr("Add partitions — %1").arg(topic));
    m_count = new QSpinBox(this);
    m_count->setObjectName(u"partitionCount"_s);
    m_count->setRange(std::max(1, currentPartitions + 1), 10000);
    m_count->setValue(m_count->minimum());
    auto *explain = new QLabel(tr("“%1” has %n partition(s). Kafka only adds partitions, never removes them, "
                                  "and a keyed record may go to another partition afterwards, so the "
                                  "order of a key's records is kept only from then on.",
                                  nullptr, currentPartitions)
                                   .arg(topic),
                               this);
    explain->setWordWrap(true);
    m_status = new QLabel(this);
    m_status->setObjectName(u"partitionsStatus"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_curl = buttons->addButton(tr("Copy as c&url"), QDialogButtonBox::ActionRole);
    m_add = buttons->addButton(tr("&Add…"), QDialogButtonBox::AcceptRole);
    m_add->setObjectName(u"partitionsAdd"_s);
    m_add->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(tr("&New partition count:"), m_count);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_count, buttons);
    resize(460, sizeHint().height());

    connect(buttons, &QDialogButtonBox::rejected, this, &PartitionsDialog::reject);
    connect(m_curl, &QPushButton::clicked, this, &PartitionsDialog::copyAsCurl);
    connect(m_add, &QPushButton::clicked, this, [this] {
        const QString question = tr("Give “%1” %2 partitions instead of %3 on “%4”? This cannot be undone.")
                                     .arg(m_topic)
                                     .arg(m_count->value())
                                     .arg(m_current)
                                     .arg(m_connection->profile().name);
        askToConfirm(this, u"confirmAddPartitions"_s, tr("Add partitions"), question, tr("&Add partitions"),
                     [this] { send(); });
    });
}

PartitionsDialog::~PartitionsDialog() = default; // a call in flight finishes without calling back

QString PartitionsDialog::copyAsCurl()
{
    TopicAdmin *admin = topicAdminOf(m_connection);
    const QString sentence =
        admin ? copyRequestAsCurl(m_connection, admin->setPartitionCountRequest(m_topic, m_count->value()))
              : tr("This connection cannot add partitions.");
    m_status->setText(sentence);
    return sentence;
}

void PartitionsDialog::send()
{
    TopicAdmin *admin = topicAdminOf(m_connection);
    if (!admin)
        return m_status->setText(tr("This connection cannot add partitions."));
    m_add->setEnabled(false);
    m_count->setEnabled(false);
    m_status->setText(tr("Adding partitions…"));
    const int count = m_count->value();
    m_job = admin->setPartitionCount(m_topic, count, this, [this, count](Result<Done> done) {
        m_add->setEnabled(true);
        m_count->setEnabled(true);
        if (!done) {
            m_status->setText(
                done.error().kind == ErrorKind::Cancelled
                    ? tr("Cancelled; the server may have added them all the same: refresh the topic.")
                    : done.error().userText);
            if (done.error().kind != ErrorKind::Cancelled)
                m_connection->reportError(done.error());
            return;
        }
        m_connection->reportSuccess();
        Q_EMIT partitionsAdded(m_topic, count);
        accept();
    });
}

void PartitionsDialog::reject()
{
    if (m_job)
        return m_job->cancel();
    QDialog::reject();
}

} // namespace Gregor
