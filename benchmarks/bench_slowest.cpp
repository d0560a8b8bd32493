// The slowest policies of at most 6,144 characters (the managed-policy quota) found so far, by
// hand and by fuzzing (fuzz/README.md): wildcard patterns such as `*a*e*0*${aws:username}*` in
// hundreds of resources, a NotAction of a thousand patterns, many wildcard statements. Each file
// of benchmarks/data goes through what the studio does after a keystroke (parse, decision matrix
// with traces, every finding) and what `check` does. Prints figures only.

#include "benchdata.h"
#include "checker.h"
#include "matrix.h"
#include "policysource.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

using namespace mfapolicy;

int main()
{
    std::vector<std::filesystem::path> files;
    for (const auto &entry : std::filesystem::directory_iterator(MFAPOLICY_BENCH_DATA_DIR))
        if (entry.path().extension() == ".json")
            files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    if (files.empty()) {
        std::fprintf(stderr, "error: no *.json in %s; no figure is printed\n", MFAPOLICY_BENCH_DATA_DIR);
        return 1;
    }
    const SimulationIdentity identity;
    std::size_t sink = 0;
    std::printf("%-40s %6s %10s %10s %10s\n", "policy", "chars", "median ms", "worst ms", "runs");
    for (const auto &path : files) {
        const std::string text = bench::readInputOrExit(path);
        using Clock = std::chrono::steady_clock;
        std::vector<double> times;
        const auto start = Clock::now();
        // At least five runs and at least two seconds, so that the median means something.
        while (times.size() < 5 || Clock::now() - start < std::chrono::seconds(2)) {
            const auto begin = Clock::now();
            const PolicySource source = PolicySource::parse(text);
            sink += computeMatrix(source.policy(), identity).rows.size();
            sink += checkPolicy(source).size();
            times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - begin).count());
        }
        std::sort(times.begin(), times.end());
        std::printf("%-40s %6zu %10.2f %10.2f %10zu\n", path.filename().c_str(), policySize(text),
                    times[times.size() / 2], times.back(), times.size());
    }
    std::printf("(parse + matrix with traces + all findings per run; sink %zu)\n", sink);
    return 0;
}
