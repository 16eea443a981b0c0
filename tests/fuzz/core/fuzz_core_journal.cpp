// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The journal's redaction and body cap on arbitrary headers and bodies: no secret header value
// survives, no body over 64 KiB is kept, the ring stays bounded.
#include "core/http/journal.h"

#include <QUrl>

#include <cstdint>
#include <cstdlib>

using namespace Gregor;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    // "name:value" lines become headers; a secret-looking name may carry anything.
    HeaderList headers;
    for (const QByteArray &line : input.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            headers.append({line.left(colon), line.mid(colon + 1)});
    }
    const HeaderList redacted = Journal::redacted(headers);
    if (redacted.size() != headers.size())
        std::abort();
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QByteArray name = headers[i].first.toLower();
        const bool secret = name == "authorization" || name == "x-auth-token" || name == "cookie" ||
                            name == "set-cookie" || name == "proxy-authorization";
        if (secret && !redacted[i].second.endsWith("<redacted>"))
            std::abort();
        if (secret && headers[i].second.size() > 16 && redacted[i].second.contains(headers[i].second))
            std::abort();
    }
    // Repeat the input to cross the 64 KiB cap now and then.
    const QByteArray body = size > 0 && data[0] == 'B'
                                ? input.repeated(Journal::BodyCap / qMax<qsizetype>(1, input.size()) + 2)
                                : input;
    const QByteArray capped = Journal::capped(body);
    if (capped.size() > Journal::BodyCap || !body.startsWith(capped))
        std::abort();

    // A journal per input, not one kept across inputs: an input that allocates more than it
    // frees makes libFuzzer re-run it under a full leak check, which cost 98% of the time.
    Journal journal(8);
    for (int i = 0; i < 9; ++i) // the ring is full, so this input's entry evicts the oldest
        journal.begin("GET", QUrl(QStringLiteral("http://h/")), {}, {});
    const quint64 id = journal.begin("POST", QUrl(QStringLiteral("http://user:pw@h/p")), headers, body);
    journal.finish(id, 200, headers, body, body.size(), {}, 0);
    const JournalEntry *entry = journal.find(id);
    if (!entry || journal.size() > 8 || entry->requestBody.size() > Journal::BodyCap ||
        entry->requestBytes != body.size() || !entry->url.password().isEmpty())
        std::abort();
    return 0;
}
