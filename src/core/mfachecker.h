#pragma once

// The MFA rules of the checker (checkMfa): one MfaChecker per policy document decides the rules by
// evaluating requests of the simulated user through the engine. Internal to the core; the rules
// are in mfarules.cpp (evaluation and reporting), mfadevicerules.cpp (self-service, device names,
// the operators of MFA conditions, enrollment) and mfaexposurerules.cpp (what the user can do
// without MFA that risks the account).

#include "matrix.h"
#include "migration.h"
#include "rules.h"
#include "rulesutil.h"

#include <array>
#include <atomic>
#include <optional>
#include <span>
#include <string>
#include <utility>
#include <vector>

namespace mfapolicy {

class MfaChecker final
{
public:
    MfaChecker(const PolicySource &source, const SimulationIdentity &identity, std::vector<Finding> &out,
               std::span<const Policy *const> together, const Principal *principal = nullptr, std::size_t index = 0,
               PrincipalDecisionCache *cache = nullptr)
        : m_source(source)
        , m_policy(source.policy())
        , m_out(out)
        , m_identity(identity)
        , m_other(identity)
        , m_pathIdentity(identity)
        , m_principal(principal)
        , m_index(index)
        , m_cache(cache)
    {
        m_policies.push_back(&m_policy);
        m_policies.insert(m_policies.end(), together.begin(), together.end());
        m_other.userName = m_identity.otherUser;
        m_other.deviceName = m_identity.otherUser;
        m_other.otherUser = m_identity.userName;
        // The same user created with a path; a user who has one already is compared with itself,
        // and the rules on its own ARN report what its path breaks.
        if (m_pathIdentity.userPath == "/")
            m_pathIdentity.userPath = "/engineering/";
    }

    void run(const std::atomic<bool> *cancel);

private:
    static constexpr const char *createAction = "iam:CreateVirtualMFADevice";
    static constexpr const char *enableAction = "iam:EnableMFADevice";
    // Representative actions that have nothing to do with MFA (no resource type: Resource "*").
    static constexpr std::array<const char *, 2> unrelatedActions {"s3:ListAllMyBuckets", "ec2:DescribeInstances"};
    // A name nobody would pick by accident, to tell "any name" from "one name".
    static constexpr const char *probeDeviceName = "second-device";

    // Runs one rule. When a request it decided on is undetermined (a statement that could not be
    // evaluated might have decided it), what the rule found rests on a guess: it is taken back
    // and counted, never reported.
    template<typename Rule> void decided(Rule rule)
    {
        const std::size_t before = m_out.size();
        m_undetermined = false;
        rule();
        if (m_undetermined) {
            m_out.erase(m_out.begin() + std::ptrdiff_t(before), m_out.end());
            ++m_undeterminedRules;
        }
    }

    // The rules ask for a few hundred decisions; most need neither the trace nor a fresh request
    // context. Only the evaluations a finding is reported from are traced (entryPointer reads it).
    Evaluation eval(const SimulationIdentity &identity, AuthState state, const std::string &action,
                    const std::string &resource, bool trace = false) const;
    Evaluation eval(AuthState state, const std::string &action, const std::string &resource, bool trace = false) const;
    Request &requestFor(const SimulationIdentity &identity, AuthState state) const;
    Decision decide(AuthState state, const std::string &action, const std::string &resource) const;
    bool allowedInAnyState(const std::string &action, const std::string &resource) const;

    const Statement &statement(std::size_t index) const { return m_policy.statements[index]; }
    // One policy is evaluated, and its trace lists every statement in order: the statement's
    // trace is at its own index, so that a finding per statement costs no search.
    const StatementTrace *traceOf(const Evaluation &evaluation, std::size_t index) const;
    // The entry that made the statement match, or the statement itself.
    std::string entryPointer(const Evaluation &evaluation, std::size_t index, bool resource) const;
    void report(const char *ruleId, const std::string &pointer, std::vector<std::string> args,
                std::vector<QuickFix> fixes = {});
    void reportAtOperator(const char *ruleId, const ConditionClause &clause, std::vector<std::string> args,
                          std::vector<QuickFix> fixes = {});
    std::string statementsPointer() const { return m_source.range("/Statement") ? "/Statement" : ""; }
    const DocumentStyle &style();
    // The part of a migration change that touches one statement: the edits inside it, an
    // insertion right after it, or its removal with its separator. Each finding of a statement
    // carries the fix of that statement, so that the findings do not each repeat the edits of
    // the whole policy.
    std::vector<QuickFix> migrationFix(const char *changeId, const char *fixId, std::size_t statementIndex);

    // Self-service: the policy lets the user create or enable a device in some state.
    bool grantsSelfService() const;

    // ---- Device name ------------------------------------------------------------------------

    bool checkDeviceName();

    // ---- Operators of MFA conditions --------------------------------------------------------

    // A request that the statement's Action and Resource match, so that only its conditions
    // decide whether it applies.
    std::optional<std::pair<std::string, std::string>> probeTarget(const Statement &s) const;

    std::array<bool, 3> appliesByState(const Statement &s, const std::pair<std::string, std::string> &target) const;

    void checkGuardOperators();

    // ---- Enrollment -------------------------------------------------------------------------

    void requireWithoutMfa(const char *rule, const std::string &action, const std::string &resource);

    void checkEnrollment(bool deviceNameReported);

    void checkNotEnforced();

    // ---- Exposure and risky permissions -----------------------------------------------------

    void reportAllowed(const char *rule, AuthState state, const std::string &action, const std::string &resource,
                       bool atResource, const char *changeId = nullptr, const char *fixId = nullptr);

    void checkListUsers();

    void checkDeactivate();

    void checkDelete();

    void checkAccessKeyEnrollment();

    void checkGetSessionToken();

    void checkUserPath();

    void checkPasswordChange();

    const PolicySource &m_source;
    const Policy &m_policy;
    std::vector<Finding> &m_out;
    std::vector<const Policy *> m_policies; ///< this document first, then the user's other policies
    SimulationIdentity m_identity;
    SimulationIdentity m_other;
    SimulationIdentity m_pathIdentity;
    std::optional<MigrationPlan> m_plan; // edits of each change sorted by position
    std::optional<DocumentStyle> m_style;
    mutable std::array<std::array<std::optional<Request>, 3>, 3> m_requests; // [identity][state]
    const Principal *m_principal; ///< set: requests are decided on the whole principal
    std::size_t m_index; ///< this document's index in Principal::policies
    PrincipalDecisionCache *m_cache; ///< decisions shared with the principal's other policies
    mutable bool m_undetermined = false; ///< the rule running met an undetermined request
    std::size_t m_undeterminedRules = 0;
};

} // namespace mfapolicy
