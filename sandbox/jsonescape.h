// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "bytesink.h"

#include <QByteArray>
#include <QByteArrayView>

namespace Gregor::Sandbox::JsonEscape {

// Appends `utf8` as a quoted JSON string: '"', '\\' and control characters escaped (\n \r \t \b
// \f or \u00XX), everything else as it is. Input that is not valid UTF-8 (overlong forms,
// surrogates, code points past U+10FFFF, stray or missing continuation bytes) is repaired as
// QString::fromUtf8 repairs it, with U+FFFD, so the answer is always valid UTF-8.
//
// It is on every record of every fetch answer, so it looks at 16 (SSE2) or 8 bytes at a time
// and copies runs of plain bytes at once (tst_sandbox_jsonescape holds it to a byte-at-a-time
// reference). The ByteSink form is for callers writing a whole answer through one sink.
void appendQuoted(QByteArray &out, QByteArrayView utf8);
void appendQuoted(ByteSink &out, QByteArrayView utf8);

} // namespace Gregor::Sandbox::JsonEscape
