// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QDebug>
#include <QList>
#include <QString>

#include <optional>

namespace Gregor {

// Where a config's effective value comes from (Kafka's DescribeConfigs source). Unknown also
// covers names a newer server may add.
enum class ConfigSource
{
    Unknown,
    DynamicTopic,         // set on this topic
    DynamicBroker,        // set on one broker at runtime
    DynamicDefaultBroker, // set at runtime for all brokers
    StaticBroker,         // the broker's server.properties
    Default,              // Kafka's built-in default
    DynamicClusterLink,
    DynamicBrokerLogger,
};

struct ConfigSynonym
{
    QString name;
    std::optional<QString> value; // null for sensitive values
    ConfigSource source = ConfigSource::Unknown;
    friend bool operator==(const ConfigSynonym &, const ConfigSynonym &) = default;
};

// One config entry of a topic as the server describes it.
struct TopicConfig
{
    QString topic;
    QString name;
    std::optional<QString> value; // null: sensitive, or no value at all
    bool isDefault = false;
    bool isReadOnly = false;
    bool isSensitive = false;
    ConfigSource source = ConfigSource::Unknown;
    QList<ConfigSynonym> synonyms; // in order of precedence, as the server lists them
    friend bool operator==(const TopicConfig &, const TopicConfig &) = default;
};

// One change of a batch config update: set `name` to `value`, or reset it to its default.
struct ConfigChange
{
    enum class Operation
    {
        Set,
        Reset, // back to the inherited or default value (Kafka's DELETE)
    };
    QString name;
    std::optional<QString> value; // for Set; null sets an explicit null
    Operation operation = Operation::Set;
    friend bool operator==(const ConfigChange &, const ConfigChange &) = default;
};

// The config's source in words for a view ("topic", "broker default"…).
QString configSourceName(ConfigSource source);
QDebug operator<<(QDebug debug, const TopicConfig &config);

} // namespace Gregor
