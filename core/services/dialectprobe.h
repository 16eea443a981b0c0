// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "connectionprofile.h"

#include <QObject>

#include <memory>

namespace Gregor {

class Journal;
class KafkaClient;

// "Auto-detect": asks the URL which dialect it speaks by listing topics the way each dialect
// does. An Upstash server answers a map, a Confluent v2 proxy a list of names; a token-auth
// profile is tried as Message Hub (v1) first.
class DialectProbe : public QObject
{
    Q_OBJECT
public:
    DialectProbe(ConnectionProfile profile, ProfileSecrets secrets, QObject *parent = nullptr);
    ~DialectProbe() override;

    void start();

Q_SIGNALS:
    // found: the dialect, or empty when none answered; detail: one sentence for the user.
    void finished(std::optional<Gregor::DialectKind> found, const QString &detail);

private:
    void tryNext();

    ConnectionProfile m_profile;
    ProfileSecrets m_secrets;
    QList<DialectKind> m_candidates;
    std::unique_ptr<Journal> m_journal;
    std::unique_ptr<KafkaClient> m_client;
    QString m_lastError;
};

} // namespace Gregor
