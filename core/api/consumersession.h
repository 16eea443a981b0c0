// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "consumers.h"
#include "core/http/job.h"

#include <QObject>

namespace Gregor {

// A member of a consumer group, as long as it lives. Upstash: consume calls naming the instance
// (created by the first one). Confluent: create → subscribe → records → commit → delete, touched
// before its idle expiry and re-created after a 40403.
class ConsumerSession : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~ConsumerSession() override = default;

    virtual const ConsumerConfig &config() const = 0;
    virtual QString instanceName() const = 0;

    // Long-polls for records, waiting up to timeoutMs when none are ready.
    virtual Job *poll(int timeoutMs, QObject *context, ResultJob<QList<Record>>::Callback done) = 0;
    // Commits "next offset to read" per partition; an empty list commits what was consumed.
    virtual Job *commit(const QList<PartitionOffset> &nextOffsets, QObject *context,
                        ResultJob<Done>::Callback done) = 0;
    // Leaves the group and deletes the server-side instance.
    virtual Job *close(QObject *context, ResultJob<Done>::Callback done) = 0;

Q_SIGNALS:
    // The server had forgotten the instance (expired, 40403) and it was created again.
    void recreated();
};

} // namespace Gregor
