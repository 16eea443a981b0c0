// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// Makes a pseudo-translation of the template: every string accented and about 40 % longer,
// between brackets, so a UI snapshot shows at a glance what is clipped (a bracket is missing),
// what is not translatable (plain ASCII) and where a layout has no room for longer languages.
// Placeholders (%1, %n, %L1), HTML tags, entities and key sequences are kept as they are.
//
//   gregor-pseudolocale TEMPLATE.ts OUTPUT.ts
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSaveFile>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

QChar accented(QChar c)
{
    static const QHash<QChar, QChar> map = [] {
        const QString plain = u"aceginorsuyzACEGINORSUYZ"_s;
        const QString marked = u"áçéğíñöŕšüýžÁÇÉĞÍÑÖŔŠÜÝŽ"_s;
        QHash<QChar, QChar> m;
        for (qsizetype i = 0; i < plain.size(); ++i)
            m.insert(plain.at(i), marked.at(i));
        return m;
    }();
    return map.value(c, c);
}

// A key sequence ("Ctrl+Shift+F", "Ctrl+Return, Ctrl+Enter") must stay parseable by QKeySequence;
// a sentence that merely mentions one ("Filter topics (Ctrl+T)") is translated.
bool isKeySequence(const QString &text)
{
    static const QRegularExpression keys(
        u"^((Ctrl|Shift|Alt|Meta)\\+)+[^\\s+]+(, ((Ctrl|Shift|Alt|Meta)\\+)*[^\\s+]+)*$"_s);
    return keys.match(text).hasMatch();
}

QString pseudo(const QString &source)
{
    if (source.trimmed().isEmpty() || isKeySequence(source))
        return source;
    QString out;
    out.reserve(source.size() * 2);
    out += u'[';
    qsizetype letters = 0;
    for (qsizetype i = 0; i < source.size(); ++i) {
        const QChar c = source.at(i);
        if (c == u'%' && i + 1 < source.size()) { // %1, %n, %L1, %%
            qsizetype end = i + 1;
            if (source.at(end) == u'L')
                ++end;
            while (end < source.size() && (source.at(end).isDigit() || source.at(end) == u'n'))
                ++end;
            if (end == i + 1 && source.at(end) == u'%')
                ++end;
            out += source.mid(i, end - i);
            i = end - 1;
        } else if (c == u'<' || c == u'&') { // a tag or an entity; a lone & is a mnemonic
            const qsizetype end = source.indexOf(c == u'<' ? u'>' : u';', i);
            const bool entity =
                c == u'&' && end > i && end - i < 10 && !source.mid(i, end - i).contains(u' ');
            if (c == u'<' && end > i) {
                out += source.mid(i, end - i + 1);
                i = end;
            } else if (entity) {
                out += source.mid(i, end - i + 1);
                i = end;
            } else {
                out += c;
            }
        } else {
            out += accented(c);
            if (c.isLetter())
                ++letters;
        }
    }
    // About 40 % longer: short strings grow more in real languages, hence at least two.
    const qsizetype extra = qMax<qsizetype>(2, (source.size() * 4 + 9) / 10 - 2);
    out += u' ';
    out += QString(extra, u'~');
    out += u']';
    return letters ? out : source;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: gregor-pseudolocale TEMPLATE.ts OUTPUT.ts\n");
        return 2;
    }
    QFile in(args.at(1));
    if (!in.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s: %s\n", qPrintable(args.at(1)), qPrintable(in.errorString()));
        return 1;
    }
    QSaveFile out(args.at(2));
    if (!out.open(QIODevice::WriteOnly)) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(args.at(2)), qPrintable(out.errorString()));
        return 1;
    }
    QXmlStreamReader reader(&in);
    QXmlStreamWriter writer(&out);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeDTD(u"<!DOCTYPE TS>"_s);
    QString source;
    bool numerus = false;
    int messages = 0;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            const QStringView name = reader.name();
            if (name == u"TS") {
                writer.writeStartElement(u"TS"_s);
                writer.writeAttribute(u"version"_s, u"2.1"_s);
                writer.writeAttribute(u"language"_s, u"en"_s);
                writer.writeAttribute(u"sourcelanguage"_s, u"en"_s);
            } else if (name == u"translation") {
                reader.skipCurrentElement(); // replaced below
                writer.writeStartElement(u"translation"_s);
                if (numerus) { // English has two forms; both get the same pseudo text
                    writer.writeTextElement(u"numerusform"_s, pseudo(source));
                    writer.writeTextElement(u"numerusform"_s, pseudo(source));
                } else {
                    writer.writeCharacters(pseudo(source));
                }
                writer.writeEndElement();
                ++messages;
            } else if (name == u"source") {
                source = reader.readElementText();
                writer.writeTextElement(u"source"_s, source);
            } else {
                if (name == u"message")
                    numerus = reader.attributes().value(u"numerus") == u"yes";
                writer.writeStartElement(name.toString());
                writer.writeAttributes(reader.attributes());
            }
        } else if (reader.isEndElement()) {
            writer.writeEndElement();
        } else if (reader.isCharacters() && !reader.isWhitespace()) {
            writer.writeCharacters(reader.text().toString());
        }
    }
    if (reader.hasError()) {
        std::fprintf(stderr, "%s:%lld: %s\n", qPrintable(args.at(1)), reader.lineNumber(),
                     qPrintable(reader.errorString()));
        return 1;
    }
    writer.writeEndDocument();
    if (!out.commit()) {
        std::fprintf(stderr, "cannot write %s: %s\n", qPrintable(args.at(2)), qPrintable(out.errorString()));
        return 1;
    }
    std::printf("%d messages pseudo-translated\n", messages);
    return 0;
}
