// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/partitionfetcher.h"

#include <QHash>

namespace Gregor {

class ConfluentClient;

// PartitionFetcher over Confluent v2, which has no partition read: a consumer instance of its
// own (group "gregor-reader", never subscribed), assigned the partitions asked for and moved to
// the caller's positions whenever the server's position may differ from them: at the start,
// after any failed exchange (a records answer lost on the way moved the server on), and after
// the caller dropped or skipped records. A forgotten instance (40403) is made again.
class ConfluentV2Fetcher : public PartitionFetcher
{
    Q_OBJECT
public:
    explicit ConfluentV2Fetcher(ConfluentClient *client);
    ~ConfluentV2Fetcher() override;

    Job *fetch(const QList<PartitionOffset> &positions, int waitMs, QObject *context, Callback done) override;
    bool waitsOnServer() const override { return true; }
    HttpRequest fetchRequest(const QList<PartitionOffset> &positions, int waitMs) const override;
    void close() override;

    QString instanceName() const { return m_instance; }

private:
    QPointer<ConfluentClient> m_client;
    QString m_instance; // empty: none yet (or forgotten by the server)
    bool m_created = false;
    QList<TopicPartition> m_assigned;
    QHash<TopicPartition, qint64> m_serverPositions; // where the server will read next, when known
};

} // namespace Gregor
