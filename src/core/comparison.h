#pragma once

#include "matrix.h"

#include <string>
#include <vector>

namespace mfapolicy {

/// One matrix cell whose decision differs between two policies.
struct CellChange {
    std::string action;
    ResourcePattern pattern = ResourcePattern::Star;
    std::string resource;
    AuthState state = AuthState::MfaSession;
    Decision before = Decision::ImplicitDeny;
    Decision after = Decision::ImplicitDeny;
};

/// The cells (matched by action and resource pattern) whose decision changed, in row order of
/// `after`. Rows present in only one matrix are compared against an implicit deny.
std::vector<CellChange> compareMatrices(const DecisionMatrix &before, const DecisionMatrix &after);

/// One line of a diff hunk. `text` keeps its line terminator; a last line without one is
/// rendered with the "\ No newline at end of file" marker.
struct DiffLine {
    enum class Kind { Context, Removed, Added };
    Kind kind = Kind::Context;
    std::string text;
};

/// A unified-diff hunk; line numbers are 1-based (0 with a count of 0 for an empty side).
struct DiffHunk {
    std::size_t oldStart = 0;
    std::size_t oldCount = 0;
    std::size_t newStart = 0;
    std::size_t newCount = 0;
    std::vector<DiffLine> lines;
};

/// Line diff of two texts (Myers' shortest edit script, exact up to `maxEditDistance` changed
/// lines; beyond that the differing middle is reported as one replacement).
std::vector<DiffHunk> textDiff(const std::string &before, const std::string &after, std::size_t context = 3,
                               std::size_t maxEditDistance = 2000);

/// The hunks as unified diff text with "--- " / "+++ " headers.
std::string unifiedDiffText(const std::vector<DiffHunk> &hunks, const std::string &beforeName,
                            const std::string &afterName);

} // namespace mfapolicy
