// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/produce.h"

#include <QByteArrayView>
#include <QString>

#include <expected>

namespace Gregor {

struct BulkReadOptions; // bulkreader.h

// One line of the kcat -J envelope (BulkFormat::JsonLines, read leniently as described there),
// without its line end, as a record for options.topic. The error is one sentence
// ("\"payload\" is missing."). A blank line is an error here: skipping it is the reader's call.
// Checks the line's JSON syntax in one pass without building a document, so a line costs little
// beyond its decoded bytes; safe on any thread.
std::expected<ProduceRecord, QString> parseEnvelopeLine(QByteArrayView line, const BulkReadOptions &options);

} // namespace Gregor
