// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsoncheck.h"

#include <QCoreApplication>

#include <vector>

using namespace Qt::StringLiterals;

// Not QJsonDocument::fromJson: Qt 6.8 refuses top-level scalars, accepts some text that is not
// JSON ("1.", "\x"), reports offsets one token late and words a missing comma as "unterminated
// object". The composer needs the exact place and a reason a person can act on, and the
// reformatter below relies on the input being strictly valid, so both share this one grammar.

namespace Gregor {

namespace {

// QJsonDocument refuses deeper documents, and the rest of Gregor reads values with it.
constexpr qsizetype MaxDepth = 1024;
// Words quoted in a message are cut here so a pasted blob does not become the message.
constexpr qsizetype QuotedMax = 24;

struct Failure
{
    qsizetype at = 0; // byte offset into the UTF-8 text
    QString message;
};

struct Position
{
    int line = 1;
    int column = 1;
    qsizetype utf16 = 0;
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isWordChar(char c)
{
    return isLetter(c) || isDigit(c) || c == '_';
}

bool isHex(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

// The length of the well-formed UTF-8 sequence at i, or 0 (overlong forms, surrogates and code
// points past U+10FFFF are not UTF-8 either).
int utf8Length(QByteArrayView s, qsizetype i)
{
    const auto lead = static_cast<uchar>(s[i]);
    int length = 0;
    char32_t cp = 0;
    char32_t smallest = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
        cp = lead & 0x1F;
        smallest = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        cp = lead & 0x0F;
        smallest = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        cp = lead & 0x07;
        smallest = 0x10000;
    } else {
        return 0;
    }
    if (i + length > s.size())
        return 0;
    for (int k = 1; k < length; ++k) {
        const auto next = static_cast<uchar>(s[i + k]);
        if ((next & 0xC0) != 0x80)
            return 0;
        cp = (cp << 6) | (next & 0x3F);
    }
    if (cp < smallest || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return 0;
    return length;
}

// Counts characters, not bytes, so the column matches what the editor shows. The prefix before a
// failure is always valid UTF-8: the validator stops at the first malformed byte.
Position positionOf(QByteArrayView s, qsizetype end)
{
    Position p;
    for (qsizetype i = 0; i < end; ++i) {
        const auto c = static_cast<uchar>(s[i]);
        if ((c & 0xC0) == 0x80)
            continue;
        if (c == '\n') {
            ++p.line;
            p.column = 1;
        } else {
            ++p.column;
        }
        p.utf16 += c >= 0xF0 ? 2 : 1;
    }
    return p;
}

QString quoted(QByteArrayView text)
{
    QString shown = QString::fromUtf8(text.first(std::min(text.size(), QuotedMax)));
    if (text.size() > QuotedMax)
        shown += u'…';
    return u'\'' + shown + u'\'';
}

QString hex4(uchar c)
{
    return QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

char closerOf(char bracket)
{
    return bracket == '{' ? '}' : ']';
}

class Validator
{
    Q_DECLARE_TR_FUNCTIONS(Gregor::JsonCheck)

public:
    explicit Validator(QByteArrayView s)
        : m_s(s)
        , m_n(s.size())
    {}

    std::optional<Failure> run()
    {
        if (m_s.startsWith("\xEF\xBB\xBF"))
            m_i = 3;
        skipSpace();
        if (m_i == m_n)
            return Failure{0, tr("the value is empty")};
        for (;;) {
            bool complete = false;
            if (auto failure = value(complete))
                return failure;
            if (!complete)
                continue;
            // A value ended: close containers until one wants another element.
            for (;;) {
                skipSpace();
                if (m_stack.empty()) {
                    if (m_i == m_n)
                        return std::nullopt;
                    if (auto special = specialMessage())
                        return Failure{m_i, *special};
                    return Failure{m_i, tr("more text after the end of the value")};
                }
                if (m_i == m_n)
                    return notClosed();
                const char bracket = m_stack.back().bracket;
                const char c = m_s[m_i];
                if (c == ',') {
                    const qsizetype comma = m_i++;
                    skipSpace();
                    if (m_i < m_n && m_s[m_i] == closerOf(bracket))
                        return Failure{
                            comma, tr("trailing comma before %1").arg(QChar::fromLatin1(closerOf(bracket)))};
                    if (bracket == '{') {
                        if (auto failure = member())
                            return failure;
                    }
                    break;
                }
                if (c == closerOf(bracket)) {
                    ++m_i;
                    m_stack.pop_back();
                    continue;
                }
                return afterElement(bracket);
            }
        }
    }

private:
    struct Open
    {
        char bracket;
        qsizetype at;
    };

    void skipSpace()
    {
        while (m_i < m_n && isSpace(m_s[m_i]))
            ++m_i;
    }

    // Parses one scalar (complete), an empty container (complete), or opens a container and
    // stops where its first value is expected (not complete).
    std::optional<Failure> value(bool &complete)
    {
        skipSpace();
        if (m_i == m_n)
            return notClosed(); // the top level's empty text was handled before
        const char c = m_s[m_i];
        if (c == '{' || c == '[') {
            if (std::ssize(m_stack) == MaxDepth)
                return Failure{m_i, tr("nested deeper than %1 levels").arg(MaxDepth)};
            m_stack.push_back({c, m_i});
            ++m_i;
            skipSpace();
            if (m_i < m_n && m_s[m_i] == closerOf(c)) {
                ++m_i;
                m_stack.pop_back();
                complete = true;
                return std::nullopt;
            }
            return c == '{' ? member() : std::nullopt;
        }
        complete = true;
        if (c == '"')
            return string();
        if (c == '-' || isDigit(c))
            return number();
        if (isLetter(c))
            return word();
        return noValue();
    }

    // A member name and its colon; the value follows.
    std::optional<Failure> member()
    {
        skipSpace();
        if (m_i == m_n)
            return notClosed();
        const char c = m_s[m_i];
        if (c != '"') {
            if (c == '\'')
                return Failure{m_i, tr("member names need double quotes, not single quotes")};
            if (isLetter(c) || c == '_')
                return Failure{m_i, tr("member names need double quotes")};
            if (auto special = specialMessage())
                return Failure{m_i, *special};
            return Failure{m_i, tr("expected a member name in double quotes, found %1").arg(found())};
        }
        if (auto failure = string())
            return failure;
        skipSpace();
        if (m_i == m_n)
            return notClosed();
        if (m_s[m_i] != ':')
            return Failure{m_i, tr("missing colon after the member name")};
        ++m_i;
        return std::nullopt;
    }

    std::optional<Failure> string()
    {
        const qsizetype open = m_i++;
        while (m_i < m_n) {
            const auto c = static_cast<uchar>(m_s[m_i]);
            if (c == '"') {
                ++m_i;
                return std::nullopt;
            }
            if (c == '\\') {
                if (m_i + 1 == m_n)
                    break;
                const char escaped = m_s[m_i + 1];
                if (escaped == 'u') {
                    for (int k = 2; k < 6; ++k) {
                        if (m_i + k == m_n || !isHex(m_s[m_i + k]))
                            return Failure{m_i, tr("\\u needs four hex digits")};
                    }
                    m_i += 6;
                    continue;
                }
                if (!QByteArrayView("\"\\/bfnrt").contains(escaped)) {
                    const int length =
                        static_cast<uchar>(escaped) >= 0x80 ? std::max(utf8Length(m_s, m_i + 1), 1) : 1;
                    return Failure{m_i, tr("invalid escape %1").arg(quoted(m_s.sliced(m_i, 1 + length)))};
                }
                m_i += 2;
                continue;
            }
            if (c < 0x20) {
                if (c == '\n' || c == '\r')
                    return Failure{m_i, tr("line break inside a string (close it with \" or write \\n)")};
                if (c == '\t')
                    return Failure{m_i, tr("tab character inside a string (write \\t)")};
                return Failure{m_i, tr("control character U+%1 inside a string").arg(hex4(c))};
            }
            if (c >= 0x80) {
                const int length = utf8Length(m_s, m_i);
                if (length == 0)
                    return Failure{m_i, tr("invalid UTF-8")};
                m_i += length;
                continue;
            }
            ++m_i;
        }
        return Failure{open, tr("the string is not closed")};
    }

    std::optional<Failure> number()
    {
        const qsizetype start = m_i;
        if (m_s[m_i] == '-') {
            ++m_i;
            if (m_i == m_n || !isDigit(m_s[m_i]))
                return Failure{m_i, tr("expected a digit after the minus sign")};
        }
        if (m_s[m_i] == '0') {
            ++m_i;
            if (m_i < m_n && isDigit(m_s[m_i]))
                return Failure{start, tr("numbers cannot have a leading zero")};
        } else {
            while (m_i < m_n && isDigit(m_s[m_i]))
                ++m_i;
        }
        if (m_i < m_n && m_s[m_i] == '.') {
            ++m_i;
            if (m_i == m_n || !isDigit(m_s[m_i]))
                return Failure{m_i, tr("expected a digit after the decimal point")};
            while (m_i < m_n && isDigit(m_s[m_i]))
                ++m_i;
        }
        if (m_i < m_n && (m_s[m_i] == 'e' || m_s[m_i] == 'E')) {
            ++m_i;
            if (m_i < m_n && (m_s[m_i] == '+' || m_s[m_i] == '-'))
                ++m_i;
            if (m_i == m_n || !isDigit(m_s[m_i]))
                return Failure{m_i, tr("expected a digit in the exponent")};
            while (m_i < m_n && isDigit(m_s[m_i]))
                ++m_i;
        }
        // "0x1F", "1.2.3", "12px": say it of the whole token, not of the first odd character.
        if (m_i < m_n && (isWordChar(m_s[m_i]) || m_s[m_i] == '.')) {
            qsizetype end = m_i;
            while (end < m_n &&
                   (isWordChar(m_s[end]) || m_s[end] == '.' || m_s[end] == '+' || m_s[end] == '-'))
                ++end;
            return Failure{start, tr("invalid number %1").arg(quoted(m_s.sliced(start, end - start)))};
        }
        return std::nullopt;
    }

    std::optional<Failure> word()
    {
        qsizetype end = m_i;
        while (end < m_n && isWordChar(m_s[end]))
            ++end;
        const QByteArrayView text = m_s.sliced(m_i, end - m_i);
        if (text == "true" || text == "false" || text == "null") {
            m_i = end;
            return std::nullopt;
        }
        const QByteArray lower = text.toByteArray().toLower();
        if (lower == "true" || lower == "false" || lower == "null")
            return Failure{
                m_i, tr("%1 is written in lowercase: %2").arg(quoted(text), QString::fromLatin1(lower))};
        return Failure{m_i, tr("unknown word %1 (strings need double quotes)").arg(quoted(text))};
    }

    // A value was expected at m_i and none starts there.
    Failure noValue() const
    {
        const char c = m_s[m_i];
        if (auto special = specialMessage())
            return {m_i, *special};
        if (c == '\'')
            return {m_i, tr("strings need double quotes, not single quotes")};
        if (c == '+')
            return {m_i, tr("numbers cannot start with +")};
        if (c == '.')
            return {m_i, tr("numbers need a digit before the decimal point")};
        const char bracket = m_stack.empty() ? 0 : m_stack.back().bracket;
        if (bracket == '{' && (c == '}' || c == ','))
            return {m_i, tr("missing value after the colon")};
        if (bracket == '[' && c == ',')
            return {m_i, tr("missing value before the comma")};
        return {m_i, tr("expected a value, found %1").arg(found())};
    }

    // After an element of the innermost container came neither a comma nor its closer.
    Failure afterElement(char bracket) const
    {
        const char c = m_s[m_i];
        const bool startsValue = c == '"' || c == '{' || c == '[' || c == '-' || isDigit(c) || isLetter(c);
        if (bracket == '{') {
            if (startsValue)
                return {m_i, tr("missing comma after an object member")};
            if (auto special = specialMessage())
                return {m_i, *special};
            return {m_i, tr("expected , or } after an object member, found %1").arg(found())};
        }
        if (startsValue)
            return {m_i, tr("missing comma between array elements")};
        if (auto special = specialMessage())
            return {m_i, *special};
        return {m_i, tr("expected , or ] after an array element, found %1").arg(found())};
    }

    Failure notClosed() const
    {
        const Open &open = m_stack.back();
        const Position where = positionOf(m_s, open.at);
        return {m_n,
                tr("the %1 opened at line %2, column %3 is not closed (missing %4)")
                    .arg(open.bracket == '{' ? tr("object") : tr("array"), QString::number(where.line),
                         QString::number(where.column), QString(QChar::fromLatin1(closerOf(open.bracket))))};
    }

    // Mistakes common enough in hand-written JSON to name them.
    std::optional<QString> specialMessage() const
    {
        const QByteArrayView rest = m_s.sliced(m_i);
        if (rest.startsWith("//") || rest.startsWith("/*"))
            return tr("comments are not allowed in JSON");
        if (rest.startsWith("\xE2\x80\x9C") || rest.startsWith("\xE2\x80\x9D"))
            return tr("typographic quotes are not JSON quotes (use \")");
        return std::nullopt;
    }

    // The character at m_i as a message shows it.
    QString found() const
    {
        const auto c = static_cast<uchar>(m_s[m_i]);
        if (c >= 0x80) {
            const int length = utf8Length(m_s, m_i);
            return length == 0 ? tr("a byte that is not UTF-8") : quoted(m_s.sliced(m_i, length));
        }
        if (c < 0x20 || c == 0x7F)
            return u"U+"_s + hex4(c);
        return quoted(m_s.sliced(m_i, 1));
    }

    QByteArrayView m_s;
    qsizetype m_n;
    qsizetype m_i = 0;
    std::vector<Open> m_stack;
};

// The input is valid (checked by the caller), so this only has to tell strings from the rest.
QByteArray reformat(QByteArrayView s, bool pretty)
{
    QByteArray out;
    out.reserve(pretty ? s.size() + s.size() / 2 : s.size());
    qsizetype depth = 0;
    const auto newline = [&] {
        out += '\n';
        out.append(depth * 2, ' ');
    };
    const qsizetype n = s.size();
    qsizetype i = s.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    while (i < n) {
        const char c = s[i];
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            ++i;
            break;
        case '"': {
            qsizetype end = i + 1;
            while (s[end] != '"')
                end += s[end] == '\\' ? 2 : 1;
            ++end;
            out.append(s.sliced(i, end - i));
            i = end;
            break;
        }
        case '{':
        case '[': {
            qsizetype next = i + 1;
            while (isSpace(s[next]))
                ++next;
            out += c;
            if (s[next] == closerOf(c)) {
                out += s[next];
                i = next + 1;
                break;
            }
            ++depth;
            if (pretty)
                newline();
            i = next;
            break;
        }
        case '}':
        case ']':
            --depth;
            if (pretty)
                newline();
            out += c;
            ++i;
            break;
        case ',':
            out += c;
            if (pretty)
                newline();
            ++i;
            break;
        case ':':
            out += c;
            if (pretty)
                out += ' ';
            ++i;
            break;
        default:
            out += c;
            ++i;
        }
    }
    return out;
}

} // namespace

QString JsonProblem::sentence() const
{
    QString text = QCoreApplication::translate("Gregor::JsonCheck", "Line %1, column %2: %3")
                       .arg(QString::number(line), QString::number(column), message);
    if (!text.endsWith(u'.'))
        text += u'.';
    return text;
}

std::optional<JsonProblem> checkJson(QByteArrayView utf8)
{
    const std::optional<Failure> failure = Validator(utf8).run();
    if (!failure)
        return std::nullopt;
    const Position where = positionOf(utf8, failure->at);
    return JsonProblem{where.line, where.column, where.utf16, failure->message};
}

QByteArray prettyJson(QByteArrayView utf8)
{
    if (Validator(utf8).run())
        return utf8.toByteArray();
    return reformat(utf8, true);
}

QByteArray compactJson(QByteArrayView utf8)
{
    if (Validator(utf8).run())
        return utf8.toByteArray();
    return reformat(utf8, false);
}

} // namespace Gregor
