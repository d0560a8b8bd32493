// What the studio does after a keystroke: parse the policy, compute the decision matrix (with
// traces, for the explanations) and run the checker, on a policy at the managed-policy quota
// (6,144 characters). The target is one frame (16 ms) for all three. Prints figures only.

#include "benchdata.h"
#include "checker.h"
#include "matrix.h"
#include "policysource.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

using namespace mfapolicy;

namespace {

/// The AWS "Security credentials page" example, padded with more self-service statements of the
/// same shape (distinct Sids, one for a user path each) up to `characters` non-whitespace
/// characters, the way IAM counts a policy's size.
std::string quotaSizedPolicy(std::size_t characters)
{
    std::string text = bench::readSampleOrExit("sec-creds-self-manage_2022-11.json");
    const std::size_t close = text.rfind(']');
    if (close == std::string::npos)
        return text;
    std::string head = text.substr(0, close);
    while (!head.empty() && (head.back() == '\n' || head.back() == ' ' || head.back() == '\r'))
        head.pop_back();
    const std::string tail = "\n    ]\n}\n";
    for (std::size_t i = 0;; ++i) {
        const std::string n = std::to_string(i);
        const std::string statement = ",\n        {\n            \"Sid\": \"AllowTeam" + n
            + "ToManageOwnKeys\",\n            \"Effect\": \"Allow\",\n            \"Action\": [\n"
              "                \"iam:ListAccessKeys\",\n                \"iam:GetAccessKeyLastUsed\"\n"
              "            ],\n            \"Resource\": \"arn:aws:iam::*:user/team"
            + n + "/${aws:username}\"\n        }";
        if (policySize(head + statement + tail) > characters)
            break;
        head += statement;
    }
    return head + tail;
}

template<typename Work> double millisecondsPerRun(Work work)
{
    using Clock = std::chrono::steady_clock;
    std::size_t runs = 0;
    const auto start = Clock::now();
    double seconds = 0;
    do {
        work();
        ++runs;
        seconds = std::chrono::duration<double>(Clock::now() - start).count();
    } while (seconds < 1.0);
    return seconds * 1000.0 / static_cast<double>(runs);
}

} // namespace

int main()
{
    const std::string text = quotaSizedPolicy(6144);
    const PolicySource source = PolicySource::parse(text, "quota-sized.json");
    const SimulationIdentity identity;
    const DecisionMatrix matrix = computeMatrix(source.policy(), identity);
    const std::size_t findings = checkPolicy(source).size();

    std::size_t sink = 0;
    const double parse = millisecondsPerRun([&] { sink += PolicySource::parse(text).policy().statements.size(); });
    const double matrixMs = millisecondsPerRun([&] { sink += computeMatrix(source.policy(), identity).rows.size(); });
    const double check = millisecondsPerRun([&] { sink += checkPolicy(source).size(); });
    const double keystroke = millisecondsPerRun([&] {
        const PolicySource fresh = PolicySource::parse(text);
        sink += computeMatrix(fresh.policy(), identity).rows.size();
        sink += checkPolicy(fresh).size();
    });

    std::printf("policy: %zu characters (%zu without whitespace), %zu statements\n", text.size(), policySize(text),
                source.policy().statements.size());
    std::printf("matrix: %zu rows x 3 columns, with traces; checker: %zu findings\n", matrix.rows.size(), findings);
    std::printf("parse:                      %8.3f ms\n", parse);
    std::printf("computeMatrix:              %8.3f ms\n", matrixMs);
    std::printf("checkPolicy:                %8.3f ms\n", check);
    std::printf("parse + matrix + check:     %8.3f ms (one frame is 16 ms)\n", keystroke);
    std::printf("(checksum %zu)\n", sink);
    return 0;
}
