// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "deletetopicdialog.h"

#include "confirmation.h"
#include "core/api/kafkaclient.h"
#include "core/services/openconnection.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Gregor {

DeleteTopicDialog::DeleteTopicDialog(OpenConnection *connection, const QString &topic, QWidget *parent)
    : QDialog(parent)
    , m_connection(connection)
    , m_topic(topic)
{
    setObjectName(u"deleteTopicDialog"_s);
    setWindowTitle(tr("Delete topic — %1").arg(topic));
    auto *explain =
        new QLabel(tr("Deleting “%1” on “%2” removes it and every record in it, for every consumer. "
                      "It cannot be undone. Type the topic's name to go on:")
                       .arg(topic.toHtmlEscaped(), connection->profile().name.toHtmlEscaped()),
                   this);
    explain->setWordWrap(true);
    m_typed = new QLineEdit(this);
    m_typed->setObjectName(u"deleteTopicTyped"_s);
    m_typed->setPlaceholderText(topic);
    m_status = new QLabel(this);
    m_status->setObjectName(u"deleteTopicStatus"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_curl = buttons->addButton(tr("Copy as c&url"), QDialogButtonBox::ActionRole);
    m_delete = buttons->addButton(tr("&Delete"), QDialogButtonBox::DestructiveRole);
    m_delete->setObjectName(u"deleteTopicButton"_s);
    m_delete->setEnabled(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addWidget(m_typed);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    setTabOrder(m_typed, buttons);
    resize(460, sizeHint().height());

    connect(m_typed, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_delete->setEnabled(text == m_topic && !m_job); });
    connect(buttons, &QDialogButtonBox::rejected, this, &DeleteTopicDialog::reject);
    connect(m_curl, &QPushButton::clicked, this, &DeleteTopicDialog::copyAsCurl);
    connect(m_delete, &QPushButton::clicked, this, &DeleteTopicDialog::send);
}

DeleteTopicDialog::~DeleteTopicDialog() = default; // a call in flight finishes without calling back

QString DeleteTopicDialog::copyAsCurl()
{
    TopicAdmin *admin = topicAdminOf(m_connection);
    const QString sentence = admin ? copyRequestAsCurl(m_connection, admin->deleteTopicRequest(m_topic))
                                   : tr("This connection cannot delete topics.");
    m_status->setText(sentence);
    return sentence;
}

void DeleteTopicDialog::send()
{
    TopicAdmin *admin = topicAdminOf(m_connection);
    if (!admin || m_typed->text() != m_topic)
        return;
    m_delete->setEnabled(false);
    m_typed->setEnabled(false);
    m_status->setText(tr("Deleting “%1”…").arg(m_topic));
    m_job = admin->deleteTopic(m_topic, this, [this](Result<Done> done) {
        m_typed->setEnabled(true);
        if (!done) {
            m_delete->setEnabled(true);
            m_status->setText(
                done.error().kind == ErrorKind::Cancelled
                    ? tr("Cancelled; the server may have deleted it all the same: refresh the list.")
                    : done.error().userText);
            if (done.error().kind != ErrorKind::Cancelled)
                m_connection->reportError(done.error());
            return;
        }
        m_connection->reportSuccess();
        Q_EMIT topicDeleted(m_topic);
        accept();
    });
}

void DeleteTopicDialog::reject()
{
    if (m_job)
        return m_job->cancel();
    QDialog::reject();
}

} // namespace Gregor
