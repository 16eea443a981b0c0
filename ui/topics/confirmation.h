// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/result.h"
#include "core/http/httprequest.h"

#include <QString>

#include <functional>

class QWidget;

namespace Gregor {

class OpenConnection;
class TopicAdmin;

// A window-modal question whose default answer is Cancel; `confirmed` runs only on the
// destructive button. Never blocks: the box opens and answers later.
void askToConfirm(QWidget *parent, const QString &objectName, const QString &title, const QString &question,
                  const QString &confirmText, std::function<void()> confirmed);

// Puts the request as a curl command on the clipboard (the secret as $GREGOR_PASSWORD or
// $GREGOR_TOKEN) and returns the sentence to show, or why there is nothing to copy.
QString copyRequestAsCurl(const OpenConnection *connection, const Result<HttpRequest> &request);

// The connection's topic management, or null while it is not open or its dialect has none.
TopicAdmin *topicAdminOf(const OpenConnection *connection);

} // namespace Gregor
