#pragma once

#include "evaluator.h"

namespace mfapolicy::detail {

/// Evaluates one condition clause against the request context (SEMANTICS §4–§5). With
/// `trace == false` only `matched` is meaningful: no pointer or arguments are filled.
MatchPart evaluateCondition(const ConditionClause &clause, const RequestContext &context, bool variablesEnabled,
                            bool trace);

} // namespace mfapolicy::detail
