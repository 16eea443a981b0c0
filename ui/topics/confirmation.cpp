// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmation.h"

#include "core/api/kafkaclient.h"
#include "core/http/curl.h"
#include "core/services/openconnection.h"

#include <QApplication>
#include <QClipboard>
#include <QMessageBox>
#include <QPushButton>

namespace Gregor {

void askToConfirm(QWidget *parent, const QString &objectName, const QString &title, const QString &question,
                  const QString &confirmText, std::function<void()> confirmed)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, question, QMessageBox::Cancel, parent);
    QPushButton *confirm = box->addButton(confirmText, QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(box, &QMessageBox::finished, box, [box, confirm, confirmed = std::move(confirmed)] {
        if (box->clickedButton() == confirm)
            confirmed();
    });
    box->open();
}

TopicAdmin *topicAdminOf(const OpenConnection *connection)
{
    KafkaClient *client = connection->client();
    return client ? client->topicAdmin() : nullptr;
}

QString copyRequestAsCurl(const OpenConnection *connection, const Result<HttpRequest> &request)
{
    const KafkaClient *client = connection->client();
    if (!client)
        return QApplication::translate("Gregor", "The connection is not open yet.");
    if (!request)
        return request.error().userText;
    QApplication::clipboard()->setText(curlCommand(client->settings(), *request));
    return QApplication::translate(
        "Gregor", "Copied as a curl command; set $GREGOR_PASSWORD or $GREGOR_TOKEN to run it.");
}

} // namespace Gregor
