// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "secretstore.h"

#include <QCoreApplication>

#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;

namespace Gregor {

SecretStore::SecretStore(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{}

bool SecretStore::isAvailable()
{
    return QKeychain::isAvailable();
}

static ApiError keychainError(const QKeychain::Job *job)
{
    return ApiError::make(
        ErrorKind::Forbidden,
        QCoreApplication::translate("Gregor::SecretStore",
                                    "The system keychain refused (%1): unlock it, or set this connection to "
                                    "ask for the secret every time.")
            .arg(job->errorString()));
}

// Runs a QtKeychain job and reports through the callback, unless the context died first.
template<typename JobType, typename Callback, typename OnSuccess>
static void runJob(JobType *job, QObject *context, Callback done, OnSuccess onSuccess)
{
    QPointer<QObject> guard(context);
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job, [job, guard, done = std::move(done), onSuccess] {
        if (!guard)
            return;
        if (job->error() == QKeychain::NoError)
            done(onSuccess(job));
        else if (job->error() == QKeychain::EntryNotFound)
            done(onSuccess(nullptr));
        else
            done(std::unexpected(keychainError(job)));
    });
    job->start();
}

void SecretStore::read(const QString &profileId, QObject *context, std::function<void(Result<QString>)> done)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    runJob(job, context, std::move(done), [](QKeychain::ReadPasswordJob *finished) -> Result<QString> {
        return finished ? finished->textData() : QString();
    });
}

void SecretStore::write(const QString &profileId, const QString &secret, QObject *context,
                        std::function<void(Result<Done>)> done)
{
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    job->setTextData(secret);
    runJob(job, context, std::move(done),
           [](QKeychain::WritePasswordJob *) -> Result<Done> { return Done{}; });
}

void SecretStore::remove(const QString &profileId, QObject *context, std::function<void(Result<Done>)> done)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setInsecureFallback(false);
    job->setKey(profileId);
    runJob(job, context, std::move(done),
           [](QKeychain::DeletePasswordJob *) -> Result<Done> { return Done{}; });
}

} // namespace Gregor
