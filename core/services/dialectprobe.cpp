// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialectprobe.h"

#include "core/api/kafkaclient.h"
#include "core/http/journal.h"

using namespace Qt::StringLiterals;

namespace Gregor {

DialectProbe::DialectProbe(ConnectionProfile profile, ProfileSecrets secrets, QObject *parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secrets(std::move(secrets))
    , m_journal(std::make_unique<Journal>())
{
    // v2 + v3 before v2 alone: its probe lists /v3/clusters, which a v2-only proxy refuses with
    // a 404, and Cloud's /kafka/v3 only after every dialect that can consume.
    if (m_profile.auth == ConnectionSettings::AuthKind::AuthToken)
        m_candidates = {DialectKind::ConfluentV1, DialectKind::ConfluentV3, DialectKind::ConfluentV2,
                        DialectKind::Upstash};
    else
        m_candidates = {DialectKind::Upstash, DialectKind::ConfluentV3, DialectKind::ConfluentV2,
                        DialectKind::ConfluentCloud, DialectKind::ConfluentV1};
}

DialectProbe::~DialectProbe() = default;

void DialectProbe::start()
{
    tryNext();
}

void DialectProbe::tryNext()
{
    if (m_candidates.isEmpty()) {
        Q_EMIT finished(std::nullopt, m_lastError.isEmpty()
                                          ? tr("No known dialect answered at this URL: check the URL.")
                                          : m_lastError);
        return;
    }
    const DialectKind candidate = m_candidates.takeFirst();
    ConnectionProfile profile = m_profile;
    profile.dialect = candidate;
    m_client =
        createKafkaClient(profile.toSettings(m_secrets.secret, m_secrets.proxyPassword), m_journal.get());
    m_client->listTopics(m_client.get(), [this, candidate](Result<QList<TopicInfo>> result) {
        if (result) {
            const QString topics = result->size() == 1 ? tr("1 topic") : tr("%1 topics").arg(result->size());
            Q_EMIT finished(candidate,
                            tr("The server speaks %1 (%2 visible).").arg(dialectName(candidate), topics));
            return;
        }
        // Credentials and network problems end the probe: another dialect will not fix them.
        const ErrorKind kind = result.error().kind;
        if (kind == ErrorKind::Auth || kind == ErrorKind::Network || kind == ErrorKind::Tls ||
            kind == ErrorKind::Timeout) {
            Q_EMIT finished(std::nullopt, result.error().userText);
            return;
        }
        m_lastError = result.error().userText;
        QMetaObject::invokeMethod(this, &DialectProbe::tryNext, Qt::QueuedConnection);
    });
}

} // namespace Gregor
