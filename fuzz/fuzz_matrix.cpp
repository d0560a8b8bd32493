// Policy text through the decision matrix (every row, all three MFA states, with traces): never a
// crash, and every statement a decision names exists in the policy.

#include "fuzzcheck.h"
#include "matrix.h"
#include "policysource.h"

#include <cstdint>

using namespace mfapolicy;

namespace {

void checkRefs(const std::vector<StatementRef> &refs, const Policy &policy)
{
    for (const StatementRef &ref : refs) {
        FUZZ_CHECK(ref.policy == 0);
        FUZZ_CHECK(ref.statement < policy.statements.size());
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const PolicySource source = PolicySource::parse(text, "fuzz.json");
    SimulationIdentity identity;
    // A user with a path reaches the path-dependent ARNs; the length decides, not the content.
    if (size % 2)
        identity.userPath = "/engineering/";
    const DecisionMatrix matrix = computeMatrix(source.policy(), identity);
    FUZZ_CHECK(!matrix.rows.empty());
    for (const MatrixRow &row : matrix.rows) {
        for (const MatrixCell &cell : row.cells) {
            checkRefs(cell.evaluation.allowedBy, source.policy());
            checkRefs(cell.evaluation.deniedBy, source.policy());
            if (cell.evaluation.decision == Decision::Allow && !cell.evaluation.notPolicyControlled)
                FUZZ_CHECK(!cell.evaluation.allowedBy.empty());
            if (cell.evaluation.decision == Decision::ExplicitDeny)
                FUZZ_CHECK(!cell.evaluation.deniedBy.empty());
        }
    }
    (void)summarizeBeforeMfa(matrix);
    return 0;
}
