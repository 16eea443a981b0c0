// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicconfig.h"

using namespace Qt::StringLiterals;

namespace Gregor {

QString configSourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Unknown:
        return u"unknown"_s;
    case ConfigSource::DynamicTopic:
        return u"topic"_s;
    case ConfigSource::DynamicBroker:
        return u"broker (dynamic)"_s;
    case ConfigSource::DynamicDefaultBroker:
        return u"all brokers (dynamic)"_s;
    case ConfigSource::StaticBroker:
        return u"broker (static)"_s;
    case ConfigSource::Default:
        return u"default"_s;
    case ConfigSource::DynamicClusterLink:
        return u"cluster link"_s;
    case ConfigSource::DynamicBrokerLogger:
        return u"broker logger"_s;
    }
    return {};
}

QDebug operator<<(QDebug debug, const TopicConfig &config)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "TopicConfig(" << config.topic << ' ' << config.name << '='
                    << (config.value ? *config.value : u"<null>"_s) << ' ' << configSourceName(config.source)
                    << (config.isDefault ? " default" : "") << (config.isReadOnly ? " read-only" : "")
                    << (config.isSensitive ? " sensitive" : "") << ')';
    return debug;
}

} // namespace Gregor
