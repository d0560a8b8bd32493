// Parsing speed of PolicySource: the studio re-parses on every keystroke, so a typical policy must
// parse in well under a millisecond, and a 5 MB file must not freeze the editor. Prints figures only.

#include "benchdata.h"
#include "policysource.h"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace mfapolicy;

namespace {

/// A policy of about `bytes` bytes made of force-MFA statements with distinct Sids.
std::string syntheticPolicy(std::size_t bytes)
{
    std::string text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n";
    for (std::size_t i = 0; text.size() < bytes; ++i) {
        if (i > 0) {
            text += ",\n";
        }
        const std::string n = std::to_string(i);
        text += "    {\n      \"Sid\": \"DenyAllExceptListedIfNoMFA" + n
            + "\",\n      \"Effect\": \"Deny\",\n      \"NotAction\": [\n"
              "        \"iam:CreateVirtualMFADevice\",\n        \"iam:EnableMFADevice\",\n"
              "        \"iam:GetUser\",\n        \"iam:ListMFADevices\",\n"
              "        \"iam:ListVirtualMFADevices\",\n        \"iam:ResyncMFADevice\",\n"
              "        \"sts:GetSessionToken\"\n      ],\n      \"Resource\": \"arn:aws:iam::*:user/team"
            + n
            + "/${aws:username}\",\n      \"Condition\": {\n        \"BoolIfExists\": {\n"
              "          \"aws:MultiFactorAuthPresent\": \"false\"\n        },\n"
              "        \"NumericLessThan\": {\"aws:MultiFactorAuthAge\": 3600}\n      }\n    }";
    }
    text += "\n  ]\n}\n";
    return text;
}

struct Timing {
    double seconds = 0;
    std::size_t runs = 0;
    std::size_t diagnostics = 0;
};

Timing timeParse(const std::vector<std::string> &texts, double minimumSeconds)
{
    using Clock = std::chrono::steady_clock;
    Timing timing;
    const auto start = Clock::now();
    do {
        for (const std::string &text : texts) {
            const PolicySource source = PolicySource::parse(text);
            timing.diagnostics += source.diagnostics().size();
        }
        ++timing.runs;
        timing.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    } while (timing.seconds < minimumSeconds);
    return timing;
}

void print(const char *label, std::size_t bytesPerRun, std::size_t textsPerRun, const Timing &timing)
{
    const double megabytes = static_cast<double>(bytesPerRun * timing.runs) / (1024.0 * 1024.0);
    const double perParse = timing.seconds / static_cast<double>(timing.runs * textsPerRun);
    std::printf("%-34s %10.1f MB/s %12.3f ms/parse %8zu parses %6zu diagnostics\n", label, megabytes / timing.seconds,
                perParse * 1000.0, timing.runs * textsPerRun, timing.diagnostics);
}

} // namespace

int main()
{
    std::vector<std::string> samples;
    std::size_t sampleBytes = 0;
    std::error_code error;
    for (const auto &entry : std::filesystem::directory_iterator(MFAPOLICY_SAMPLES_DIR, error)) {
        if (entry.path().extension() == ".json") {
            samples.push_back(bench::readInputOrExit(entry.path()));
            sampleBytes += samples.back().size();
        }
    }
    if (samples.empty()) {
        std::fprintf(stderr, "error: no sample policies found in %s; no figure is printed\n", MFAPOLICY_SAMPLES_DIR);
        return 1;
    }
    print("AWS sample policies (each)", sampleBytes, samples.size(), timeParse(samples, 1.0));

    const std::vector<std::string> typing {syntheticPolicy(6 * 1024)};
    print("6 KB policy (keystroke)", typing.front().size(), 1, timeParse(typing, 1.0));

    const std::vector<std::string> large {syntheticPolicy(5 * 1024 * 1024)};
    print("5 MB synthetic policy", large.front().size(), 1, timeParse(large, 2.0));

    // A cursor move in the editor asks for the statement under the cursor.
    const PolicySource source = PolicySource::parse(large.front());
    using Clock = std::chrono::steady_clock;
    const auto start = Clock::now();
    std::size_t found = 0;
    const std::size_t lookups = 100000;
    for (std::size_t i = 0; i < lookups; ++i) {
        found += source.pointerAt((i * 7919) % large.front().size()).size();
    }
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    std::printf("%-34s %10.3f us/lookup (%zu pointer bytes)\n", "pointerAt on the 5 MB policy",
                seconds * 1e6 / static_cast<double>(lookups), found);
    return 0;
}
