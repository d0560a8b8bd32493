// A principal of six identity-based policies, AWS's ReadOnlyAccess (about 94 KB) among them:
// the decision matrix from the command line (the real executable, whole process), and the core
// part of the studio's update after a keystroke in one of its policies (parse that policy again,
// the principal's matrix, the principal's findings). Goals: the command line under 20 ms; the
// keystroke 4 ms median and 16 ms worst in a Release build. Prints figures only.

#include "awsmanagedpolicies.h"
#include "benchdata.h"
#include "checker.h"
#include "principal.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

using namespace mfapolicy;

namespace {

using Clock = std::chrono::steady_clock;

const char *const managedNames[] = {"ReadOnlyAccess", "IAMUserChangePassword"};
const char *const sampleNames[] = {"mfa-selfmanage_current-live.json", "sec-creds-self-manage_2022-11.json",
                                   "ec2-require-mfa_2022-12.json", "mfa-api-require-ec2-bool-true_2022-12.json"};

PrincipalPolicy policyOf(std::string text, const std::string &name, PolicyOrigin origin)
{
    PrincipalPolicy policy;
    policy.name = name;
    policy.origin = origin;
    policy.source = std::make_shared<const PolicySource>(PolicySource::parse(std::move(text), name));
    return policy;
}

struct Figures {
    double median = 0;
    double worst = 0;
};

template<typename Work> Figures measure(int runs, Work work)
{
    std::vector<double> ms;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        work();
        ms.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.back()};
}

#ifdef MFA_POLICY_EXE
// One run of `mfa-policy matrix` on the six policies, output to /dev/null.
void runCommandLine()
{
    std::vector<std::string> args {"mfa-policy", "matrix"};
    for (const char *name : managedNames) {
        args.emplace_back("--aws-managed");
        args.emplace_back(name);
    }
    for (const char *name : sampleNames)
        args.push_back(bench::samplePath(name).string());
    std::vector<char *> argv;
    for (std::string &arg : args)
        argv.push_back(arg.data());
    argv.push_back(nullptr);
    const pid_t child = fork();
    if (child == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        execv(MFA_POLICY_EXE, argv.data());
        _exit(127);
    }
    int status = 0;
    waitpid(child, &status, 0);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        std::fprintf(stderr, "error: mfa-policy matrix failed; no figure is printed\n");
        std::exit(1);
    }
}
#endif

} // namespace

int main()
{
    Principal principal;
    std::size_t bytes = 0;
    for (const char *name : managedNames) {
        const auto managed = AwsManagedPolicies::bundled().find(name);
        if (!managed) {
            std::fprintf(stderr, "error: %s is not in the bundled data; no figure is printed\n", name);
            return 1;
        }
        bytes += managed->documentText.size();
        principal.policies.push_back(policyOf(managed->documentText, name, PolicyOrigin::AwsManaged));
    }
    const std::string edited = bench::readSampleOrExit(sampleNames[0]);
    for (const char *name : sampleNames) {
        const std::string text = bench::readSampleOrExit(name);
        bytes += text.size();
        principal.policies.push_back(policyOf(text, name, PolicyOrigin::Inline));
    }
    std::printf("principal: %zu identity-based policies, %zu bytes (ReadOnlyAccess %zu bytes)\n",
                principal.policies.size(), bytes, principal.policies.front().source->text().size());

    std::size_t sink = 0;
    const Figures matrix = measure(50, [&] { sink += computeMatrix(principal).rows.size(); });
    std::printf("computeMatrix(principal): median %.2f ms, worst %.2f ms (50 runs)\n", matrix.median, matrix.worst);
    const Figures check = measure(20, [&] { sink += checkPrincipal(principal).size(); });
    std::printf("checkPrincipal: median %.2f ms, worst %.2f ms (20 runs)\n", check.median, check.worst);

    // A keystroke in the self-manage policy: it is parsed again, then the principal's matrix and
    // findings are computed anew.
    const std::size_t editedIndex = std::size(managedNames);
    const Figures keystroke = measure(50, [&] {
        principal.policies[editedIndex].source
            = std::make_shared<const PolicySource>(PolicySource::parse(edited, sampleNames[0]));
        sink += computeMatrix(principal).rows.size();
        sink += checkPrincipal(principal).size();
    });
    std::printf("keystroke (parse one policy + principal matrix + findings): median %.2f ms, worst %.2f ms "
                "(50 runs; goal 4 / 16 ms in Release)\n",
                keystroke.median, keystroke.worst);
#ifdef MFA_POLICY_EXE
    const Figures cli = measure(30, runCommandLine);
    std::printf("mfa-policy matrix (6 policies, whole process): median %.2f ms, worst %.2f ms (30 runs; goal "
                "under 20 ms)\n",
                cli.median, cli.worst);
#endif
    return sink == 0 ? 1 : 0;
}
