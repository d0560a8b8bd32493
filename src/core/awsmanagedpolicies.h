#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mfapolicy {

/// One AWS managed policy as the bundled data has it: its current (default) version only, since
/// IAM evaluates nothing else.
struct AwsManagedPolicy {
    std::string name; ///< e.g. ReadOnlyAccess
    std::string arn; ///< e.g. arn:aws:iam::aws:policy/ReadOnlyAccess (a path may precede the name)
    std::string versionId; ///< e.g. v112
    std::string date; ///< when that version was published (ISO 8601), or empty
    std::string documentText; ///< the document, laid out with four spaces as AWS shows it
};

/// Where the bundled data comes from, to be named wherever it is used.
struct AwsManagedPolicyDataInfo {
    std::string source;
    std::string version;
    std::string licence;
    std::string newestPolicyDate;
    std::size_t policyCount = 0;
};

/// The AWS managed policies that ship with the application (data/aws-managed-policies.jsonl,
/// compiled in). Look-ups parse only the policy asked for. Immutable and thread-safe.
class AwsManagedPolicies final
{
public:
    /// The bundled data. Parsed on first use; an unreadable bundle (a broken build) gives an
    /// empty set whose `error()` says why.
    static const AwsManagedPolicies &bundled();
    /// Data in the bundle's format from elsewhere (tests, a newer file). `text` must outlive the
    /// object.
    static AwsManagedPolicies fromText(std::string_view text);

    const AwsManagedPolicyDataInfo &info() const { return m_info; }
    /// Empty, or why the data could not be read (with the line).
    const std::string &error() const { return m_error; }
    std::size_t size() const { return m_index.size(); }
    /// Every policy name, sorted.
    std::vector<std::string_view> names() const;
    /// By name (`ReadOnlyAccess`) or ARN (`arn:aws:iam::aws:policy/ReadOnlyAccess`), exactly as
    /// IAM spells them; nullopt when the data has no such policy.
    std::optional<AwsManagedPolicy> find(std::string_view nameOrArn) const;

private:
    std::string_view m_text;
    AwsManagedPolicyDataInfo m_info;
    std::string m_error;
    std::vector<std::pair<std::string_view, std::string_view>> m_index; ///< (name, line), by name
};

/// `arn:aws:iam::aws:policy/NAME` for an AWS managed policy without a path.
std::string awsManagedPolicyArn(std::string_view name);

} // namespace mfapolicy
