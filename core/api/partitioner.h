// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArrayView>

namespace Gregor {

// Kafka's murmur2 exactly as the Java client computes it (32-bit, wrap-around, signed result),
// so a keyed record lands on the partition a real cluster would choose.
qint32 kafkaMurmur2(QByteArrayView bytes);

// toPositive(murmur2(key)) % partitions: the sign bit is cleared, not abs()-ed.
int partitionForKey(QByteArrayView key, int partitionCount);

} // namespace Gregor
