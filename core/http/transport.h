// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "connectionsettings.h"
#include "httprequest.h"
#include "job.h"
#include "journal.h"

#include <QObject>
#include <QPointer>
#include <QSslConfiguration>

#include <optional>

class QNetworkAccessManager;
class QNetworkRequest;

namespace Gregor {

class HttpJob;

// The HTTP side of one connection: base URL and path prefix, auth, TLS (CA file, client
// certificate, a pinned certificate), proxy and timeouts. Dialects hand it HttpRequests; it
// sends them as HttpJobs that retry what may be retried and record every exchange in the journal.
class Transport : public QObject
{
    Q_OBJECT
public:
    Transport(const ConnectionSettings &settings, Journal *journal, QObject *parent = nullptr);
    ~Transport() override;

    const ConnectionSettings &settings() const { return m_settings; }
    Journal *journal() const { return m_journal.data(); }
    QNetworkAccessManager *network() const { return m_network; }

    // Sends the request. A 2xx answer is a value; anything else an ApiError carrying the journal id.
    HttpJob *send(const HttpRequest &request, QObject *context, ResultJob<HttpResponse>::Callback done);

    // The full URL of a request: base URL, its path prefix, the request's (encoded) path and query.
    static QUrl requestUrl(const ConnectionSettings &settings, const HttpRequest &request);
    // The auth headers of a connection (secrets in clear: only for sending).
    static HeaderList authHeaders(const ConnectionSettings &settings);
    // Every header sent with the request: its own, then extra headers, then auth.
    static HeaderList sentHeaders(const ConnectionSettings &settings, const HttpRequest &request);

    // HTTP jobs started and not yet finished: what "requests in flight" counts. It cannot stick
    // when the journal drops entries, because it follows the jobs, not the log.
    int liveJobs() const { return m_liveJobs; }

    // Built once per connection, when first asked for (at construction for https); an error
    // when a TLS file cannot be used.
    const Result<QSslConfiguration> &tlsConfig() const;
    QNetworkRequest networkRequest(const HttpRequest &request) const;

Q_SIGNALS:
    void liveJobsChanged(int count);

private:
    void applyProxy();

    ConnectionSettings m_settings;
    QPointer<Journal> m_journal; // owned by the app; may go first
    QNetworkAccessManager *m_network;
    // Even a default QSslConfiguration loads the system's CA store: a tenth of a second of CPU
    // (callgrind: 10% of reading 30,000 records from the sandbox) that plain HTTP never needs.
    mutable std::optional<Result<QSslConfiguration>> m_tls;
    int m_liveJobs = 0;
};

} // namespace Gregor
