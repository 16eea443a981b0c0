#pragma once
#include "apierror.h"
#include "record.h"

#include <optional>

namespace Gregor {

struct ProduceRecord
{
    QString topic;
    std::optional<int> partition; // absent: the server's partitioner decides
    QByteArray key;               // null: no key
    QByteArray value;
    QList<RecordHeader> headers;       // only where Capability::ProduceHeaders
    std::optional<qint64> timestampMs; // only where Capability::ProduceTimestamps
    friend bool operator==(const ProduceRecord &, const ProduceRecord &) = default;
};

// One result per produced record, in request order.
struct ProduceResult
{
    QString topic;
    int partition = -1;
    qint64 offset = -1;
    std::optional<qint64> timestampMs;
    std::optional<ApiError> error; // set when this record failed inside a successful answer
    bool ok() const { return !error.has_value(); }
    friend bool operator==(const ProduceResult &, const ProduceResult &) = default;
};

} // namespace Gregor
