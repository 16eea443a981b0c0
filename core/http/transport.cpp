// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "transport.h"

#include "httpjob.h"
#include "journal.h"
#include "tlsconfig.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QNetworkReply>
#include <QNetworkRequest>

using namespace Qt::StringLiterals;

namespace Gregor {

namespace {
// Asks the operating system per request instead of switching the process-wide default.
class SystemProxyFactory : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return systemProxyForQuery(query);
    }
};
} // namespace

Transport::Transport(const ConnectionSettings &settings, Journal *journal, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_journal(journal)
    , m_network(new QNetworkAccessManager(this))
{
    if (settings.baseUrl.scheme() == u"https"_s)
        m_tls = tlsConfiguration(settings);
    applyProxy();
    // "Trust this certificate" applies to this connection's replies only, and only when the
    // peer presents exactly the pinned certificate; everything else stays a TLS error.
    connect(m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply *reply, const QList<QSslError> &errors) {
                if (matchesPin(reply->sslConfiguration().peerCertificate(), m_settings.pinnedSha256))
                    reply->ignoreSslErrors(errors);
            });
}

Transport::~Transport()
{
    // Jobs still running finish now, with Cancelled, rather than never.
    const auto jobs = findChildren<Job *>(Qt::FindDirectChildrenOnly);
    for (Job *job : jobs)
        job->cancel();
}

void Transport::applyProxy()
{
    switch (m_settings.proxy) {
    case ConnectionSettings::ProxyKind::System:
        m_network->setProxyFactory(new SystemProxyFactory);
        break;
    case ConnectionSettings::ProxyKind::None:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    case ConnectionSettings::ProxyKind::Explicit: {
        const QUrl &url = m_settings.proxyUrl;
        const bool socks = url.scheme().startsWith(u"socks"_s, Qt::CaseInsensitive);
        m_network->setProxy(QNetworkProxy(socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy,
                                          url.host(), quint16(url.port(socks ? 1080 : 8080)), url.userName(),
                                          url.password()));
        break;
    }
    }
}

QUrl Transport::requestUrl(const ConnectionSettings &settings, const HttpRequest &request)
{
    QUrl url = settings.baseUrl;
    QString prefix = url.path(QUrl::FullyEncoded);
    while (prefix.endsWith(u'/'))
        prefix.chop(1);
    url.setPath(prefix + request.path, QUrl::StrictMode);
    url.setQuery(request.query);
    url.setFragment({});
    return url;
}

HeaderList Transport::authHeaders(const ConnectionSettings &settings)
{
    switch (settings.auth) {
    case ConnectionSettings::AuthKind::None:
        return {};
    case ConnectionSettings::AuthKind::Basic:
        return {
            {"Authorization"_ba, "Basic "_ba + (settings.user + u':' + settings.secret).toUtf8().toBase64()}};
    case ConnectionSettings::AuthKind::AuthToken:
        return {{"X-Auth-Token"_ba, settings.secret.toUtf8()}};
    case ConnectionSettings::AuthKind::Bearer:
        return {{"Authorization"_ba, "Bearer "_ba + settings.secret.toUtf8()}};
    }
    return {};
}

HeaderList Transport::sentHeaders(const ConnectionSettings &settings, const HttpRequest &request)
{
    return request.headers + settings.extraHeaders + authHeaders(settings);
}

const Result<QSslConfiguration> &Transport::tlsConfig() const
{
    if (!m_tls)
        m_tls = m_settings.baseUrl.scheme() == u"https"_s ? tlsConfiguration(m_settings)
                                                          : Result<QSslConfiguration>(QSslConfiguration());
    return *m_tls;
}

QNetworkRequest Transport::networkRequest(const HttpRequest &request) const
{
    QNetworkRequest req(requestUrl(m_settings, request));
    for (const auto &[name, value] : sentHeaders(m_settings, request))
        req.setRawHeader(name, value);
    if (!req.hasRawHeader("User-Agent"))
        req.setRawHeader("User-Agent", "Gregor/" GREGOR_VERSION);
    req.setTransferTimeout(qMax(0, m_settings.timeoutMs) + qMax(0, request.extraTimeoutMs));
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, true);
    req.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    req.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    if (req.url().scheme() == u"https"_s && tlsConfig())
        req.setSslConfiguration(*tlsConfig());
    return req;
}

HttpJob *Transport::send(const HttpRequest &request, QObject *context, ResultJob<HttpResponse>::Callback done)
{
    auto *job = new HttpJob(this, request, context, std::move(done));
    ++m_liveJobs;
    Q_EMIT liveJobsChanged(m_liveJobs);
    connect(job, &Job::finished, this, [this] {
        --m_liveJobs;
        Q_EMIT liveJobsChanged(m_liveJobs);
    });
    job->start();
    return job;
}

} // namespace Gregor
