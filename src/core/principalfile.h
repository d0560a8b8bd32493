#pragma once

#include "principal.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// A problem with a principal file. The core gives ids and arguments; front ends word them.
struct PrincipalFileProblem {
    /// PRINCIPAL_SYNTAX (args: parser message), PRINCIPAL_NOT_OBJECT, PRINCIPAL_UNKNOWN_MEMBER (member),
    /// PRINCIPAL_WRONG_TYPE (expected type), PRINCIPAL_POLICY_SOURCE_MISSING,
    /// PRINCIPAL_POLICY_FILE_UNREADABLE (path, reason), PRINCIPAL_AWS_MANAGED_UNKNOWN (name),
    /// PRINCIPAL_SCP_UNKNOWN (name), PRINCIPAL_POLICY_HAS_ERRORS (policy name, error count)
    std::string id;
    std::vector<std::string> args;
    std::string pointer; ///< JSON pointer in the principal file, "" for the document
    std::size_t line = 0; ///< 1-based, 0 when unknown (only syntax errors have positions)
    std::size_t column = 0;
};

struct PrincipalFile {
    Principal principal;
    std::vector<PrincipalFileProblem> problems;
    /// True when the principal could not be built whole: a policy it names is missing or
    /// unreadable, or the file is not a principal. Evaluating such a principal would leave
    /// policies out, so front ends refuse it.
    bool incomplete = false;
};

/// True when `text` looks like a principal file (a JSON object with "policies" and no
/// "Statement"), as opposed to a policy document.
bool looksLikePrincipalFile(std::string_view text);

/// Reads a principal file (format in DESIGN.md). Policy files it names are read relative to
/// `baseDir`; AWS managed policies come from the bundled data, FullAWSAccess is known by name.
PrincipalFile readPrincipalFile(std::string_view text, const std::filesystem::path &baseDir);

/// The principal as a principal file: policies that came from files are written as those files
/// (relative to `baseDir` where possible), AWS managed ones by name, others embedded.
std::string writePrincipalFile(const Principal &principal, const std::filesystem::path &baseDir);

} // namespace mfapolicy
