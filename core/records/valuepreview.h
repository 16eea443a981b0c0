// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArrayView>
#include <QString>

namespace Gregor {

// The one-line text shown for a key or value in the records table and searched by the filter's
// highlighting: the first line, at most maxChars characters ("…" when cut). A null key or value
// reads "‹null›", an empty one "", bytes that are not text "‹binary, N bytes› 0a 1b …" (the
// first 16 bytes in hex). Only the first few KiB are looked at, whatever the size.
QString valuePreview(QByteArrayView bytes, bool isNull, int maxChars = 200);

// True when the bytes are valid UTF-8 without control characters other than tab, CR and LF.
bool looksLikeText(QByteArrayView bytes);

} // namespace Gregor
