// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "demodata.h"

#include "consumergroups.h"
#include "store.h"

#include "core/logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

namespace {

constexpr const char *greetings[] = {"Hello, world!",  "Bonjour le monde", "Hallo Welt",     "Hola, mundo",
                                     "Ciao mondo",     "Olá, mundo",       "Merhaba dünya",  "Привет, мир",
                                     "こんにちは世界", "你好，世界",       "Γειά σου κόσμε", "שלום עולם",
                                     "Witaj świecie",  "Hej världen"};
constexpr const char *cities[] = {"Amsterdam", "Berlin",  "Istanbul",   "Lisbon",    "Montréal",
                                  "Nairobi",   "Osaka",   "Prague",     "Reykjavík", "São Paulo",
                                  "Seoul",     "Tallinn", "Valparaíso", "Wellington"};
constexpr const char *products[] = {"espresso beans", "pour-over kettle", "ceramic mug",
                                    "paper filters",  "hand grinder",     "milk frother",
                                    "cold brew jar",  "tasting notebook"};
constexpr const char *customers[] = {"ada", "grace",   "linus",  "margaret",
                                     "ken", "barbara", "edsger", "frances"};

template<typename T, size_t N>
const T &pick(std::mt19937_64 &rng, const T (&items)[N])
{
    return items[rng() % N];
}

void append(Store &store, const QString &topic, int partition, NewRecord record)
{
    store.append({PendingAppend{topic, partition, std::move(record)}});
}

int partitionFor(Store &store, const QString &topic, const QByteArray &key)
{
    return store.choosePartition(topic, key, key.size());
}

} // namespace

QByteArray DemoData::orderJson(std::mt19937_64 &rng, qint64 number)
{
    const int quantity = int(rng() % 4) + 1;
    const double price = double(rng() % 4000 + 300) / 100.0;
    const QJsonObject order{{u"order_id"_s, number},
                            {u"customer"_s, QString::fromUtf8(pick(rng, customers))},
                            {u"item"_s, QString::fromUtf8(pick(rng, products))},
                            {u"quantity"_s, quantity},
                            {u"unit_price"_s, price},
                            {u"currency"_s, u"EUR"_s},
                            {u"ship_to"_s, QString::fromUtf8(pick(rng, cities))},
                            {u"express"_s, rng() % 5 == 0}};
    return QJsonDocument(order).toJson(QJsonDocument::Compact);
}

void DemoData::seed(Store &store, GroupCoordinator &groups, quint64 seed)
{
    std::mt19937_64 rng(seed);
    const qint64 start = QDateTime::currentMSecsSinceEpoch() - 3600 * 1000; // an hour of history
    auto fresh = [&](const QString &name, int partitions) {
        return store.partitionCount(name) < 0 && store.createTopic(name, partitions);
    };

    if (fresh(u"greetings"_s, 1)) {
        for (int i = 0; i < int(std::size(greetings)); ++i)
            append(store, u"greetings"_s, 0, {start + i * 60000, {}, QByteArray(greetings[i]), {}});
    }
    if (fresh(u"cities"_s, 4)) {
        for (int i = 0; i < 200; ++i) {
            const QByteArray city(pick(rng, cities));
            const QJsonObject weather{{u"city"_s, QString::fromUtf8(city)},
                                      {u"temperature_c"_s, double(int(rng() % 400) - 100) / 10.0},
                                      {u"humidity"_s, int(rng() % 100)}};
            append(store, u"cities"_s, partitionFor(store, u"cities"_s, city),
                   {start + i * 15000, city, QJsonDocument(weather).toJson(QJsonDocument::Compact), {}});
        }
    }
    if (fresh(u"orders"_s, 6)) {
        for (int i = 0; i < 600; ++i) {
            const QByteArray key = "order-" + QByteArray::number(10000 + i);
            NewRecord r{start + i * 5000,
                        key,
                        orderJson(rng, 10000 + i),
                        {{u"content-type"_s, "application/json"_ba},
                         {u"trace-id"_s, QUuid::createUuid().toByteArray(QUuid::WithoutBraces)},
                         {u"source"_s, (i % 3 ? "web"_ba : "mobile-app"_ba)}}};
            append(store, u"orders"_s, partitionFor(store, u"orders"_s, key), std::move(r));
        }
    }
    if (fresh(u"telemetry"_s, 3)) {
        for (int i = 0; i < 300; ++i) {
            QByteArray frame(24, '\0');
            for (char &c : frame)
                c = char(rng() & 0xff);
            frame[0] = char(0xca);
            frame[1] = char(0xfe);
            append(store, u"telemetry"_s, i % 3, {start + i * 12000, QByteArray::number(i % 3), frame, {}});
        }
    }
    if (fresh(u"big"_s, 1)) {
        for (int i = 0; i < 3; ++i) {
            QByteArray blob;
            const qsizetype size = 1024 * 1024 + 100 * 1024 * (i + 1); // 1.1, 1.2, 1.3 MiB
            blob.reserve(size);
            while (blob.size() < size)
                blob.append("The quick brown fox jumps over the lazy dog. "_ba);
            blob.truncate(size);
            append(
                store, u"big"_s, 0,
                {start + i * 600000, "blob-" + QByteArray::number(i), blob, {{u"note"_s, "over 1 MB"_ba}}});
        }
    }
    // Two groups with committed offsets behind the end, so lag shows.
    auto commitBehind = [&](const QString &group, const QString &topic, double fraction) {
        for (int p = 0; p < store.partitionCount(topic); ++p) {
            const TopicPartition tp{topic, p};
            if (groups.committed(group, tp))
                continue;
            const qint64 end = store.topic(topic)->partitions[size_t(p)].endOffset();
            groups.commit(group, tp, qint64(double(end) * fraction));
        }
    };
    commitBehind(u"billing"_s, u"orders"_s, 0.8);
    commitBehind(u"dashboard"_s, u"cities"_s, 0.5);
    commitBehind(u"dashboard"_s, u"telemetry"_s, 0.95);
    qCInfo(lcSandbox) << "demo data ready:" << store.topicNames();
}

