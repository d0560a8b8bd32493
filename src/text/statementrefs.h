#pragma once

#include "evaluator.h"

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

} // namespace mfapolicy
