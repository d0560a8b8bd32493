// Comparing two policies: the matrix cells that change, and a unified diff of the texts.

#include "comparison.h"
#include "policysource.h"
#include "testdata.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace mfapolicy;

namespace {

std::string sample(const QString &name)
{
    return testing::readSampleText(name);
}

// Applies hunks to `before` the way patch(1) does, to check that a diff is complete.
std::string patch(const std::string &before, const std::vector<DiffHunk> &hunks)
{
    std::vector<std::string> lines;
    std::size_t pos = 0;
    while (pos < before.size()) {
        std::size_t end = before.find('\n', pos);
        end = end == std::string::npos ? before.size() : end + 1;
        lines.push_back(before.substr(pos, end - pos));
        pos = end;
    }
    std::string out;
    std::size_t next = 0; // 0-based index of the next unconsumed old line
    for (const DiffHunk &hunk : hunks) {
        const std::size_t start = hunk.oldCount == 0 ? hunk.oldStart : hunk.oldStart - 1;
        while (next < start)
            out += lines[next++];
        for (const DiffLine &line : hunk.lines) {
            if (line.kind != DiffLine::Kind::Added) {
                if (next >= lines.size() || lines[next] != line.text)
                    return "<context mismatch>";
                ++next;
            }
            if (line.kind != DiffLine::Kind::Removed)
                out += line.text;
        }
    }
    while (next < lines.size())
        out += lines[next++];
    return out;
}

std::string numbered(int count, int changedA = -1, int changedB = -1)
{
    std::string out;
    for (int i = 1; i <= count; ++i)
        out += (i == changedA || i == changedB ? "changed " : "line ") + std::to_string(i) + "\n";
    return out;
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matrixChangesFrom2022_09To2022_12()
    {
        // By hand: the December 2022 example allows CreateVirtualMFADevice on mfa/* (custom and
        // other users' device names, every state) and no longer grants DeleteVirtualMFADevice,
        // which the September one allowed on the own-name device in MFA sessions only.
        const PolicySource before
            = PolicySource::parse(sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json")));
        const PolicySource after = PolicySource::parse(sample(QStringLiteral("mfa-selfmanage_2022-12.json")));
        const auto changes = compareMatrices(computeMatrix(before.policy(), {}), computeMatrix(after.policy(), {}));
        QStringList got;
        for (const CellChange &c : changes)
            got << QStringLiteral("%1 %2 %3 %4>%5")
                       .arg(QString::fromStdString(c.action), QLatin1String(resourcePatternId(c.pattern)),
                            QLatin1String(authStateId(c.state)))
                       .arg(int(c.before))
                       .arg(int(c.after));
        got.sort();
        // Decision: 0 Allow, 1 ExplicitDeny, 2 ImplicitDeny.
        QStringList expected {
            QStringLiteral("iam:CreateVirtualMFADevice device-custom-name access-key 2>0"),
            QStringLiteral("iam:CreateVirtualMFADevice device-custom-name mfa 2>0"),
            QStringLiteral("iam:CreateVirtualMFADevice device-custom-name no-mfa 2>0"),
            QStringLiteral("iam:CreateVirtualMFADevice other-users-device access-key 2>0"),
            QStringLiteral("iam:CreateVirtualMFADevice other-users-device mfa 2>0"),
            QStringLiteral("iam:CreateVirtualMFADevice other-users-device no-mfa 2>0"),
            QStringLiteral("iam:DeleteVirtualMFADevice device-named-like-user mfa 0>2"),
        };
        QCOMPARE(got, expected);
        for (const CellChange &c : changes)
            QCOMPARE(c.resource.rfind("arn:aws:iam::123456789012:mfa/", 0), std::size_t(0));
    }

    void samePolicyNoChanges()
    {
        const PolicySource source = PolicySource::parse(sample(QStringLiteral("sec-creds-self-manage_2022-11.json")));
        const DecisionMatrix matrix = computeMatrix(source.policy(), {});
        QVERIFY(compareMatrices(matrix, matrix).empty());
        QVERIFY(textDiff(source.text(), source.text()).empty());
        QCOMPARE(unifiedDiffText({}, "a", "b"), std::string());
    }

    void unifiedDiff_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one line changed in the middle") << "a\nb\nc\n"
                                                        << "a\nB\nc\n"
                                                        << "--- old\n+++ new\n@@ -1,3 +1,3 @@\n a\n-b\n+B\n c\n";
        QTest::newRow("into an empty text") << ""
                                            << "x\n"
                                            << "--- old\n+++ new\n@@ -0,0 +1 @@\n+x\n";
        QTest::newRow("everything removed") << "x\ny\n"
                                            << ""
                                            << "--- old\n+++ new\n@@ -1,2 +0,0 @@\n-x\n-y\n";
        QTest::newRow("no newline at end of file")
            << "a"
            << "b"
            << "--- old\n+++ new\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+b\n\\ No newline at end of "
               "file\n";
        QTest::newRow("newline added at the end")
            << "a"
            << "a\n"
            << "--- old\n+++ new\n@@ -1 +1 @@\n-a\n\\ No newline at end of file\n+a\n";
        QTest::newRow("line inserted after line 5 of 10, three lines of context")
            << QString::fromStdString(numbered(10))
            << QString::fromStdString(numbered(5) + "new\n" + numbered(10).substr(numbered(5).size()))
            << "--- old\n+++ new\n@@ -3,6 +3,7 @@\n line 3\n line 4\n line 5\n+new\n line 6\n line 7\n line 8\n";
        QTest::newRow("two distant changes make two hunks")
            << QString::fromStdString(numbered(20)) << QString::fromStdString(numbered(20, 2, 18))
            << "--- old\n+++ new\n@@ -1,5 +1,5 @@\n line 1\n-line 2\n+changed 2\n line 3\n line 4\n line 5\n"
               "@@ -15,6 +15,6 @@\n line 15\n line 16\n line 17\n-line 18\n+changed 18\n line 19\n line 20\n";
        QTest::newRow("changes six lines apart share a hunk")
            << QString::fromStdString(numbered(20)) << QString::fromStdString(numbered(20, 2, 8))
            << "--- old\n+++ new\n@@ -1,11 +1,11 @@\n line 1\n-line 2\n+changed 2\n line 3\n line 4\n line 5\n"
               " line 6\n line 7\n-line 8\n+changed 8\n line 9\n line 10\n line 11\n";
    }

    void unifiedDiff()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, expected);
        const auto hunks = textDiff(before.toStdString(), after.toStdString());
        QCOMPARE(QString::fromStdString(unifiedDiffText(hunks, "old", "new")), expected);
        QCOMPARE(patch(before.toStdString(), hunks), after.toStdString());
    }

    void diffIsMinimalAndComplete_data()
    {
        QTest::addColumn<int>("maxEdits");
        // Exact: one moved statement = removed once and added once, nothing else.
        QTest::newRow("exact") << 2000;
        // Bounded: beyond the limit the differing middle is one replacement, still complete.
        QTest::newRow("bounded") << 1;
    }

    void diffIsMinimalAndComplete()
    {
        QFETCH(int, maxEdits);
        const std::string a = sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
        const std::string b = sample(QStringLiteral("mfa-selfmanage_2022-12.json"));
        const auto hunks = textDiff(a, b, 3, std::size_t(maxEdits));
        QCOMPARE(patch(a, hunks), b);
        std::size_t removed = 0;
        std::size_t added = 0;
        for (const DiffHunk &h : hunks) {
            for (const DiffLine &l : h.lines) {
                removed += l.kind == DiffLine::Kind::Removed;
                added += l.kind == DiffLine::Kind::Added;
            }
        }
        const std::size_t lines = std::count(a.begin(), a.end(), '\n');
        if (maxEdits > 100) {
            // Far fewer than the whole file: the policies share most lines.
            QVERIFY(removed + added < lines / 2);
        } else {
            QVERIFY(removed + added > 2);
        }
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "tst_comparison.moc"
