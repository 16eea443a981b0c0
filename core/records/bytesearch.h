// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QByteArrayView>

namespace Gregor {

// One needle compiled for searching many short haystacks (record keys and values): exact, or
// with ASCII letters matched in either case (bytes >= 0x80 always exactly). The scan tests two
// of the needle's bytes (the least common in JSON) at 16 positions at once (SSE2), then
// compares the candidates: most haystacks are rejected without a byte-by-byte loop.
class ByteSearch
{
public:
    enum class Case
    {
        Sensitive,
        AsciiInsensitive,
    };

    ByteSearch() = default; // the empty needle: found everywhere
    ByteSearch(QByteArrayView needle, Case cs);

    const QByteArray &needle() const { return m_needle; } // lower case when AsciiInsensitive
    bool isFoldingCase() const { return m_fold; }
    bool isIn(QByteArrayView haystack) const;

    // The plain reference: a byte-by-byte comparison at every position.
    static bool containsReference(QByteArrayView haystack, QByteArrayView needle, Case cs);

private:
    bool matchesAt(const uchar *at) const;

    QByteArray m_needle;
    bool m_fold = false;
    // The two bytes tested first, at needle offsets m_atA < m_atB (equal for a needle of one
    // byte), with the bit folding ignores in each (0x20 for letters, else 0): (byte | mask) ==
    // value tests a position in one operation.
    qsizetype m_atA = 0, m_atB = 0;
    uchar m_a = 0, m_aMask = 0, m_b = 0, m_bMask = 0;
};

} // namespace Gregor
