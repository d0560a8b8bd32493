#pragma once

// What every fuzz target asserts with: a violated property prints what and where, then aborts,
// so that libFuzzer saves the input as a crash.

#include "finding.h"
#include "sourcerange.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#define FUZZ_CHECK(condition)                                                                                          \
    do {                                                                                                               \
        if (!(condition)) {                                                                                            \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #condition);                    \
            std::abort();                                                                                              \
        }                                                                                                              \
    } while (false)

namespace mfapolicy::fuzz {

inline void checkRange(const SourceRange &range, std::size_t textSize)
{
    FUZZ_CHECK(range.begin <= range.end);
    FUZZ_CHECK(range.end <= textSize);
    FUZZ_CHECK(range.line >= 1 && range.column >= 1);
    FUZZ_CHECK(range.endLine >= range.line);
}

/// Edits lie inside the text and do not overlap (the contract of TextEdit for one fix).
inline void checkEdits(std::vector<TextEdit> edits, std::size_t textSize)
{
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
    std::size_t previousEnd = 0;
    for (const TextEdit &edit : edits) {
        FUZZ_CHECK(edit.begin <= edit.end);
        FUZZ_CHECK(edit.end <= textSize);
        FUZZ_CHECK(edit.begin >= previousEnd);
        previousEnd = edit.end;
    }
}

inline void checkFindings(const std::vector<Finding> &findings, std::size_t textSize)
{
    for (const Finding &finding : findings) {
        FUZZ_CHECK(!finding.ruleId.empty());
        checkRange(finding.range, textSize);
        for (const QuickFix &fix : finding.fixes)
            checkEdits(fix.edits, textSize);
    }
}

} // namespace mfapolicy::fuzz
