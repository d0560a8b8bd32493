// Policy text through every rule (validity and MFA) and the findings' text, JSON and SARIF: never
// a crash, every finding and quick fix points into the text, every quick fix applies.

#include "checker.h"
#include "findingsformatter.h"
#include "fuzzcheck.h"
#include "policysource.h"

#include <nlohmann/json.hpp>

#include <cstdint>

using namespace mfapolicy;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string text(reinterpret_cast<const char *>(data), size);
    const PolicySource source = PolicySource::parse(text, "fuzz.json");
    // The quota differs by kind; let the input's length pick one so that every kind is reached.
    CheckOptions options;
    options.kind = static_cast<PolicyKind>(size % 4);
    const std::vector<Finding> findings = checkPolicy(source, options);
    fuzz::checkFindings(findings, size);
    for (const Finding &finding : findings) {
        for (const QuickFix &fix : finding.fixes)
            (void)applyEdits(text, fix.edits);
    }

    const std::vector<FileFindings> files {{QStringLiteral("fuzz.json"), findings}};
    const FindingsFormatter formatter(files);
    FUZZ_CHECK(!formatter.text().isEmpty());
    FUZZ_CHECK(nlohmann::json::accept(formatter.json().toStdString()));
    FUZZ_CHECK(nlohmann::json::accept(formatter.sarif(QStringLiteral("0.0")).toStdString()));
    return 0;
}
