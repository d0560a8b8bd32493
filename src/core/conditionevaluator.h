#pragma once

#include "evaluator.h"

namespace mfapolicy::detail {

/// True for the operators whose values may hold policy variables: String and ARN operators
/// (SEMANTICS §4; §10 keeps Bool out).
bool operatorTakesVariables(ConditionOperator op);

/// True for the operators that must match none of the policy values (StringNotEquals, ...).
bool isNegatedOperator(ConditionOperator op);

/// Evaluates one condition clause against the request context (SEMANTICS §4–§5). With
/// `trace == false` only `matched` is meaningful: no pointer or arguments are filled.
MatchPart evaluateCondition(const ConditionClause &clause, const RequestContext &context, bool variablesEnabled,
                            bool trace);

} // namespace mfapolicy::detail
