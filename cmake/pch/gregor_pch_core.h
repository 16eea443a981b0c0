// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for the core, services, records and sandbox libraries (gregor_precompile): Qt
// Core's most included headers (gregor_pch_qtcore.h) and Qt Network's.
#pragma once
#include <gregor_pch_qtcore.h>

#include <QNetworkAccessManager>
#include <QNetworkReply>
