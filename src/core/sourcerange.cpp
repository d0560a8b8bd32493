#include "sourcerange.h"

#include <algorithm>
#include <tuple>

namespace mfapolicy {

std::string applyEdits(const std::string &text, std::vector<TextEdit> edits)
{
    // An insertion and a replacement that start at one offset: the insertion goes first.
    std::sort(edits.begin(), edits.end(),
              [](const TextEdit &a, const TextEdit &b) { return std::tie(a.begin, a.end) < std::tie(b.begin, b.end); });
    std::string out;
    out.reserve(text.size());
    std::size_t pos = 0;
    for (const TextEdit &edit : edits) {
        const std::size_t begin = std::clamp(edit.begin, pos, text.size());
        const std::size_t end = std::clamp(edit.end, begin, text.size());
        out.append(text, pos, begin - pos);
        out += edit.replacement;
        pos = end;
    }
    out.append(text, pos, std::string::npos);
    return out;
}

} // namespace mfapolicy
