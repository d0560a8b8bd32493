// Principal files through the reader, the writer and the layered evaluator: never a crash; a file
// that names something it cannot read is incomplete; what is written reads back to as many
// policies and levels.

#include "fuzzcheck.h"
#include "principalfile.h"

#include <cstdint>
#include <filesystem>

using namespace mfapolicy;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    // Policy files are looked up in an empty folder: a file entry is always unreadable.
    const std::filesystem::path base = std::filesystem::temp_directory_path() / "mfa-policy-fuzz-no-such-folder";
    const PrincipalFile file = readPrincipalFile(text, base);
    for (const PrincipalFileProblem &problem : file.problems)
        FUZZ_CHECK(!problem.id.empty());
    if (!file.problems.empty())
        FUZZ_CHECK(file.incomplete);
    if (file.incomplete)
        return 0;
    const Principal &principal = file.principal;
    Request request;
    request.principal = principal.identity.userArn();
    request.action = "iam:CreateVirtualMFADevice";
    request.resource = principal.identity.deviceArn(principal.identity.deviceName);
    for (AuthState state : allAuthStates) {
        request.context = principalContext(principal, state);
        const PrincipalEvaluation result = evaluatePrincipal(principal, request);
        FUZZ_CHECK(!result.layers.empty());
    }
    const PrincipalFile again = readPrincipalFile(writePrincipalFile(principal, base), base);
    FUZZ_CHECK(!again.incomplete);
    FUZZ_CHECK(again.principal.policies.size() == principal.policies.size());
    FUZZ_CHECK(again.principal.scps.size() == principal.scps.size());
    return 0;
}
