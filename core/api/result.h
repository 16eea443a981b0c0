// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "apierror.h"

#include <expected>

namespace Gregor {

// Parsing and calls return a value or an error, never half a value.
template<typename T>
using Result = std::expected<T, ApiError>;

// Success without a value (commit, delete).
struct Done
{
    friend bool operator==(const Done &, const Done &) = default;
};

} // namespace Gregor
