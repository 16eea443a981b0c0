// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

class QTextDocument;

namespace KSyntaxHighlighting {
class Repository;
class SyntaxHighlighter;
} // namespace KSyntaxHighlighting

namespace Gregor {

// The application's one KSyntaxHighlighting repository (loading definitions is costly).
KSyntaxHighlighting::Repository &syntaxRepository();

// Gives the document a highlighter for the definition ("JSON", "XML"; empty: plain), themed for
// the current palette so dark mode just works. Returns the document's highlighter (owned by it).
KSyntaxHighlighting::SyntaxHighlighter *highlightDocument(QTextDocument *document, const QString &definition);

} // namespace Gregor
