#pragma once

#include <string_view>

namespace mfapolicy {
class RequestContext;
struct Substitution;
} // namespace mfapolicy

namespace mfapolicy::detail {

/// True when `text` may contain a policy variable that substitution would change.
inline bool mayHaveVariables(std::string_view text, bool enabled)
{
    return enabled && text.find("${") != std::string_view::npos;
}

/// True when `entry` (a Resource/NotResource value) has `${` before its fifth colon, i.e. in the
/// partition, service, region or account part of the ARN. IAM substitutes variables only in the
/// resource part, so such an entry is never substituted and matches no resource.
bool variableBeforeResourcePart(std::string_view entry);

/// What substituteVariables() gives with variables enabled, written into `out` so that its buffers
/// are reused from one value to the next. Unlike there, `out.literalMask` stays empty unless a
/// character that must match literally is a `*` or a `?`: every other character is literal anyway.
void substituteInto(std::string_view text, const RequestContext &context, Substitution &out);

} // namespace mfapolicy::detail
