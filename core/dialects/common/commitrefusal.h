// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/apierror.h"
#include "core/api/offsets.h"
#include "core/http/connectionsettings.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace Gregor {

// Why a commit of `nextOffsets` is refused before anything is sent, if it is: a read-only
// connection, or nothing to commit. The transport refuses writes too; this says it in words
// about offsets and spares the instance that would be made for the commit.
inline std::optional<ApiError> commitRefusal(const ConnectionSettings &settings,
                                             const QList<PartitionOffset> &nextOffsets)
{
    using namespace Qt::StringLiterals;
    if (settings.readOnly)
        return ApiError::make(
            ErrorKind::Forbidden,
            QCoreApplication::translate("Gregor::Dialects",
                                        "This connection is read-only, so no offsets were committed."));
    if (nextOffsets.isEmpty())
        return ApiError::make(
            ErrorKind::BadRequest,
            QCoreApplication::translate("Gregor::Dialects", "There are no offsets to commit."));
    return std::nullopt;
}

} // namespace Gregor
