#pragma once

#include <string_view>
#include <vector>

namespace mfapolicy::detail {

/// A Resource/NotResource entry (variables already substituted) against the requested resource.
/// `"*"` matches everything, including the `"*"` requested for actions without a resource type,
/// which no other entry matches. Otherwise a case-sensitive glob where wildcards stay inside their
/// colon-separated segment, except a `*` that ends a segment (it may expand across colons).
bool matchResourceEntry(std::string_view pattern, const std::vector<bool> *literalMask, std::string_view resource);

/// ArnEquals/ArnLike: the six colon-delimited components (the sixth is the rest, colons included)
/// are compared separately and case-sensitively, each may use `*` and `?`.
bool matchArnCondition(std::string_view pattern, const std::vector<bool> *literalMask, std::string_view value);

} // namespace mfapolicy::detail
