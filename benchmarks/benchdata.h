#pragma once

// The benchmarks' inputs: AWS's example policies kept in tests/data/aws-docs. A benchmark that
// cannot read its input stops with an error instead of timing nothing and printing a figure.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace mfapolicy::bench {

inline std::filesystem::path samplePath(const std::string &name)
{
    return std::filesystem::path(MFAPOLICY_SAMPLES_DIR) / name;
}

/// The file's bytes; exits the benchmark with status 1 when it is missing, unreadable or empty.
inline std::string readInputOrExit(const std::filesystem::path &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream text;
    if (in)
        text << in.rdbuf();
    if (!in || text.str().empty()) {
        std::fprintf(stderr, "error: cannot read the benchmark input %s; no figure is printed\n", path.c_str());
        std::exit(1);
    }
    return text.str();
}

inline std::string readSampleOrExit(const std::string &name)
{
    return readInputOrExit(samplePath(name));
}

} // namespace mfapolicy::bench
