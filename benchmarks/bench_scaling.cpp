// How the analysis grows with the number of statements: the findings, the decision matrix and the
// migration (plan, apply, the matrices before and after, the text diff, as `mfa-policy migrate
// --diff` does) of generated policies with 500 to 5,000 statements and of a 1 MB policy. Each
// measurement runs in a child process, so that its peak memory (getrusage of the child) is its
// own. Prints figures only.
//
//   bench_scaling                   the table
//   bench_scaling --write N FILE    writes the policy of N statements (0: the 1 MB one) to FILE,
//                                   to time the command line on it

#include "checker.h"
#include "comparison.h"
#include "matrix.h"
#include "migration.h"
#include "policysource.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

using namespace mfapolicy;

namespace {

// One statement of eight shapes that recur in real self-service policies: the pre-2022 device
// statement (migrated), the user's own MFA actions, the force-MFA Deny (every other one with
// Bool instead of BoolIfExists), ListUsers, an MFA-conditioned Allow, a Deny with a condition,
// an unrelated Allow and the password statement. Every 50th statement repeats a Sid.
std::string statement(std::size_t i)
{
    const std::string n = std::to_string(i);
    const std::string sid = "\"Sid\": \"S" + (i % 50 == 49 ? std::to_string(i - 1) : n) + "\",\n            ";
    const std::string open = "        {\n            " + sid;
    const std::string close = "\n        }";
    switch (i % 8) {
    case 0:
        return open
            + "\"Effect\": \"Allow\",\n            \"Action\": [\n                \"iam:CreateVirtualMFADevice\",\n"
              "                \"iam:DeleteVirtualMFADevice\"\n            ],\n"
              "            \"Resource\": \"arn:aws:iam::*:mfa/${aws:username}\""
            + close;
    case 1:
        return open
            + "\"Effect\": \"Allow\",\n            \"Action\": [\n                \"iam:EnableMFADevice\",\n"
              "                \"iam:ListMFADevices\",\n                \"iam:ResyncMFADevice\"\n            ],\n"
              "            \"Resource\": \"arn:aws:iam::*:user/${aws:username}\""
            + close;
    case 2:
        return open
            + "\"Effect\": \"Deny\",\n            \"NotAction\": [\n                \"iam:CreateVirtualMFADevice\",\n"
              "                \"iam:EnableMFADevice\",\n                \"iam:GetUser\",\n"
              "                \"iam:ListMFADevices\",\n                \"iam:ListVirtualMFADevices\",\n"
              "                \"iam:ResyncMFADevice\",\n                \"iam:DeleteVirtualMFADevice\",\n"
              "                \"iam:ListUsers\",\n                \"sts:GetSessionToken\"\n            ],\n"
              "            \"Resource\": \"*\",\n            \"Condition\": {\n                \""
            + std::string(i % 16 == 2 ? "Bool" : "BoolIfExists")
            + "\": {\n                    \"aws:MultiFactorAuthPresent\": \"false\"\n                }\n"
              "            }"
            + close;
    case 3:
        return open
            + "\"Effect\": \"Allow\",\n            \"Action\": [\n                \"iam:ListUsers\",\n"
              "                \"iam:ListVirtualMFADevices\"\n            ],\n            \"Resource\": \"*\""
            + close;
    case 4:
        return open
            + "\"Effect\": \"Allow\",\n            \"Action\": \"s3:GetObject\",\n"
              "            \"Resource\": \"arn:aws:s3:::bucket-"
            + n
            + "/*\",\n            \"Condition\": {\n                \"Bool\": {\n"
              "                    \"aws:MultiFactorAuthPresent\": \"true\"\n                }\n            }"
            + close;
    case 5:
        return open
            + "\"Effect\": \"Deny\",\n            \"Action\": \"ec2:TerminateInstances\",\n"
              "            \"Resource\": \"*\",\n            \"Condition\": {\n"
              "                \"StringNotEquals\": {\n                    \"aws:RequestedRegion\": \"eu-west-"
            + n + "\"\n                }\n            }" + close;
    case 6:
        return open
            + "\"Effect\": \"Allow\",\n            \"Action\": \"ec2:Describe*\",\n            \"Resource\": \"*\""
            + close;
    default:
        return open
            + "\"Effect\": \"Allow\",\n            \"Action\": [\n                \"iam:ChangePassword\",\n"
              "                \"iam:GetUser\"\n            ],\n"
              "            \"Resource\": \"arn:aws:iam::*:user/${aws:username}\""
            + close;
    }
}

/// `count` statements, or as many as fit in `bytes` when `count` is 0.
std::string generatedPolicy(std::size_t count, std::size_t bytes = 0)
{
    std::string text = "{\n    \"Version\": \"2012-10-17\",\n    \"Statement\": [\n";
    const std::string tail = "\n    ]\n}\n";
    for (std::size_t i = 0; count == 0 || i < count; ++i) {
        const std::string next = (i > 0 ? ",\n" : "") + statement(i);
        if (count == 0 && text.size() + next.size() + tail.size() > bytes)
            break;
        text += next;
    }
    return text + tail;
}

struct Measurement {
    double seconds = 0;
    long peakKilobytes = 0;
    std::size_t result = 0;
    bool ok = false;
};

// Runs `work` in a child process: its wall time, its result and the child's peak resident set.
Measurement inChild(const std::function<std::size_t()> &work)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const auto start = std::chrono::steady_clock::now();
        const std::size_t result = work();
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        const std::size_t out[2] = {static_cast<std::size_t>(seconds * 1e6), result};
        const bool written = write(fds[1], out, sizeof out) == static_cast<ssize_t>(sizeof out);
        _exit(written ? 0 : 1);
    }
    close(fds[1]);
    Measurement m;
    std::size_t in[2] = {0, 0};
    const bool read_ = pid > 0 && read(fds[0], in, sizeof in) == static_cast<ssize_t>(sizeof in);
    close(fds[0]);
    int status = 0;
    rusage usage {};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid && read_ && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        m.seconds = static_cast<double>(in[0]) / 1e6;
        m.result = in[1];
        m.peakKilobytes = usage.ru_maxrss;
        m.ok = true;
    }
    return m;
}

