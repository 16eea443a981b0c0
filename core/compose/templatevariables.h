// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <expected>
#include <functional>

class QRandomGenerator;

namespace Gregor {

// The values one send expands its {{variables}} with. One send shares one context: {{uuid}},
// {{now}} and {{seq}} are the same in the key, the headers and the value of a record, so they
// can be matched up on the other side.
struct TemplateContext
{
    qint64 nowMs = 0;
    qint64 seq = 0;
    QString uuid;                                // without braces
    std::function<QString(const QString &)> env; // null: the process environment
    std::function<bool(const QString &)> hasEnv; // null: the process environment
    QRandomGenerator *random = nullptr;          // null: QRandomGenerator::global()
    bool usedSeq = false;                        // set by expansion when {{seq}} was used

    // now, a fresh uuid, the given seq, the process environment.
    static TemplateContext forSend(qint64 seq);
};

// Expands {{uuid}}, {{now}} (ms since the epoch), {{now.iso}} (UTC, ISO 8601 with ms), {{seq}},
// {{random.int(a,b)}} (a ≤ n ≤ b), {{random.choice(a|b|c)}} and {{env.NAME}}. Spaces inside
// the braces are allowed. An unknown variable, a malformed one, an unset environment variable
// or an unclosed "{{" is an error (one sentence naming it), never left as a literal.
std::expected<QString, QString> expandTemplate(QStringView text, TemplateContext &context);

// Whether the text holds any "{{": a record without variables is sent as written.
bool hasTemplateVariables(QStringView text);

// Every {{…}} replaced by a number of the same length ("1000000" for "{{seq}}"), so a JSON
// check of a template accepts variables wherever a value may stand and keeps its positions.
QByteArray maskTemplateVariables(QByteArray utf8);

// "{{uuid}}", "{{now}}"…: for completion and the composer's help.
QStringList templateVariableExamples();

} // namespace Gregor
