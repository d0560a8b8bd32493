#pragma once

#include "policy.h"

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// Request context: keys compared case-insensitively. A key not in the map is absent.
/// A single-valued key has one value; an empty string is a present value.
class RequestContext final
{
public:
    void set(const std::string &key, std::string value);
    void setMulti(const std::string &key, std::vector<std::string> values);
    void remove(const std::string &key);
    /// Values of the key, or nullptr when absent.
    const std::vector<std::string> *find(const std::string &key) const;
    bool isMultiValued(const std::string &key) const;
    /// The value of a single-valued key (what a policy variable can stand for), or nullptr when
    /// the key is absent or multivalued.
    const std::string *singleValue(std::string_view key) const;
    /// (key as first given, values) for display.
    std::vector<std::pair<std::string, std::vector<std::string>>> entries() const;

private:
    struct Entry {
        std::string key;
        std::vector<std::string> values;
        bool multi = false;
    };
    const Entry *lookup(std::string_view key) const;
    std::map<std::string, Entry, std::less<>> m_entries; // by lower-cased key
};

struct Request {
    std::string principal; ///< caller ARN, e.g. arn:aws:iam::123456789012:user/alice
    std::string action; ///< service:Action
    std::string resource; ///< ARN, or "*" for actions with no resource type
    RequestContext context;
};

enum class Decision { Allow, ExplicitDeny, ImplicitDeny };

/// Why one part of a statement did or did not match. Front ends turn these into sentences.
enum class MatchReason {
    Matched,
    // Action / NotAction
    ActionListed, ///< an Action entry matched (args: entry)
    ActionNotListed, ///< no Action entry matched
    ActionExcluded, ///< NotAction lists it (args: entry) -> statement does not apply
    ActionNotExcluded, ///< NotAction does not list it -> statement applies
    // Resource / NotResource
    ResourceListed, ///< a Resource entry matched (args: entry as written, expanded)
    ResourceNotListed, ///< no Resource entry matched (args: entries expanded)
    ResourceNeedsStar, ///< the action has no resource type and no entry is "*"
    ResourceExcluded, ///< NotResource entry matched (args: entry)
    ResourceNotExcluded, ///< no NotResource entry matched
    VariableUnresolved, ///< an entry/value used a variable whose key is absent (args: variable)
    // Conditions
    /// The condition holds with the key present. Positive operator: args (request value, policy
    /// value that matched), pointer = that policy value. Negated operator: args = request values
    /// (none equals a policy value), pointer = the clause.
    ConditionMatched,
    /// The condition fails with the key present. Positive operator: args = request values, pointer
    /// = the clause. Negated operator: args (request value, policy value it equals), pointer =
    /// that policy value.
    ConditionValueDiffers,
    ConditionKeyAbsent, ///< key absent, positive operator -> false (args: key)
    ConditionNegatedAbsent, ///< key absent, negated operator -> true (args: key)
    ConditionIfExistsAbsent, ///< key absent, ...IfExists -> true (args: key)
    ConditionNullMatched, ///< Null: presence agrees with the policy value (args: key, value)
    ConditionNullDiffers, ///< Null: presence disagrees (args: key)
    ConditionForAnyValueEmpty, ///< ForAnyValue with missing/empty key -> false (args: key)
    ConditionForAllValuesEmpty, ///< ForAllValues with missing/empty key -> true (args: key)
    ConditionInvalidOperator, ///< operator IAM rejects -> never matches (args: operator text)
    ConditionBadValue, ///< value cannot be read for the operator (args: value)
    // Whole request
    NotPolicyControlled, ///< sts:GetSessionToken: always allowed
};

struct MatchPart {
    bool matched = false;
    MatchReason reason = MatchReason::Matched;
    std::string pointer; ///< the deciding entry, if any
    std::vector<std::string> args;
};

struct ConditionTrace {
    std::size_t clause = 0; ///< index into Statement::conditions
    MatchPart result;
};

