// Running the AWS CLI: fetching the account dump, and every failure said in words. Each failure
// is produced for real with the installed CLI (a PATH without it, a closed port, an isolated
// configuration with no credentials, an expired SSO token in an isolated token cache, a caller
// without the permission on a local IAM API that enforces policies), never by imitating output.

#include "awstestenv.h"

#include "accountfetch.h"
#include "awstexts.h"

#include <QFile>
#include <QSignalSpy>
#include <QTranslator>
#include <QtTest>

using namespace mfapolicy;
using namespace mfapolicy::testing;

namespace {

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(path));
    file.write(bytes);
}

// An SSO profile as "aws configure sso" writes it, with a cached token that expired in 2020 (the
// cache file name is the SHA-1 of the start URL, or of the session name for sso-session profiles,
// as botocore names it).
void writeExpiredSso(const QString &folder, bool ssoSession, bool withToken)
{
    const QByteArray startUrl = "https://example.awsapps.com/start";
    if (ssoSession)
        writeFile(folder + QStringLiteral("/config"),
                  "[profile corp]\nsso_session = corp\nsso_account_id = 123456789012\nsso_role_name = Admin\n"
                  "region = us-east-1\n[sso-session corp]\nsso_start_url = "
                      + startUrl + "\nsso_region = us-east-1\n");
    else
        writeFile(folder + QStringLiteral("/config"),
                  "[profile corp]\nsso_start_url = " + startUrl
                      + "\nsso_region = us-east-1\n"
                        "sso_account_id = 123456789012\nsso_role_name = Admin\nregion = us-east-1\n");
    if (!withToken)
        return;
    const QByteArray key
        = QCryptographicHash::hash(ssoSession ? QByteArray("corp") : startUrl, QCryptographicHash::Sha1).toHex();
    const QString cache = folder + QStringLiteral("/home/.aws/sso/cache");
    QVERIFY(QDir().mkpath(cache));
    writeFile(cache + QLatin1Char('/') + QString::fromLatin1(key) + QStringLiteral(".json"),
              R"({"accessToken": "expired", "expiresAt": "2020-01-01T00:00:00Z", "region": "us-east-1", "startUrl": ")"
                  + startUrl + R"("})");
}

// Waits for a signal with no time limit: the CLI has its own timeouts.
bool waitFor(QSignalSpy &spy)
{
    while (spy.isEmpty())
        spy.wait(1000);
    return true;
}

} // namespace

class TestAwsCli : public QObject
{
    Q_OBJECT

private slots:
    void commandLineIsWhatAShellRuns();
    void notInstalled();
    void notInstalledAsync();
    void noCredentials();
    void ssoLoginNeeded_data();
    void ssoLoginNeeded();
    void profileNotFound();
    void endpointUnreachable();
    void accessDenied();
    void fetchesTheAccount();
    void cancelKillsTheChild();
    void listsProfiles();
    void wordsInJapanese();
};

void TestAwsCli::commandLineIsWhatAShellRuns()
{
    AwsCli cli;
    cli.profile = QStringLiteral("prod admin");
    cli.region = QStringLiteral("eu-west-1");
    cli.endpointUrl = QStringLiteral("http://127.0.0.1:5000");
    QCOMPARE(cli.commandLine(accountDumpCommand()),
             QStringLiteral("aws iam get-account-authorization-details --output json --profile 'prod admin' "
                            "--region eu-west-1 --endpoint-url http://127.0.0.1:5000"));
    // A single quote inside an argument survives a POSIX shell.
    QCOMPARE(shellQuote(QStringLiteral("it's")), QStringLiteral(R"('it'\''s')"));
    QCOMPARE(AwsCli().commandLine(accountDumpCommand()),
             QStringLiteral("aws iam get-account-authorization-details --output json"));
}

void TestAwsCli::notInstalled()
{
    QTemporaryDir empty;
    AwsCli cli;
    cli.environment.insert(QStringLiteral("PATH"), empty.path());
    const FetchResult result = fetchAccount(cli);
    QCOMPARE(result.error.kind, AwsError::Kind::NotInstalled);
    QCOMPARE(result.error.id(), QStringLiteral("aws-not-installed"));
    const QString words = AwsTexts::error(result.error);
    QVERIFY2(words.contains(QLatin1String("awscli")) && words.contains(QLatin1String("aws")), qPrintable(words));
}

