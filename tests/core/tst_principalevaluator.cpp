// PrincipalEvaluator: a principal's policies indexed by action, so that a request evaluates only
// the statements its action can reach. Its answers must be IAM's, as evaluatePrincipal() gives
// them: the same decision, layer and statements, whatever the case or wildcards of the Action
// entries, NotAction lists and statements that cannot be evaluated.

#include "testprincipals.h"

#include "matrix.h"
#include "principalevaluator.h"

#include <QtTest>

using namespace mfapolicy;
using namespace mfapolicy::testing;

namespace {

// Action entries the index must not lose: another case, a wildcard in the service, a
// NotAction guard, and an Effect IAM rejects ("deny" is case-sensitive).
PrincipalPolicy awkwardEntries()
{
    return fromText(R"({"Version": "2012-10-17", "Statement": [
        {"Effect": "Allow", "Action": "IAM:createvirtualmfadevice", "Resource": "arn:aws:iam::*:mfa/${aws:username}"},
        {"Effect": "Allow", "Action": ["s3:Get*", "i?m:Enable*"], "Resource": "arn:aws:iam::*:user/${aws:username}"},
        {"Effect": "Deny", "NotAction": ["iam:*MFA*", "sts:*"], "Resource": "*",
         "Condition": {"BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}}},
        {"Effect": "deny", "Action": "iam:DeleteVirtualMFADevice", "Resource": "*"}]})",
                    "awkward.json");
}

std::vector<std::size_t> statementsOf(const std::vector<StatementRef> &refs)
{
    std::vector<std::size_t> out;
    for (const StatementRef &ref : refs)
        out.push_back(ref.statement);
    return out;
}

} // namespace

class TestPrincipalEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void awkwardEntriesDecideAsWritten()
    {
        Principal principal;
        principal.policies = {awsManaged("ReadOnlyAccess"), awkwardEntries()};
        const PrincipalEvaluator evaluator(principal);
        const SimulationIdentity &id = principal.identity;

        // Action names are case-insensitive: the first statement allows creating alice's device.
        const PrincipalEvaluation create = evaluator.evaluate(
            request(principal, "iam:CreateVirtualMFADevice", id.deviceArn(id.userName), AuthState::NoMfa));
        QCOMPARE(create.decision, Decision::Allow);
        QCOMPARE(statementsOf(create.deciding().evaluation.allowedBy), std::vector<std::size_t> {0});
        QCOMPARE(create.deciding().policies, (std::vector<std::size_t> {0, 1}));
        // "i?m:Enable*" has a wildcard in its service and still matches iam:EnableMFADevice.
        const PrincipalEvaluation enable
            = evaluator.evaluate(request(principal, "iam:EnableMFADevice", id.userArn(), AuthState::NoMfa));
        QCOMPARE(enable.decision, Decision::Allow);
        QCOMPARE(statementsOf(enable.deciding().evaluation.allowedBy), std::vector<std::size_t> {1});
        // The NotAction guard denies ReadOnlyAccess's reads without MFA (statement 2 of policy 1)
        // but not with it.
        const PrincipalEvaluation reads
            = evaluator.evaluate(request(principal, "s3:ListAllMyBuckets", "*", AuthState::NoMfa));
        QCOMPARE(reads.decision, Decision::ExplicitDeny);
        QCOMPARE(reads.deciding().evaluation.deniedBy, (std::vector<StatementRef> {{1, 2}}));
        QCOMPARE(evaluator.evaluate(request(principal, "s3:ListAllMyBuckets", "*", AuthState::MfaSession)).decision,
                 Decision::Allow);
        // The statement with "deny" cannot be evaluated: it is reported for every action, and it
        // might have denied the deletion, so there is no answer for it.
        const PrincipalEvaluation del = evaluator.evaluate(
            request(principal, "iam:DeleteVirtualMFADevice", id.deviceArn(id.userName), AuthState::MfaSession));
        QVERIFY(del.indeterminate);
        QCOMPARE(del.deciding().evaluation.skipped.size(), std::size_t(1));
        QCOMPARE(del.deciding().evaluation.skipped.front().ref, (StatementRef {1, 3}));
        const PrincipalEvaluation list
            = evaluator.evaluate(request(principal, "iam:ListUsers", "*", AuthState::MfaSession));
        QVERIFY(!list.indeterminate);
        QCOMPARE(list.decision, Decision::Allow);
        QCOMPARE(list.layers.front().evaluation.skipped.size(), std::size_t(1));
        QVERIFY(!list.layers.front().evaluation.skipped.front().mightApply);
    }

    void everyCellAsEvaluatePrincipalDecidesIt()
    {
        // Every layer, an excluded policy, a broken statement and large AWS managed policies.
        Principal principal;
        principal.policies
            = {awsManaged("ReadOnlyAccess"), sample("mfa-selfmanage_current-live.json"),
               awsManaged("IAMUserChangePassword"), awkwardEntries(), sample("sec-creds-self-manage_2022-11.json")};
        principal.policies[4].excluded = true;
        principal.boundary = awsManaged("PowerUserAccess");
        principal.scps = {scpLevel({fullAwsAccess()}),
                          scpLevel({fullAwsAccess(),
                                    fromText(R"({"Version": "2012-10-17", "Statement": [
                              {"Effect": "Deny", "Action": ["iam:Delete*", "s3:*"], "Resource": "*"}]})",
                                             "deny-deletes.json")})};
        const PrincipalEvaluator evaluator(principal);
        std::size_t cells = 0;
        for (const MatrixRow &row : matrixRows(principal.identity)) {
            for (AuthState state : allAuthStates) {
                const Request r = cellRequest(principal, row, state);
                const PrincipalEvaluation fast = evaluator.evaluate(r);
                const PrincipalEvaluation full = evaluatePrincipal(principal, r, EvaluateOptions {false});
                const QByteArray where
                    = QByteArray(row.action.c_str()) + ' ' + resourcePatternId(row.pattern) + ' ' + authStateId(state);
                QVERIFY2(fast.decision == full.decision, where);
                QVERIFY2(fast.indeterminate == full.indeterminate, where);
                QVERIFY2(fast.decidingLayer == full.decidingLayer, where);
                QVERIFY2(fast.decidingScpLevel == full.decidingScpLevel, where);
                QVERIFY2(fast.layers.size() == full.layers.size(), where);
                for (std::size_t i = 0; i < fast.layers.size(); ++i) {
                    const Evaluation &a = fast.layers[i].evaluation;
                    const Evaluation &b = full.layers[i].evaluation;
                    QVERIFY2(fast.layers[i].policies == full.layers[i].policies, where);
                    QVERIFY2(a.decision == b.decision && a.allowedBy == b.allowedBy && a.deniedBy == b.deniedBy, where);
                    QVERIFY2(a.skipped.size() == b.skipped.size(), where);
                    for (std::size_t s = 0; s < a.skipped.size(); ++s)
                        QVERIFY2(a.skipped[s].ref == b.skipped[s].ref
                                     && a.skipped[s].mightApply == b.skipped[s].mightApply,
                                 where);
                }
                ++cells;
            }
        }
        QVERIFY(cells > 100);
        // The matrix of the principal is made this way; with traces it is made the long way.
        const DecisionMatrix matrix = computeMatrix(principal);
        const DecisionMatrix traced = computeMatrix(principal, MatrixOptions {true, nullptr});
        for (std::size_t i = 0; i < matrix.rows.size(); ++i) {
            for (std::size_t c = 0; c < 3; ++c)
                QVERIFY(matrix.rows[i].cells[c].deciding == traced.rows[i].cells[c].deciding
                        && matrix.rows[i].cells[c].decision() == traced.rows[i].cells[c].decision());
        }
    }

    void unchangedPoliciesKeepTheirIndex()
    {
        Principal principal = readOnlyUser();
        const auto first = policyActionIndex(principal.policies.front().source);
        QCOMPARE(policyActionIndex(principal.policies.front().source), first);
        // Another source with the same text is another policy.
        principal.policies.front() = awsManaged("ReadOnlyAccess");
        QVERIFY(policyActionIndex(principal.policies.front().source) != first);
    }
};

QTEST_APPLESS_MAIN(TestPrincipalEvaluator)
#include "tst_principalevaluator.moc"
