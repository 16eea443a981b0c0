// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "confluent/confluentclient.h"
#include "confluent/confluentv3client.h"
#include "core/api/kafkaclient.h"
#include "upstash/upstashclient.h"

namespace Gregor {

std::unique_ptr<KafkaClient> createKafkaClient(const ConnectionSettings &settings, Journal *journal,
                                               QObject *parent)
{
    switch (settings.dialect) {
    case DialectKind::Upstash:
        return std::make_unique<UpstashClient>(settings, journal, parent);
    case DialectKind::ConfluentV2:
        return std::make_unique<ConfluentClient>(Confluent::Version::V2, settings, journal, parent);
    case DialectKind::ConfluentV1:
        return std::make_unique<ConfluentClient>(Confluent::Version::V1, settings, journal, parent);
    case DialectKind::ConfluentV3:
        return std::make_unique<ConfluentV3Client>(ConfluentV3Client::Variant::WithV2, settings, journal,
                                                   parent);
    case DialectKind::ConfluentCloud:
        return std::make_unique<ConfluentV3Client>(ConfluentV3Client::Variant::Cloud, settings, journal,
                                                   parent);
    }
    return nullptr;
}

} // namespace Gregor
