#pragma once

#include "layer.h"
#include "sourcerange.h"

#include <optional>
#include <string>
#include <vector>

namespace mfapolicy {

/// Access Analyzer's four finding types, most severe first.
enum class Severity { Error, SecurityWarning, Warning, Suggestion };

/// A quick fix: a title id (translated by the front ends) and the edits that apply it.
struct QuickFix {
    std::string id;
    std::vector<std::string> args;
    std::vector<TextEdit> edits;
};

/// One diagnostic or finding. The core never produces human text: `ruleId` (stable,
/// UPPER_SNAKE like Access Analyzer's issue codes) and `args` are rendered by the front ends.
struct Finding {
    std::string ruleId;
    Severity severity = Severity::Error;
    SourceRange range;
    std::string pointer; ///< JSON pointer of the element, "" for the document
    std::vector<std::string> args; ///< rule-specific arguments (action name, suggestion, ...)
    std::vector<QuickFix> fixes;
    /// Set by checkPrincipal(): the principal policy the finding is about, whose text `range`,
    /// `pointer` and `fixes` refer to.
    std::optional<PrincipalPolicyRef> policy;
};

const char *severityId(Severity severity); ///< "error", "security", "warning", "suggestion"

} // namespace mfapolicy
