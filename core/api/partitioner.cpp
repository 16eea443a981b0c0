// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "partitioner.h"

#include <cstdint>

namespace Gregor {

qint32 kafkaMurmur2(QByteArrayView bytes)
{
    constexpr std::uint32_t seed = 0x9747b28c;
    constexpr std::uint32_t m = 0x5bd1e995;
    constexpr int r = 24;

    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const auto length = static_cast<std::uint32_t>(bytes.size());
    std::uint32_t h = seed ^ length;

    const std::uint32_t blocks = length / 4;
    for (std::uint32_t i = 0; i < blocks; ++i) {
        const unsigned char *b = data + i * 4;
        std::uint32_t k = std::uint32_t(b[0]) | std::uint32_t(b[1]) << 8 | std::uint32_t(b[2]) << 16 |
                          std::uint32_t(b[3]) << 24;
        k *= m;
        k ^= k >> r;
        k *= m;
        h *= m;
        h ^= k;
    }

    const unsigned char *tail = data + (length & ~3u);
    switch (length % 4) {
    case 3:
        h ^= std::uint32_t(tail[2]) << 16;
        [[fallthrough]];
    case 2:
        h ^= std::uint32_t(tail[1]) << 8;
        [[fallthrough]];
    case 1:
        h ^= std::uint32_t(tail[0]);
        h *= m;
        break;
    default:
        break;
    }

    h ^= h >> 13;
    h *= m;
    h ^= h >> 15;
    return static_cast<qint32>(h);
}

int partitionForKey(QByteArrayView key, int partitionCount)
{
    if (partitionCount <= 0)
        return 0;
    const auto positive = static_cast<std::uint32_t>(kafkaMurmur2(key)) & 0x7fffffffu;
    return static_cast<int>(positive % static_cast<std::uint32_t>(partitionCount));
}

} // namespace Gregor
