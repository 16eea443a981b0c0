// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "connectionsettings.h"
#include "httprequest.h"

#include <QString>

namespace Gregor {

struct JournalEntry;

// "Copy as curl": a POSIX shell command that sends the same request. Secrets become references
// to $GREGOR_PASSWORD (Basic; the user name stays) or $GREGOR_TOKEN (X-Auth-Token, Bearer)
// unless the caller asks for them in clear.
struct CurlOptions
{
    bool revealSecrets = false;
    bool multiLine = true; // one option per line, joined with " \"
};

// For a request the client is about to send (KafkaClient::produceRequest() and friends).
QString curlCommand(const ConnectionSettings &settings, const HttpRequest &request, CurlOptions options = {});
// For a request-log entry. The journal keeps redacted headers and at most 64 KiB of body; auth
// comes from the settings, and a cut body is flagged in a leading comment.
QString curlCommand(const ConnectionSettings &settings, const JournalEntry &entry, CurlOptions options = {});

// 'text' with single quotes, safe for any POSIX shell.
QString shellQuote(const QString &text);

} // namespace Gregor
