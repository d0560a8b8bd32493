// Throughput and peak memory of `mfa-policy simulate --requests` on generated JSON lines.
// Usage: bench_simulate [LINES] (default 100000). Prints figures; never fails on speed.
#include "benchdata.h"

#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <fstream>
#include <iostream>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

std::string compactSample(const char *name)
{
    const auto document = nlohmann::ordered_json::parse(mfapolicy::bench::readSampleOrExit(name), nullptr, false);
    if (document.is_discarded()) {
        std::fprintf(stderr, "error: the benchmark input %s is not JSON; no figure is printed\n", name);
        std::exit(1);
    }
    return document.dump();
}

// Typical input: one policy repeated on every line, the request varying.
void writeRequests(const std::string &path, long lines)
{
    const std::string current = compactSample("mfa-selfmanage_current-live.json");
    const std::string old = compactSample("mfa-selfmanage_2018-11_to_2022-02.json");
    const char *actions[]
        = {"iam:CreateVirtualMFADevice", "iam:EnableMFADevice", "s3:ListAllMyBuckets", "iam:DeactivateMFADevice"};
    const char *resources[] = {"arn:aws:iam::123456789012:mfa/alice-phone", "arn:aws:iam::123456789012:user/alice", "*",
                               "arn:aws:iam::123456789012:user/alice"};
    const char *contexts[]
        = {R"({"aws:MultiFactorAuthPresent":"false","aws:username":"alice"})",
           R"({"aws:MultiFactorAuthPresent":"true","aws:username":"alice"})", R"({"aws:username":"alice"})"};
    std::ofstream out(path);
    for (long i = 0; i < lines; ++i) {
        const int a = static_cast<int>(i % 4);
        out << R"({"id":)" << i << R"(,"policies":[)" << (i % 10 == 0 ? old : current)
            << R"(],"principal":"arn:aws:iam::123456789012:user/alice","action":")" << actions[a] << R"(","resource":")"
            << resources[a] << R"(","context":)" << contexts[i % 3] << "}\n";
    }
}

} // namespace

int main(int argc, char *argv[])
{
    const long lines = argc > 1 ? std::atol(argv[1]) : 100000;
    char dir[] = "/tmp/bench_simulate.XXXXXX";
    if (!mkdtemp(dir)) {
        std::perror("mkdtemp");
        return 0;
    }
    const std::string input = std::string(dir) + "/requests.jsonl";
    writeRequests(input, lines);

    const auto start = std::chrono::steady_clock::now();
    const pid_t child = fork();
    if (child == 0) {
        const int devnull = open("/dev/null", O_WRONLY);
        dup2(devnull, STDOUT_FILENO);
        execl(MFA_POLICY_EXE, "mfa-policy", "simulate", "--requests", input.c_str(), static_cast<char *>(nullptr));
        _exit(127);
    }
    int status = 0;
    rusage usage {};
    wait4(child, &status, 0, &usage);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::remove(input.c_str());
    rmdir(dir);

    std::cout << "simulate: " << lines << " lines in " << seconds << " s = " << static_cast<long>(lines / seconds)
              << " lines/s (CPU " << usage.ru_utime.tv_sec + usage.ru_utime.tv_usec / 1e6 << " s), peak memory "
              << usage.ru_maxrss / 1024 << " MB, exit " << (WIFEXITED(status) ? WEXITSTATUS(status) : -1) << '\n';
    return 0;
}
