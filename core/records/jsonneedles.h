// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "filterspec.h"
#include "jsonpath.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>

namespace Gregor {

// Byte strings that every JSON value passing a field test contains, written out: the quoted
// names on the path ("user") and, for tests that need it, the operand ("u0042", true, a
// substring for contains). JSON can spell any character as \uXXXX, so they hold only for
// values without a backslash; QJsonDocument refuses invalid UTF-8, so any string a parsed
// value holds is its own UTF-8 bytes between the quotes.
// Empty when nothing can be said (e.g. == 42: 42.0 and 4.2e1 are equal too).
QList<QByteArray> jsonNeedles(const JsonPath &path, FilterSpec::JsonOp op, const QJsonValue &operand,
                              const QString &operandText);

} // namespace Gregor
