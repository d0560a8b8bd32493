#pragma once

#include <cstddef>
#include <string_view>

namespace mfapolicy {

/// The size of a policy document as IAM counts it against its quotas: the characters that are
/// not whitespace, whitespace being space, tab, CR and LF. Characters are Unicode code points of
/// the UTF-8 text, not bytes ("é" counts once); a byte that is not valid UTF-8 counts as one
/// character. IAM accepts only TAB, LF, CR and U+0020–U+00FF in a document, but the count stays
/// in characters whatever the text holds.
std::size_t policySize(std::string_view utf8);

} // namespace mfapolicy
