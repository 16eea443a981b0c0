// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/produce.h"
#include "operation.h"

#include <functional>

namespace Gregor {

// Sends a produce request a dialect built and reads the answer with `parse`; never retried.
// `answered` runs as soon as the answer is a complete 2xx and before it is read, so a bulk run
// can send its next batch and the server works on it while this answer is parsed.
template<typename Parse>
Job *sendProduceExchange(Transport *transport, QObject *parent, const HttpRequest &request, QObject *context,
                         typename ResultJob<QList<ProduceResult>>::Callback done,
                         std::function<void()> answered, Parse parse)
{
    auto *op = new Operation<QList<ProduceResult>>(context, std::move(done), parent);
    op->send(transport, request,
             [op, answered = std::move(answered), parse = std::move(parse)](Result<HttpResponse> response) {
                 if (response && answered) {
                     answered();
                     if (!op->active()) // the run was cancelled from there
                         return;
                 }
                 auto results = parseResponse<QList<ProduceResult>>(response, parse);
                 if (!results && response)
                     results.error().outcomeUnknown = true; // a 2xx we cannot read: the records were written
                 op->finishWith(std::move(results));
             });
    return op;
}

} // namespace Gregor