void TestAwsCli::notInstalledAsync()
{
    QTemporaryDir empty;
    AwsCli cli;
    cli.environment.insert(QStringLiteral("PATH"), empty.path());
    AccountFetch fetch;
    QSignalSpy finished(&fetch, &AccountFetch::finished);
    fetch.start(cli);
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(fetch.result().error.kind, AwsError::Kind::NotInstalled);
}

void TestAwsCli::noCredentials()
{
    if (!awsInstalled())
        QSKIP("the AWS CLI (aws) is not installed; install the Debian package awscli to run this test");
    QTemporaryDir folder;
    AwsCli cli;
    cli.environment = isolatedAwsEnvironment(folder.path());
    cli.region = QStringLiteral("us-east-1");
    const FetchResult result = fetchAccount(cli);
    QCOMPARE(result.error.kind, AwsError::Kind::NoCredentials);
    QVERIFY2(result.error.stderrText.contains(QLatin1String("Unable to locate credentials")),
             qPrintable(result.error.stderrText));
    QVERIFY(AwsTexts::error(result.error).contains(QLatin1String("aws configure")));
}

void TestAwsCli::ssoLoginNeeded_data()
{
    QTest::addColumn<bool>("ssoSession");
    QTest::addColumn<bool>("withToken");
    QTest::addColumn<QString>("cliSays");
    QTest::newRow("legacy SSO profile, token expired")
        << false << true << QStringLiteral("The SSO session associated with this profile has expired");
    QTest::newRow("sso-session profile, token expired")
        << true << true << QStringLiteral("Error when retrieving token from sso: Token has expired");
    QTest::newRow("SSO profile, never signed in") << false << false << QStringLiteral("Error loading SSO Token");
}

void TestAwsCli::ssoLoginNeeded()
{
    QFETCH(bool, ssoSession);
    QFETCH(bool, withToken);
    QFETCH(QString, cliSays);
    if (!awsInstalled())
        QSKIP("the AWS CLI (aws) is not installed; install the Debian package awscli to run this test");
    QTemporaryDir folder;
    AwsCli cli;
    cli.environment = isolatedAwsEnvironment(folder.path());
    cli.profile = QStringLiteral("corp");
    writeExpiredSso(folder.path(), ssoSession, withToken);
    const FetchResult result = fetchAccount(cli);
    QVERIFY2(result.error.stderrText.contains(cliSays), qPrintable(result.error.stderrText));
    QCOMPARE(result.error.kind, AwsError::Kind::SsoLoginNeeded);
    const QString words = AwsTexts::error(result.error);
    QVERIFY2(words.contains(QLatin1String("aws sso login --profile corp")), qPrintable(words));
}

void TestAwsCli::profileNotFound()
{
    if (!awsInstalled())
        QSKIP("the AWS CLI (aws) is not installed; install the Debian package awscli to run this test");
    QTemporaryDir folder;
    AwsCli cli;
    cli.environment = isolatedAwsEnvironment(folder.path());
    cli.profile = QStringLiteral("nosuchprofile");
    const FetchResult result = fetchAccount(cli);
    QCOMPARE(result.error.kind, AwsError::Kind::ProfileNotFound);
    QCOMPARE(result.error.args, QStringList {QStringLiteral("nosuchprofile")});
}

void TestAwsCli::endpointUnreachable()
{
    if (!awsInstalled())
        QSKIP("the AWS CLI (aws) is not installed; install the Debian package awscli to run this test");
    QTemporaryDir folder;
    AwsCli cli;
    cli.environment = isolatedAwsEnvironment(folder.path());
    cli.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
    cli.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
    cli.region = QStringLiteral("us-east-1");
    // A port nobody listens on: bound a moment ago, then closed.
    const QString endpoint = QStringLiteral("http://127.0.0.1:") + QString::number(freePort());
    cli.endpointUrl = endpoint;
    const FetchResult result = fetchAccount(cli);
    QCOMPARE(result.error.kind, AwsError::Kind::EndpointUnreachable);
    QVERIFY2(result.error.args.value(0).startsWith(endpoint), qPrintable(result.error.args.join(u',')));
    QVERIFY(AwsTexts::error(result.error).contains(endpoint));
}

