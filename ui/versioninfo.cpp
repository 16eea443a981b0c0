// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "versioninfo.h"

#include <ksyntaxhighlighting_version.h>

#include <QtVersion>

using namespace Qt::StringLiterals;

namespace Gregor {

QString versionLine()
{
    return u"Gregor %1 (Qt %2, KF6 SyntaxHighlighting %3)"_s.arg(
        QStringLiteral(GREGOR_VERSION), QString::fromLatin1(qVersion()),
        QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING));
}

} // namespace Gregor