DemoTraffic::DemoTraffic(Store &store, GroupCoordinator &groups, double ratePerSecond, quint64 seed)
    : m_store(store)
    , m_groups(groups)
    , m_rate(ratePerSecond)
    , m_rng(seed ^ 0xd3d0)
{
    if (m_store.partitionCount(u"orders") < 0)
        m_store.createTopic(u"orders"_s, 6);
    m_timer.setInterval(50);
    connect(&m_timer, &QTimer::timeout, this, &DemoTraffic::tick);
    m_timer.start();
}

void DemoTraffic::tick()
{
    m_owed += m_rate * m_timer.interval() / 1000.0;
    std::vector<PendingAppend> batch;
    while (m_owed >= 1) {
        m_owed -= 1;
        const qint64 number = m_number++;
        const QByteArray key = "order-" + QByteArray::number(number);
        NewRecord r{QDateTime::currentMSecsSinceEpoch(),
                    key,
                    DemoData::orderJson(m_rng, number),
                    {{u"content-type"_s, "application/json"_ba}, {u"source"_s, "demo-traffic"_ba}}};
        batch.push_back({u"orders"_s, m_store.choosePartition(u"orders"_s, key, key.size()), std::move(r)});
    }
    if (!batch.empty())
        m_store.append(std::move(batch));
    consumeAsBilling();
}

void DemoTraffic::consumeAsBilling()
{
    // Only where the demo data made the group (a server with --demo-traffic alone has none).
    const QString group = QString::fromUtf16(BillingGroup), name = QString::fromUtf16(BillingInstance);
    if (!m_groups.group(group))
        return;
    ConsumerInstance *instance = m_groups.touch(group, name);
    if (!instance) {
        InstanceConfig config;
        config.autoCommit = false;
        config.reset = OffsetReset::Earliest;
        m_groups.createInstance(group, name, InstanceApi::Upstash, config);
        m_groups.subscribe(group, name, {u"orders"_s});
        instance = m_groups.instance(group, name);
        if (!instance)
            return;
    }
    m_billingOwed += m_rate * BillingPace * m_timer.interval() / 1000.0;
    const int take = int(m_billingOwed);
    if (take <= 0)
        return;
    m_billingOwed -= take;
    const auto read = m_groups.read(group, name, take, 1024 * 1024);
    if (read && !read->empty())
        m_groups.commitPositions(group, *instance);
}

} // namespace Gregor::Sandbox
