// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Gregor {

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>())
{}

AppSettings::AppSettings(const QString &iniPath)
    : m_settings(std::make_unique<QSettings>(iniPath, QSettings::IniFormat))
{}

QList<ConnectionProfile> AppSettings::profiles() const
{
    QList<ConnectionProfile> result{ConnectionProfile::localSandboxProfile()};
    const QStringList order = m_settings->value("profiles/order"_L1).toStringList();
    for (const QString &id : order) {
        if (auto profile = this->profile(id); profile && !profile->localSandbox)
            result.append(*profile);
    }
    return result;
}

std::optional<ConnectionProfile> AppSettings::profile(const QString &id) const
{
    if (id == ConnectionProfile::localSandboxProfile().id)
        return ConnectionProfile::localSandboxProfile();
    const QByteArray json = m_settings->value(u"profiles/data/"_s + id).toByteArray();
    if (json.isEmpty())
        return std::nullopt;
    auto profile = ConnectionProfile::fromJson(QJsonDocument::fromJson(json).object());
    if (!profile)
        return std::nullopt;
    return *profile;
}

void AppSettings::saveProfile(const ConnectionProfile &profile)
{
    if (profile.localSandbox)
        return;
    m_settings->setValue(u"profiles/data/"_s + profile.id,
                         QJsonDocument(profile.toJson()).toJson(QJsonDocument::Compact));
    QStringList order = m_settings->value("profiles/order"_L1).toStringList();
    if (!order.contains(profile.id)) {
        order.append(profile.id);
        m_settings->setValue("profiles/order"_L1, order);
    }
}

void AppSettings::removeProfile(const QString &id)
{
    m_settings->remove(u"profiles/data/"_s + id);
    QStringList order = m_settings->value("profiles/order"_L1).toStringList();
    order.removeAll(id);
    m_settings->setValue("profiles/order"_L1, order);
    QStringList open = openConnections();
    if (open.removeAll(id) > 0)
        setOpenConnections(open);
}

QStringList AppSettings::openConnections() const
{
    return m_settings->value("session/openConnections"_L1).toStringList();
}

void AppSettings::setOpenConnections(const QStringList &ids)
{
    m_settings->setValue("session/openConnections"_L1, ids);
}

QString AppSettings::currentConnection() const
{
    return m_settings->value("session/current"_L1).toString();
}

void AppSettings::setCurrentConnection(const QString &id)
{
    m_settings->setValue("session/current"_L1, id);
}

bool AppSettings::firstRunDone() const
{
    return m_settings->value("session/firstRunDone"_L1).toBool();
}

void AppSettings::setFirstRunDone(bool done)
{
    m_settings->setValue("session/firstRunDone"_L1, done);
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value("window/geometry"_L1).toByteArray();
}

QByteArray AppSettings::windowState() const
{
    return m_settings->value("window/state"_L1).toByteArray();
}

void AppSettings::setWindowLayout(const QByteArray &geometry, const QByteArray &state)
{
    m_settings->setValue("window/geometry"_L1, geometry);
    m_settings->setValue("window/state"_L1, state);
}

QJsonObject AppSettings::groupsState(const QString &profileId) const
{
    return QJsonDocument::fromJson(m_settings->value(u"groups/"_s + profileId).toByteArray()).object();
}

void AppSettings::setGroupsState(const QString &profileId, const QJsonObject &state)
{
    m_settings->setValue(u"groups/"_s + profileId, QJsonDocument(state).toJson(QJsonDocument::Compact));
}

QJsonObject AppSettings::tailsState(const QString &profileId) const
{
    return QJsonDocument::fromJson(m_settings->value(u"tails/"_s + profileId).toByteArray()).object();
}

void AppSettings::setTailsState(const QString &profileId, const QJsonObject &state)
{
    m_settings->setValue(u"tails/"_s + profileId, QJsonDocument(state).toJson(QJsonDocument::Compact));
}

QStringList AppSettings::pinnedTopics(const QString &profileId) const
{
    return m_settings->value(u"pinned/"_s + profileId).toStringList();
}

void AppSettings::setPinnedTopics(const QString &profileId, const QStringList &topics)
{
    m_settings->setValue(u"pinned/"_s + profileId, topics);
}

QString AppSettings::composerTemplatesDir() const
{
    return m_settings->value(u"composer/templatesDir"_s).toString();
}

void AppSettings::setComposerTemplatesDir(const QString &folder)
{
    m_settings->setValue(u"composer/templatesDir"_s, folder);
}

QByteArray AppSettings::splitterState(const QString &name) const
{
    return m_settings->value(u"splitters/"_s + name).toByteArray();
}

void AppSettings::setSplitterState(const QString &name, const QByteArray &state)
{
    m_settings->setValue(u"splitters/"_s + name, state);
}

void AppSettings::clearForFirstRun()
{
    m_settings->clear();
}

void AppSettings::sync()
{
    m_settings->sync();
}

} // namespace Gregor
