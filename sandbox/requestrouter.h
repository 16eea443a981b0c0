// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "requestcontext.h"

namespace Gregor::Sandbox {

// Turns a plain-value request into a Reply: auth, body limit, dialect, then the dialect's
// routes. No sockets here, so tests and the fuzzer call dispatch() directly.
class RequestRouter
{
public:
    RequestRouter(Store &store, GroupCoordinator &groups, const SandboxOptions &options);

    void setListenUrl(const QString &url) { m_services.listenUrl = url; }
    Reply dispatch(const HttpRequest &request);

    // The dialect whose error body a request gets (auth failures, injected faults, 404s).
    Dialect dialectOf(const HttpRequest &request) const;
    HttpResponse errorFor(const HttpRequest &request, int status, const QString &message) const;

    // Percent-decoded, non-empty segments of a raw path.
    static QStringList segments(QByteArrayView path);

private:
    bool authorized(const HttpRequest &request) const;
    Services m_services;
};

} // namespace Gregor::Sandbox
