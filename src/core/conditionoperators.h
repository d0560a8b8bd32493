#pragma once

#include "policy.h"

#include <span>
#include <string_view>

namespace mfapolicy {

/// What the values of a condition operator are read as.
enum class ConditionValueKind { String, Numeric, Date, Boolean, Binary, IpAddress, Arn, Null };

/// How a request value is compared with a policy value. A negated operator negates this relation
/// (StringNotEquals: Equals). ARN operators all match with wildcards, ArnEquals too.
enum class ConditionRelation {
    Equals,
    EqualsIgnoreCase,
    Like,
    LessThan,
    LessThanEquals,
    GreaterThan,
    GreaterThanEquals,
    InRange, ///< IP address in a CIDR block
    Presence, ///< Null: whether the key is absent
};

/// One condition operator as IAM accepts it, without `ForAnyValue:`/`ForAllValues:` and `IfExists`.
struct ConditionOperatorInfo {
    ConditionOperator op = ConditionOperator::Invalid;
    std::string_view name; ///< as IAM spells it (case-sensitive); empty for Invalid
    ConditionValueKind kind = ConditionValueKind::String;
    ConditionRelation relation = ConditionRelation::Equals;
    /// Must match none of the policy values: several values act as AND, and a missing key matches
    /// (SEMANTICS §5).
    bool negated = false;
    bool ifExistsAllowed = true; ///< false for Null, which has no IfExists form
    /// Its values may hold policy variables: String and ARN operators (SEMANTICS §4; §10 keeps
    /// Bool out although the operators page says otherwise).
    bool takesVariables = false;
};

/// Every operator IAM accepts, in the order of the documentation's operator page.
std::span<const ConditionOperatorInfo> conditionOperators();

/// The entry for `op`; for ConditionOperator::Invalid an entry with an empty name.
const ConditionOperatorInfo &conditionOperatorInfo(ConditionOperator op);

/// The operator named exactly `name` (no qualifier, no IfExists), or nullptr.
const ConditionOperatorInfo *findConditionOperator(std::string_view name);

} // namespace mfapolicy
