// The whole account: a generated dump of 10,000 users, 500 groups and 2,000 customer managed
// policies (accountdumpgenerator.h), read and analysed as the studio's account window does. Each
// run is a child process, so that its peak memory (getrusage of the child) is its own; every
// figure is the median of three runs. Prints figures only.
//
//   bench_account                       the figures
//   bench_account --write FILE [USERS]  writes the dump (of USERS users, policies and groups
//                                       scaled alike) to FILE, to time the command line on it
//   bench_account --large               reads and analyses a dump of about 200 MB (300,000 users)

#include "accountanalysis.h"
#include "accountclasses.h"
#include "accountdump.h"
#include "accountdumpgenerator.h"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <string>
#include <vector>

using namespace mfapolicy;
using Clock = std::chrono::steady_clock;

namespace {

constexpr std::size_t figureCount = 5;

struct Figures {
    std::array<double, figureCount> seconds {}; // import, analysis, total, edit, users reached
    long peakKilobytes = 0;
    bool ok = false;
};

double since(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

/// The edit: the force-MFA Deny becomes the current self-service policy, so that the users it
/// reaches change their answers.
std::string editedText()
{
    return bench::detail::selfManageMfa("*");
}

std::size_t policyNamed(const AccountDump &dump, const char *name)
{
    for (std::size_t p = 0; p < dump.policies.size(); ++p)
        if (dump.policies[p].name == name)
            return p;
    std::fprintf(stderr, "error: the generated dump has no %s\n", name);
    std::exit(1);
}

AccountDump importOrExit(const std::string &text)
{
    AccountDump dump = readAccountDump(text);
    if (dump.users.empty()) {
        std::fprintf(stderr, "error: the generated dump did not read (%zu problems)\n", dump.problems.size());
        std::exit(1);
    }
    return dump;
}

/// What the account window does after an edit: a new state from the old one, the policy parsed
/// again, its users and the reach of their policies analysed again.
void edit(const AccountDump &dump, const AccountAnalysis &analysis, std::size_t policy, AccountDump &next,
          AccountAnalysis &after)
{
    next = dump;
    after = analysis;
    replacePolicySource(
        next, policy,
        std::make_shared<const PolicySource>(PolicySource::parse(editedText(), next.policies[policy].name)));
    reanalyseUsers(next, next.policies[policy].users, after.users, after.policies);
}

/// Import, analysis and an edit as the studio does them: (import, analysis, total, edit, users
/// the edit reaches).
std::array<double, figureCount> studioFigures(const std::string &text)
{
    std::array<double, figureCount> out {};
    const auto start = Clock::now();
    const AccountDump dump = importOrExit(text);
    out[0] = since(start);
    const auto analysing = Clock::now();
    const AccountAnalysis analysis = analyseAccount(dump);
    out[1] = since(analysing);
    out[2] = since(start);
    const std::size_t edited = policyNamed(dump, bench::editedPolicyName);
    AccountDump next;
    AccountAnalysis after;
    const auto editing = Clock::now();
    edit(dump, analysis, edited, next, after);
    out[3] = since(editing);
    out[4] = double(dump.policies[edited].users.size());
    return out;
}

bool sameAnswers(const UserAnswers &a, const UserAnswers &b)
{
    if (a.user != b.user || a.analysed != b.analysed || a.indeterminate != b.indeterminate
        || a.deviceName != b.deviceName || a.canEnrollAnyName != b.canEnrollAnyName
        || a.canEnrollNamedLikeUser != b.canEnrollNamedLikeUser || a.mustSignInWithMfa != b.mustSignInWithMfa
        || a.accessKeysActWithoutMfa != b.accessKeysActWithoutMfa || a.accessKeysCanEnroll != b.accessKeysCanEnroll
        || a.canSeeAllUsers != b.canSeeAllUsers || a.canDeactivateWithoutMfa != b.canDeactivateWithoutMfa
        || a.enrollmentRefusals.size() != b.enrollmentRefusals.size())
        return false;
    for (std::size_t i = 0; i < a.enrollmentRefusals.size(); ++i) {
        const Refusal &x = a.enrollmentRefusals[i], &y = b.enrollmentRefusals[i];
        if (x.action != y.action || x.resource != y.resource || x.state != y.state || x.decision != y.decision
            || x.layer != y.layer || x.policies != y.policies || x.message != y.message)
            return false;
    }
    return true;
}

/// Differences between two analyses of the same dump.
std::size_t differences(const AccountAnalysis &a, const AccountAnalysis &b)
{
    std::size_t out = a.users.size() == b.users.size() && a.policies.size() == b.policies.size() ? 0 : 1;
    for (std::size_t u = 0; u < std::min(a.users.size(), b.users.size()); ++u)
        out += sameAnswers(a.users[u], b.users[u]) ? 0 : 1;
    for (std::size_t p = 0; p < std::min(a.policies.size(), b.policies.size()); ++p) {
        const PolicyAnswers &x = a.policies[p], &y = b.policies[p];
        out += x.users == y.users && x.blocksEnrollment == y.blocksEnrollment && x.stale == y.stale ? 0 : 1;
    }
    return out;
}

/// Every user evaluated on its own, as before users were grouped.
AccountAnalysis oneByOne(const AccountDump &dump)
{
    AccountAnalysis analysis;
    for (std::size_t u = 0; u < dump.users.size(); ++u)
        analysis.users.push_back(analyseUser(dump, u));
    for (std::size_t p = 0; p < dump.policies.size(); ++p)
        analysis.policies.push_back(analysePolicy(dump, p, analysis.users));
    return analysis;
}

/// The figures without classes (every user on its own, the edit re-analysing its users one by one
/// and every policy's reach), and the differences of the studio's answers from those, before and
/// after the edit: (analysis, edit, differences, differences after the edit, classes).
std::array<double, figureCount> oneByOneFigures(const std::string &text)
{
    std::array<double, figureCount> out {};
    const AccountDump dump = importOrExit(text);
    const auto analysing = Clock::now();
    const AccountAnalysis single = oneByOne(dump);
    out[0] = since(analysing);
    const std::size_t edited = policyNamed(dump, bench::editedPolicyName);
    const auto editing = Clock::now();
    AccountDump next = dump;
    AccountAnalysis after = single;
    const std::shared_ptr<const PolicySource> old = next.policies[edited].source;
    const auto source
        = std::make_shared<const PolicySource>(PolicySource::parse(editedText(), next.policies[edited].name));
    next.policies[edited].source = source;
    for (std::size_t user : next.policies[edited].users)
        for (PrincipalPolicy &attached : next.users[user].principal.policies)
            if (attached.source == old)
                attached.source = source;
    for (std::size_t user : next.policies[edited].users)
        after.users[user] = analyseUser(next, user);
    for (std::size_t p = 0; p < next.policies.size(); ++p)
        after.policies[p] = analysePolicy(next, p, after.users);
    out[1] = since(editing);
    const AccountAnalysis grouped = analyseAccount(dump);
    out[2] = double(differences(grouped, single));
    AccountDump studioNext;
    AccountAnalysis studioAfter;
    edit(dump, grouped, edited, studioNext, studioAfter);
    out[3] = double(differences(studioAfter, oneByOne(studioNext)) + differences(studioAfter, after));
    std::vector<std::size_t> all(dump.users.size());
    for (std::size_t u = 0; u < all.size(); ++u)
        all[u] = u;
    out[4] = double(userClasses(dump, all).size());
    return out;
}

Figures inChild(const std::function<std::array<double, figureCount>()> &work)
{
    int fds[2];
    if (pipe(fds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(fds[0]);
        const std::array<double, figureCount> out = work();
        const bool written
            = write(fds[1], out.data(), sizeof(double) * figureCount) == ssize_t(sizeof(double) * figureCount);
        _exit(written ? 0 : 1);
    }
    close(fds[1]);
    Figures f;
    const bool read_ = pid > 0
        && read(fds[0], f.seconds.data(), sizeof(double) * figureCount) == ssize_t(sizeof(double) * figureCount);
    close(fds[0]);
    int status = 0;
    rusage usage {};
    if (pid > 0 && wait4(pid, &status, 0, &usage) == pid && read_ && WIFEXITED(status) && WEXITSTATUS(status) == 0) {
        f.peakKilobytes = usage.ru_maxrss;
        f.ok = true;
    }
    return f;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

bench::AccountShape scaled(std::size_t users)
{
    bench::AccountShape shape;
    shape.groups = std::max<std::size_t>(50, users / 20);
    shape.policies = std::max<std::size_t>(200, users / 5);
    shape.users = users;
    return shape;
}

int runFigures(const bench::AccountShape &shape, int runs, bool compare)
{
    const auto generating = Clock::now();
    const std::string text = bench::generateAccountDump(shape);
    std::printf("generated: %zu users, %zu groups, %zu customer managed policies, %.1f MB in %.2f s\n", shape.users,
                shape.groups, shape.policies, double(text.size()) / (1024 * 1024), since(generating));
    const Figures baseline = inChild([] { return std::array<double, figureCount> {}; });
    std::printf("each figure: median of %d child processes (all runs in brackets); a child that does nothing "
                "peaks at %ld MB (the program and the generated text, %.0f MB, it shares with its parent)\n",
                runs, baseline.peakKilobytes / 1024, double(text.size()) / (1024 * 1024));
    const auto runAll = [&](const std::function<std::array<double, figureCount>()> &work) {
        std::vector<Figures> all;
        for (int r = 0; r < runs; ++r) {
            const Figures f = inChild(work);
            if (!f.ok) {
                std::printf("a run failed (see above); no figures\n");
                std::exit(1);
            }
            all.push_back(f);
        }
        return all;
    };
    const auto print = [](const char *label, const std::vector<Figures> &all, std::size_t i) {
        std::vector<double> values;
        std::string runsText;
        for (const Figures &f : all) {
            values.push_back(f.seconds[i]);
            runsText += (runsText.empty() ? "" : ", ") + std::to_string(int(f.seconds[i] * 1000 + 0.5));
        }
        std::printf("%-44s %7.0f ms   [%s]\n", label, median(values) * 1000, runsText.c_str());
    };
    const std::vector<Figures> studio = runAll([&] { return studioFigures(text); });
    print("import", studio, 0);
    print("analysis (every user's answers, policies)", studio, 1);
    print("total", studio, 2);
    print("re-analysis after an edit", studio, 3);
    std::vector<double> peaks;
    for (const Figures &f : studio)
        peaks.push_back(double(f.peakKilobytes) / 1024);
    std::printf("%-44s %7.0f MB\n", "peak memory (import and analysis)", median(peaks));
    std::printf("the edited policy (%s) reaches %.0f users\n", bench::editedPolicyName, studio.front().seconds[4]);
    if (!compare)
        return 0;
    const std::vector<Figures> single = runAll([&] { return oneByOneFigures(text); });
    print("analysis, every user on its own", single, 0);
    print("re-analysis after the edit, one by one", single, 1);
    std::printf("users in %.0f classes; answers that differ from one by one: %.0f, after the edit: %.0f\n",
                single.front().seconds[4], single.front().seconds[2], single.front().seconds[3]);
    return single.front().seconds[2] == 0 && single.front().seconds[3] == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--write") == 0) {
        const bench::AccountShape shape = argc >= 4 ? scaled(std::stoul(argv[3])) : bench::AccountShape {};
        std::ofstream out(argv[2], std::ios::binary);
        out << bench::generateAccountDump(shape);
        return out ? 0 : 1;
    }
    if (argc == 2 && std::strcmp(argv[1], "--large") == 0)
        return runFigures(scaled(300000), 1, false);
    return runFigures(bench::AccountShape {}, 3, true);
}
