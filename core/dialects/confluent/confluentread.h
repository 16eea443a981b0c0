// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dialects/common/readjob.h"

namespace Gregor {

class ConfluentClient;

// read() over Confluent. v2 has no partition read, so it uses a consumer instance of its own
// (group "gregor-reader", never subscribed: manual assignments and positions), polls records
// until every partition reaches the end seen at the start, and deletes the instance whatever
// happens. v1 reads partitions directly: /messages?offset=&count=, one partition per turn.
class ConfluentReadJob : public ReadJob
{
public:
    static constexpr qint64 V1BatchSize = 500;
    static constexpr int RecordsWaitMs = 250;
    static constexpr int MaxEmptyPolls = 4;
    static QString readGroup();

    ConfluentReadJob(ConfluentClient *client, const ReadRequest &request, QObject *context,
                     KafkaClient::BatchCallback batch, Callback done);
    void start();

private:
    void startV2();
    void pollV2();
    void fetchNextV1();

    ConfluentClient *m_client;
    QString m_instance;
    int m_emptyPolls = 0;
    int m_turn = 0;
};

} // namespace Gregor
