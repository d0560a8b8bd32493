// Evaluations per second on one core for the current AWS self-manage policy, with and without
// the per-statement trace. Prints figures only.

#include "benchdata.h"
#include "evaluator.h"
#include "policysource.h"

#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

using namespace mfapolicy;

namespace {

std::vector<Request> matrixLikeRequests()
{
    const std::string own = "arn:aws:iam::123456789012:user/alice";
    const std::string other = "arn:aws:iam::123456789012:user/bob";
    const std::string device = "arn:aws:iam::123456789012:mfa/alice-phone";
    const std::vector<std::pair<std::string, std::string>> calls = {
        {"iam:CreateVirtualMFADevice", device}, {"iam:EnableMFADevice", own},   {"iam:EnableMFADevice", other},
        {"iam:DeactivateMFADevice", own},       {"iam:GetMFADevice", own},      {"iam:ListMFADevices", own},
        {"iam:ListVirtualMFADevices", "*"},     {"iam:ListUsers", "*"},         {"iam:ChangePassword", own},
        {"s3:ListAllMyBuckets", "*"},           {"ec2:DescribeInstances", "*"}, {"sts:GetSessionToken", "*"},
    };
    std::vector<Request> requests;
    for (int state = 0; state < 3; ++state) {
        for (const auto &[action, resource] : calls) {
            Request r;
            r.principal = own;
            r.action = action;
            r.resource = resource;
            r.context.set("aws:username", "alice");
            r.context.set("aws:PrincipalType", "User");
            if (state == 0) {
                r.context.set("aws:MultiFactorAuthPresent", "true");
                r.context.set("aws:MultiFactorAuthAge", "300");
            } else if (state == 1) {
                r.context.set("aws:MultiFactorAuthPresent", "false");
            }
            requests.push_back(std::move(r));
        }
    }
    return requests;
}

double evaluationsPerSecond(const Policy &policy, const std::vector<Request> &requests, bool trace,
                            std::size_t &allowed)
{
    using Clock = std::chrono::steady_clock;
    const EvaluateOptions options {trace};
    std::size_t count = 0;
    const auto start = Clock::now();
    auto now = start;
    while (now - start < std::chrono::seconds(1)) {
        for (int round = 0; round < 100; ++round) {
            for (const Request &r : requests) {
                allowed += evaluate(policy, r, options).decision == Decision::Allow;
                ++count;
            }
        }
        now = Clock::now();
    }
    return static_cast<double>(count) / std::chrono::duration<double>(now - start).count();
}

} // namespace

int main()
{
    const PolicySource source = PolicySource::parse(bench::readSampleOrExit("mfa-selfmanage_current-live.json"),
                                                    "mfa-selfmanage_current-live.json");
    if (source.policy().statements.empty()) {
        std::fprintf(stderr, "error: the benchmark policy has no statements; no figure is printed\n");
        return 1;
    }
    const std::vector<Request> requests = matrixLikeRequests();

    std::size_t allowed = 0;
    const double withTrace = evaluationsPerSecond(source.policy(), requests, true, allowed);
    const double withoutTrace = evaluationsPerSecond(source.policy(), requests, false, allowed);
    std::printf("policy: mfa-selfmanage_current-live.json (%zu statements), %zu distinct requests\n",
                source.policy().statements.size(), requests.size());
    std::printf("with trace:    %12.0f evaluations/s\n", withTrace);
    std::printf("without trace: %12.0f evaluations/s\n", withoutTrace);
    std::printf("(allowed decisions counted: %zu)\n", allowed);
    return 0;
}
