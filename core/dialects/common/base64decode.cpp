// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "base64decode.h"

#include <array>

namespace Gregor::Json {

namespace {

constexpr signed char decodeValue(char c)
{
    if (c >= 'A' && c <= 'Z')
        return static_cast<signed char>(c - 'A');
    if (c >= 'a' && c <= 'z')
        return static_cast<signed char>(c - 'a' + 26);
    if (c >= '0' && c <= '9')
        return static_cast<signed char>(c - '0' + 52);
    if (c == '+')
        return 62;
    if (c == '/')
        return 63;
    return -1;
}

constexpr std::array<signed char, 256> DecodeTable = [] {
    std::array<signed char, 256> table{};
    for (int c = 0; c < 256; ++c)
        table[c] = decodeValue(char(c));
    return table;
}();

} // namespace

std::optional<QByteArray> decodeBase64(QByteArrayView text)
{
    if (text.isEmpty())
        return QByteArray("");
    qsizetype length = text.size();
    while (length > 0 && text[length - 1] == '=' && text.size() - length < 2)
        --length;
    if (length % 4 == 1 || (text.size() != length && text.size() % 4 != 0))
        return std::nullopt;
    QByteArray out(length * 3 / 4, Qt::Uninitialized);
    char *dst = out.data();
    quint32 accumulator = 0;
    int bits = 0;
    for (qsizetype i = 0; i < length; ++i) {
        const signed char v = DecodeTable[static_cast<unsigned char>(text[i])];
        if (v < 0)
            return std::nullopt;
        accumulator = (accumulator << 6) | quint32(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            *dst++ = char((accumulator >> bits) & 0xff);
        }
    }
    return out;
}

} // namespace Gregor::Json
