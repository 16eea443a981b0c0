// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/api/result.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace Gregor {

// Connection secrets in the OS keychain (Secret Service, macOS Keychain, Windows Credential
// Store) through QtKeychain, keyed by profile id. Never falls back to plain-text storage.
class SecretStore : public QObject
{
    Q_OBJECT
public:
    explicit SecretStore(const QString &service = QStringLiteral("Gregor"), QObject *parent = nullptr);

    // False when no keychain backend can be reached (e.g. no Secret Service on Linux): the UI
    // then offers "ask every time".
    static bool isAvailable();

    // Missing entries come back as an empty secret, not an error.
    void read(const QString &profileId, QObject *context, std::function<void(Result<QString>)> done);
    void write(const QString &profileId, const QString &secret, QObject *context,
               std::function<void(Result<Done>)> done);
    void remove(const QString &profileId, QObject *context, std::function<void(Result<Done>)> done);

private:
    QString m_service;
};

} // namespace Gregor
