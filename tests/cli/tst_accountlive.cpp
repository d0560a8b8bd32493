// `mfa-policy account --from-aws`: the real executable driving the real AWS CLI against
// moto_server (a local IAM API). bob has the stale customer managed policy ForceMFA (AWS's
// September 2022 self-manage example), alice the same document inline. What the server holds
// after --apply and --rollback is read back with separate CLI calls.

#include "accountanswers.h"
#include "awstestenv.h"
#include "clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

using namespace mfapolicy::testing;

namespace {

const QString policyArn = QStringLiteral("arn:aws:iam::123456789012:policy/ForceMFA"); // moto's account

// mfa-policy with `environment` (the isolated AWS setup), in English, stdin not a terminal.
CliResult runWith(const QProcessEnvironment &environment, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(cliExecutable(), arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    process.waitForFinished(300000);
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString defaultVersion(const MotoServer &moto)
{
    return moto.aws(iam({"get-policy", "--policy-arn"}) << policyArn)
        .value(QLatin1String("Policy"))
        .toObject()
        .value(QLatin1String("DefaultVersionId"))
        .toString();
}

QStringList versions(const MotoServer &moto)
{
    QStringList ids;
    for (const QJsonValue &v : moto.aws(iam({"list-policy-versions", "--policy-arn"}) << policyArn)
                                   .value(QLatin1String("Versions"))
                                   .toArray())
        ids << v.toObject().value(QLatin1String("VersionId")).toString();
    ids.sort();
    return ids;
}

bool allowsDeviceResource(const QJsonObject &document, const QString &resource)
{
    for (const QJsonValue &statement : document.value(QLatin1String("Statement")).toArray()) {
        const QJsonObject s = statement.toObject();
        const QJsonValue r = s.value(QLatin1String("Resource"));
        if (s.value(QLatin1String("Effect")) == QLatin1String("Allow")
            && (r.isArray() ? r.toArray().contains(resource) : r.toString() == resource))
            return true;
    }
    return false;
}

QJsonObject inlineDocument(const MotoServer &moto)
{
    return moto.aws(iam({"get-user-policy", "--user-name", "alice", "--policy-name", "SelfManage"}))
        .value(QLatin1String("PolicyDocument"))
        .toObject();
}

bool setUp(const MotoServer &moto)
{
    const QString stale
        = QStringLiteral("file://") + sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
    for (const char *name : {"alice", "bob"})
        moto.aws(iam({"create-user", "--user-name", name}));
    moto.aws(iam({"create-policy", "--policy-name", "ForceMFA", "--policy-document"}) << stale);
    moto.aws(iam({"attach-user-policy", "--user-name", "bob", "--policy-arn"}) << policyArn);
    moto.aws(iam({"put-user-policy", "--user-name", "alice", "--policy-name", "SelfManage", "--policy-document"})
             << stale);
    return !moto.failed();
}

} // namespace

class TestAccountLive : public QObject
{
    Q_OBJECT

private slots:
    void fetchDryRunApplyRollback()
    {
        MotoServer moto;
        if (!moto.start())
            QSKIP(qPrintable(moto.error()));
        QVERIFY(setUp(moto));
        const QProcessEnvironment env = moto.cli().environment;
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("apply-log.jsonl"));
        const QStringList live {QStringLiteral("account"),        QStringLiteral("--from-aws"),
                                QStringLiteral("--endpoint-url"), moto.endpoint(),
                                QStringLiteral("--log"),          log};

        // The answers, fetched: neither can create a device with a name of their own.
        const CliResult answers = runWith(env, live + QStringList {QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY2(answers.exitCode == 0, answers.err.constData());
        QVERIFY(answers.err.contains("Fetching the account through the AWS CLI"));
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob")})
            QCOMPARE(userAnswers(answers.out, name).value(QLatin1String("canEnrollAnyName")), QJsonValue(false));

        // --dry-run: the exact commands, the diff, and nothing changed.
        const CliResult dry = runWith(env, live + QStringList {QStringLiteral("--fix"), QStringLiteral("--dry-run")});
        QVERIFY2(dry.exitCode == 0, dry.err.constData());
        const QByteArray createVersion = QByteArray("aws iam create-policy-version --policy-arn "
                                                    "arn:aws:iam::123456789012:policy/ForceMFA --policy-document "
                                                    "file://policy-ForceMFA.json --set-as-default --output json "
                                                    "--endpoint-url ")
            + moto.endpoint().toUtf8();
        QVERIFY2(dry.out.contains(createVersion), dry.out.constData());
        QVERIFY(dry.out.contains("aws iam put-user-policy --user-name alice --policy-name SelfManage --policy-document "
                                 "file://user-alice-SelfManage.json"));
        QVERIFY(dry.out.contains("+                \"arn:aws:iam::*:mfa/*\""));
        QVERIFY(dry.out.contains("users: bob"));
        QCOMPARE(defaultVersion(moto), QStringLiteral("v1"));
        QVERIFY(!QFile::exists(log));

        // --apply without a terminal and without --yes: refused.
        const CliResult refused = runWith(env, live + QStringList {QStringLiteral("--fix"), QStringLiteral("--apply")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains("no terminal"), refused.err.constData());
        QCOMPARE(defaultVersion(moto), QStringLiteral("v1"));

        const CliResult applied = runWith(
            env, live + QStringList {QStringLiteral("--fix"), QStringLiteral("--apply"), QStringLiteral("--yes")});
        QVERIFY2(applied.exitCode == 0, applied.err.constData());
        QVERIFY2(applied.out.contains("arn:aws:iam::123456789012:policy/ForceMFA: applied and read back"),
                 applied.out.constData());
        QVERIFY(applied.out.contains(
            "2 users can enroll a virtual MFA device with a name of their own again: alice, bob."));
        QCOMPARE(defaultVersion(moto), QStringLiteral("v2"));
        QVERIFY(allowsDeviceResource(moto.aws(iam({"get-policy-version", "--policy-arn"})
                                              << policyArn << QStringLiteral("--version-id") << QStringLiteral("v2"))
                                         .value(QLatin1String("PolicyVersion"))
                                         .toObject()
                                         .value(QLatin1String("Document"))
                                         .toObject(),
                                     QStringLiteral("arn:aws:iam::*:mfa/*")));
        QVERIFY(allowsDeviceResource(inlineDocument(moto), QStringLiteral("arn:aws:iam::*:mfa/*")));
        // The log: one line per policy, with the endpoint it went to.
        QFile logFile(log);
        QVERIFY(logFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = logFile.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject first = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(first.value(QLatin1String("endpointUrl")).toString(), moto.endpoint());
        QCOMPARE(first.value(QLatin1String("action")).toString(), QStringLiteral("apply"));
        const QString run = first.value(QLatin1String("run")).toString();
        QVERIFY(!run.isEmpty());

        const CliResult rolledBack
            = runWith(env, live + QStringList {QStringLiteral("--rollback"), run, QStringLiteral("--yes")});
        QVERIFY2(rolledBack.exitCode == 0, rolledBack.err.constData());
        QVERIFY2(rolledBack.out.contains("default version v2 → v1"), rolledBack.out.constData());
        QVERIFY(rolledBack.out.contains("rolled back and read back"));
        QCOMPARE(defaultVersion(moto), QStringLiteral("v1"));
        QVERIFY(allowsDeviceResource(inlineDocument(moto), QStringLiteral("arn:aws:iam::*:mfa/${aws:username}")));
        QVERIFY(!allowsDeviceResource(inlineDocument(moto), QStringLiteral("arn:aws:iam::*:mfa/*")));
        const CliResult again
            = runWith(env, live + QStringList {QStringLiteral("--rollback"), QStringLiteral("--yes")});
        QCOMPARE(again.exitCode, 2);
        QVERIFY2(again.err.contains("was already rolled back"), again.err.constData());
    }

    // Five versions stored: without --allow-version-deletion nothing is deleted and ForceMFA is
    // left as it is; with it, the oldest non-default version goes.
    void fiveVersionsStored()
    {
        MotoServer moto;
        if (!moto.start())
            QSKIP(qPrintable(moto.error()));
        QVERIFY(setUp(moto));
        const QString stale
            = QStringLiteral("file://") + sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
        for (int n = 2; n <= 5; ++n)
            moto.aws(iam({"create-policy-version", "--policy-arn"})
                     << policyArn << QStringLiteral("--policy-document") << stale);
        moto.aws(iam({"set-default-policy-version", "--policy-arn"})
                 << policyArn << QStringLiteral("--version-id") << QStringLiteral("v3"));
        QVERIFY(!moto.failed());
        const QProcessEnvironment env = moto.cli().environment;
        QTemporaryDir dir;
        const QStringList apply {
            QStringLiteral("account"), QStringLiteral("--from-aws"), QStringLiteral("--endpoint-url"),
            moto.endpoint(),           QStringLiteral("--log"),      dir.filePath(QStringLiteral("log")),
            QStringLiteral("--fix"),   QStringLiteral("--apply"),    QStringLiteral("--yes")};
        const CliResult kept = runWith(env, apply);
        QCOMPARE(kept.exitCode, 2);
        QVERIFY2(kept.out.contains("its oldest version that is not the default, v1, would be deleted"),
                 kept.out.constData());
        QVERIFY(kept.out.contains("ForceMFA: not applied: deleting a stored version was not confirmed"));
        QCOMPARE(versions(moto).size(), 5);
        QCOMPARE(defaultVersion(moto), QStringLiteral("v3"));

        const CliResult made = runWith(env, apply + QStringList {QStringLiteral("--allow-version-deletion")});
        QVERIFY2(made.exitCode == 0, made.out.constData());
        QCOMPARE(versions(moto),
                 QStringList({QStringLiteral("v2"), QStringLiteral("v3"), QStringLiteral("v4"), QStringLiteral("v5"),
                              QStringLiteral("v6")}));
        QCOMPARE(defaultVersion(moto), QStringLiteral("v6"));
    }

    void failures()
    {
        // No aws on the PATH.
        QProcessEnvironment noAws = QProcessEnvironment::systemEnvironment();
        QTemporaryDir empty;
        noAws.insert(QStringLiteral("PATH"), empty.path());
        const CliResult missing = runWith(noAws, {QStringLiteral("account"), QStringLiteral("--from-aws")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains("not installed or not on the PATH"), missing.err.constData());

        if (!awsInstalled())
            QSKIP("the AWS CLI (aws) is not installed; the unreachable endpoint cannot be tried");
        // An endpoint where nothing listens.
        QTemporaryDir folder;
        QProcessEnvironment env = isolatedAwsEnvironment(folder.path());
        env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
        env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
        env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        env.insert(QStringLiteral("AWS_MAX_ATTEMPTS"), QStringLiteral("1"));
        const QString nowhere = QStringLiteral("http://127.0.0.1:") + QString::number(freePort());
        const CliResult unreachable = runWith(
            env, {QStringLiteral("account"), QStringLiteral("--from-aws"), QStringLiteral("--endpoint-url"), nowhere});
        QCOMPARE(unreachable.exitCode, 2);
        QVERIFY2(unreachable.err.contains("Could not reach"), unreachable.err.constData());

        // Usage errors.
        QCOMPARE(
            runCli({QStringLiteral("account"), QStringLiteral("--from-aws"), QStringLiteral("dump.json")}).exitCode, 2);
        QCOMPARE(runCli({QStringLiteral("account"), QStringLiteral("x.json"), QStringLiteral("--profile"),
                         QStringLiteral("p")})
                     .exitCode,
                 2);
        QCOMPARE(runCli({QStringLiteral("account"), QStringLiteral("--from-aws"), QStringLiteral("--apply")}).exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestAccountLive)
#include "tst_accountlive.moc"
