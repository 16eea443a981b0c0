// SPDX-FileCopyrightText: 2026 The Gregor developers
// SPDX-License-Identifier: GPL-3.0-or-later
// The matcher's shortcuts against its general path (issue 13, point 6): the byte search against
// a plain comparison, the regex literal reader on known patterns, and matches() against
// matchesGeneral() for thousands of generated values (JSON with escapes, unicode, nesting,
// numbers of every form, broken bytes) and hundreds of patterns of every mode. The fuzzer
// fuzz_core_matcher does the same on arbitrary bytes.
#include "core/records/bytesearch.h"
#include "core/records/recordmatcher.h"
#include "core/records/requiredliteral.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Gregor;

using Mode = FilterSpec::Mode;

namespace {

// Pieces that values and patterns share, so tests hit as well as miss.
const QStringList names{u"user"_s, u"id"_s, u"a"_s, u"b c"_s, u"ü"_s, u"q\"t"_s, u"kind"_s, u"tags"_s};
const QStringList words{u"u0042"_s,     u"U0042"_s,   u"order-created"_s, u"Kelvin"_s, u"ſkip"_s,
                        u"x"_s,         u""_s,        u"a b"_s,           u"naïve"_s,  u"😀"_s,
                        u"tab\there"_s, u"q\"uote"_s, u"back\\slash"_s,   u"true"_s,   u"42"_s};
const QList<QByteArray> numbers{"42",  "42.0", "4.2e1", "420e-1",  "-42",   "0",
                                "-0",  "0.5",  ".5",    "1.",      "1e400", "9007199254740993",
                                "1E2", "01",   "-",     "3.14159", "1e-999"};

class Generator
{
public:
    explicit Generator(quint32 seed)
        : m_random(seed)
    {}
    int below(int n) { return int(m_random.bounded(n)); }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(int(list.size())));
    }

    // A JSON string as it might be written: raw, with some characters escaped, or all \u.
    QByteArray string(const QString &text)
    {
        QByteArray out = "\"";
        const int style = below(4);
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == '"' || u == '\\' || (style == 1 && below(3) == 0) || style == 2)
                out += u == '"' && style == 0 ? QByteArray("\\\"")
                                              : "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
            else
                out += QString(c).toUtf8();
        }
        return out + '"';
    }

    QByteArray value(int depth)
    {
        switch (below(depth > 3 ? 4 : 7)) {
        case 0:
            return string(pick(words));
        case 1:
            return pick(numbers);
        case 2:
            return pick(QList<QByteArray>{"true", "false", "null", "True"});
        case 3:
            return string(u"u%1"_s.arg(below(60), 4, 10, QChar(u'0')));
        case 4:
        case 5: {
            QByteArray out = "{";
            for (int i = below(4); i >= 0; --i) {
                out += string(pick(names)) + pick(QList<QByteArray>{":", " : ", ":\n"}) + value(depth + 1);
                if (i > 0)
                    out += ',';
            }
            return out + '}';
        }
        default: {
            QByteArray out = "[";
            for (int i = below(4); i > 0; --i)
                out += value(depth + 1) + (i > 1 ? "," : "");
            return out + ']';
        }
        }
    }

    // Mostly valid documents, some broken: cut short, a byte changed, invalid UTF-8, not JSON.
    QByteArray record()
    {
        QByteArray doc = below(5) == 0 ? value(0) : value(4 - below(2)).isEmpty() ? "{}" : objectRecord();
        switch (below(12)) {
        case 0:
            return doc.left(below(int(doc.size()) + 1));
        case 1:
            if (!doc.isEmpty())
                doc[below(int(doc.size()))] = char(below(256));
            return doc;
        case 2:
            return doc.insert(below(int(doc.size()) + 1), "\xff\xc3");
        case 3:
            return pick(words).toUtf8();
        default:
            return doc;
        }
    }

    QByteArray objectRecord()
    {
        QByteArray out = "{";
        for (int i = below(5); i >= 0; --i) {
            out += string(pick(names)) + ':' + value(1);
            if (i > 0)
                out += ',';
        }
        return out + '}';
    }

    QString path()
    {
        QString path = u"$"_s;
        for (int i = below(3); i >= 0; --i) {
            const QString name = pick(names);
            if (below(4) == 0)
                path += u"[%1]"_s.arg(below(3));
            else if (name.contains(u' ') || name.contains(u'"') || below(3) == 0)
                path += u"[\""_s + QString(name).replace(u"\""_s, u"\\\""_s) + u"\"]"_s;
            else
                path += u'.' + name;
        }
        return path;
    }

    QString operand()
    {
        switch (below(4)) {
        case 0:
            return QString::fromUtf8(pick(numbers));
        case 1:
            return pick(QStringList{u"true"_s, u"false"_s, u"null"_s, u"[1]"_s, u"{}"_s});
        case 2:
            return u"u%1"_s.arg(below(60), 4, 10, QChar(u'0'));
        default:
            return below(2) ? pick(words) : u"\""_s + pick(words) + u'"';
        }
    }

    QString regex()
    {
        static const QStringList pieces{u"u00"_s,  u"[0-9]"_s, u"\\d+"_s, u"4?"_s,   u"2"_s,  u"."_s,
                                        u"x*"_s,   u"-"_s,     u"\\\""_s, u"k"_s,    u"S"_s,  u"(a|b)"_s,
                                        u"^"_s,    u"$"_s,     u"\\w"_s,  u"e{2}"_s, u"id"_s, u"Ü"_s,
                                        u"[^:]"_s, u"|"_s,     u"\\."_s};
        QString pattern = below(3) == 0 ? u"(?i)"_s : QString();
        for (int i = below(5); i >= 0; --i)
            pattern += pick(pieces);
        return pattern;
    }

