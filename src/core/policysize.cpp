#include "policysize.h"

namespace mfapolicy {

std::size_t policySize(std::string_view utf8)
{
    std::size_t count = 0;
    int continuations = 0; // bytes still expected after a lead byte
    for (const char ch : utf8) {
        const auto c = static_cast<unsigned char>(ch);
        if (continuations > 0 && (c & 0xc0) == 0x80) {
            --continuations;
            continue;
        }
        continuations = 0;
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
            continue;
        ++count;
        if (c >= 0xc2 && c <= 0xdf)
            continuations = 1;
        else if (c >= 0xe0 && c <= 0xef)
            continuations = 2;
        else if (c >= 0xf0 && c <= 0xf4)
            continuations = 3;
    }
    return count;
}

} // namespace mfapolicy
