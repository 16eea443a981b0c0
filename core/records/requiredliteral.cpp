// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "requiredliteral.h"

namespace Gregor {

namespace {

// Characters that stand for themselves outside a class in PCRE2 without the x option.
bool isPlainLiteral(char16_t c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case ' ':
    case '!':
    case '"':
    case '#':
    case '%':
    case '&':
    case '\'':
    case ',':
    case '-':
    case '/':
    case ':':
    case ';':
    case '<':
    case '=':
    case '>':
    case '@':
    case '_':
    case '`':
    case '~':
        return true;
    default:
        return false;
    }
}

bool isAsciiPunctuation(char16_t c)
{
    return c > ' ' && c < 0x7f &&
           !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'));
}

// Caseless matching in PCRE2's UTF mode folds by Unicode: k also matches U+212A KELVIN SIGN and
// s U+017F LONG S, whose bytes hold no ASCII letter. Every other ASCII character's case
// partners are ASCII.
bool foldsOutsideAscii(char16_t c)
{
    return c == 'k' || c == 'K' || c == 's' || c == 'S';
}

char toLowerAscii(char16_t c)
{
    return char(c >= 'A' && c <= 'Z' ? c + 32 : c);
}

} // namespace

std::optional<RequiredLiteral> requiredLiteral(QStringView pattern)
{
    // One top-level alternative might not need a run the others need; a | inside a class or
    // a group is not told apart from one at the top, so any | ends the attempt.
    if (pattern.contains(u'|'))
        return std::nullopt;
    RequiredLiteral result;
    qsizetype i = 0;
    if (pattern.startsWith(u"(?i)")) {
        result.caseInsensitive = true;
        i = 4;
    }
    QByteArray run, best;
    auto endRun = [&] {
        if (run.size() > best.size())
            best = run;
        run.clear();
    };
    const qsizetype n = pattern.size();
    while (i < n) {
        const char16_t c = pattern[i].unicode();
        char16_t literal = 0;
        qsizetype width = 1;
        if (c == u'\\' && i + 1 < n && isAsciiPunctuation(pattern[i + 1].unicode())) {
            literal = pattern[i + 1].unicode(); // \. \[ \" …: the character itself
            width = 2;
        } else if (isPlainLiteral(c)) {
            literal = c;
        }
        if (literal != 0) {
            // A quantifier after it makes this character optional (?, *, {0,…}) or repeated.
            const char16_t next = i + width < n ? pattern[i + width].unicode() : 0;
            if (next == u'?' || next == u'*' || next == u'{') {
                endRun();
                i += width;
                continue;
            }
            if (result.caseInsensitive && foldsOutsideAscii(literal)) {
                endRun();
            } else {
                run.append(result.caseInsensitive ? toLowerAscii(literal) : char(literal));
            }
            if (next == u'+')
                endRun(); // a+b needs "a" and "b", not "ab"
            i += width;
            continue;
        }
        // Quantifiers after something not a literal, anchors and the dot end a run and are
        // stepped over; a class is skipped to its end; anything else stops the reading.
        endRun();
        // A character beyond ASCII stands for itself: its bytes are not searched for.
        if (c >= 0x80 || c == u'?' || c == u'*' || c == u'+' || c == u'.' || c == u'^' || c == u'$') {
            ++i;
            continue;
        }
        if (c == u'[') {
            qsizetype j = i + 1;
            if (j < n && pattern[j] == u'^')
                ++j;
            if (j < n && pattern[j] == u']')
                ++j; // a ] first in a class is a member
            while (j < n && pattern[j] != u']') {
                if (pattern[j] == u'\\' || (pattern[j] == u'[' && j + 1 < n && pattern[j + 1] == u':'))
                    return best.isEmpty() ? std::nullopt
                                          : std::optional(RequiredLiteral{best, result.caseInsensitive});
                ++j;
            }
            if (j >= n)
                break;
            i = j + 1;
            continue;
        }
        break;
    }
    endRun();
    if (best.isEmpty())
        return std::nullopt;
    result.bytes = best;
    return result;
}

} // namespace Gregor
