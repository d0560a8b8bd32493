#include "sourcerange.h"

#include <algorithm>

namespace mfapolicy {

std::string applyEdits(const std::string &text, std::vector<TextEdit> edits)
{
    std::sort(edits.begin(), edits.end(), [](const TextEdit &a, const TextEdit &b) { return a.begin < b.begin; });
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
