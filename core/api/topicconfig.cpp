// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicconfig.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Gregor {

QString configSourceName(ConfigSource source)
{
    switch (source) {
    case ConfigSource::Unknown:
        return QCoreApplication::translate("Gregor::TopicConfig", "unknown");
    case ConfigSource::DynamicTopic:
        return QCoreApplication::translate("Gregor::TopicConfig", "topic");
    case ConfigSource::DynamicBroker:
        return QCoreApplication::translate("Gregor::TopicConfig", "broker (dynamic)");
    case ConfigSource::DynamicDefaultBroker:
        return QCoreApplication::translate("Gregor::TopicConfig", "all brokers (dynamic)");
    case ConfigSource::StaticBroker:
        return QCoreApplication::translate("Gregor::TopicConfig", "broker (static)");
    case ConfigSource::Default:
        return QCoreApplication::translate("Gregor::TopicConfig", "default");
    case ConfigSource::DynamicClusterLink:
        return QCoreApplication::translate("Gregor::TopicConfig", "cluster link");
    case ConfigSource::DynamicBrokerLogger:
        return QCoreApplication::translate("Gregor::TopicConfig", "broker logger");
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
