#pragma once

#include "sourcerange.h"

#include <optional>
#include <string>
#include <vector>

namespace mfapolicy {

enum class Effect { Allow, Deny };

/// The operator family of a condition, after the `ForAnyValue:`/`ForAllValues:` prefix and the
/// `IfExists` suffix are taken off.
// clang-format off
enum class ConditionOperator {
    Invalid, ///< unknown, lower-case or `NullIfExists`: IAM rejects the policy; never matches
    StringEquals, StringNotEquals, StringEqualsIgnoreCase, StringNotEqualsIgnoreCase,
    StringLike, StringNotLike,
    NumericEquals, NumericNotEquals, NumericLessThan, NumericLessThanEquals,
    NumericGreaterThan, NumericGreaterThanEquals,
    DateEquals, DateNotEquals, DateLessThan, DateLessThanEquals, DateGreaterThan, DateGreaterThanEquals,
    Bool, BinaryEquals, IpAddress, NotIpAddress,
    ArnEquals, ArnLike, ArnNotEquals, ArnNotLike,
    Null,
};
// clang-format on

enum class SetQualifier { None, ForAnyValue, ForAllValues };

/// Why the engine cannot evaluate (part of) a statement. IAM rejects a policy with any of these
/// (MalformedPolicyDocument), so no real answer exists; the evaluator reports such statements in
/// Evaluation::skipped instead of quietly treating them as absent.
enum class SkipReason {
    NotAnObject, ///< the statement is not a JSON object
    MissingEffect,
    InvalidEffect, ///< not "Allow" or "Deny" (case-sensitive), or not a string
    MissingAction, ///< neither Action nor NotAction
    ActionAndNotAction,
    InvalidAction, ///< Action/NotAction is not a string or an array of strings
    EmptyAction, ///< "Action": [] or "NotAction": []
    MissingResource, ///< neither Resource nor NotResource
    ResourceAndNotResource,
    InvalidResource, ///< Resource/NotResource is not a string or an array of strings
    EmptyResource, ///< "Resource": [] or "NotResource": []
    InvalidCondition, ///< Condition (or an operator's block) is not an object
    InvalidConditionValue, ///< a condition key's values are not a scalar or an array of scalars
    EmptyConditionValues, ///< a condition key with an empty list of values
    InvalidConditionOperator, ///< unknown or wrongly cased operator, or NullIfExists
    /// A value its operator cannot read: NumericLessThan "abc", Bool "yes", IpAddress "10.0.0",
    /// a date that is not one. AWS does not document what such a condition does.
    UnreadableConditionValue,
};

/// One reason a statement cannot be evaluated, at the element that causes it.
struct SkipCause {
    SkipReason reason = SkipReason::NotAnObject;
    std::string pointer; ///< JSON pointer of that element (the statement itself when missing)
};

/// A string value of the policy with the JSON pointer it came from.
struct PolicyString {
    std::string value;
    std::string pointer;
};

/// One key under one operator: `"StringEquals": {"aws:username": ["a", "b"]}`.
struct ConditionClause {
    std::string operatorText; ///< as written, e.g. "ForAnyValue:StringLikeIfExists"
    ConditionOperator op = ConditionOperator::Invalid;
    SetQualifier qualifier = SetQualifier::None;
    bool ifExists = false;
    std::string key; ///< as written; compare case-insensitively
    std::vector<PolicyString> values; ///< JSON booleans and numbers are given as their text
    std::string pointer; ///< e.g. /Statement/0/Condition/Bool/aws:MultiFactorAuthPresent
    bool usable = true; ///< false when the values cannot be read (wrong type, empty list)
};

struct Statement {
    std::size_t index = 0; ///< position in the Statement array (0 for a single-object Statement)
    std::optional<std::string> sid;
    Effect effect = Effect::Allow;
    bool notAction = false; ///< the list below is NotAction
    std::vector<PolicyString> actions;
    bool notResource = false; ///< the list below is NotResource
    std::vector<PolicyString> resources;
    std::vector<ConditionClause> conditions;
    std::string pointer; ///< "/Statement/3", or "/Statement" for a single object
    /// False when the statement is too broken to take part in evaluation (no or invalid Effect,
    /// no Action/NotAction, no Resource/NotResource, both Action and NotAction, ...). The problem
    /// is among the source's diagnostics.
    bool usable = true;
    /// Everything that keeps the engine from evaluating the statement completely: the causes of
    /// `usable == false`, and conditions with an operator IAM rejects (such a statement stays
    /// usable but its condition can never be decided). Empty for a well-formed statement.
    std::vector<SkipCause> problems;
};

struct Policy {
    std::string name; ///< file name or the name given in a request
    std::optional<std::string> version;
    std::vector<Statement> statements;

    /// Policy variables are substituted only with "Version": "2012-10-17".
    bool variablesEnabled() const { return version && *version == "2012-10-17"; }
};

} // namespace mfapolicy
