// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QObject>
#include <QTimer>

#include <random>

namespace Gregor::Sandbox {

class Store;
class GroupCoordinator;

// --demo: topics that show what the app can do, and two groups whose committed offsets lag.
//   greetings (1 partition, text), cities (4, keyed), orders (6, JSON values with headers),
//   telemetry (3, binary values), big (1, three values over 1 MB); groups "billing" (orders)
//   and "dashboard" (cities, telemetry). Topics that already exist (a data directory) are
//   left alone.
namespace DemoData {
void seed(Store &store, GroupCoordinator &groups, quint64 seed);
QByteArray orderJson(std::mt19937_64 &rng, qint64 number); // one realistic order
} // namespace DemoData

// --demo-traffic RATE: keeps producing orders at RATE records per second.
class DemoTraffic : public QObject
{
    Q_OBJECT
public:
    // The demo group "billing" gets a live instance that consumes "orders" at this share of the
    // produce rate, so its lag grows slowly and its chart moves.
    static constexpr double BillingPace = 0.8;
    static constexpr const char16_t *BillingGroup = u"billing";
    static constexpr const char16_t *BillingInstance = u"billing-worker-1";

    DemoTraffic(Store &store, GroupCoordinator &groups, double ratePerSecond, quint64 seed);

private:
    void tick();
    void consumeAsBilling();
    Store &m_store;
    GroupCoordinator &m_groups;
    double m_rate;
    double m_owed = 0;
    double m_billingOwed = 0;
    qint64 m_number = 100000;
    std::mt19937_64 m_rng;
    QTimer m_timer;
};

} // namespace Gregor::Sandbox
