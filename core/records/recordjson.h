// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "recordstore.h"

#include <QByteArray>
#include <QIODevice>
#include <QList>

#include <expected>

namespace Gregor {

// One record per line in kcat's -J envelope (kcat's json.c, fmt_msg_output_json), fields in
// kcat's order:
//   "topic"      string
//   "partition"  int
//   "offset"     int
//   "tstype"     "unknown"   only when the record has a timestamp: REST proxies do not say
//                            whether it is CreateTime or LogAppendTime
//   "ts"         int (ms since the epoch), only with "tstype"
//   "broker"     -1          REST proxies hide the broker, as kcat does when it cannot tell
//   "headers"    ["name1","value1","name2",null,…]  kcat's flat array; only when there are
//                            headers; null for a null header value
//   "key"        string, or null for no key
//   "payload"    string, or null for a tombstone
// Gregor's extension, because kcat writes binary bytes raw into the string (invalid JSON):
// bytes that are not valid UTF-8 are base64 (RFC 4648, with padding) and flagged by
//   "key_encoding":"base64"      after "key"
//   "payload_encoding":"base64"  after "payload"
//   "headers_encoding":"base64"  after "headers": every header value in the array is base64
// Absent means UTF-8 text. Readers of kcat's own output (no encodings) read it as text.
QByteArray recordToJsonLine(const RecordRows &rows, qsizetype row); // without the newline
QByteArray recordToJsonLine(const Record &record);
// Reads one line of the shape above (kcat's own output included). Errors are one sentence.
std::expected<Record, QString> recordFromJsonLine(QByteArrayView line);

// Reads a whole JSON Lines file back; blank lines are skipped. The error names the line:
// "Line 12: \"offset\" is not a number."
std::expected<QList<Record>, QString> importJsonLines(QIODevice &device);
std::expected<QList<Record>, QString> importJsonLines(const QString &path);

// CSV (RFC 4180: comma separated, CRLF line ends, fields with comma, quote, CR or LF quoted,
// quotes doubled). Columns:
//   topic,partition,offset,timestamp_ms,timestamp,key_encoding,key,value_encoding,value,headers
// timestamp_ms and timestamp (ISO 8601, UTC, ms) are empty without a timestamp; *_encoding is
// "text", "base64" (bytes not valid UTF-8) or "null" (no key / tombstone, field empty);
// headers is the kcat-style JSON array above, empty without headers; when a header value is not
// UTF-8 the column reads "base64:" followed by the array with every value base64.
QByteArray csvHeaderLine();                                        // with CRLF
QByteArray recordToCsvLine(const RecordRows &rows, qsizetype row); // with CRLF

} // namespace Gregor
