// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The record matcher's shortcuts on arbitrary bytes (issue 13, point 6): for any pattern and any
// record, matchesBytes() (byte search, a regex's required literal, a field test's needles)
// says exactly what matchesBytesGeneral() (decode and regex, QJsonDocument) says, and
// ByteSearch finds exactly what a plain comparison finds.
//
// Input: one byte choosing the mode (and for field tests the operator), the query up to the
// first newline, then the record's bytes. Field tests are built both from the query as typed
// (through FilterSpec::parse) and from its parts split at the first two spaces, so operands
// parse() would not produce are tried too.
#include "core/records/bytesearch.h"
#include "core/records/recordmatcher.h"

#include <cstdint>
#include <cstdlib>

using namespace Gregor;

namespace {

void check(const FilterSpec &spec, QByteArrayView record)
{
    const auto matcher = RecordMatcher::create(spec);
    if (!matcher)
        return;
    if (matcher->matchesBytes(record) != matcher->matchesBytesGeneral(record))
        std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    const QByteArrayView input(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));
    const qsizetype newline = input.indexOf('\n');
    const QByteArrayView query = newline < 0 ? input : input.first(newline);
    const QByteArrayView record = newline < 0 ? QByteArrayView() : input.sliced(newline + 1);

    for (const auto cs : {ByteSearch::Case::Sensitive, ByteSearch::Case::AsciiInsensitive}) {
        if (ByteSearch(query, cs).isIn(record) != ByteSearch::containsReference(record, query, cs))
            std::abort();
    }

    FilterSpec spec;
    spec.query = QString::fromUtf8(query);
    if (spec.query.isEmpty())
        return 0;
    switch (data[0] % 3) {
    case 0:
        spec.mode = FilterSpec::Mode::Text;
        check(spec, record);
        break;
    case 1:
        spec.mode = FilterSpec::Mode::Regex;
        check(spec, record);
        break;
    default: {
        if (const auto parsed = FilterSpec::parse(spec.query, FilterSpec::Mode::JsonField))
            check(*parsed, record);
        // PATH OPERAND split at the first space; the operator from the first byte.
        spec.mode = FilterSpec::Mode::JsonField;
        const qsizetype space = spec.query.indexOf(u' ');
        spec.jsonPath = spec.query.left(space < 0 ? spec.query.size() : space);
        spec.jsonOperand = space < 0 ? QString() : spec.query.mid(space + 1);
        spec.jsonOp = FilterSpec::JsonOp((data[0] / 3) % 3);
        check(spec, record);
        break;
    }
    }
    return 0;
}
