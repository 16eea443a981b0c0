// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QByteArrayView>

#include <optional>

namespace Gregor::Json {

// A cursor over JSON text for the Confluent record scanner (base64 values, ASCII names). Each
// reader accepts only what QJsonDocument reads to the same value, and answers nullopt/false for
// anything else (unusual numbers, escapes, control characters, non-ASCII text), so the caller
// falls back to the general parser and the result never depends on which path ran. Whitespace
// is skipped before every token. (Upstash's text values go through simdjson instead, which
// measured faster on escaped text: see upstashscanner.cpp.)
class Scanner
{
public:
    explicit Scanner(QByteArrayView text)
        : m_p(text.data())
        , m_end(text.data() + text.size())
    {}

    void skipSpace()
    {
        while (m_p < m_end && (*m_p == ' ' || *m_p == '\n' || *m_p == '\r' || *m_p == '\t'))
            ++m_p;
    }
    bool take(char c)
    {
        skipSpace();
        if (m_p < m_end && *m_p == c) {
            ++m_p;
            return true;
        }
        return false;
    }
    bool peek(char c)
    {
        skipSpace();
        return m_p < m_end && *m_p == c;
    }
    bool atEnd()
    {
        skipSpace();
        return m_p == m_end;
    }
    bool null();

    // A plain JSON integer: optional '-', no leading zeros, no fraction or exponent, <= 18 digits
    // (so it is exact in qint64 and QJsonDocument stores it as an integer too).
    std::optional<qint64> integer();

    // A string without escapes or control characters, ASCII only (base64, topic names, member
    // names): the bytes between the quotes, no copy.
    std::optional<QByteArrayView> asciiString();

private:
    const char *m_p;
    const char *m_end;
};

} // namespace Gregor::Json
