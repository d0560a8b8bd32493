// Glob matching of actions and resource ARNs, checked against AWS's documented rules by hand-worked
// rows and, for every pattern and text of a small alphabet, against a plain backtracking matcher
// written from the rule itself (slow, but obviously right).
#include "wildcard.h"

#include <QtTest>

#include <random>
#include <string>

using namespace mfapolicy;
using namespace mfapolicy::detail;

namespace {

/// The rule as documented: `*` matches any run and `?` one character; in an ARN a wildcard does
/// not cross the ':' between segments, except a `*` that ends its segment (only more stars, then
/// ':' or the end, follow it).
bool starEndsSegment(const std::string &pattern, std::size_t i)
{
    std::size_t next = i + 1;
    while (next < pattern.size() && pattern[next] == '*')
        ++next;
    return next == pattern.size() || pattern[next] == ':';
}

bool referenceMatch(const std::string &pattern, std::size_t p, const std::string &text, std::size_t t, bool arn)
{
    if (p == pattern.size())
        return t == text.size();
    const char c = pattern[p];
    if (c == '*') {
        const bool free = !arn || starEndsSegment(pattern, p);
        for (std::size_t end = t;; ++end) {
            if (referenceMatch(pattern, p + 1, text, end, arn))
                return true;
            if (end == text.size() || (!free && text[end] == ':'))
                return false;
        }
    }
    if (t == text.size())
        return false;
    if (c == '?')
        return (!arn || text[t] != ':') && referenceMatch(pattern, p + 1, text, t + 1, arn);
    return c == text[t] && referenceMatch(pattern, p + 1, text, t + 1, arn);
}

bool arnMatch(std::string_view pattern, std::string_view text)
{
    GlobOptions options;
    options.colons = ColonRule::ArnSegments;
    return globMatch(pattern, text, options);
}

} // namespace

class TestWildcard : public QObject
{
    Q_OBJECT

private slots:
    void documentedRows_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("matches");
        // From IAM's documentation of resource ARNs with wildcards.
        QTest::newRow("star in the account segment") << "arn:aws:iam::*:mfa/*"
                                                     << "arn:aws:iam::123456789012:mfa/alice-phone" << true;
        QTest::newRow("star ending the resource crosses '/'") << "arn:aws:iam::*:user/*"
                                                              << "arn:aws:iam::123456789012:user/dev/alice" << true;
        QTest::newRow("question mark is one character") << "arn:aws:iam::*:user/b?b"
                                                        << "arn:aws:iam::123456789012:user/bob" << true;
        QTest::newRow("question mark is not zero characters") << "arn:aws:iam::*:user/b?b"
                                                              << "arn:aws:iam::123456789012:user/bb" << false;
        QTest::newRow("a star inside a segment stops at ':'") << "arn:aws:iam::1*2:user/bob"
                                                              << "arn:aws:iam::1:x:2:user/bob" << false;
        QTest::newRow("mfa device named after the user only") << "arn:aws:iam::*:mfa/alice"
                                                              << "arn:aws:iam::123456789012:mfa/alice-phone" << false;
        // Long runs of wildcards: as many characters as `?`s, or more with a star.
        const QString questions = QStringLiteral("*?").repeated(40);
        QTest::newRow("40 x '*?' needs 40 characters, has 39")
            << (QStringLiteral("arn:aws:iam::*:") + questions)
            << (QStringLiteral("arn:aws:iam::1:") + QString(39, u'x')) << false;
        QTest::newRow("40 x '*?' needs 40 characters, has 41")
            << (QStringLiteral("arn:aws:iam::*:") + questions)
            << (QStringLiteral("arn:aws:iam::1:") + QString(41, u'x')) << true;
        QTest::newRow("'*?' runs do not cross ':' inside the resource")
            << (QStringLiteral("arn:aws:iam::*:") + questions + QStringLiteral("a"))
            << (QStringLiteral("arn:aws:iam::1:") + QString(20, u'x') + QStringLiteral(":") + QString(30, u'x')
                + QStringLiteral("a"))
            << false;
        QTest::newRow("3,000 x '*a' against a short ARN")
            << (QStringLiteral("arn:aws:iam::*:") + QStringLiteral("*a").repeated(3000))
            << QStringLiteral("arn:aws:iam::1:aaaa") << false;
    }

    void documentedRows()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, text);
        QFETCH(bool, matches);
        QCOMPARE(arnMatch(pattern.toStdString(), text.toStdString()), matches);
    }

    // Every pattern of up to five characters over {a, :, *, ?} against every text of up to four
    // characters over {a, b, :}, both rules.
    void agreesWithTheRuleOnSmallCases()
    {
        const std::string patternAlphabet = "a:*?";
        const std::string textAlphabet = "ab:";
        std::vector<std::string> patterns {""}, texts {""};
        for (std::size_t length = 1, begin = 0; length <= 5; ++length) {
            const std::size_t end = patterns.size();
            for (std::size_t i = begin; i < end; ++i) {
                for (char c : patternAlphabet)
                    patterns.push_back(patterns[i] + c);
            }
            begin = end;
        }
        for (std::size_t length = 1, begin = 0; length <= 4; ++length) {
            const std::size_t end = texts.size();
            for (std::size_t i = begin; i < end; ++i) {
                for (char c : textAlphabet)
                    texts.push_back(texts[i] + c);
            }
            begin = end;
        }
        std::size_t compared = 0;
        for (const std::string &pattern : patterns) {
            for (const std::string &text : texts) {
                for (bool arn : {false, true}) {
                    GlobOptions options;
                    options.colons = arn ? ColonRule::ArnSegments : ColonRule::Free;
                    const bool expected = referenceMatch(pattern, 0, text, 0, arn);
                    if (globMatch(pattern, text, options) != expected) {
                        QFAIL(qPrintable(QStringLiteral("pattern '%1' text '%2' %3: expected %4")
                                             .arg(QString::fromStdString(pattern), QString::fromStdString(text),
                                                  arn ? QStringLiteral("ARN") : QStringLiteral("free"),
                                                  expected ? QStringLiteral("match") : QStringLiteral("no match"))));
                    }
                    ++compared;
                }
            }
        }
        QVERIFY(compared > 100000);
    }

    // Longer random ARN-like patterns and texts (fixed seed), where runs of wildcards are common.
    void agreesWithTheRuleOnRandomArns()
    {
        std::mt19937 random(20261201);
        const std::string patternAlphabet = "ab:*?/*?";
        const std::string textAlphabet = "ab:/";
        for (int round = 0; round < 20000; ++round) {
            std::string pattern, text;
            const int patternLength = std::uniform_int_distribution<int>(0, 14)(random);
            const int textLength = std::uniform_int_distribution<int>(0, 12)(random);
            for (int i = 0; i < patternLength; ++i)
                pattern += patternAlphabet[std::uniform_int_distribution<std::size_t>(0, patternAlphabet.size() - 1)(
                    random)];
            for (int i = 0; i < textLength; ++i)
                text += textAlphabet[std::uniform_int_distribution<std::size_t>(0, textAlphabet.size() - 1)(random)];
            const bool expected = referenceMatch(pattern, 0, text, 0, true);
            if (arnMatch(pattern, text) != expected) {
                QFAIL(qPrintable(QStringLiteral("pattern '%1' text '%2': expected %3")
                                     .arg(QString::fromStdString(pattern), QString::fromStdString(text),
                                          expected ? QStringLiteral("match") : QStringLiteral("no match"))));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestWildcard)
#include "tst_wildcard.moc"
