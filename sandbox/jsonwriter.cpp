// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include "jsonescape.h"

#include <QString>

#include <charconv>

namespace Gregor::Sandbox {

void JsonWriter::appendEscaped(QByteArray &out, QByteArrayView utf8)
{
    JsonEscape::appendQuoted(out, utf8);
}

JsonWriter &JsonWriter::key(QByteArrayView asciiName)
{
    m_out.append('"').append(asciiName).append("\":", 2);
    return *this;
}

JsonWriter &JsonWriter::string(QByteArrayView utf8)
{
    appendEscaped(m_out, utf8);
    return *this;
}

JsonWriter &JsonWriter::string(QStringView text)
{
    appendEscaped(m_out, text.toUtf8());
    return *this;
}

JsonWriter &JsonWriter::number(qint64 value)
{
    char digits[24];
    const auto end = std::to_chars(digits, digits + sizeof digits, value).ptr;
    m_out.append(digits, end - digits);
    return *this;
}

} // namespace Gregor::Sandbox
