// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/partitionfetcher.h"

namespace Gregor {

class Transport;

// A PartitionFetcher for servers that read a partition from an offset directly (Upstash /fetch,
// Confluent v1 /messages): one request per position, all in flight together, joined into one
// round. A partition whose request failed keeps its position and reports the round's error.
class PerPartitionFetcher : public PartitionFetcher
{
    Q_OBJECT
public:
    using MakeRequest = std::function<HttpRequest(const TopicPartition &tp, qint64 offset, int waitMs)>;
    using Parse = std::function<Result<QList<Record>>(const TopicPartition &tp, const QByteArray &body)>;

    PerPartitionFetcher(Transport *transport, MakeRequest makeRequest, Parse parse, bool waitsOnServer,
                        QObject *parent = nullptr);

    Job *fetch(const QList<PartitionOffset> &positions, int waitMs, QObject *context, Callback done) override;
    bool waitsOnServer() const override { return m_waitsOnServer; }
    bool fetchesPartitionsApart() const override { return true; }
    HttpRequest fetchRequest(const QList<PartitionOffset> &positions, int waitMs) const override;

private:
    QPointer<Transport> m_transport;
    MakeRequest m_makeRequest;
    Parse m_parse;
    bool m_waitsOnServer;
};

} // namespace Gregor
