// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "templatevariables.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRandomGenerator>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Gregor {

TemplateContext TemplateContext::forSend(qint64 seq)
{
    TemplateContext context;
    context.nowMs = QDateTime::currentMSecsSinceEpoch();
    context.seq = seq;
    context.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return context;
}

bool hasTemplateVariables(QStringView text)
{
    return text.contains("{{"_L1);
}

QByteArray maskTemplateVariables(QByteArray utf8)
{
    qsizetype from = 0;
    while (true) {
        const qsizetype open = utf8.indexOf("{{", from);
        if (open < 0)
            return utf8;
        const qsizetype close = utf8.indexOf("}}", open + 2);
        if (close < 0)
            return utf8;
        utf8[open] = '1';
        for (qsizetype i = open + 1; i < close + 2; ++i)
            utf8[i] = '0';
        from = close + 2;
    }
}

QStringList templateVariableExamples()
{
    return {u"{{uuid}}"_s,
            u"{{now}}"_s,
            u"{{now.iso}}"_s,
            u"{{seq}}"_s,
            u"{{random.int(1,100)}}"_s,
            u"{{random.choice(red|green|blue)}}"_s,
            u"{{env.USER}}"_s};
}

// "name(arguments)" → arguments, or nullopt when the call's shape is wrong.
static std::optional<QStringView> callArguments(QStringView name, QLatin1StringView function)
{
    if (!name.startsWith(function) || !name.endsWith(u')'))
        return std::nullopt;
    QStringView rest = name.sliced(function.size()).trimmed();
    if (!rest.startsWith(u'(') || !rest.endsWith(u')'))
        return std::nullopt;
    return rest.sliced(1, rest.size() - 2);
}

static std::expected<QString, QString> expandOne(QStringView name, TemplateContext &context)
{
    QRandomGenerator *random = context.random ? context.random : QRandomGenerator::global();
    if (name == "uuid"_L1)
        return context.uuid;
    if (name == "now"_L1)
        return QString::number(context.nowMs);
    if (name == "now.iso"_L1)
        return QDateTime::fromMSecsSinceEpoch(context.nowMs, QTimeZone::UTC).toString(Qt::ISODateWithMs);
    if (name == "seq"_L1) {
        context.usedSeq = true;
        return QString::number(context.seq);
    }
    if (name.startsWith("env."_L1)) {
        const QString variable = name.sliced(4).toString();
        if (variable.isEmpty())
            return std::unexpected(QCoreApplication::translate(
                "Gregor::Compose", "{{env.}} needs a variable name, e.g. {{env.USER}}."));
        const bool set =
            context.hasEnv ? context.hasEnv(variable) : qEnvironmentVariableIsSet(qPrintable(variable));
        if (!set)
            return std::unexpected(
                QCoreApplication::translate("Gregor::Compose",
                                            "The environment variable %1 is not set ({{env.%1}}).")
                    .arg(variable));
        return context.env ? context.env(variable) : qEnvironmentVariable(qPrintable(variable));
    }
    if (const auto args = callArguments(name, "random.int"_L1)) {
        const auto parts = args->split(u',');
        bool okLow = false;
        bool okHigh = false;
        const qint64 low = parts.size() == 2 ? parts[0].trimmed().toLongLong(&okLow) : 0;
        const qint64 high = parts.size() == 2 ? parts[1].trimmed().toLongLong(&okHigh) : 0;
        if (!okLow || !okHigh || low > high)
            return std::unexpected(
                QCoreApplication::translate("Gregor::Compose",
                                            "{{%1}} needs two whole numbers, the first not above the second, "
                                            "e.g. {{random.int(1,100)}}.")
                    .arg(name));
        const quint64 span = quint64(high - low);
        const quint64 offset =
            span == std::numeric_limits<quint64>::max() ? random->generate64() : random->bounded(span + 1);
        return QString::number(qint64(quint64(low) + offset));
    }
    if (const auto args = callArguments(name, "random.choice"_L1)) {
        const auto choices = args->split(u'|');
        if (args->isEmpty())
            return std::unexpected(QCoreApplication::translate(
                "Gregor::Compose", "{{random.choice()}} needs choices, e.g. {{random.choice(a|b|c)}}."));
        return choices.at(qsizetype(random->bounded(quint32(choices.size())))).toString();
    }
    return std::unexpected(QCoreApplication::translate(
                               "Gregor::Compose", "Unknown template variable {{%1}}; the known ones are %2.")
                               .arg(name, templateVariableExamples().join(u", "_s)));
}

std::expected<QString, QString> expandTemplate(QStringView text, TemplateContext &context)
{
    QString out;
    out.reserve(text.size());
    qsizetype from = 0;
    while (true) {
        const qsizetype open = text.indexOf("{{"_L1, from);
        if (open < 0) {
            out += text.sliced(from);
            return out;
        }
        out += text.sliced(from, open - from);
        const qsizetype close = text.indexOf("}}"_L1, open + 2);
        if (close < 0)
            return std::unexpected(
                QCoreApplication::translate("Gregor::Compose",
                                            "A \"{{\" is not closed by \"}}\" (at character %1).")
                    .arg(open + 1));
        const QStringView name = text.sliced(open + 2, close - open - 2).trimmed();
        if (name.isEmpty())
            return std::unexpected(QCoreApplication::translate(
                                       "Gregor::Compose", "An empty {{}} at character %1 names no variable.")
                                       .arg(open + 1));
        auto value = expandOne(name, context);
        if (!value)
            return value;
        out += *value;
        from = close + 2;
    }
}

} // namespace Gregor
