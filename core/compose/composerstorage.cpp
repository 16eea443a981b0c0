// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "composerstorage.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Gregor {

QString ComposerPaths::defaultTemplatesDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/templates"_s;
}

ComposerPaths ComposerPaths::forProfile(const QString &profileId, const QString &templatesDir)
{
    // Profile ids are ours, but a file name must not depend on what characters they hold.
    const QString id = QString::fromLatin1(
        QCryptographicHash::hash(profileId.toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString base = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/composer/"_s;
    return {base + u"draft-"_s + id + u".json"_s, base + u"history-"_s + id + u".jsonl"_s,
            templatesDir.isEmpty() ? defaultTemplatesDir() : templatesDir, base + u"seq.json"_s};
}

std::expected<void, QString> writeFileSafely(const QString &path, const QByteArray &bytes)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return std::unexpected(
            QCoreApplication::translate("Gregor::Compose", "Cannot create the folder of %1.")
                .arg(QDir::toNativeSeparators(path)));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return std::unexpected(QCoreApplication::translate("Gregor::Compose", "Cannot write %1: %2.")
                                   .arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

static std::optional<QJsonObject> readJsonObject(const QString &path, QString *error = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("Gregor::Compose", "Cannot read %1: %2.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        if (error)
            *error = QCoreApplication::translate("Gregor::Compose", "%1 is not a JSON object (%2).")
                         .arg(QDir::toNativeSeparators(path), parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

std::optional<ComposedRecord> DraftStore::load() const
{
    if (!QFile::exists(m_path))
        return std::nullopt;
    const auto object = readJsonObject(m_path);
    if (!object)
        return std::nullopt;
    return ComposedRecord::fromJson(*object);
}

std::expected<void, QString> DraftStore::save(const ComposedRecord &draft) const
{
    return writeFileSafely(m_path, QJsonDocument(draft.toJson()).toJson(QJsonDocument::Compact));
}

SeqCounters::SeqCounters(QString path)
    : m_path(std::move(path))
{
    if (const auto object = readJsonObject(m_path)) {
        for (auto it = object->begin(); it != object->end(); ++it)
            m_next.insert(it.key(), qint64(it.value().toDouble(1)));
    }
}

qint64 SeqCounters::peek(const QString &templateName) const
{
    return m_next.value(templateName, 1);
}

qint64 SeqCounters::take(const QString &templateName)
{
    const qint64 value = peek(templateName);
    m_next.insert(templateName, value + 1);
    QJsonObject object;
    for (auto it = m_next.cbegin(); it != m_next.cend(); ++it)
        object.insert(it.key(), it.value());
    const auto written = writeFileSafely(m_path, QJsonDocument(object).toJson(QJsonDocument::Indented));
    m_error = written ? QString() : written.error();
    return value;
}

std::optional<QString> TemplateLibrary::refusal(const QString &name)
{
    if (name.trimmed().isEmpty())
        return QCoreApplication::translate("Gregor::Compose", "Give the template a name.");
    if (name.startsWith(u'.') || name.contains(u'/') || name.contains(u'\\') || name.contains(u':'))
        return QCoreApplication::translate("Gregor::Compose",
                                           "A template name cannot start with a dot or hold / \\ or :.");
    return std::nullopt;
}

QString TemplateLibrary::fileOf(const QString &name) const
{
    return m_folder + u'/' + name.trimmed() + u".json"_s;
}

QStringList TemplateLibrary::names() const
{
    QStringList names;
    const QDir dir(m_folder);
    for (const QFileInfo &info : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name | QDir::IgnoreCase))
        names.append(info.completeBaseName());
    return names;
}

std::expected<ComposedRecord, QString> TemplateLibrary::load(const QString &name) const
{
    QString error;
    const auto object = readJsonObject(fileOf(name), &error);
    if (!object)
        return std::unexpected(error);
    ComposedRecord record = ComposedRecord::fromJson(*object);
    record.templateName = name.trimmed();
    return record;
}

std::expected<void, QString> TemplateLibrary::save(const QString &name, const ComposedRecord &record) const
{
    if (auto why = refusal(name))
        return std::unexpected(*why);
    ComposedRecord saved = record;
    saved.templateName.clear(); // the file's name is the template's name
    // Indented with sorted keys: a stable text that diffs well under version control.
    return writeFileSafely(fileOf(name), QJsonDocument(saved.toJson()).toJson(QJsonDocument::Indented));
}

std::expected<void, QString> TemplateLibrary::remove(const QString &name) const
{
    QFile file(fileOf(name));
    if (!file.remove())
        return std::unexpected(
            QCoreApplication::translate("Gregor::Compose", "Cannot remove the template %1: %2.")
                .arg(name, file.errorString()));
    return {};
}

} // namespace Gregor
