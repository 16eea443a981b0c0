// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The one source of gregor_testpch, the target whose precompiled header every test reuses.
namespace Gregor::TestSupport {
int pchAnchor()
{
    return 0;
}
} // namespace Gregor::TestSupport
