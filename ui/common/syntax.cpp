// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntax.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QGuiApplication>
#include <QPalette>
#include <QTextDocument>

namespace Gregor {

KSyntaxHighlighting::Repository &syntaxRepository()
{
    static KSyntaxHighlighting::Repository repository;
    return repository;
}

KSyntaxHighlighting::SyntaxHighlighter *highlightDocument(QTextDocument *document, const QString &definition)
{
    auto *highlighter = document->findChild<KSyntaxHighlighting::SyntaxHighlighter *>();
    if (!highlighter) {
        highlighter = new KSyntaxHighlighting::SyntaxHighlighter(document);
        highlighter->setTheme(syntaxRepository().themeForPalette(QGuiApplication::palette()));
    }
    const auto def = definition.isEmpty() ? KSyntaxHighlighting::Definition()
                                          : syntaxRepository().definitionForName(definition);
    if (highlighter->definition() != def) {
        highlighter->setDefinition(def);
        highlighter->rehighlight();
    }
    return highlighter;
}

} // namespace Gregor
