#include "finding.h"

namespace mfapolicy {

const char *severityId(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return "error";
    case Severity::SecurityWarning:
        return "security";
    case Severity::Warning:
        return "warning";
    case Severity::Suggestion:
        return "suggestion";
    }
    return "error";
}

} // namespace mfapolicy
