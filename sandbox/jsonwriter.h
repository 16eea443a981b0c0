// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QByteArrayView>
#include <QStringView>

namespace Gregor::Sandbox {

// Appends JSON text to a byte array without building QJsonObjects: the hot paths (records in
// fetch/consume answers, produce acknowledgements) go through here. The caller places commas
// and colons with the helpers; strings are escaped and always valid UTF-8.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {}

    JsonWriter &raw(QByteArrayView text)
    {
        m_out.append(text);
        return *this;
    }
    JsonWriter &key(QByteArrayView asciiName); // "name":
    JsonWriter &string(QByteArrayView utf8);   // invalid UTF-8 becomes U+FFFD
    JsonWriter &string(QStringView text);
    JsonWriter &number(qint64 value);
    JsonWriter &null() { return raw("null"); }
    JsonWriter &boolean(bool value) { return raw(value ? QByteArrayView("true") : QByteArrayView("false")); }

    static void appendEscaped(QByteArray &out, QByteArrayView utf8);

private:
    QByteArray &m_out;
};

} // namespace Gregor::Sandbox