void TestAwsCli::accessDenied()
{
    // moto enforces IAM policies after the given number of requests: the first two create a user
    // without any policy and its access key, the fetch with that key is then denied by the server.
    MotoServer moto;
    QProcessEnvironment serverEnv;
    serverEnv.insert(QStringLiteral("INITIAL_NO_AUTH_ACTION_COUNT"), QStringLiteral("2"));
    if (!moto.start(serverEnv))
        QSKIP(qPrintable(moto.error()));
    moto.aws(
        {QStringLiteral("iam"), QStringLiteral("create-user"), QStringLiteral("--user-name"), QStringLiteral("bob")});
    const QJsonObject key = moto.aws({QStringLiteral("iam"), QStringLiteral("create-access-key"),
                                      QStringLiteral("--user-name"), QStringLiteral("bob")})
                                .value(QLatin1String("AccessKey"))
                                .toObject();
    QVERIFY(!moto.failed());
    AwsCli cli = moto.cli();
    cli.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), key.value(QLatin1String("AccessKeyId")).toString());
    cli.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"),
                           key.value(QLatin1String("SecretAccessKey")).toString());
    const FetchResult result = fetchAccount(cli);
    QCOMPARE(result.error.kind, AwsError::Kind::AccessDenied);
    QCOMPARE(result.error.args.value(1), QStringLiteral("iam:GetAccountAuthorizationDetails"));
    // AWS's own message, as the server gave it, names the user that was denied.
    QVERIFY2(result.error.args.value(0).contains(QLatin1String("user/bob is not authorized to perform")),
             qPrintable(result.error.args.value(0)));
    const QString words = AwsTexts::error(result.error);
    QVERIFY(words.contains(result.error.args.value(0)));
    QVERIFY(words.contains(QLatin1String("iam:GetAccountAuthorizationDetails")));
}

void TestAwsCli::fetchesTheAccount()
{
    MotoServer moto;
    if (!moto.start())
        QSKIP(qPrintable(moto.error()));
    for (const char *name : {"alice", "bob"})
        moto.aws(
            {QStringLiteral("iam"), QStringLiteral("create-user"), QStringLiteral("--user-name"), QLatin1String(name)});
    moto.aws({QStringLiteral("iam"), QStringLiteral("create-group"), QStringLiteral("--group-name"),
              QStringLiteral("staff")});
    moto.aws({QStringLiteral("iam"), QStringLiteral("add-user-to-group"), QStringLiteral("--group-name"),
              QStringLiteral("staff"), QStringLiteral("--user-name"), QStringLiteral("alice")});
    QVERIFY(!moto.failed());

    AccountFetch fetch;
    QSignalSpy progress(&fetch, &AccountFetch::bytesReceived);
    QSignalSpy finished(&fetch, &AccountFetch::finished);
    fetch.start(moto.cli());
    QVERIFY(waitFor(finished));
    const FetchResult &result = fetch.result();
    QVERIFY2(result.ok(), qPrintable(AwsTexts::errorWithDetails(result.error)));
    QVERIFY(!progress.isEmpty());
    QCOMPARE(progress.last().at(0).toLongLong(), qint64(result.json.size()));
    QCOMPARE(result.dump.account, std::string("123456789012")); // moto's default account
    QCOMPARE(result.dump.users.size(), std::size_t(2));
    QStringList names;
    for (const AccountUser &user : result.dump.users)
        names << QString::fromStdString(user.name);
    names.sort();
    QCOMPARE(names, (QStringList {QStringLiteral("alice"), QStringLiteral("bob")}));

    // The blocking form gives the same account.
    const FetchResult again = fetchAccount(moto.cli());
    QVERIFY(again.ok());
    QCOMPARE(again.dump.users.size(), std::size_t(2));
}

