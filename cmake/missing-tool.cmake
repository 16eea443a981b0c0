# SPDX-FileCopyrightText: 2026 The Gregor developers
# SPDX-License-Identifier: GPL-3.0-or-later
# Run by a test whose tool was not found at configure time: fails with what to install.
message(FATAL_ERROR "${TOOL} was not found when the build was configured, so this check cannot run: "
    "install ${PACKAGE} (it is in packaging/debian-build-deps.txt) and configure again.")
