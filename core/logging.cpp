// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "logging.h"

Q_LOGGING_CATEGORY(lcHttp, "gregor.http", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTail, "gregor.tail", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSandbox, "gregor.sandbox", QtWarningMsg)
Q_LOGGING_CATEGORY(lcApp, "gregor.app", QtWarningMsg)
Q_LOGGING_CATEGORY(lcLag, "gregor.lag", QtWarningMsg)
