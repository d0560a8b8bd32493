// Account dumps (`aws iam get-account-authorization-details` output) through the reader and the
// per-user analysis: never a crash; every problem has an id; a user is analysed only when
// everything it depends on was read; every index points into the dump.

#include "accountanalysis.h"
#include "accountdump.h"
#include "fuzzcheck.h"

#include <cstdint>

using namespace mfapolicy;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    const AccountDump dump = readAccountDump(text);
    for (const AccountProblem &problem : dump.problems)
        FUZZ_CHECK(!problem.id.empty());
    for (const AccountUser &user : dump.users) {
        for (std::size_t p : user.problems)
            FUZZ_CHECK(p < dump.problems.size());
        FUZZ_CHECK(user.complete == user.problems.empty());
    }
    for (const AccountPolicy &policy : dump.policies) {
        for (std::size_t u : policy.users)
            FUZZ_CHECK(u < dump.users.size());
    }
    const AccountAnalysis analysis = analyseAccount(dump);
    FUZZ_CHECK(analysis.users.size() == dump.users.size());
    for (const UserAnswers &answers : analysis.users) {
        FUZZ_CHECK(answers.user < dump.users.size());
        if (!dump.users[answers.user].complete)
            FUZZ_CHECK(!answers.analysed);
    }
    return 0;
}
