// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dialects/common/readjob.h"

namespace Gregor {

class UpstashClient;

// read() over Upstash: the topic's partition ends, start offsets by time through /offsets/{ms}
// when asked, then one /fetch per partition in turn (round robin, so every partition shows up
// early) until each reaches the end seen at the start or maxRecords is reached.
class UpstashReadJob : public ReadJob
{
public:
    UpstashReadJob(UpstashClient *client, const ReadRequest &request, QObject *context,
                   KafkaClient::BatchCallback batch, Callback done);
    void start();

private:
    void begin(const TopicDetails &details);
    void fetchNext();

    UpstashClient *m_client;
    int m_turn = 0;
};

} // namespace Gregor
