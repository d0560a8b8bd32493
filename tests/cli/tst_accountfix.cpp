// `mfa-policy account DUMP --fix -o DIR`: the folder's contents for the example account (answers
// worked out by hand in tests/data/accounts/README.md), and end to end: the generated apply.sh and
// rollback.sh run through the real AWS CLI against moto_server, and what the server holds
// afterwards is read back with separate CLI calls.

#include "accountanswers.h"
#include "awstestenv.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace mfapolicy::testing;

namespace {

const QString exampleDump = QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/accounts/example-account.json");
const QString policyArn = QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA"); // moto's account

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The resources of the Allow statements with iam:CreateVirtualMFADevice, as strings.
QStringList createDeviceResource(const QJsonObject &policy)
{
    QStringList out;
    for (const QJsonValue &statement : policy.value(QLatin1String("Statement")).toArray()) {
        const QJsonObject s = statement.toObject();
        const QJsonValue action = s.value(QLatin1String("Action"));
        const QJsonArray actions = action.isArray() ? action.toArray() : QJsonArray {action};
        if (!actions.contains(QStringLiteral("iam:CreateVirtualMFADevice"))
            || s.value(QLatin1String("Effect")) != QLatin1String("Allow"))
            continue;
        const QJsonValue resource = s.value(QLatin1String("Resource"));
        for (const QJsonValue &r : resource.isArray() ? resource.toArray() : QJsonArray {resource})
            out << r.toString();
    }
    return out;
}

// Runs a generated script with bash in the isolated AWS environment of `moto`.
CliResult runScript(const MotoServer &moto, const QString &script, const QStringList &arguments)
{
    QProcess process;
    process.setProcessEnvironment(moto.cli().environment);
    process.start(QStringLiteral("bash"), QStringList {script} + arguments);
    CliResult result;
    if (!process.waitForStarted(10000) || !process.waitForFinished(300000))
        return result;
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The account's dump through the CLI directly, saved for `mfa-policy account`.
bool saveDump(const MotoServer &moto, const QString &path)
{
    const QJsonObject dump = moto.aws(iam({"get-account-authorization-details"}));
    QFile file(path);
    return !moto.failed() && file.open(QIODevice::WriteOnly) && file.write(QJsonDocument(dump).toJson()) > 0;
}

} // namespace

class TestAccountFix : public QObject
{
    Q_OBJECT

private slots:
    void exampleAccountFolder()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("fix"));
        const CliResult result
            = runCli({QStringLiteral("account"), exampleDump, QStringLiteral("--fix"), QStringLiteral("-o"), out});
        QVERIFY2(!result.crashed && result.exitCode == 0, result.err.constData());
        // By hand: alice (group Engineers' inline September 2022 example) and bob (ForceMFA v2,
        // the June 2022 example) are refused only because their policies allow mfa/${aws:username};
        // erin's boundary and carol's read-only policies still refuse; dave is not analysed.
        QVERIFY2(result.out.contains("2 users can enroll a virtual MFA device with a name of their own again: alice, "
                                     "bob."),
                 result.out.constData());
        // The same resource decides the flow with long-term access keys (both examples list
        // iam:CreateVirtualMFADevice among the actions their BoolIfExists deny leaves out): that
        // changes too, and nothing else.
        QVERIFY2(result.out.contains("Other changes:\n  alice: long-term access keys can enroll a device: no → yes\n"
                                     "  bob: long-term access keys can enroll a device: no → yes\n"
                                     "Still cannot"),
                 result.out.constData());
        QVERIFY(result.out.contains("Still cannot enroll with a name of their own: carol, erin."));

        QDir folder(out);
        QStringList files;
        for (const QString &sub : {QStringLiteral("."), QStringLiteral("corrected"), QStringLiteral("previous")})
            for (const QString &name : QDir(folder.filePath(sub)).entryList(QDir::Files, QDir::Name))
                files << QDir::cleanPath(sub + QLatin1Char('/') + name);
        QCOMPARE(files,
                 QStringList({QStringLiteral("apply.sh"), QStringLiteral("rollback.sh"), QStringLiteral("summary.md"),
                              QStringLiteral("corrected/group-Engineers-SelfManageMfaOld.json"),
                              QStringLiteral("corrected/policy-ForceMFA.json"),
                              QStringLiteral("previous/group-Engineers-SelfManageMfaOld.json"),
                              QStringLiteral("previous/policy-ForceMFA.json")}));
        QVERIFY(QFileInfo(folder.filePath(QStringLiteral("apply.sh"))).isExecutable());

