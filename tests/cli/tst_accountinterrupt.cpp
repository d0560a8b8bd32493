// Ctrl+C during `mfa-policy account --from-aws`: the real executable and the real AWS CLI
// against moto_server (a local IAM API). During --apply the run stops between two commands and
// exits with 130; the apply log then holds exactly the policies the server has changed. During
// the fetch it exits with 130 too. SIGINT is sent to mfa-policy alone, as a terminal's Ctrl+C
// reaches it (the AWS CLI child ignores it by design and is not signalled here).

#include "awstestenv.h"
#include "clirunner.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace mfapolicy::testing;

namespace {

const QStringList users {QStringLiteral("ann"), QStringLiteral("ben"), QStringLiteral("cat"), QStringLiteral("dan"),
                         QStringLiteral("eve")};

// Each user has the stale self-manage policy (AWS's September 2022 example) inline: five
// policies, five put-user-policy commands, each followed by its read-back.
bool setUp(const MotoServer &moto)
{
    const QString stale
        = QStringLiteral("file://") + sample(QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json"));
    for (const QString &user : users) {
        moto.aws(iam({"create-user", "--user-name"}) << user);
        moto.aws(iam({"put-user-policy", "--user-name"})
                 << user << QStringLiteral("--policy-name") << QStringLiteral("SelfManage")
                 << QStringLiteral("--policy-document") << stale);
    }
    return !moto.failed();
}

// Whether the server's inline policy of `user` allows devices of any name (the corrected one).
bool corrected(const MotoServer &moto, const QString &user)
{
    const QJsonObject document
        = moto.aws(iam({"get-user-policy", "--policy-name", "SelfManage", "--user-name"}) << user)
              .value(QLatin1String("PolicyDocument"))
              .toObject();
    for (const QJsonValue &statement : document.value(QLatin1String("Statement")).toArray()) {
        const QJsonValue resource = statement.toObject().value(QLatin1String("Resource"));
        if (resource == QLatin1String("arn:aws:iam::*:mfa/*")
            || resource.toArray().contains(QLatin1String("arn:aws:iam::*:mfa/*")))
            return true;
    }
    return false;
}

QProcess *startCli(QProcess &process, const QProcessEnvironment &environment, const QStringList &arguments)
{
    QProcessEnvironment env = environment;
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(env);
    process.start(cliExecutable(), arguments);
    process.closeWriteChannel();
    return &process;
}

// Waits until `ready` holds (polling every 20 ms) or the process ends; true when it holds.
template<typename Ready> bool waitUntil(QProcess &process, Ready ready)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        if (ready())
            return true;
        if (process.state() == QProcess::NotRunning)
            return false;
        process.waitForFinished(20);
    }
    return false;
}

int lineCount(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return int(file.readAll().count('\n'));
}

} // namespace

class TestAccountInterrupt : public QObject
{
    Q_OBJECT

private slots:
    void interruptDuringApply()
    {
        MotoServer moto;
        if (!moto.start())
            QSKIP(qPrintable(moto.error()));
        QVERIFY(setUp(moto));
        QTemporaryDir dir;
        const QString log = dir.filePath(QStringLiteral("apply-log.jsonl"));
        QProcess process;
        startCli(process, moto.cli().environment,
                 {QStringLiteral("account"), QStringLiteral("--from-aws"), QStringLiteral("--endpoint-url"),
                  moto.endpoint(), QStringLiteral("--log"), log, QStringLiteral("--fix"), QStringLiteral("--apply"),
                  QStringLiteral("--yes")});
        QVERIFY(process.waitForStarted(10000));
        // The first policy is logged once its put and read-back are done; the next put starts
        // then. Each AWS CLI run takes far longer than the 20 ms between looks at the log.
        if (!waitUntil(process, [&] { return lineCount(log) >= 1; }))
            QFAIL(process.readAllStandardError().constData());
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(120000));
        const QByteArray out = process.readAllStandardOutput();
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 130, QByteArray(out + err).constData());
        QVERIFY2(err.contains("interrupted: stopped between two commands"), err.constData());
        QVERIFY2(out.contains("To roll back: mfa-policy account --from-aws --rollback "), out.constData());
        QVERIFY2(out.contains("not applied: the run was stopped before it"), out.constData());
        // Standard error is not a terminal here: the fetch says its phases, without the
        // carriage-return byte count a terminal gets.
        QVERIFY2(err.contains("Fetched 5 users."), err.constData());
        QVERIFY(!err.contains('\r'));

        // The log and the server agree, policy by policy: a logged apply is on the server, an
        // unlogged one is not; and the run stopped before the last policy.
        QStringList logged;
        QFile file(log);
        QVERIFY(file.open(QIODevice::ReadOnly));
        for (const QJsonObject &entry : jsonLines(file.readAll())) {
            QCOMPARE(entry.value(QLatin1String("action")).toString(), QStringLiteral("apply"));
            QCOMPARE(entry.value(QLatin1String("outcome")).toString(), QStringLiteral("applied"));
            logged << entry.value(QLatin1String("ownerName")).toString();
        }
        QVERIFY(!logged.isEmpty());
        QVERIFY2(logged.size() < users.size(), qPrintable(logged.join(QLatin1Char(' '))));
        for (const QString &user : users)
            QVERIFY2(corrected(moto, user) == logged.contains(user), qPrintable(user));

        // And the run rolls back from that log.
        QProcess rollback;
        startCli(rollback, moto.cli().environment,
                 {QStringLiteral("account"), QStringLiteral("--from-aws"), QStringLiteral("--endpoint-url"),
                  moto.endpoint(), QStringLiteral("--log"), log, QStringLiteral("--rollback"),
                  QStringLiteral("--yes")});
        QVERIFY(rollback.waitForFinished(120000));
        QVERIFY2(rollback.exitCode() == 0, rollback.readAll().constData());
        for (const QString &user : users)
            QVERIFY2(!corrected(moto, user), qPrintable(user));
    }

    void interruptDuringFetch()
    {
        MotoServer moto;
        if (!moto.start())
            QSKIP(qPrintable(moto.error()));
        QVERIFY(setUp(moto));
        QProcess process;
        startCli(process, moto.cli().environment,
                 {QStringLiteral("account"), QStringLiteral("--from-aws"), QStringLiteral("--endpoint-url"),
                  moto.endpoint()});
        QVERIFY(process.waitForStarted(10000));
        QByteArray err;
        // "Fetching ..." is written once Ctrl+C is caught and just before the AWS CLI starts,
        // which takes far longer to answer than this test takes to signal.
        QVERIFY(waitUntil(process, [&] {
            err += process.readAllStandardError();
            return err.contains("Fetching the account");
        }));
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(120000));
        err += process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QVERIFY2(process.exitCode() == 130, err.constData());
        QVERIFY2(err.contains("canceled: nothing was changed"), err.constData());
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestAccountInterrupt)
#include "tst_accountinterrupt.moc"
