// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the integration tests: an in-process sandbox on port 0 and a way to wait for a
// client call's one callback without sleeping (QTRY_* spins the event loop until it arrived).
#include "core/api/kafkaclient.h"
#include "core/http/journal.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

#include <memory>
#include <optional>

namespace Gregor::Test {

// Collects the result of one call; counts callbacks so "exactly once" can be checked.
template<typename T>
struct Waiter
{
    std::optional<Result<T>> result;
    int calls = 0;
    auto callback()
    {
        return [this](Result<T> r) {
            ++calls;
            result = std::move(r);
        };
    }
    bool done() const { return result.has_value(); }
    const T &value() const { return **result; }
    const ApiError &error() const { return result->error(); }
};

inline std::unique_ptr<Sandbox::SandboxServer> startSandbox(Sandbox::SandboxOptions options = {})
{
    options.port = 0;
    auto server = std::make_unique<Sandbox::SandboxServer>(options);
    QString error;
    if (!server->start(&error))
        qFatal("sandbox did not start: %s", qPrintable(error));
    return server;
}

inline ConnectionSettings settingsFor(const Sandbox::SandboxServer &server, DialectKind dialect)
{
    ConnectionSettings settings;
    settings.dialect = dialect;
    settings.baseUrl = server.url();
    settings.proxy = ConnectionSettings::ProxyKind::None; // a developer's http_proxy must not see 127.0.0.1
    settings.timeoutMs = 10000;
    settings.retryBaseDelayMs = 10;
    settings.retryMaxDelayMs = 50;
    return settings;
}

inline ProduceRecord record(const QString &topic, const QByteArray &value, const QByteArray &key = {},
                            std::optional<int> partition = std::nullopt)
{
    ProduceRecord r;
    r.topic = topic;
    r.value = value;
    r.key = key;
    r.partition = partition;
    return r;
}

} // namespace Gregor::Test

// Waits for a Waiter (at most 15 s: the sandbox answers in milliseconds).
#define GREGOR_AWAIT(waiter) QTRY_VERIFY_WITH_TIMEOUT((waiter).done(), 15000)
#define GREGOR_AWAIT_OK(waiter)                                                                              \
    do {                                                                                                     \
        GREGOR_AWAIT(waiter);                                                                                \
        QVERIFY2((waiter).result->has_value(),                                                               \
                 qPrintable((waiter).result->has_value()                                                     \
                                ? QString()                                                                  \
                                : (waiter).error().userText + u" / "_s + (waiter).error().serverMessage));   \
    } while (false)