struct StatementTrace {
    std::size_t policy = 0; ///< index into the evaluated policies
    std::size_t statement = 0; ///< index into Policy::statements
    bool usable = true; ///< false: skipped because the statement is malformed
    MatchPart action;
    MatchPart resource;
    std::vector<ConditionTrace> conditions;
    bool applies = false; ///< usable, action, resource and every condition matched
};

struct StatementRef {
    std::size_t policy = 0;
    std::size_t statement = 0;
    bool operator==(const StatementRef &) const = default;
};

/// A statement the engine could not evaluate (Statement::problems is not empty). It never takes
/// part in the decision.
struct SkippedStatement {
    StatementRef ref;
    std::vector<SkipCause> causes; ///< why, in document order
    std::optional<Effect> effect; ///< empty when the Effect cannot be read
    /// True unless a part of the statement that could be read (Action, Resource, a condition)
    /// rules this request out, i.e. the statement might have applied.
    bool mightApply = true;
};

struct Evaluation {
    /// Meaningless when `indeterminate` is set: callers must report that instead.
    Decision decision = Decision::ImplicitDeny;
    std::vector<StatementRef> allowedBy; ///< matching Allow statements
    std::vector<StatementRef> deniedBy; ///< matching Deny statements
    std::vector<StatementTrace> trace; ///< every statement of every policy, in order
    bool notPolicyControlled = false; ///< true for sts:GetSessionToken (decision is Allow)
    /// Every statement that could not be evaluated, in order. A skipped Allow can only make the
    /// decision stricter than IAM's would be; the decision stands and these are warnings.
    std::vector<SkippedStatement> skipped;
    /// True when a skipped statement that is a Deny, or whose Effect cannot be read, might have
    /// applied to the request and no evaluated Deny decides it anyway: the decision could be wrong
    /// (an Allow where the broken Deny would deny), so there is no answer.
    bool indeterminate = false;
};

struct EvaluateOptions {
    /// Fill Evaluation::trace (and the reasons in it). Bulk callers that only need the decision
    /// and the deciding statements may turn it off: evaluation is then several times faster.
    bool trace = true;
};

/// Evaluates one request against identity-based policies attached to one IAM user, exactly as
/// IAM does (explicit deny > allow > implicit deny). Stateless and thread-safe.
/// For requests policies cannot control (sts:GetSessionToken, sts:GetCallerIdentity) the decision
/// is Allow, `notPolicyControlled` is set, allowedBy/deniedBy stay empty and the trace still
/// shows which statements would have applied.
Evaluation evaluate(std::span<const Policy *const> policies, const Request &request);
Evaluation evaluate(std::span<const Policy *const> policies, const Request &request, const EvaluateOptions &options);
Evaluation evaluate(const Policy &policy, const Request &request);
Evaluation evaluate(const Policy &policy, const Request &request, const EvaluateOptions &options);

/// True for actions IAM policies cannot allow or deny (sts:GetSessionToken, sts:GetCallerIdentity).
bool isNotPolicyControlled(std::string_view action);

/// Case-insensitive action pattern match (`*`, `?`).
bool actionMatches(std::string_view pattern, std::string_view action);
/// Resource ARN pattern match with IAM's rules (segment wildcards, trailing `*` of a segment
/// spanning colons, case-sensitive). `pattern` must already have variables substituted.
bool resourceMatches(std::string_view pattern, std::string_view resource);

/// Result of substituting policy variables in a value.
struct Substitution {
    std::string value; ///< with variables replaced (special ${*} ${?} ${$} become literal
                       ///< and are marked by `literalMask`)
    std::vector<bool> literalMask; ///< true for characters that must match literally (from ${*}...)
    bool unresolved = false; ///< a variable had no value and no default
    std::string unresolvedVariable;
};
Substitution substituteVariables(std::string_view text, const RequestContext &context, bool enabled);

} // namespace mfapolicy
