// The matrix, the scenarios and the checker on a whole principal: which layer and which policy
// decide, AWS's AccessDenied wording for that layer (troubleshoot_access-denied), and no answer
// where a statement that could not be evaluated might have decided.

#include "testprincipals.h"

#include "checker.h"
#include "matrix.h"
#include "scenario.h"

#include <QtTest>

#include <algorithm>

using namespace mfapolicy;
using namespace mfapolicy::testing;

namespace {

const MatrixCell &cell(const DecisionMatrix &matrix, const char *action, ResourcePattern pattern, AuthState state)
{
    const MatrixRow *row = matrix.find(action, pattern);
    if (!row)
        qFatal("the matrix has no row %s", action);
    return row->cells[authStateIndex(state)];
}

const ScenarioStep *findStep(const ScenarioResult &result, const char *id)
{
    for (const ScenarioStep &step : result.steps) {
        if (step.stepId == id)
            return &step;
    }
    return nullptr;
}

std::vector<const Finding *> findingsOf(const std::vector<Finding> &findings, const char *rule)
{
    std::vector<const Finding *> out;
    for (const Finding &finding : findings) {
        if (finding.ruleId == rule)
            out.push_back(&finding);
    }
    return out;
}

PrincipalPolicy selfManage()
{
    return sample("mfa-selfmanage_current-live.json");
}

// A policy IAM would reject: "deny" is not an Effect (the value is case-sensitive). The engine
// cannot evaluate that statement, and it would deny everything without MFA.
PrincipalPolicy brokenGuard()
{
    return fromText(R"({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "*", "Resource": "*"},
        {"Effect": "Allow", "Action": ["iam:CreateVirtualMFADevice", "iam:EnableMFADevice"], "Resource": "*"},
        {"Effect": "deny", "Action": "*", "Resource": "*",
         "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}}]})",
                    "broken-guard.json");
}

} // namespace

class TestPrincipalMatrix : public QObject
{
    Q_OBJECT

private slots:
    void firstUserSeesWhichEnrollmentCallFailsAndWhy()
    {
        Principal principal = readOnlyUser();
        const DecisionMatrix before = computeMatrix(principal);
        const MatrixCell &create
            = cell(before, "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName, AuthState::NoMfa);
        QCOMPARE(create.decision(), CellDecision::ImplicitDeny);
        QCOMPARE(create.layer, Layer::Identity);
        QVERIFY(!summarizeBeforeMfa(before).canEnrollVirtualWithCustomName);

        ScenarioOptions options;
        const ScenarioResult refused = runScenario(principal, options);
        QVERIFY(!refused.succeeded);
        QVERIFY(!refused.undetermined);
        const ScenarioStep *step = findStep(refused, "create-virtual-device");
        QVERIFY(step);
        QCOMPARE(step->decision(), CellDecision::ImplicitDeny);
        QCOMPARE(step->layer, Layer::Identity);
        QCOMPARE(QString::fromStdString(step->accessDeniedMessage),
                 QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                                "iam:CreateVirtualMFADevice on resource: arn:aws:iam::123456789012:mfa/alice-phone "
                                "because no identity-based policy allows the iam:CreateVirtualMFADevice action"));
        // ReadOnlyAccess lists the devices (iam:List*): the page loads, only the create fails.
        QCOMPARE(findStep(refused, "list-mfa-devices")->decision(), CellDecision::Allow);

        principal.policies.push_back(selfManage());
        const ScenarioResult enrolled = runScenario(principal, options);
        QVERIFY(enrolled.succeeded);
        const DecisionMatrix after = computeMatrix(principal);
        const MatrixCell &allowed
            = cell(after, "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName, AuthState::NoMfa);
        QCOMPARE(allowed.decision(), CellDecision::Allow);
        // The Allow is the self-manage example's, the third policy.
        QVERIFY(!allowed.deciding.empty());
        for (const PrincipalStatementRef &ref : allowed.deciding)
            QCOMPARE(ref.policy, (PrincipalPolicyRef {Layer::Identity, 0, 2}));
        // Its guard denies ReadOnlyAccess's reads without MFA.
        const MatrixCell &reads = cell(after, "s3:ListAllMyBuckets", ResourcePattern::Star, AuthState::NoMfa);
        QCOMPARE(reads.decision(), CellDecision::ExplicitDeny);
        QCOMPARE(reads.deciding.front().policy.index, std::size_t(2));
    }

    void boundaryWithoutCreateNamesItsLayer()
    {
        Principal principal;
        principal.policies = {selfManage()};
        principal.boundary = testPolicy("boundary-no-create.json");
        const DecisionMatrix matrix = computeMatrix(principal);
        const MatrixCell &create
            = cell(matrix, "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName, AuthState::NoMfa);
        QCOMPARE(create.decision(), CellDecision::ImplicitDeny);
        QCOMPARE(create.layer, Layer::PermissionsBoundary);
        // The boundary allows enabling (it lists iam:EnableMFADevice).
        QCOMPARE(cell(matrix, "iam:EnableMFADevice", ResourcePattern::OwnUser, AuthState::NoMfa).decision(),
                 CellDecision::Allow);

        const ScenarioResult result = runScenario(principal, ScenarioOptions {});
        const ScenarioStep *step = findStep(result, "create-virtual-device");
        QCOMPARE(step->layer, Layer::PermissionsBoundary);
        QCOMPARE(QString::fromStdString(step->accessDeniedMessage),
                 QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                                "iam:CreateVirtualMFADevice on resource: arn:aws:iam::123456789012:mfa/alice-phone "
                                "because no permissions boundary allows the iam:CreateVirtualMFADevice action"));

        const std::vector<Finding> findings = checkPrincipal(principal);
        const auto blocked = findingsOf(findings, "ENROLLMENT_BLOCKED_BY_BOUNDARY");
        QCOMPARE(blocked.size(), std::size_t(1));
        QCOMPARE(blocked.front()->args.front(), std::string("iam:CreateVirtualMFADevice"));
        QCOMPARE(blocked.front()->policy, std::optional(PrincipalPolicyRef {Layer::PermissionsBoundary, 0, 0}));
        // The self-manage policy is not the one to blame.
        QVERIFY(findingsOf(findings, "ENROLLMENT_ACTION_DENIED").empty());
    }

    void scpThatDeniesWithoutMfaNamesItsLevel()
    {
        Principal principal = readOnlyUser();
        principal.policies.push_back(selfManage());
        principal.scps
            = {scpLevel({fullAwsAccess()}), scpLevel({fullAwsAccess(), testPolicy("scp-deny-without-mfa.json")})};
        const DecisionMatrix matrix = computeMatrix(principal);
        // The SCP is checked first in AWS's flow, so it is named though the identity guard denies too.
        const MatrixCell &reads = cell(matrix, "s3:ListAllMyBuckets", ResourcePattern::Star, AuthState::NoMfa);
        QCOMPARE(reads.decision(), CellDecision::ExplicitDeny);
        QCOMPARE(reads.layer, Layer::Scp);
        QCOMPARE(reads.scpLevel, std::size_t(1));
        QCOMPARE(reads.deciding.front().policy, (PrincipalPolicyRef {Layer::Scp, 1, 1}));
        QCOMPARE(cell(matrix, "s3:ListAllMyBuckets", ResourcePattern::Star, AuthState::MfaSession).decision(),
                 CellDecision::Allow);
        // Enrollment is exempted by the SCP.
        QVERIFY(runScenario(principal, ScenarioOptions {}).succeeded);
        QVERIFY(findingsOf(checkPrincipal(principal), "ENROLLMENT_BLOCKED_BY_SCP").empty());

        // An SCP level that allows only S3 refuses enrollment: a finding of the SCP itself.
        principal.scps.push_back(scpLevel({testPolicy("scp-s3-only.json")}));
        const ScenarioResult refused = runScenario(principal, ScenarioOptions {});
        const ScenarioStep *list = findStep(refused, "list-mfa-devices");
        QCOMPARE(list->layer, Layer::Scp);
        QCOMPARE(list->scpLevel, std::size_t(2));
        QCOMPARE(QString::fromStdString(list->accessDeniedMessage),
                 QStringLiteral("User: arn:aws:iam::123456789012:user/alice is not authorized to perform: "
                                "iam:ListMFADevices on resource: arn:aws:iam::123456789012:user/alice because no "
                                "service control policy allows the iam:ListMFADevices action"));
        const std::vector<Finding> findings = checkPrincipal(principal); // findingsOf points into it
        const auto blocked = findingsOf(findings, "ENROLLMENT_BLOCKED_BY_SCP");
        QCOMPARE(blocked.size(), std::size_t(3)); // list, create, enable
        for (const Finding *finding : blocked)
            QCOMPARE(finding->policy, std::optional(PrincipalPolicyRef {Layer::Scp, 2, 0}));
    }

    void splitGuardAndAllowsAreOnePrincipal()
    {
        const PrincipalPolicy guard
            = fromText(readInput(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/cli/split-guard.json")).toStdString(),
                       "split-guard.json");
        const PrincipalPolicy allows
            = fromText(readInput(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/cli/split-allows.json")).toStdString(),
                       "split-allows.json");
        // Alone, the allows enforce nothing.
        QVERIFY(!findingsOf(checkPolicy(*allows.source), "MFA_NOT_ENFORCED").empty());
        Principal principal;
        principal.policies = {guard, allows};
        const std::vector<Finding> findings = checkPrincipal(principal);
        QVERIFY(findingsOf(findings, "MFA_NOT_ENFORCED").empty());
        // What is reported says which policy: ListUsers before MFA is the allows' statement.
        const auto listUsers = findingsOf(findings, "LIST_USERS_BEFORE_MFA");
        QCOMPARE(listUsers.size(), std::size_t(1));
        QCOMPARE(listUsers.front()->policy, std::optional(PrincipalPolicyRef {Layer::Identity, 0, 1}));
    }

    void requestContextMakesIpGuardsTrue()
    {
        Principal principal;
        principal.policies = {testPolicy("guard-with-ip.json")};
        const auto s3 = [&] {
            return cell(computeMatrix(principal), "s3:ListAllMyBuckets", ResourcePattern::Star, AuthState::MfaSession)
                .decision();
        };
        // Without aws:SourceIp, NotIpAddress holds (negated operator, key absent): the Deny applies.
        QCOMPARE(s3(), CellDecision::ExplicitDeny);
        principal.context = {{"aws:SourceIp", "203.0.113.10"}};
        QCOMPARE(s3(), CellDecision::Allow);
        principal.context = {{"aws:SourceIp", "198.51.100.7"}};
        QCOMPARE(s3(), CellDecision::ExplicitDeny);
    }

    void unreadableDenyLeavesCellsUndetermined()
    {
        Principal principal;
        principal.policies = {brokenGuard()};
        const DecisionMatrix matrix = computeMatrix(principal);
        // With MFA the broken Deny's condition rules it out; without MFA it might deny.
        QCOMPARE(cell(matrix, "s3:ListAllMyBuckets", ResourcePattern::Star, AuthState::MfaSession).decision(),
                 CellDecision::Allow);
        QCOMPARE(cell(matrix, "s3:ListAllMyBuckets", ResourcePattern::Star, AuthState::NoMfa).decision(),
                 CellDecision::Undetermined);
        QCOMPARE(cell(matrix, "s3:ListAllMyBuckets", ResourcePattern::Star, AuthState::AccessKey).decision(),
                 CellDecision::Undetermined);
        const PreMfaSummary summary = summarizeBeforeMfa(matrix);
        QVERIFY(summary.undetermined);
        QVERIFY(!summary.canEnrollVirtualWithCustomName);
        // Only what no policy can control stays allowed.
        for (const RowKey &key : summary.allowedWithoutMfa)
            QVERIFY2(isNotPolicyControlled(key.action), key.action.c_str());

        // The span overload says the same.
        const std::vector<const Policy *> policies {&principal.policies.front().source->policy()};
        const DecisionMatrix plain = computeMatrix(policies, principal.identity);
        QCOMPARE(cell(plain, "s3:ListAllMyBuckets", ResourcePattern::Star, AuthState::NoMfa).decision(),
                 CellDecision::Undetermined);

        const ScenarioResult result = runScenario(principal, ScenarioOptions {});
        QVERIFY(!result.succeeded);
        QVERIFY(result.undetermined);
        const ScenarioStep *create = findStep(result, "create-virtual-device");
        QCOMPARE(create->decision(), CellDecision::Undetermined);
        QVERIFY(create->accessDeniedMessage.empty());

        // The MFA rules claim nothing on an undetermined request, and say that they could not.
        for (const std::vector<Finding> &findings :
             {checkPrincipal(principal), checkPolicy(*principal.policies.front().source)}) {
            QVERIFY(findingsOf(findings, "MFA_NOT_ENFORCED").empty());
            QVERIFY(findingsOf(findings, "LIST_USERS_BEFORE_MFA").empty());
            QCOMPARE(findingsOf(findings, "MFA_RULES_UNDETERMINED").size(), std::size_t(1));
            QVERIFY(!findingsOf(findings, "INVALID_EFFECT").empty());
        }
    }

    void explainCellTracesEveryLayer()
    {
        Principal principal;
        principal.policies = {selfManage()};
        principal.boundary = testPolicy("boundary-no-create.json");
        const DecisionMatrix matrix = computeMatrix(principal);
        const MatrixRow *row = matrix.find("iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName);
        const PrincipalEvaluation explained = explainCell(principal, *row, AuthState::NoMfa);
        QCOMPARE(explained.decision, Decision::ImplicitDeny);
        QCOMPARE(explained.decidingLayer, Layer::PermissionsBoundary);
        QCOMPARE(explained.layers.size(), std::size_t(2));
        QVERIFY(!explained.layers.front().evaluation.trace.empty());
        QCOMPARE(explained.layers.front().evaluation.decision, Decision::Allow);
    }

    void excludedPoliciesKeepTheirIndexes()
    {
        Principal principal = readOnlyUser();
        principal.policies.insert(principal.policies.begin(), selfManage());
        principal.policies.front().excluded = true;
        principal.policies.push_back(selfManage());
        const DecisionMatrix matrix = computeMatrix(principal);
        const MatrixCell &create
            = cell(matrix, "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName, AuthState::NoMfa);
        QCOMPARE(create.decision(), CellDecision::Allow);
        for (const PrincipalStatementRef &ref : create.deciding)
            QCOMPARE(ref.policy.index, std::size_t(3));
        for (const StatementRef &ref : create.evaluation.allowedBy)
            QCOMPARE(ref.policy, std::size_t(3));
    }
};

QTEST_GUILESS_MAIN(TestPrincipalMatrix)
#include "tst_principalmatrix.moc"
