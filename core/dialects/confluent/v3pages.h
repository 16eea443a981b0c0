// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/dialects/common/operation.h"
#include "v3parse.h"
#include "v3requests.h"

#include <QCoreApplication>

#include <functional>

namespace Gregor::ConfluentV3 {

// A collection in full: the first page, then every metadata.next link, one after the other.
// The pages are the operation's children, so cancelling it stops the walk. A server that keeps
// linking past MaxItems is refused rather than followed for ever.
inline constexpr qsizetype MaxCollectionItems = 1'000'000;

template<typename T, typename R, typename Parse>
void collectPages(Operation<R> *op, Transport *transport, Target target, const HttpRequest &request,
                  Parse parse, std::function<void(QList<T>)> done, QList<T> sofar = {})
{
    op->send(transport, request,
             [op, transport, target, parse, done = std::move(done),
              sofar = std::move(sofar)](Result<HttpResponse> response) mutable {
                 auto page = parseResponse<Page<T>>(response, parse);
                 if (!page)
                     return op->fail(page.error());
                 sofar.append(page->items);
                 if (!page->hasNext())
                     return done(std::move(sofar));
                 if (sofar.size() > MaxCollectionItems)
                     return op->fail(ApiError::make(
                         ErrorKind::Protocol,
                         QCoreApplication::translate("Gregor::Confluent",
                                                     "The server listed more than %L1 items; Gregor stopped "
                                                     "following its pages.")
                             .arg(MaxCollectionItems)));
                 const Result<HttpRequest> next = nextPage(target, page->next);
                 if (!next)
                     return op->fail(next.error());
                 collectPages<T>(op, transport, target, *next, parse, std::move(done), std::move(sofar));
             });
}

} // namespace Gregor::ConfluentV3
