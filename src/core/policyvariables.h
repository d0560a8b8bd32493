#pragma once

#include <string_view>

namespace mfapolicy::detail {

/// True when `text` may contain a policy variable that substitution would change.
inline bool mayHaveVariables(std::string_view text, bool enabled)
{
    return enabled && text.find("${") != std::string_view::npos;
}

} // namespace mfapolicy::detail
