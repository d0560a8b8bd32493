#include "conditionoperators.h"

#include <algorithm>
#include <array>

namespace mfapolicy {

namespace {

using Op = ConditionOperator;
using Kind = ConditionValueKind;
using Rel = ConditionRelation;

constexpr ConditionOperatorInfo entry(Op op, std::string_view name, Kind kind, Rel relation, bool negated)
{
    const bool variables = kind == Kind::String || kind == Kind::Arn;
    return {op, name, kind, relation, negated, op != Op::Null, variables};
}

// clang-format off
constexpr std::array operators {
    entry(Op::StringEquals,              "StringEquals",              Kind::String,    Rel::Equals,            false),
    entry(Op::StringNotEquals,           "StringNotEquals",           Kind::String,    Rel::Equals,            true),
    entry(Op::StringEqualsIgnoreCase,    "StringEqualsIgnoreCase",    Kind::String,    Rel::EqualsIgnoreCase,  false),
    entry(Op::StringNotEqualsIgnoreCase, "StringNotEqualsIgnoreCase", Kind::String,    Rel::EqualsIgnoreCase,  true),
    entry(Op::StringLike,                "StringLike",                Kind::String,    Rel::Like,              false),
    entry(Op::StringNotLike,             "StringNotLike",             Kind::String,    Rel::Like,              true),
    entry(Op::NumericEquals,             "NumericEquals",             Kind::Numeric,   Rel::Equals,            false),
    entry(Op::NumericNotEquals,          "NumericNotEquals",          Kind::Numeric,   Rel::Equals,            true),
    entry(Op::NumericLessThan,           "NumericLessThan",           Kind::Numeric,   Rel::LessThan,          false),
    entry(Op::NumericLessThanEquals,     "NumericLessThanEquals",     Kind::Numeric,   Rel::LessThanEquals,    false),
    entry(Op::NumericGreaterThan,        "NumericGreaterThan",        Kind::Numeric,   Rel::GreaterThan,       false),
    entry(Op::NumericGreaterThanEquals,  "NumericGreaterThanEquals",  Kind::Numeric,   Rel::GreaterThanEquals, false),
    entry(Op::DateEquals,                "DateEquals",                Kind::Date,      Rel::Equals,            false),
    entry(Op::DateNotEquals,             "DateNotEquals",             Kind::Date,      Rel::Equals,            true),
    entry(Op::DateLessThan,              "DateLessThan",              Kind::Date,      Rel::LessThan,          false),
    entry(Op::DateLessThanEquals,        "DateLessThanEquals",        Kind::Date,      Rel::LessThanEquals,    false),
    entry(Op::DateGreaterThan,           "DateGreaterThan",           Kind::Date,      Rel::GreaterThan,       false),
    entry(Op::DateGreaterThanEquals,     "DateGreaterThanEquals",     Kind::Date,      Rel::GreaterThanEquals, false),
    entry(Op::Bool,                      "Bool",                      Kind::Boolean,   Rel::Equals,            false),
    entry(Op::BinaryEquals,              "BinaryEquals",              Kind::Binary,    Rel::Equals,            false),
    entry(Op::IpAddress,                 "IpAddress",                 Kind::IpAddress, Rel::InRange,           false),
    entry(Op::NotIpAddress,              "NotIpAddress",              Kind::IpAddress, Rel::InRange,           true),
    entry(Op::ArnEquals,                 "ArnEquals",                 Kind::Arn,       Rel::Like,              false),
    entry(Op::ArnLike,                   "ArnLike",                   Kind::Arn,       Rel::Like,              false),
    entry(Op::ArnNotEquals,              "ArnNotEquals",              Kind::Arn,       Rel::Like,              true),
    entry(Op::ArnNotLike,                "ArnNotLike",                Kind::Arn,       Rel::Like,              true),
    entry(Op::Null,                      "Null",                      Kind::Null,      Rel::Presence,          false),
};
// clang-format on

constexpr ConditionOperatorInfo invalidOperator {};

// The table follows the enum, so that the evaluator's look-up is an index.
constexpr bool followsEnum()
{
    for (std::size_t i = 0; i < operators.size(); ++i) {
        if (static_cast<std::size_t>(operators[i].op) != i + 1)
            return false;
    }
    return static_cast<std::size_t>(Op::Invalid) == 0;
}
static_assert(followsEnum());

} // namespace

std::span<const ConditionOperatorInfo> conditionOperators()
{
    return operators;
}

const ConditionOperatorInfo &conditionOperatorInfo(ConditionOperator op)
{
    const auto index = static_cast<std::size_t>(op);
    return index == 0 || index > operators.size() ? invalidOperator : operators[index - 1];
}

const ConditionOperatorInfo *findConditionOperator(std::string_view name)
{
    const auto it = std::find_if(operators.begin(), operators.end(),
                                 [name](const ConditionOperatorInfo &info) { return info.name == name; });
    return it == operators.end() ? nullptr : &*it;
}

} // namespace mfapolicy