void TestAwsCli::cancelKillsTheChild()
{
    if (!awsInstalled())
        QSKIP("the AWS CLI (aws) is not installed; install the Debian package awscli to run this test");
    // An endpoint that accepts the connection and never answers: the CLI waits until canceled.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QTemporaryDir folder;
    AwsCli cli;
    cli.environment = isolatedAwsEnvironment(folder.path());
    cli.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
    cli.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
    cli.region = QStringLiteral("us-east-1");
    cli.endpointUrl = QStringLiteral("http://127.0.0.1:") + QString::number(silent.serverPort());
    AccountFetch fetch;
    QSignalSpy finished(&fetch, &AccountFetch::finished);
    fetch.start(cli);
    QVERIFY(fetch.isRunning());
    QSignalSpy connected(&silent, &QTcpServer::newConnection);
    QVERIFY(waitFor(connected));
    QVERIFY(fetch.isRunning());
    fetch.cancel();
    QVERIFY(waitFor(finished));
    QCOMPARE(finished.count(), 1);
    QVERIFY(!fetch.isRunning());
    QCOMPARE(fetch.result().error.kind, AwsError::Kind::Canceled);
    QVERIFY(fetch.result().json.isEmpty());
}

void TestAwsCli::listsProfiles()
{
    if (!awsInstalled())
        QSKIP("the AWS CLI (aws) is not installed; install the Debian package awscli to run this test");
    QTemporaryDir folder;
    AwsCli cli;
    cli.environment = isolatedAwsEnvironment(folder.path());
    writeFile(
        folder.path() + QStringLiteral("/config"),
        "[default]\nregion = us-east-1\n[profile dev]\nregion = eu-west-1\n[profile prod]\nregion = ap-northeast-1\n");
    QProcess version;
    version.start(QStringLiteral("aws"), {QStringLiteral("--version")});
    version.waitForFinished(-1);
    const QString versionText = QString::fromUtf8(version.readAllStandardOutput() + version.readAllStandardError());
    const ProfilesResult result = listProfiles(cli);
    if (versionText.startsWith(QLatin1String("aws-cli/1."))) {
        // AWS CLI 1 has no "configure list-profiles": said so, not an empty list.
        QVERIFY2(result.unsupported, qPrintable(versionText));
        QVERIFY(result.error.isError());
        QVERIFY(result.profiles.isEmpty());
    } else {
        QVERIFY2(!result.error.isError(), qPrintable(result.error.stderrText));
        QStringList profiles = result.profiles;
        profiles.sort();
        QCOMPARE(profiles, (QStringList {QStringLiteral("default"), QStringLiteral("dev"), QStringLiteral("prod")}));
    }
}

void TestAwsCli::wordsInJapanese()
{
    QTranslator japanese;
    QVERIFY(japanese.load(QStringLiteral(MFAPOLICY_QM_DIR "/mfa-policy-studio_ja.qm")));
    QCoreApplication::installTranslator(&japanese);
    AwsError sso;
    sso.kind = AwsError::Kind::SsoLoginNeeded;
    sso.args = {QStringLiteral("corp")};
    const QString ssoWords = AwsTexts::error(sso);
    AwsError denied;
    denied.kind = AwsError::Kind::AccessDenied;
    denied.args = {QStringLiteral("User: arn:aws:iam::123456789012:user/bob is not authorized to perform: "
                                  "iam:GetAccountAuthorizationDetails"),
                   QStringLiteral("iam:GetAccountAuthorizationDetails")};
    const QString deniedWords = AwsTexts::error(denied);
    QCoreApplication::removeTranslator(&japanese);
    // The command to run stays as it is; the sentence around it is Japanese.
    QCOMPARE(ssoWords,
             QStringLiteral("SSO セッションの有効期限が切れているか、まだ開始されていません。\"aws sso login "
                            "--profile corp\" でサインインしてから、もう一度お試しください。"));
    // AWS's own message is quoted untranslated.
    QVERIFY2(deniedWords.startsWith(
                 QStringLiteral("AWS がリクエストを拒否しました: User: arn:aws:iam::123456789012:user/bob")),
             qPrintable(deniedWords));
    QVERIFY(deniedWords.endsWith(QStringLiteral("iam:GetAccountAuthorizationDetails のアクセス許可が必要です。")));
}

QTEST_GUILESS_MAIN(TestAwsCli)
#include "tst_awscli.moc"
