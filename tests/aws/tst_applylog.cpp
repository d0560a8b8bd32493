// The local log of applies and rollbacks: what the studio reads back to show the history and to
// roll back after a restart.

#include "applylog.h"

#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace mfapolicy;

class TestApplyLog : public QObject
{
    Q_OBJECT

private slots:
    void roundTripAndDamagedLines();
    void defaultPlaceIsTheApplicationDataFolder();
};

void TestApplyLog::roundTripAndDamagedLines()
{
    QTemporaryDir folder;
    // A folder that does not exist yet is created on the first append.
    const ApplyLog log(folder.filePath(QStringLiteral("nested/apply-log.jsonl")));
    QVERIFY(log.read().isEmpty());

    ApplyLogEntry managed;
    managed.time = QDateTime(QDate(2026, 11, 16), QTime(9, 30, 5, 250), Qt::UTC);
    managed.action = QStringLiteral("apply");
    managed.profile = QStringLiteral("prod");
    managed.region = QStringLiteral("ap-northeast-1");
    managed.rollback.target.arn = QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA");
    managed.rollback.target.policyName = QStringLiteral("ForceMFA");
    managed.rollback.versionId = QStringLiteral("v3");
    managed.appliedVersionId = QStringLiteral("v4");
    managed.deletedVersionId = QStringLiteral("v1");
    managed.newDocument = R"({"Version": "2012-10-17", "Statement": []})";
    managed.affectedUsers = {QStringLiteral("alice"), QStringLiteral("bob")};
    managed.outcome = QStringLiteral("applied");
    managed.verified = true;
    QVERIFY(log.append(managed));

    // A line cut short (a crash while writing) must not hide the entries around it.
    {
        QFile file(log.path());
        QVERIFY(file.open(QIODevice::Append));
        file.write("{\"time\": \"2026-11-16T09:31\n");
    }

    ApplyLogEntry inlinePolicy;
    inlinePolicy.time = QDateTime(QDate(2026, 11, 16), QTime(9, 32), Qt::UTC);
    inlinePolicy.action = QStringLiteral("rollback");
    inlinePolicy.rollback.target.kind = PolicyOrigin::Inline;
    inlinePolicy.rollback.target.ownerType = QStringLiteral("group");
    inlinePolicy.rollback.target.ownerName = QStringLiteral("開発");
    inlinePolicy.rollback.target.policyName = QStringLiteral("SelfManageMFA");
    inlinePolicy.rollback.previousDocument = "{\n    \"Version\": \"2012-10-17\"\n}\n";
    inlinePolicy.rollback.existedBefore = false;
    inlinePolicy.outcome = QStringLiteral("failed");
    inlinePolicy.errorId = QStringLiteral("endpoint-unreachable");
    inlinePolicy.errorText = QStringLiteral("Could not connect to the endpoint URL: \"https://iam.amazonaws.com/\"");
    QVERIFY(log.append(inlinePolicy));

    int unreadable = -1;
    const QList<ApplyLogEntry> entries = log.read(&unreadable);
    QCOMPARE(unreadable, 1);
    QCOMPARE(entries.size(), 2);
    const ApplyLogEntry &first = entries.at(0);
    QCOMPARE(first.time, managed.time);
    QCOMPARE(first.profile, QStringLiteral("prod"));
    QCOMPARE(first.region, QStringLiteral("ap-northeast-1"));
    QCOMPARE(first.rollback.target.kind, PolicyOrigin::CustomerManaged);
    QCOMPARE(first.rollback.target.arn, managed.rollback.target.arn);
    QCOMPARE(first.rollback.versionId, QStringLiteral("v3"));
    QCOMPARE(first.appliedVersionId, QStringLiteral("v4"));
    QCOMPARE(first.deletedVersionId, QStringLiteral("v1"));
    QCOMPARE(first.newDocument, managed.newDocument);
    QCOMPARE(first.affectedUsers, managed.affectedUsers);
    QVERIFY(first.verified);
    const ApplyLogEntry &second = entries.at(1);
    QCOMPARE(second.action, QStringLiteral("rollback"));
    QCOMPARE(second.rollback.target.kind, PolicyOrigin::Inline);
    QCOMPARE(second.rollback.target.displayName(), QStringLiteral("group/開発:SelfManageMFA"));
    QCOMPARE(second.rollback.previousDocument, inlinePolicy.rollback.previousDocument);
    QVERIFY(!second.rollback.existedBefore);
    QCOMPARE(second.errorId, QStringLiteral("endpoint-unreachable"));
    QCOMPARE(second.errorText, inlinePolicy.errorText);
    QVERIFY(!second.verified);

    // One entry per line: the file is JSON lines.
    QFile file(log.path());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll().count('\n'), 3);
}

void TestApplyLog::defaultPlaceIsTheApplicationDataFolder()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("mfa-policy-studio"));
    QVERIFY(ApplyLog::defaultPath().endsWith(QLatin1String("/mfa-policy-studio/apply-log.jsonl")));
    QCOMPARE(ApplyLog().path(), ApplyLog::defaultPath());
}

QTEST_GUILESS_MAIN(TestApplyLog)
#include "tst_applylog.moc"
