#include "conditionevaluator.h"

#include "arnmatcher.h"
#include "conditionoperators.h"
#include "conditionvalues.h"
#include "policyvariables.h"
#include "wildcard.h"

#include <array>
#include <span>
#include <string>

namespace mfapolicy::detail {

namespace {

enum class Comparison { Match, NoMatch, BadRequestValue, BadPolicyValue };

template<typename T>
Comparison compareOrdered(ConditionOperator op, const std::optional<T> &request, const std::optional<T> &policy)
{
    if (!request)
        return Comparison::BadRequestValue;
    if (!policy)
        return Comparison::BadPolicyValue;
    bool result = false;
    switch (op) {
    case ConditionOperator::NumericEquals:
    case ConditionOperator::NumericNotEquals:
    case ConditionOperator::DateEquals:
    case ConditionOperator::DateNotEquals:
        result = *request == *policy;
        break;
    case ConditionOperator::NumericLessThan:
    case ConditionOperator::DateLessThan:
        result = *request < *policy;
        break;
    case ConditionOperator::NumericLessThanEquals:
    case ConditionOperator::DateLessThanEquals:
        result = *request <= *policy;
        break;
    case ConditionOperator::NumericGreaterThan:
    case ConditionOperator::DateGreaterThan:
        result = *request > *policy;
        break;
    case ConditionOperator::NumericGreaterThanEquals:
    case ConditionOperator::DateGreaterThanEquals:
        result = *request >= *policy;
        break;
    default:
        break;
    }
    return result ? Comparison::Match : Comparison::NoMatch;
}

Comparison fromBool(bool matched)
{
    return matched ? Comparison::Match : Comparison::NoMatch;
}

/// The positive relation of the operator (for a negated operator, the relation it negates).
Comparison compareValues(ConditionOperator op, std::string_view request, std::string_view policy,
                         const std::vector<bool> *mask)
{
    switch (op) {
    case ConditionOperator::StringEquals:
    case ConditionOperator::StringNotEquals:
        return fromBool(request == policy);
    case ConditionOperator::StringEqualsIgnoreCase:
    case ConditionOperator::StringNotEqualsIgnoreCase:
        return fromBool(equalsIgnoreCase(request, policy));
    case ConditionOperator::StringLike:
    case ConditionOperator::StringNotLike: {
        GlobOptions options;
        options.literalMask = mask;
        return fromBool(globMatch(policy, request, options));
    }
    case ConditionOperator::NumericEquals:
    case ConditionOperator::NumericNotEquals:
    case ConditionOperator::NumericLessThan:
    case ConditionOperator::NumericLessThanEquals:
    case ConditionOperator::NumericGreaterThan:
    case ConditionOperator::NumericGreaterThanEquals:
        return compareOrdered(op, parseNumber(request), parseNumber(policy));
    case ConditionOperator::DateEquals:
    case ConditionOperator::DateNotEquals:
    case ConditionOperator::DateLessThan:
    case ConditionOperator::DateLessThanEquals:
    case ConditionOperator::DateGreaterThan:
    case ConditionOperator::DateGreaterThanEquals:
        return compareOrdered(op, parseDate(request), parseDate(policy));
    case ConditionOperator::Bool: {
        const auto r = parseBool(request);
        const auto p = parseBool(policy);
        if (!r)
            return Comparison::BadRequestValue;
        if (!p)
            return Comparison::BadPolicyValue;
        return fromBool(*r == *p);
    }
    case ConditionOperator::BinaryEquals: {
        const auto r = decodeBase64(request);
        const auto p = decodeBase64(policy);
        if (!r)
            return Comparison::BadRequestValue;
        if (!p)
            return Comparison::BadPolicyValue;
        return fromBool(*r == *p);
    }
    case ConditionOperator::IpAddress:
    case ConditionOperator::NotIpAddress: {
        const auto address = parseIpAddress(request);
        const auto block = parseCidr(policy);
        if (!address)
            return Comparison::BadRequestValue;
        if (!block)
            return Comparison::BadPolicyValue;
        return fromBool(block->contains(*address));
    }
    case ConditionOperator::ArnEquals:
    case ConditionOperator::ArnLike:
    case ConditionOperator::ArnNotEquals:
    case ConditionOperator::ArnNotLike:
        return fromBool(matchArnCondition(policy, mask, request));
    case ConditionOperator::Null:
    case ConditionOperator::Invalid:
        break;
    }
    return Comparison::NoMatch;
}

MatchPart result(bool matched, MatchReason reason)
{
    MatchPart part;
    part.matched = matched;
    part.reason = reason;
    return part;
}

MatchPart evaluateNull(const ConditionClause &clause, bool absent, bool trace)
{
    for (const PolicyString &value : clause.values) {
        const auto wantAbsent = parseBool(value.value);
        if (!wantAbsent) {
            MatchPart part = result(false, MatchReason::ConditionBadValue);
            if (trace) {
                part.pointer = value.pointer;
                part.args = {value.value};
            }
            return part;
        }
        if (*wantAbsent == absent) {
            MatchPart part = result(true, MatchReason::ConditionNullMatched);
            if (trace) {
                part.pointer = value.pointer;
                part.args = {clause.key, value.value};
            }
            return part;
        }
    }
    MatchPart part = result(false, MatchReason::ConditionNullDiffers);
    if (trace) {
        part.pointer = clause.pointer;
        part.args = {clause.key};
    }
    return part;
}

MatchPart evaluateAbsent(const ConditionClause &clause, bool trace)
{
    MatchPart part;
    if (clause.ifExists)
        part = result(true, MatchReason::ConditionIfExistsAbsent);
    else if (clause.qualifier == SetQualifier::ForAnyValue)
        part = result(false, MatchReason::ConditionForAnyValueEmpty);
    else if (clause.qualifier == SetQualifier::ForAllValues)
        part = result(true, MatchReason::ConditionForAllValuesEmpty);
    else if (conditionOperatorInfo(clause.op).negated)
        part = result(true, MatchReason::ConditionNegatedAbsent);
    else
        part = result(false, MatchReason::ConditionKeyAbsent);
    if (trace) {
        part.pointer = clause.pointer;
        part.args = {clause.key};
    }
    return part;
}

/// A policy value ready for comparison: substituted when the operator takes variables.
struct PreparedValue {
    const PolicyString *source = nullptr;
    std::string_view text;
    const std::vector<bool> *mask = nullptr;
    bool unresolved = false;
};

} // namespace

MatchPart evaluateCondition(const ConditionClause &clause, const RequestContext &context, bool variablesEnabled,
                            bool trace)
{
    if (clause.op == ConditionOperator::Invalid || (clause.op == ConditionOperator::Null && clause.ifExists)) {
        MatchPart part = result(false, MatchReason::ConditionInvalidOperator);
        if (trace) {
            part.pointer = clause.pointer;
            part.args = {clause.operatorText};
        }
        return part;
    }

    const std::vector<std::string> *requestValues = context.find(clause.key);
    // An empty multivalued key counts as missing; an empty string is a present value.
    const bool absent = !requestValues || requestValues->empty();
    if (clause.op == ConditionOperator::Null)
        return evaluateNull(clause, absent, trace);
    if (absent)
        return evaluateAbsent(clause, trace);

    const bool substitute = variablesEnabled && conditionOperatorInfo(clause.op).takesVariables;
    // Conditions are evaluated for every statement of every request: keep the common case (a few
    // values, no variables) free of allocations.
    std::vector<Substitution> substitutions;
    std::array<PreparedValue, 8> inlineValues;
    std::vector<PreparedValue> heapValues;
    std::span<PreparedValue> prepared;
    if (clause.values.size() <= inlineValues.size()) {
        prepared = std::span<PreparedValue>(inlineValues.data(), clause.values.size());
    } else {
        heapValues.resize(clause.values.size());
        prepared = heapValues;
    }
    for (std::size_t i = 0; i < clause.values.size(); ++i) {
        const PolicyString &value = clause.values[i];
        PreparedValue &p = prepared[i];
        p.source = &value;
        p.text = value.value;
        if (substitute && mayHaveVariables(value.value, true)) {
            substitutions.reserve(clause.values.size()); // keeps the views below stable
            Substitution &s = substitutions.emplace_back();
            substituteInto(value.value, context, s);
            p.text = s.value;
            p.mask = s.literalMask.empty() ? nullptr : &s.literalMask;
            p.unresolved = s.unresolved;
        }
    }

    const bool negated = conditionOperatorInfo(clause.op).negated;
    const bool needAll
        = clause.qualifier == SetQualifier::ForAllValues || (clause.qualifier == SetQualifier::None && negated);
    bool combined = needAll;
    const std::string *decidingRequest = nullptr;
    const PreparedValue *decidingPolicy = nullptr;

    for (const std::string &requestValue : *requestValues) {
        const PreparedValue *equal = nullptr;
        for (const PreparedValue &p : prepared) {
            if (p.unresolved)
                continue; // an absent variable is null: it matches nothing positively
            const Comparison c = compareValues(clause.op, requestValue, p.text, p.mask);
            if (c == Comparison::BadRequestValue || c == Comparison::BadPolicyValue) {
                MatchPart part = result(false, MatchReason::ConditionBadValue);
                if (trace) {
                    const bool policySide = c == Comparison::BadPolicyValue;
                    part.pointer = policySide ? p.source->pointer : clause.pointer;
                    part.args = {policySide ? p.source->value : requestValue};
                }
                return part;
            }
            if (c == Comparison::Match) {
                equal = &p;
                break;
            }
        }
        const bool holds = negated ? equal == nullptr : equal != nullptr;
        if (needAll && !holds) {
            combined = false;
            decidingRequest = &requestValue;
            decidingPolicy = equal;
            break;
        }
        if (!needAll && holds) {
            combined = true;
            decidingRequest = &requestValue;
            decidingPolicy = equal;
            break;
        }
    }

    MatchPart part;
    part.matched = combined;
    if (combined)
        part.reason = MatchReason::ConditionMatched;
    else
        part.reason = MatchReason::ConditionValueDiffers;
    if (!trace)
        return part;

    part.pointer = decidingPolicy ? decidingPolicy->source->pointer : clause.pointer;
    if (decidingRequest && decidingPolicy) {
        part.args = {*decidingRequest, std::string(decidingPolicy->text)};
        return part;
    }
    if (!combined && !negated) {
        // Nothing matched: say so by the variable when every policy value was an absent variable.
        bool allUnresolved = !prepared.empty();
        for (const PreparedValue &p : prepared)
            allUnresolved = allUnresolved && p.unresolved;
        if (allUnresolved) {
            for (const Substitution &s : substitutions) {
                if (s.unresolved) {
                    part.reason = MatchReason::VariableUnresolved;
                    part.pointer = prepared.front().source->pointer;
                    part.args = {s.unresolvedVariable};
                    return part;
                }
            }
        }
    }
    part.args = *requestValues;
    return part;
}

} // namespace mfapolicy::detail
