// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "sendoncedevice.h"

#include <cstring>

namespace Gregor {

SendOnceDevice::SendOnceDevice(QByteArray body, QObject *parent)
    : QIODevice(parent)
    , m_body(std::move(body))
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered); // QNAM reads it in slices: no second copy
}

bool SendOnceDevice::seek(qint64 pos)
{
    if (m_started && pos < m_pos) {
        m_refused = true;
        return false;
    }
    if (pos < 0 || pos > m_body.size())
        return false;
    m_pos = pos;
    return QIODevice::seek(pos);
}

bool SendOnceDevice::reset()
{
    // An empty body is never read, so nothing marks it as handed out; Qt only rewinds to re-send.
    if (m_body.isEmpty()) {
        m_refused = true;
        return false;
    }
    return seek(0);
}

bool SendOnceDevice::atEnd() const
{
    return m_pos >= m_body.size();
}

qint64 SendOnceDevice::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin(maxSize, m_body.size() - m_pos);
    if (n <= 0) {
        m_started = true;
        return 0;
    }
    std::memcpy(data, m_body.constData() + m_pos, size_t(n));
    m_pos += n;
    m_started = true;
    return n;
}

} // namespace Gregor
