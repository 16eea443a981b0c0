// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "topicname.h"

#include <algorithm>

namespace Gregor::Sandbox {

bool isValidTopicName(QStringView name)
{
    if (name.isEmpty() || name.size() > 249 || name == u"." || name == u"..")
        return false;
    return std::ranges::all_of(name, [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
               c == u'.' || c == u'_' || c == u'-';
    });
}

} // namespace Gregor::Sandbox
