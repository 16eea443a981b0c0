// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "tlsconfig.h"

#include "connectionsettings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>
#include <QSslKey>

using namespace Qt::StringLiterals;

namespace Gregor {

static ApiError tlsError(const QString &text)
{
    return ApiError::make(ErrorKind::Tls, text);
}

static Result<QByteArray> readFile(const QString &path, const QString &what)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(
            tlsError(QCoreApplication::translate(
                         "Gregor::Transport",
                         "The %1 \"%2\" cannot be read (%3): check the TLS settings of this connection.")
                         .arg(what, path, file.errorString())));
    return file.readAll();
}

static bool looksLikePkcs12(const QString &path, const QByteArray &bytes)
{
    return path.endsWith(u".p12"_s, Qt::CaseInsensitive) || path.endsWith(u".pfx"_s, Qt::CaseInsensitive) ||
           !bytes.contains("-----BEGIN");
}

static Result<Done> addClientCertificate(QSslConfiguration &config, const ConnectionSettings &settings)
{
    const auto certBytes = readFile(settings.clientCertFile,
                                    QCoreApplication::translate("Gregor::Transport", "client certificate"));
    if (!certBytes)
        return std::unexpected(certBytes.error());
    if (looksLikePkcs12(settings.clientCertFile, *certBytes)) {
        QByteArray bytes = *certBytes;
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QSslKey key;
        QSslCertificate certificate;
        QList<QSslCertificate> chain;
        if (!QSslCertificate::importPkcs12(&buffer, &key, &certificate, &chain,
                                           settings.clientKeyPassphrase.toUtf8()))
            return std::unexpected(
                tlsError(QCoreApplication::translate("Gregor::Transport",
                                                     "The client certificate \"%1\" is not a readable "
                                                     "PKCS#12 file, or its passphrase is wrong.")
                             .arg(settings.clientCertFile)));
        config.setPrivateKey(key);
        config.setLocalCertificate(certificate);
        if (!chain.isEmpty())
            config.setLocalCertificateChain(QList<QSslCertificate>{certificate} + chain);
        return Done{};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(*certBytes, QSsl::Pem);
    if (certificates.isEmpty())
        return std::unexpected(
            tlsError(QCoreApplication::translate("Gregor::Transport",
                                                 "The client certificate \"%1\" contains no PEM certificate.")
                         .arg(settings.clientCertFile)));
    const QString keyPath =
        settings.clientKeyFile.isEmpty() ? settings.clientCertFile : settings.clientKeyFile;
    const auto keyBytes = readFile(keyPath, QCoreApplication::translate("Gregor::Transport", "client key"));
    if (!keyBytes)
        return std::unexpected(keyBytes.error());
    QSslKey key;
    for (const QSsl::KeyAlgorithm algorithm : {QSsl::Rsa, QSsl::Ec, QSsl::Dsa}) {
        key =
            QSslKey(*keyBytes, algorithm, QSsl::Pem, QSsl::PrivateKey, settings.clientKeyPassphrase.toUtf8());
        if (!key.isNull())
            break;
    }
    if (key.isNull())
        return std::unexpected(
            tlsError(QCoreApplication::translate(
                         "Gregor::Transport",
                         "The client key \"%1\" cannot be read: check the file and its passphrase.")
                         .arg(keyPath)));
    config.setLocalCertificateChain(certificates);
    config.setPrivateKey(key);
    return Done{};
}

Result<QSslConfiguration> tlsConfiguration(const ConnectionSettings &settings)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    if (!settings.caFile.isEmpty()) {
        const auto bytes =
            readFile(settings.caFile, QCoreApplication::translate("Gregor::Transport", "CA file"));
        if (!bytes)
            return std::unexpected(bytes.error());
        QList<QSslCertificate> cas = QSslCertificate::fromData(*bytes, QSsl::Pem);
        if (cas.isEmpty())
            cas = QSslCertificate::fromData(*bytes, QSsl::Der);
        if (cas.isEmpty())
            return std::unexpected(
                tlsError(QCoreApplication::translate("Gregor::Transport",
                                                     "The CA file \"%1\" contains no certificate.")
                             .arg(settings.caFile)));
        config.addCaCertificates(cas);
    }
    if (!settings.clientCertFile.isEmpty()) {
        const auto added = addClientCertificate(config, settings);
        if (!added)
            return std::unexpected(added.error());
    }
    return config;
}

bool matchesPin(const QSslCertificate &certificate, const QByteArray &pinnedSha256)
{
    return !pinnedSha256.isEmpty() && !certificate.isNull() &&
           certificate.digest(QCryptographicHash::Sha256) == pinnedSha256;
}

} // namespace Gregor
