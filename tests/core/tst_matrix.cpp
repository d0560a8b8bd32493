// The decision matrix: rows and resources as IAM authorizes them (SEMANTICS §7), request
// context per signing state (SEMANTICS §6), and decisions for AWS example policies worked out by
// hand from the evaluation rules.

#include "matrix.h"
#include "policysource.h"
#include "testdata.h"

#include <QtTest>

#include <atomic>

#include <fstream>
#include <sstream>

using namespace mfapolicy;

Q_DECLARE_METATYPE(mfapolicy::ResourcePattern)

namespace {

std::string sample(const QString &name)
{
    return testing::readSampleText(name);
}

QString letters(const MatrixRow &row)
{
    QString out;
    for (const MatrixCell &cell : row.cells)
        out += cell.evaluation.decision == Decision::Allow       ? QLatin1Char('A')
            : cell.evaluation.decision == Decision::ExplicitDeny ? QLatin1Char('E')
                                                                 : QLatin1Char('I');
    return out;
}

const char *boolGuard = "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", \"Action\": \"s3:*\", "
                        "\"Resource\": \"*\"}, {\"Effect\": \"Deny\", \"NotAction\": \"iam:*\", \"Resource\": \"*\", "
                        "\"Condition\": {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"false\"}}}]}";

} // namespace

class TestMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("userPath");
        QTest::addColumn<QString>("action");
        QTest::addColumn<ResourcePattern>("pattern");
        QTest::addColumn<QString>("expected"); ///< MFA session, no MFA, access key: A/E/I

        const QString sm2209 = QStringLiteral("mfa-selfmanage_2022-09_pre-nov-2022.json");
        using P = ResourcePattern;
        QTest::newRow("2022-09: create device named like the user")
            << sm2209 << "/"
            << "iam:CreateVirtualMFADevice" << P::DeviceNamedLikeUser << "AAA";
        QTest::newRow("2022-09: create device with a custom name is refused in every state")
            << sm2209 << "/"
            << "iam:CreateVirtualMFADevice" << P::DeviceCustomName << "III";
        QTest::newRow("2022-09: delete own-name device only with MFA")
            << sm2209 << "/"
            << "iam:DeleteVirtualMFADevice" << P::DeviceNamedLikeUser << "AEE";
        QTest::newRow("2022-09: enable on the own user, exempted from the guard")
            << sm2209 << "/"
            << "iam:EnableMFADevice" << P::OwnUser << "AAA";
        QTest::newRow("2022-09: enable on another user: exempted but never allowed")
            << sm2209 << "/"
            << "iam:EnableMFADevice" << P::OtherUser << "III";
        QTest::newRow("2022-09: deactivate needs MFA") << sm2209 << "/"
                                                       << "iam:DeactivateMFADevice" << P::OwnUser << "AEE";
        QTest::newRow("2022-09: ListUsers in every state") << sm2209 << "/"
                                                           << "iam:ListUsers" << P::Star << "AAA";
        QTest::newRow("2022-09: GetUser is not granted, denied without MFA") << sm2209 << "/"
                                                                             << "iam:GetUser" << P::OwnUser << "IEE";
        QTest::newRow("2022-09: unrelated action denied without MFA and with keys")
            << sm2209 << "/"
            << "s3:ListAllMyBuckets" << P::Star << "IEE";
        QTest::newRow("2022-09: GetSessionToken is not policy-controlled") << sm2209 << "/"
                                                                           << "sts:GetSessionToken" << P::Star << "AAA";
        QTest::newRow("2022-12: create with a custom name works")
            << "mfa-selfmanage_2022-12.json"
            << "/"
            << "iam:CreateVirtualMFADevice" << P::DeviceCustomName << "AAA";
        QTest::newRow("2022-12: user with a path cannot enable (user/${aws:username})")
            << "mfa-selfmanage_2022-12.json"
            << "/engineering/"
            << "iam:EnableMFADevice" << P::OwnUser << "III";
        QTest::newRow("ec2 require-MFA: DescribeInstances allowed everywhere")
            << "ec2-require-mfa_2022-12.json"
            << "/"
            << "ec2:DescribeInstances" << P::Star << "AAA";
        QTest::newRow("API Bool true: not even DescribeInstances") << "mfa-api-require-ec2-bool-true_2022-12.json"
                                                                   << "/"
                                                                   << "ec2:DescribeInstances" << P::Star << "III";
        QTest::newRow("Bool guard: access keys slip through") << "@bool"
                                                              << "/"
                                                              << "s3:ListAllMyBuckets" << P::Star << "AEA";
    }

    void decisions()
    {
        QFETCH(QString, file);
        QFETCH(QString, userPath);
        QFETCH(QString, action);
        QFETCH(ResourcePattern, pattern);
        QFETCH(QString, expected);

        const PolicySource source = PolicySource::parse(file == QLatin1String("@bool") ? boolGuard : sample(file));
        QVERIFY(!source.policy().statements.empty());
        SimulationIdentity identity;
        identity.userPath = userPath.toStdString();
        const DecisionMatrix matrix = computeMatrix(source.policy(), identity);
        const MatrixRow *row = matrix.find(action.toStdString(), pattern);
        QVERIFY(row);
        QCOMPARE(letters(*row), expected);
        QCOMPARE(row->differs(), expected != QString(3, expected.at(0)));
        // Each cell names its deciding statements and keeps no per-statement trace (the matrix
        // grows with rows, not rows x statements); explainCell() traces it on demand, with the
        // same answer.
        const Policy *policies[] = {&source.policy()};
        for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
            const Evaluation &cell = row->cells[i].evaluation;
            QVERIFY(cell.trace.empty());
            if (cell.decision == Decision::ExplicitDeny)
                QVERIFY(!cell.deniedBy.empty());
            if (cell.decision == Decision::Allow && !cell.notPolicyControlled)
                QVERIFY(!cell.allowedBy.empty());
            const Evaluation explained = explainCell(policies, identity, *row, allAuthStates[i]);
            QCOMPARE(explained.trace.size(), source.policy().statements.size());
            QCOMPARE(explained.decision, cell.decision);
            QVERIFY(explained.allowedBy == cell.allowedBy);
            QVERIFY(explained.deniedBy == cell.deniedBy);
            QCOMPARE(explained.notPolicyControlled, cell.notPolicyControlled);
        }
    }

    void rowsAndResources_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<ResourcePattern>("pattern");
        QTest::addColumn<QString>("userPath");
        QTest::addColumn<QString>("resource");
        using P = ResourcePattern;
        // Device actions authorize against the device name, user actions against the user (with path).
        QTest::newRow("create: device named like the user")
            << "iam:CreateVirtualMFADevice" << P::DeviceNamedLikeUser << "/"
            << "arn:aws:iam::123456789012:mfa/alice";
        QTest::newRow("create: custom device name") << "iam:CreateVirtualMFADevice" << P::DeviceCustomName << "/"
                                                    << "arn:aws:iam::123456789012:mfa/alice-phone";
        QTest::newRow("delete: another user's device") << "iam:DeleteVirtualMFADevice" << P::OtherUsersDevice << "/"
                                                       << "arn:aws:iam::123456789012:mfa/bob";
        QTest::newRow("tag: custom device name") << "iam:TagMFADevice" << P::DeviceCustomName << "/"
                                                 << "arn:aws:iam::123456789012:mfa/alice-phone";
        QTest::newRow("enable: own user") << "iam:EnableMFADevice" << P::OwnUser << "/"
                                          << "arn:aws:iam::123456789012:user/alice";
        QTest::newRow("enable: own user with a path") << "iam:EnableMFADevice" << P::OwnUser << "/engineering/"
                                                      << "arn:aws:iam::123456789012:user/engineering/alice";
        QTest::newRow("deactivate: another user") << "iam:DeactivateMFADevice" << P::OtherUser << "/"
                                                  << "arn:aws:iam::123456789012:user/bob";
        QTest::newRow("resync: own user") << "iam:ResyncMFADevice" << P::OwnUser << "/"
                                          << "arn:aws:iam::123456789012:user/alice";
        QTest::newRow("list devices: own user") << "iam:ListMFADevices" << P::OwnUser << "/"
                                                << "arn:aws:iam::123456789012:user/alice";
        QTest::newRow("get device: own user") << "iam:GetMFADevice" << P::OwnUser << "/"
                                              << "arn:aws:iam::123456789012:user/alice";
        QTest::newRow("list device tags: device") << "iam:ListMFADeviceTags" << P::DeviceNamedLikeUser << "/"
                                                  << "arn:aws:iam::123456789012:mfa/alice";
        QTest::newRow("untag: device") << "iam:UntagMFADevice" << P::OtherUsersDevice << "/"
                                       << "arn:aws:iam::123456789012:mfa/bob";
        QTest::newRow("change password: own user") << "iam:ChangePassword" << P::OwnUser << "/"
                                                   << "arn:aws:iam::123456789012:user/alice";
        QTest::newRow("get user: own user") << "iam:GetUser" << P::OwnUser << "/"
                                            << "arn:aws:iam::123456789012:user/alice";
        QTest::newRow("create access key: own user") << "iam:CreateAccessKey" << P::OwnUser << "/"
                                                     << "arn:aws:iam::123456789012:user/alice";
        QTest::newRow("list virtual devices: no resource type") << "iam:ListVirtualMFADevices" << P::Star << "/"
                                                                << "*";
        QTest::newRow("list users: no resource type") << "iam:ListUsers" << P::Star << "/"
                                                      << "*";
        QTest::newRow("password policy: no resource type") << "iam:GetAccountPasswordPolicy" << P::Star << "/"
                                                           << "*";
        QTest::newRow("session token: no resource type") << "sts:GetSessionToken" << P::Star << "/"
                                                         << "*";
        QTest::newRow("S3 buckets: no resource type") << "s3:ListAllMyBuckets" << P::Star << "/"
                                                      << "*";
        QTest::newRow("EC2 instances: no resource type") << "ec2:DescribeInstances" << P::Star << "/"
                                                         << "*";
    }

    void rowsAndResources()
    {
        QFETCH(QString, action);
        QFETCH(ResourcePattern, pattern);
        QFETCH(QString, userPath);
        QFETCH(QString, resource);
        SimulationIdentity identity;
        identity.userPath = userPath.toStdString();
        DecisionMatrix matrix;
        matrix.rows = matrixRows(identity);
        const MatrixRow *row = matrix.find(action.toStdString(), pattern);
        QVERIFY(row);
        QCOMPARE(QString::fromStdString(row->resource), resource);
        // Device actions never get user rows and the other way round.
        const bool device = resource.contains(QLatin1String(":mfa/"));
        for (const MatrixRow &r : matrix.rows) {
            if (r.action != row->action)
                continue;
            const bool rowDevice = r.resource.find(":mfa/") != std::string::npos;
            QCOMPARE(rowDevice, device);
        }
        QCOMPARE(row->mfaAction, !action.startsWith(QLatin1String("s3:")) && !action.startsWith(QLatin1String("ec2:")));
    }

    void context_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<QString>("present");
        QTest::addColumn<bool>("hasAge");
        QTest::newRow("MFA session") << int(AuthState::MfaSession) << "true" << true;
        QTest::newRow("signed in without MFA") << int(AuthState::NoMfa) << "false" << false;
        QTest::newRow("long-term access key: key absent") << int(AuthState::AccessKey) << QString() << false;
    }

    void context()
    {
        QFETCH(int, state);
        QFETCH(QString, present);
        QFETCH(bool, hasAge);
        SimulationIdentity identity;
        identity.userPath = "/engineering/";
        const RequestContext context = contextFor(identity, AuthState(state));
        const auto *mfa = context.find("aws:MultiFactorAuthPresent");
        QCOMPARE(mfa != nullptr, !present.isEmpty());
        if (mfa)
            QCOMPARE(mfa->front(), present.toStdString());
        QCOMPARE(context.find("aws:multifactorauthage") != nullptr, hasAge);
        // aws:username is the friendly name without the path; the principal ARN has the path.
        QCOMPARE(context.find("aws:username")->front(), std::string("alice"));
        QCOMPARE(context.find("aws:PrincipalArn")->front(),
                 std::string("arn:aws:iam::123456789012:user/engineering/alice"));
        QCOMPARE(context.find("aws:PrincipalType")->front(), std::string("User"));
        QVERIFY(context.find("aws:userid"));
    }

    void beforeMfaSummary_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<bool>("createLikeUser");
        QTest::addColumn<bool>("createCustom");
        QTest::addColumn<bool>("securityKey");
        QTest::addColumn<bool>("seesAllUsers");
        QTest::addColumn<bool>("keysCanEnroll");
        QTest::newRow("2022-09: only the user-name device, ListUsers visible")
            << "mfa-selfmanage_2022-09_pre-nov-2022.json" << true << false << true << true << true;
        QTest::newRow("2022-12: any name, ListUsers still visible")
            << "mfa-selfmanage_2022-12.json" << true << true << true << true << true;
        QTest::newRow("2022-11 MFA-only page: no ListUsers")
            << "sec-creds-mfa-only_2022-11.json" << true << true << true << false << true;
        QTest::newRow("no-MFA credentials page: nothing about MFA")
            << "sec-creds-no-mfa_2022-11.json" << false << false << false << false << false;
    }

    void beforeMfaSummary()
    {
        QFETCH(QString, file);
        QFETCH(bool, createLikeUser);
        QFETCH(bool, createCustom);
        QFETCH(bool, securityKey);
        QFETCH(bool, seesAllUsers);
        QFETCH(bool, keysCanEnroll);
        const PolicySource source = PolicySource::parse(sample(file));
        const PreMfaSummary summary = summarizeBeforeMfa(computeMatrix(source.policy(), {}));
        QCOMPARE(summary.canCreateDeviceNamedLikeUser, createLikeUser);
        QCOMPARE(summary.canCreateDeviceWithCustomName, createCustom);
        QCOMPARE(summary.canEnrollSecurityKey, securityKey);
        QCOMPARE(summary.canEnrollVirtualWithCustomName, createCustom && securityKey);
        QCOMPARE(summary.canSeeAllUsers, seesAllUsers);
        QCOMPARE(summary.accessKeysCanEnroll, keysCanEnroll);
        const bool listsUsers = std::find(summary.allowedWithoutMfa.begin(), summary.allowedWithoutMfa.end(),
                                          RowKey {"iam:ListUsers", ResourcePattern::Star})
            != summary.allowedWithoutMfa.end();
        QCOMPARE(listsUsers, seesAllUsers);
    }

    void tracesOnRequestAndCancel()
    {
        const PolicySource source = PolicySource::parse(sample(QStringLiteral("sec-creds-self-manage_2022-11.json")));
        const SimulationIdentity identity;
        MatrixOptions traced;
        traced.traces = true;
        const DecisionMatrix full = computeMatrix(source.policy(), identity, traced);
        const DecisionMatrix lean = computeMatrix(source.policy(), identity);
        QCOMPARE(full.rows.size(), lean.rows.size());
        for (std::size_t r = 0; r < full.rows.size(); ++r) {
            for (std::size_t i = 0; i < allAuthStates.size(); ++i) {
                QCOMPARE(full.rows[r].cells[i].evaluation.trace.size(), source.policy().statements.size());
                QCOMPARE(full.rows[r].cells[i].evaluation.decision, lean.rows[r].cells[i].evaluation.decision);
            }
        }
        // Cancelled before the first row: nothing is evaluated (every cell keeps its default).
        const std::atomic<bool> cancel {true};
        MatrixOptions cancelled;
        cancelled.cancel = &cancel;
        const DecisionMatrix stopped = computeMatrix(source.policy(), identity, cancelled);
        QVERIFY(std::all_of(stopped.rows.begin(), stopped.rows.end(), [](const MatrixRow &row) {
            return row.cells[0].evaluation.allowedBy.empty() && row.cells[0].evaluation.deniedBy.empty();
        }));
        QVERIFY(std::any_of(lean.rows.begin(), lean.rows.end(),
                            [](const MatrixRow &row) { return !row.cells[0].evaluation.allowedBy.empty(); }));
    }

    void benchmarkComputeMatrix()
    {
        const PolicySource source = PolicySource::parse(sample(QStringLiteral("sec-creds-self-manage_2022-11.json")));
        const SimulationIdentity identity;
        QBENCHMARK
        {
            const DecisionMatrix matrix = computeMatrix(source.policy(), identity);
            QVERIFY(!matrix.rows.empty());
        }
    }
};

QTEST_GUILESS_MAIN(TestMatrix)
#include "tst_matrix.moc"