        // AWS's current examples allow the device resource mfa/* (MFA-FACTS); the old ones
        // allowed mfa/${aws:username}, which the kept documents still do.
        for (const QString &name :
             {QStringLiteral("group-Engineers-SelfManageMfaOld.json"), QStringLiteral("policy-ForceMFA.json")}) {
            const QJsonObject corrected
                = QJsonDocument::fromJson(readFile(folder.filePath(QStringLiteral("corrected/") + name))).object();
            const QJsonObject previous
                = QJsonDocument::fromJson(readFile(folder.filePath(QStringLiteral("previous/") + name))).object();
            QCOMPARE(createDeviceResource(corrected), QStringList {QStringLiteral("arn:aws:iam::*:mfa/*")});
            QVERIFY(createDeviceResource(previous).contains(QStringLiteral("arn:aws:iam::*:mfa/${aws:username}")));
        }

        const QByteArray apply = readFile(folder.filePath(QStringLiteral("apply.sh")));
        QVERIFY(apply.contains("set -euo pipefail"));
        QVERIFY(apply.contains("put-group-policy --group-name Engineers --policy-name SelfManageMfaOld"));
        QVERIFY(apply.contains("create-policy-version --policy-arn \"$arn\""));
        QVERIFY(apply.contains("--set-as-default"));
        const QByteArray rollback = readFile(folder.filePath(QStringLiteral("rollback.sh")));
        QVERIFY(rollback.contains("set-default-policy-version --policy-arn "
                                  "arn:aws:iam::123456789012:policy/ForceMFA --version-id v2"));
        for (const QString &script : {QStringLiteral("apply.sh"), QStringLiteral("rollback.sh")}) {
            QProcess bash;
            bash.start(QStringLiteral("bash"), {QStringLiteral("-n"), folder.filePath(script)});
            QVERIFY(bash.waitForFinished(30000));
            QVERIFY2(bash.exitCode() == 0, bash.readAllStandardError().constData());
        }
        const QByteArray summary = readFile(folder.filePath(QStringLiteral("summary.md")));
        QVERIFY(summary.startsWith("# Fix for account 123456789012"));
        QVERIFY(summary.contains("What the fix does for them is not known: dave."));
    }

    void refusesAFolderInUse()
    {
        QTemporaryDir dir;
        QFile other(dir.filePath(QStringLiteral("notes.txt")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write("mine");
        other.close();
        const CliResult result = runCli(
            {QStringLiteral("account"), exampleDump, QStringLiteral("--fix"), QStringLiteral("-o"), dir.path()});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains("is not empty"), result.err.constData());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot),
                 QStringList {QStringLiteral("notes.txt")});
        QCOMPARE(runCli({QStringLiteral("account"), exampleDump, QStringLiteral("--fix")}).exitCode, 2);
    }

    // The generated scripts against a local IAM API: bob has the stale managed policy ForceMFA,
    // which already stores five versions; alice's inline policy is the stale September 2022
    // example. apply.sh must make room, and afterwards both can enroll a custom-named device;
    // rollback.sh brings back what was in force.
    void scriptsAgainstALocalIamApi()
    {
        MotoServer moto;
        if (!moto.start())
            QSKIP(qPrintable(moto.error()));
        const QString stale
            = QStringLiteral("file://") + sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
        const QString current = QStringLiteral("file://") + sample(QStringLiteral("mfa-selfmanage_current-live.json"));
        for (const char *name : {"alice", "bob"})
            moto.aws(iam({"create-user", "--user-name", name}));
        moto.aws(iam({"create-policy", "--policy-name", "ForceMFA", "--policy-document"}) << current);
        // v2..v5; v4, the stale one, is made the default, so v1 is the oldest that is not.
        for (int n = 2; n <= 5; ++n)
            moto.aws(iam({"create-policy-version", "--policy-arn"})
                     << policyArn << QStringLiteral("--policy-document") << (n == 4 ? stale : current));
        moto.aws(iam({"set-default-policy-version", "--policy-arn"})
                 << policyArn << QStringLiteral("--version-id") << QStringLiteral("v4"));
        moto.aws(iam({"attach-user-policy", "--user-name", "bob", "--policy-arn"}) << policyArn);
        moto.aws(iam({"put-user-policy", "--user-name", "alice", "--policy-name", "SelfManage", "--policy-document"})
                 << stale);
        QVERIFY(!moto.failed());

        QTemporaryDir dir;
        const QString dump = dir.filePath(QStringLiteral("dump.json"));
        QVERIFY(saveDump(moto, dump));
        const QString out = dir.filePath(QStringLiteral("fix"));
        const CliResult fix
            = runCli({QStringLiteral("account"), dump, QStringLiteral("--fix"), QStringLiteral("-o"), out});
        QVERIFY2(fix.exitCode == 0, fix.err.constData());
        QVERIFY2(fix.out.contains("2 users can enroll"), fix.out.constData());

        const QStringList pass {QStringLiteral("--endpoint-url"), moto.endpoint()};
        const CliResult apply = runScript(moto, QDir(out).filePath(QStringLiteral("apply.sh")), pass);
        QVERIFY2(apply.exitCode == 0, apply.err.constData());
        QVERIFY2(apply.err.contains("deleting its oldest version that is not the default, v1"), apply.err.constData());

        const QJsonObject policy = moto.aws(iam({"get-policy", "--policy-arn"}) << policyArn);
        QCOMPARE(policy.value(QLatin1String("Policy")).toObject().value(QLatin1String("DefaultVersionId")).toString(),
                 QStringLiteral("v6"));
        const QJsonObject version = moto.aws(iam({"get-policy-version", "--policy-arn"})
                                             << policyArn << QStringLiteral("--version-id") << QStringLiteral("v6"));
        const QJsonObject document
            = version.value(QLatin1String("PolicyVersion")).toObject().value(QLatin1String("Document")).toObject();
        QCOMPARE(createDeviceResource(document), QStringList {QStringLiteral("arn:aws:iam::*:mfa/*")});
        QStringList versions;
        for (const QJsonValue &v : moto.aws(iam({"list-policy-versions", "--policy-arn"}) << policyArn)
                                       .value(QLatin1String("Versions"))
                                       .toArray())
            versions << v.toObject().value(QLatin1String("VersionId")).toString();
        versions.sort();
        QCOMPARE(versions,
                 QStringList({QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4"), QStringLiteral("v5"),
                              QStringLiteral("v6")}));

        // The account read back: both users can now enroll a device named as they like.
        const QString after = dir.filePath(QStringLiteral("after.json"));
        QVERIFY(saveDump(moto, after));
        const CliResult answers
            = runCli({QStringLiteral("account"), after, QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("--device-name"), QStringLiteral("My phone")});
        QVERIFY2(answers.exitCode == 0, answers.err.constData());
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")})
            QCOMPARE(userAnswers(answers.out, name).value(QLatin1String("canEnrollAnyName")), QJsonValue(true));

        const CliResult rollback = runScript(moto, QDir(out).filePath(QStringLiteral("rollback.sh")), pass);
        QVERIFY2(rollback.exitCode == 0, rollback.err.constData());
        QCOMPARE(moto.aws(iam({"get-policy", "--policy-arn"}) << policyArn)
                     .value(QLatin1String("Policy"))
                     .toObject()
                     .value(QLatin1String("DefaultVersionId"))
                     .toString(),
                 QStringLiteral("v4"));
        const QJsonObject inlinePolicy
            = moto.aws(iam({"get-user-policy", "--user-name", "alice", "--policy-name", "SelfManage"}));
        QVERIFY(createDeviceResource(inlinePolicy.value(QLatin1String("PolicyDocument")).toObject())
                    .contains(QStringLiteral("arn:aws:iam::*:mfa/${aws:username}")));
        const QString rolledBack = dir.filePath(QStringLiteral("rolled-back.json"));
        QVERIFY(saveDump(moto, rolledBack));
        const CliResult again
            = runCli({QStringLiteral("account"), rolledBack, QStringLiteral("--format"), QStringLiteral("json")});
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")})
            QCOMPARE(userAnswers(again.out, name).value(QLatin1String("canEnrollAnyName")), QJsonValue(false));

        // A second apply.sh finds ForceMFA changed since the dump and leaves it alone, saying so.
        moto.aws(iam({"set-default-policy-version", "--policy-arn"})
                 << policyArn << QStringLiteral("--version-id") << QStringLiteral("v5"));
        const CliResult changed = runScript(moto, QDir(out).filePath(QStringLiteral("apply.sh")), pass);
        QCOMPARE(changed.exitCode, 1);
        QVERIFY2(changed.err.contains("v5 is the default version now, not v4 as in the dump"), changed.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestAccountFix)
#include "tst_accountfix.moc"
