// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "persistence.h"

#include "recordcodec.h"
#include "store.h"
#include "topicname.h"

#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QtEndian>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif
#if defined(Q_OS_DARWIN)
#include <fcntl.h>
#endif

using namespace Qt::StringLiterals;

namespace Gregor::Sandbox {

namespace {

bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_WIN)
    return _commit(file.handle()) == 0;
#elif defined(Q_OS_DARWIN)
    // fsync() on macOS hands the data to the drive, whose cache may still lose it on power loss;
    // F_FULLFSYNC flushes that cache too (some file systems refuse it: then fsync is all there is).
    return ::fcntl(file.handle(), F_FULLFSYNC) == 0 || ::fsync(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

QByteArray frame(QByteArrayView payload)
{
    QByteArray out;
    out.reserve(payload.size() + 8);
    const quint32 length = qToLittleEndian(quint32(payload.size()));
    const quint32 crc = qToLittleEndian(RecordCodec::crc32(payload));
    out.append(reinterpret_cast<const char *>(&length), 4);
    out.append(reinterpret_cast<const char *>(&crc), 4);
    out.append(payload);
    return out;
}

// Calls `onPayload` for every intact frame; returns the length of the intact prefix.
template<typename F>
qint64 readFrames(QByteArrayView data, F onPayload)
{
    qint64 at = 0;
    while (data.size() - at >= 8) {
        const quint32 length = qFromLittleEndian<quint32>(data.data() + at);
        const quint32 crc = qFromLittleEndian<quint32>(data.data() + at + 4);
        if (qint64(length) > data.size() - at - 8)
            break;
        const QByteArrayView payload = data.sliced(at + 8, length);
        if (RecordCodec::crc32(payload) != crc || !onPayload(payload))
            break;
        at += 8 + length;
    }
    return at;
}

// Reads a log, cuts a torn or corrupt tail, and opens it for appending.
std::unique_ptr<QFile> openLog(const QString &path, qint64 *bytesCut, auto onPayload, QString *error)
{
    auto file = std::make_unique<QFile>(path);
    if (!file->open(QIODevice::ReadWrite)) {
        *error = u"cannot open %1: %2"_s.arg(path, file->errorString());
        return nullptr;
    }
    const QByteArray data = file->readAll();
    const qint64 intact = readFrames(data, onPayload);
    if (intact < data.size()) {
        qCWarning(lcSandbox) << "cutting" << data.size() - intact << "torn bytes off" << path;
        *bytesCut += data.size() - intact;
        if (!file->resize(intact)) {
            *error = u"cannot cut the torn tail of %1: %2"_s.arg(path, file->errorString());
            return nullptr;
        }
    }
    file->seek(intact);
    return file;
}

} // namespace

Persistence::Persistence(QString directory, FsyncMode mode, QObject *parent)
    : QObject(parent)
    , m_dir(std::move(directory))
    , m_mode(mode)
{
    m_syncTimer.setInterval(50);
    connect(&m_syncTimer, &QTimer::timeout, this, &Persistence::syncAll);
    if (m_mode == FsyncMode::Interval)
        m_syncTimer.start();
}

Persistence::~Persistence()
{
    syncAll();
}

QString Persistence::topicDir(const QString &topic) const
{
    return m_dir + u"/topics/"_s + topic;
}

bool Persistence::recover(Store &store, CommittedOffsets &commits, QString *error)
{
    if (!QDir().mkpath(m_dir + u"/topics"_s)) {
        *error = u"cannot create the data directory %1"_s.arg(m_dir);
        return false;
    }
    const QDir topicsDir(m_dir + u"/topics"_s);
    for (const QString &name : topicsDir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
        QFile meta(topicDir(name) + u"/topic.json"_s);
        if (!isValidTopicName(name) || !meta.open(QIODevice::ReadOnly))
            continue;
        const int partitions =
            QJsonDocument::fromJson(meta.readAll()).object().value(u"partitions"_s).toInt();
        if (!store.restoreTopic(name, partitions)) {
            qCWarning(lcSandbox) << "skipping unreadable topic directory" << name;
            continue;
        }
        ++m_report.topics;
        for (int p = 0; p < partitions; ++p) {
            const QString path = topicDir(name) + u"/%1.log"_s.arg(p);
            auto file = openLog(
                path, &m_report.bytesCut,
                [&](QByteArrayView payload) {
                    if (!store.restoreRecord(name, p, payload))
                        return false;
                    ++m_report.records;
                    return true;
                },
                error);
            if (!file)
                return false;
            m_files[{name, p}] = std::move(file);
        }
    }

    // Commits: replay, then rewrite compacted.
    const QString groupsPath = m_dir + u"/groups.log"_s;
    {
        qint64 ignored = 0;
        auto old = openLog(
            groupsPath, &ignored,
            [&](QByteArrayView payload) {
                const QJsonObject o = QJsonDocument::fromJson(payload.toByteArray()).object();
                if (o.isEmpty())
                    return false;
                commits[o.value(u"g"_s).toString()][{o.value(u"t"_s).toString(), o.value(u"p"_s).toInt()}] =
                    o.value(u"o"_s).toInteger();
                return true;
            },
            error);
        if (!old)
            return false;
    }
    QSaveFile compacted(groupsPath);
    if (!compacted.open(QIODevice::WriteOnly)) {
        *error = u"cannot write %1: %2"_s.arg(groupsPath, compacted.errorString());
        return false;
    }
    for (const auto &[group, offsets] : commits) {
        for (auto it = offsets.cbegin(); it != offsets.cend(); ++it) {
            const QJsonObject o{{u"g"_s, group},
                                {u"t"_s, it.key().topic},
                                {u"p"_s, it.key().partition},
                                {u"o"_s, it.value()}};
            compacted.write(frame(QJsonDocument(o).toJson(QJsonDocument::Compact)));
            ++m_report.commits;
        }
    }
    if (!compacted.commit()) {
        *error = u"cannot write %1: %2"_s.arg(groupsPath, compacted.errorString());
        return false;
    }
    m_groups = std::make_unique<QFile>(groupsPath);
    if (!m_groups->open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = u"cannot open %1: %2"_s.arg(groupsPath, m_groups->errorString());
        return false;
    }
    return true;
}

bool Persistence::createTopic(const QString &name, int partitions, QString *error)
{
    if (!QDir().mkpath(topicDir(name))) {
        *error = u"cannot create %1"_s.arg(topicDir(name));
        return false;
    }
    QSaveFile meta(topicDir(name) + u"/topic.json"_s);
    if (!meta.open(QIODevice::WriteOnly)) {
        *error = meta.errorString();
        return false;
    }
    meta.write(QJsonDocument(QJsonObject{{u"partitions"_s, partitions}}).toJson(QJsonDocument::Compact));
    if (!meta.commit()) {
        *error = meta.errorString();
        return false;
    }
    return true;
}

bool Persistence::deleteTopic(const QString &name, QString *error)
{
    for (auto it = m_files.begin(); it != m_files.end();) {
        if (it->first.first != name) {
            ++it;
            continue;
        }
        m_dirty.remove(it->second.get());
        it = m_files.erase(it);
    }
    // topic.json goes first: a crash half-way leaves a directory recovery skips.
    QFile::remove(topicDir(name) + u"/topic.json"_s);
    if (!QDir(topicDir(name)).removeRecursively()) {
        *error = u"cannot remove %1"_s.arg(topicDir(name));
        return false;
    }
    return true;
}

QFile *Persistence::partitionFile(const QString &topic, int partition, QString *error)
{
    auto &slot = m_files[{topic, partition}];
    if (!slot) {
        const QString path = topicDir(topic) + u"/%1.log"_s.arg(partition);
        slot = std::make_unique<QFile>(path);
        if (!slot->open(QIODevice::WriteOnly | QIODevice::Append)) {
            *error = u"cannot open %1: %2"_s.arg(path, slot->errorString());
            slot.reset();
            return nullptr;
        }
    }
    return slot.get();
}

bool Persistence::writeRecords(const std::vector<Write> &writes, QString *error)
{
    QList<QFile *> touched;
    QHash<QFile *, qint64> sizeBefore;
    bool ok = true;
    for (const Write &write : writes) {
        QFile *file = partitionFile(write.topic, write.partition, error);
        if (!file) {
            ok = false;
            break;
        }
        if (!sizeBefore.contains(file)) {
            sizeBefore.insert(file, file->size());
            touched.append(file);
        }
        const QByteArray bytes = frame(write.encoded);
        if (file->write(bytes) != bytes.size()) {
            *error = u"write failed: %1"_s.arg(file->errorString());
            ok = false;
            break;
        }
    }
    if (ok)
        ok = finishWrite(touched, error);
    if (!ok) {
        // All or nothing: take back whatever part of this request reached the files.
        for (QFile *file : std::as_const(touched)) {
            file->flush();
            file->resize(sizeBefore.value(file));
        }
    }
    return ok;
}

bool Persistence::writeCommit(const QString &group, const TopicPartition &tp, qint64 offset, QString *error)
{
    if (!m_groups)
        return true;
    const QJsonObject o{{u"g"_s, group}, {u"t"_s, tp.topic}, {u"p"_s, tp.partition}, {u"o"_s, offset}};
    m_groups->write(frame(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    return finishWrite({m_groups.get()}, error);
}

bool Persistence::finishWrite(const QList<QFile *> &files, QString *error)
{
    for (QFile *file : files) {
        const bool ok = m_mode == FsyncMode::Always ? syncToDisk(*file) : file->flush();
        if (!ok) {
            *error = u"flush failed: %1"_s.arg(file->errorString());
            return false;
        }
        if (m_mode == FsyncMode::Interval)
            m_dirty.insert(file);
    }
    return true;
}

void Persistence::syncAll()
{
    for (QFile *file : std::as_const(m_dirty))
        syncToDisk(*file);
    m_dirty.clear();
}

} // namespace Gregor::Sandbox