private:
    QRandomGenerator m_random;
};

} // namespace

class TestRecordMatcherDiff : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void byteSearch()
    {
        Generator gen(7);
        static const QByteArray alphabet = "aAbBkK\"x:\xc3\xbc\x00 ";
        auto randomBytes = [&](int length) {
            QByteArray out;
            for (int i = 0; i < length; ++i)
                out += alphabet.at(gen.below(int(alphabet.size())));
            return out;
        };
        for (int round = 0; round < 20000; ++round) {
            const QByteArray hay = randomBytes(gen.below(70));
            const QByteArray needle = gen.below(3) == 0 && hay.size() > 0
                                          ? hay.mid(gen.below(int(hay.size())), 1 + gen.below(20))
                                          : randomBytes(gen.below(5));
            for (const auto cs : {ByteSearch::Case::Sensitive, ByteSearch::Case::AsciiInsensitive}) {
                QCOMPARE(ByteSearch(needle, cs).isIn(hay), ByteSearch::containsReference(hay, needle, cs));
            }
        }
    }

    void requiredLiterals_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QByteArray>("literal"); // empty: none
        QTest::addColumn<bool>("caseInsensitive");
        QTest::newRow("class after") << u"u004[2]"_s << QByteArray("u004") << false;
        QTest::newRow("optional char") << u"abc?d"_s << QByteArray("ab") << false;
        QTest::newRow("repeated char") << u"ab+cde"_s << QByteArray("cde") << false;
        QTest::newRow("counted") << u"xyz{0,2}"_s << QByteArray("xy") << false;
        QTest::newRow("escaped punctuation") << u"\\\"id\\\":"_s << QByteArray("\"id\":") << false;
        QTest::newRow("caseless") << u"(?i)ORDER-"_s << QByteArray("order-") << true;
        QTest::newRow("caseless k and s split") << u"(?i)kind-status"_s << QByteArray("ind-") << true;
        QTest::newRow("alternation") << u"abc|def"_s << QByteArray() << false;
        QTest::newRow("alternation in group") << u"abcd(e|f)"_s << QByteArray() << false;
        QTest::newRow("group stops") << u"ab(cdef)"_s << QByteArray("ab") << false;
        QTest::newRow("escape class stops") << u"a\\dbcd"_s << QByteArray("a") << false;
        QTest::newRow("quoting stops") << u"\\Qa.b\\E"_s << QByteArray() << false;
        QTest::newRow("class skipped") << u"[]a]xyz"_s << QByteArray("xyz") << false;
        QTest::newRow("posix class stops") << u"[[:alpha:]]xyz"_s << QByteArray() << false;
        QTest::newRow("other options") << u"(?x)a b c"_s << QByteArray() << false;
        QTest::newRow("non-ascii stops a run") << u"abüdef"_s << QByteArray("def") << false;
        QTest::newRow("anchors") << u"^id$"_s << QByteArray("id") << false;
    }
    void requiredLiterals()
    {
        QFETCH(QString, pattern);
        QFETCH(QByteArray, literal);
        QFETCH(bool, caseInsensitive);
        const auto found = requiredLiteral(pattern);
        QCOMPARE(found ? found->bytes : QByteArray(), literal);
        if (found)
            QCOMPARE(found->caseInsensitive, caseInsensitive);
    }

    // Every generated spec against every generated value: the fast path says what the general
    // path says, match for match.
    void fastEqualsGeneral()
    {
        const quint32 seed = 20240613;
        Generator gen(seed);
        QList<QByteArray> values;
        for (int i = 0; i < 2500; ++i)
            values.append(gen.record());
        values.append({"{\"user\":\"u0042\"}", "{\"\\u0075ser\":\"u0042\"}", "{\"user\":\"\\u00750042\"}",
                       "{\"id\":4.2e1}", "{\"id\":42,\"id\":7}", "[true]", "{\"tags\":[42.0]}",
                       "K\xe2\x84\xaa", "\xc5\xbfkip"});
        QList<FilterSpec> specs;
        auto add = [&](const QString &query, Mode mode) {
            if (const auto spec = FilterSpec::parse(query, mode))
                specs.append(*spec);
        };
        for (const QString &word : words)
            add(word, Mode::Text);
        for (const char *text : {"u0042", "U00", "\"ID\":", "k", "S", "order-CREATED", "x"})
            add(QString::fromUtf8(text), Mode::Text);
        for (int i = 0; i < 150; ++i)
            add(gen.regex(), Mode::Regex);
        for (const char *pattern :
             {"u004[2]", "(?i)U0042", "(?i)kelvin", "(?i)SKIP", "\\\\u0075", "\"id\":4"})
            add(QString::fromUtf8(pattern), Mode::Regex);
        static const QStringList ops{u"=="_s, u"!="_s, u"contains"_s};
        for (int i = 0; i < 300; ++i)
            add(gen.path() + u' ' + gen.pick(ops) + u' ' + gen.operand(), Mode::JsonField);
        for (const char *test :
             {"$.user == \"u0042\"", "$.user == u0042", "$.id == 42", "$.tags contains 42", "$[0] == true",
              "$.tags contains true", "$.id != 7", "$.kind != \"order-created\"", "$.user != u0042",
              "$.id != 42.0", "$[0] != false", "$.id != null", "$.user != \"\\ud800\"",
              "$.user != \"\\ufffd\"", "$.tags != [42]", "$.user == \"K\u212a\""})
            add(QString::fromUtf8(test), Mode::JsonField);
        QVERIFY(specs.size() > 400);

        qsizetype matched = 0;
        for (const FilterSpec &spec : std::as_const(specs)) {
            const auto matcher = RecordMatcher::create(spec);
            QVERIFY(matcher);
            for (const QByteArray &value : std::as_const(values)) {
                const bool general = matcher->matchesBytesGeneral(value);
                matched += general;
                if (matcher->matchesBytes(value) != general)
                    QFAIL(qPrintable(u"%1 on %2 (seed %3): general says %4"_s.arg(
                        spec.query, QString::fromUtf8(value.toPercentEncoding(" {}[]\":,")),
                        QString::number(seed), general ? u"match"_s : u"no match"_s)));
            }
        }
        // The generated values hit often enough for the comparison to mean something.
        QVERIFY2(matched > 20000, qPrintable(QString::number(matched)));
    }

    // Rows with keys and headers: matches() and matchesGeneral() agree in every scope.
    void rowsInEveryScope()
    {
        Generator gen(99);
        RecordStore store;
        for (int i = 0; i < 400; ++i) {
            Record r;
            r.topic = u"t"_s;
            r.offset = i;
            if (gen.below(4))
                r.key = gen.record();
            if (gen.below(5))
                r.value = gen.record();
            if (gen.below(2))
                r.headers = {{u"trace"_s, gen.record()},
                             {u"h"_s, gen.below(2) ? gen.record() : QByteArray()}};
            store.append(r);
        }
        for (const auto scope : {FilterSpec::Scope::Any, FilterSpec::Scope::Key, FilterSpec::Scope::Value,
                                 FilterSpec::Scope::Header}) {
            for (const auto &[query, mode] :
                 {std::pair{u"u00"_s, Mode::Text}, std::pair{u"u00[0-4]"_s, Mode::Regex},
                  std::pair{u"$.user contains u00"_s, Mode::JsonField}}) {
                const auto spec = FilterSpec::parse(query, mode, scope, u"trace"_s);
                QVERIFY(spec);
                const auto matcher = RecordMatcher::create(*spec);
                for (qsizetype row = 0; row < store.size(); ++row)
                    QCOMPARE(matcher->matches(store, row), matcher->matchesGeneral(store, row));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestRecordMatcherDiff)
#include "tst_recordmatcherdiff.moc"
