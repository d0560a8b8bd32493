#pragma once

#include "evaluator.h"
#include "matrix.h"

#include <nlohmann/json.hpp>

#include <span>
#include <string>
#include <vector>

namespace mfapolicy {

/// Appends the statements as a compact JSON array of `{"policy": NAME, "index": N, "sid": SID}`
/// (`sid` null when the statement has none; `index` its position in the Statement array): the
/// shape of `allowedBy` and `deniedBy` in every JSON output of the command line. References to
/// a policy or statement that is not there are left out.
void appendStatementRefs(std::string &out, const std::vector<StatementRef> &refs,
                         std::span<const Policy *const> policies);

/// The same array as a JSON value, for outputs built as one document.
nlohmann::ordered_json statementRefsJson(const std::vector<StatementRef> &refs,
                                         std::span<const Policy *const> policies);

/// Adds a decision as every JSON output of a matrix cell or scenario step gives it: "decision"
/// ("Allow", "ExplicitDeny", "ImplicitDeny" or "Undetermined"), for a denial the deciding "layer"
/// ("identity", "permissions-boundary", "scp") and for an SCP its "scpLevel" (0 = root), then
/// "allowedBy" and "deniedBy" (`policies`: those the evaluation's StatementRefs index; both empty
/// when undetermined: no statement decided).
void addDecisionJson(nlohmann::ordered_json &object, CellDecision decision, Layer layer, std::size_t scpLevel,
                     const Evaluation &evaluation, std::span<const Policy *const> policies);

} // namespace mfapolicy
