// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "journal.h"

#include <QElapsedTimer>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Gregor {

Journal::Journal(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{}

const JournalEntry *Journal::find(quint64 id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_entries[size_t(row)];
}

int Journal::rowOf(quint64 id) const
{
    // Ids are increasing and contiguous in the deque, so the row is a subtraction.
    if (m_entries.empty() || id < m_entries.front().id || id > m_entries.back().id)
        return -1;
    const auto row = qsizetype(id - m_entries.front().id);
    return m_entries[size_t(row)].id == id ? int(row) : -1;
}

static bool isSecretHeader(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "authorization" || lower == "proxy-authorization" || lower == "x-auth-token" ||
           lower == "cookie" || lower == "set-cookie" || lower.contains("token") ||
           lower.contains("api-key") || lower.contains("secret") || lower.contains("password");
}

HeaderList Journal::redacted(const HeaderList &headers)
{
    HeaderList result;
    result.reserve(headers.size());
    for (const auto &[name, value] : headers) {
        if (!isSecretHeader(name)) {
            result.append({name, value});
            continue;
        }
        // Keep the scheme so the log still tells Basic from Bearer — but only a registered
        // scheme with credentials after it: any other word before the first space may be the
        // secret itself (the fuzzer found "Authorization: <word> " kept whole).
        const qsizetype space = value.indexOf(' ');
        const QByteArray word = space > 0 ? value.left(space) : QByteArray();
        static const QList<QByteArray> schemes{"basic", "bearer", "digest", "negotiate", "ntlm",
                                               "token", "hoba",   "mutual", "oauth",     "aws4-hmac-sha256"};
        const bool isScheme = schemes.contains(word.toLower()) && !value.mid(space + 1).trimmed().isEmpty();
        const QByteArray scheme =
            name.compare("authorization", Qt::CaseInsensitive) == 0 && isScheme ? word + ' ' : QByteArray();
        result.append({name, scheme + "<redacted>"});
    }
    return result;
}

QByteArray Journal::capped(const QByteArray &body)
{
    return body.size() <= BodyCap ? body : body.left(BodyCap);
}

quint64 Journal::begin(const QByteArray &method, const QUrl &url, const HeaderList &headers,
                       const QByteArray &body)
{
    if (int(m_entries.size()) >= m_capacity) {
        const int excess = int(m_entries.size()) - m_capacity + 1;
        Q_EMIT aboutToRemoveFront(excess);
        m_entries.erase(m_entries.begin(), m_entries.begin() + excess);
        Q_EMIT removedFront(excess);
    }
    JournalEntry entry;
    entry.id = m_nextId++;
    entry.started = QDateTime::currentDateTime();
    entry.method = method;
    entry.url = url.adjusted(QUrl::RemovePassword);
    entry.requestHeaders = redacted(headers);
    entry.requestBody = capped(body);
    entry.requestBytes = body.size();
    const int row = int(m_entries.size());
    Q_EMIT aboutToAppend(row);
    m_entries.push_back(std::move(entry));
    Q_EMIT appended(row);
    return m_entries.back().id;
}

void Journal::finish(quint64 id, int status, const HeaderList &headers, const QByteArray &body,
                     qint64 bodyBytes, const QString &error, int retries)
{
    const int row = rowOf(id);
    if (row < 0)
        return;
    JournalEntry &entry = m_entries[size_t(row)];
    entry.status = status;
    entry.responseHeaders = redacted(headers);
    entry.responseBody = capped(body);
    entry.responseBytes = bodyBytes;
    entry.durationMs = qMax<qint64>(0, entry.started.msecsTo(QDateTime::currentDateTime()));
    entry.error = error;
    entry.retries = retries;
    Q_EMIT updated(row);
}

void Journal::clear()
{
    Q_EMIT aboutToClear();
    m_entries.clear();
    Q_EMIT cleared();
}

} // namespace Gregor
