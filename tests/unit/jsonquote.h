// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>

// Test bodies written with single quotes, so JSON stays readable without raw strings (which moc
// cannot parse): J("{'a':1}") == "{\"a\":1}".
inline QByteArray J(const char *text)
{
    QByteArray bytes(text);
    bytes.replace('\'', '"');
    return bytes;
}