std::size_t check(const std::string &text)
{
    return checkPolicy(PolicySource::parse(text)).size();
}

std::size_t matrix(const std::string &text)
{
    const PolicySource source = PolicySource::parse(text);
    return computeMatrix(source.policy(), SimulationIdentity {}).rows.size();
}

std::size_t migrateDiff(const std::string &text)
{
    const PolicySource source = PolicySource::parse(text);
    const MigrationPlan plan = planMigration(source);
    const std::string migrated = applyMigration(source, plan);
    const PolicySource after = PolicySource::parse(migrated);
    const SimulationIdentity identity;
    const auto cells
        = compareMatrices(computeMatrix(source.policy(), identity), computeMatrix(after.policy(), identity));
    return cells.size() + textDiff(text, migrated).size();
}

void printRow(const std::string &label, const std::string &text)
{
    std::printf("%-22s %7zu KB", label.c_str(), text.size() / 1024);
    for (const auto &work : {check, matrix, migrateDiff}) {
        const Measurement m = inChild([&] { return work(text); });
        if (m.ok)
            std::printf("  %8.3f s %6ld MB", m.seconds, m.peakKilobytes / 1024);
        else
            std::printf("  %19s", "failed");
    }
    std::printf("\n");
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc == 4 && std::strcmp(argv[1], "--write") == 0) {
        const std::size_t count = std::stoul(argv[2]);
        std::ofstream out(argv[3], std::ios::binary);
        out << generatedPolicy(count, 1024 * 1024);
        return out ? 0 : 1;
    }
    // The process's own baseline (code, catalog) is in every child's peak as well.
    const Measurement baseline = inChild([] { return std::size_t {0}; });
    std::printf("each cell: wall time and peak resident memory of a child process (baseline %ld MB)\n",
                baseline.peakKilobytes / 1024);
    std::printf("%-22s %10s  %19s  %19s  %19s\n", "policy", "size", "check", "matrix", "migrate --diff");
    for (std::size_t count : {500, 1000, 2000, 5000})
        printRow(std::to_string(count) + " statements", generatedPolicy(count));
    const std::string megabyte = generatedPolicy(0, 1024 * 1024);
    const std::size_t statements = PolicySource::parse(megabyte).policy().statements.size();
    printRow("1 MB (" + std::to_string(statements) + " statements)", megabyte);
    return 0;
}
