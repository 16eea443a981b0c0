// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Gregor {

enum class ValueKind
{
    Empty,
    Json,
    Xml,
    Text, // valid UTF-8 without control characters other than whitespace
    Binary,
};

// Looks at the bytes (the first 64 KiB for text checks) and says what they are.
ValueKind detectValueKind(QByteArrayView bytes);
QString valueKindName(ValueKind kind);

// Indented JSON or XML; other kinds come back as UTF-8 text unchanged. Invalid input is returned
// as it is, never half-formatted.
QString prettyPrinted(QByteArrayView bytes, ValueKind kind);

// Classic hex dump: offset, 16 bytes in hex, ASCII column.
QString hexDump(QByteArrayView bytes, qsizetype maxBytes = 1 << 20);

// The KSyntaxHighlighting definition name for a kind ("JSON", "XML"), empty for none.
QString syntaxDefinitionFor(ValueKind kind);

} // namespace Gregor
