// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Every logging category of Gregor, in one place. All are quiet by default; enable with
// QT_LOGGING_RULES="gregor.http.debug=true" or the app's --verbose.
#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)
Q_DECLARE_LOGGING_CATEGORY(lcTail)
Q_DECLARE_LOGGING_CATEGORY(lcSandbox)
Q_DECLARE_LOGGING_CATEGORY(lcApp)
Q_DECLARE_LOGGING_CATEGORY(lcLag)
