// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Precompiled for every test (tests/CMakeLists.txt, gregor_testpch): the Qt Core headers most
// of our files include, and the standard headers behind them. Qt Core only, because GCC refuses
// a precompiled header built with a module's define (QT_NETWORK_LIB…) that a user lacks.
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <expected>
#include <functional>
#include <memory>
#include <optional>
