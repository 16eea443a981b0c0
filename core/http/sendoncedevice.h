// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QIODevice>

namespace Gregor {

// The body of a request that must not be sent twice (produce, commit, a v2 consumer's read even
// with no body). QNetworkAccessManager silently re-sends a request once when the server closes
// the connection before answering, whatever the method; it first rewinds the body, so a body
// that refuses to rewind after it was read turns that re-send into QNetworkReply::ContentReSendError,
// which the job reports as an unknown outcome instead of sending twice.
class SendOnceDevice : public QIODevice
{
public:
    explicit SendOnceDevice(QByteArray body, QObject *parent = nullptr);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool seek(qint64 pos) override;
    bool reset() override;
    bool atEnd() const override;
    bool rewindRefused() const { return m_refused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_body;
    qint64 m_pos = 0;
    bool m_started = false; // some bytes (or the end) were handed out
    bool m_refused = false;
};

} // namespace Gregor
