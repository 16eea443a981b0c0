// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <deque>

namespace Gregor {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One HTTP exchange as the request log shows it. Secrets are already redacted: Authorization,
// X-Auth-Token, Cookie/Set-Cookie and bearer tokens read "<redacted>", the URL has no password.
struct JournalEntry
{
    quint64 id = 0; // correlation id, also in ApiError::journalId
    QDateTime started;
    QByteArray method;
    QUrl url;
    HeaderList requestHeaders;
    QByteArray requestBody; // first 64 KiB
    qint64 requestBytes = 0;
    int status = 0; // 0 until answered, or when no HTTP answer came
    HeaderList responseHeaders;
    QByteArray responseBody; // first 64 KiB
    qint64 responseBytes = 0;
    qint64 durationMs = -1; // -1 while in flight
    int retries = 0;
    QString error; // the user sentence when it failed
    bool inFlight() const { return durationMs < 0; }
};

// The last N exchanges (default 5,000), oldest first.
class Journal : public QObject
{
    Q_OBJECT
public:
    static constexpr int DefaultCapacity = 5000;
    static constexpr qsizetype BodyCap = 64 * 1024;

    explicit Journal(int capacity = DefaultCapacity, QObject *parent = nullptr);

    int size() const { return int(m_entries.size()); }
    const JournalEntry &at(int row) const { return m_entries[size_t(row)]; }
    const JournalEntry *find(quint64 id) const;
    int rowOf(quint64 id) const; // -1 when gone

    // Starts an entry; headers are redacted and bodies capped here. Returns the correlation id.
    quint64 begin(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                  const QByteArray &body);
    void finish(quint64 id, int status, const HeaderList &headers, const QByteArray &body, qint64 bodyBytes,
                const QString &error, int retries);
    void clear();

    static HeaderList redacted(const HeaderList &headers);
    static QByteArray capped(const QByteArray &body);

Q_SIGNALS:
    void aboutToAppend(int row);
    void appended(int row);
    void aboutToRemoveFront(int count);
    void removedFront(int count);
    void updated(int row);
    void aboutToClear();
    void cleared();

private:
    std::deque<JournalEntry> m_entries;
    int m_capacity;
    quint64 m_nextId = 1;
};

} // namespace Gregor
