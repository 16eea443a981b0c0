// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace Gregor::Sandbox {

// Kafka's rule for topic names: 1–249 characters of [a-zA-Z0-9._-], and neither "." nor "..".
// Names reach the sandbox percent-decoded from paths, so this is what keeps "/", "..", spaces
// and control characters out of the store and out of the data directory.
bool isValidTopicName(QStringView name);

} // namespace Gregor::Sandbox
