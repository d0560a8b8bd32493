#include "awsmanagedpolicies.h"

#include <nlohmann/json.hpp>

#include <algorithm>

// The bytes of data/aws-managed-policies.jsonl, put into the library by awsmanagedpoliciesdata.S.
extern "C" const char mfapolicy_aws_managed_policies_begin[];
extern "C" const char mfapolicy_aws_managed_policies_end[];

namespace mfapolicy {

namespace {

constexpr std::string_view nameKey = "{\"name\":\"";

/// The policy name of a data line, read without parsing the whole line: the generator writes
/// `name` first, and IAM names hold no characters that JSON escapes.
std::string_view lineName(std::string_view line)
{
    if (!line.starts_with(nameKey))
        return {};
    const std::size_t end = line.find('"', nameKey.size());
    if (end == std::string_view::npos)
        return {};
    return line.substr(nameKey.size(), end - nameKey.size());
}

} // namespace

AwsManagedPolicies AwsManagedPolicies::fromText(std::string_view text)
{
    AwsManagedPolicies data;
    data.m_text = text;
    std::size_t lineNumber = 0;
    for (std::size_t pos = 0; pos < text.size();) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos)
            end = text.size();
        const std::string_view line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNumber;
        if (line.empty())
            continue;
        if (lineNumber == 1) {
            const auto header = nlohmann::json::parse(line, nullptr, false);
            if (!header.is_object() || !header.contains("source")) {
                data.m_error = "line 1: the data has no header line";
                return data;
            }
            data.m_info.source = header.value("source", "");
            data.m_info.version = header.value("version", "");
            data.m_info.licence = header.value("licence", "");
            data.m_info.newestPolicyDate = header.value("newestPolicyDate", "");
            continue;
        }
        const std::string_view name = lineName(line);
        if (name.empty()) {
            data.m_error = "line " + std::to_string(lineNumber) + ": a policy line does not start with its name";
            data.m_index.clear();
            return data;
        }
        data.m_index.emplace_back(name, line);
    }
    std::sort(data.m_index.begin(), data.m_index.end());
    data.m_info.policyCount = data.m_index.size();
    return data;
}

const AwsManagedPolicies &AwsManagedPolicies::bundled()
{
    static const AwsManagedPolicies data = fromText(std::string_view(
        mfapolicy_aws_managed_policies_begin,
        static_cast<std::size_t>(mfapolicy_aws_managed_policies_end - mfapolicy_aws_managed_policies_begin)));
    return data;
}

std::vector<std::string_view> AwsManagedPolicies::names() const
{
    std::vector<std::string_view> out;
    out.reserve(m_index.size());
    for (const auto &entry : m_index)
        out.push_back(entry.first);
    return out;
}

std::optional<AwsManagedPolicy> AwsManagedPolicies::find(std::string_view nameOrArn) const
{
    std::string_view name = nameOrArn;
    const bool isArn = nameOrArn.starts_with("arn:");
    if (isArn) {
        const std::size_t slash = nameOrArn.rfind('/');
        if (slash == std::string_view::npos)
            return std::nullopt;
        name = nameOrArn.substr(slash + 1);
    }
    const auto it = std::lower_bound(m_index.begin(), m_index.end(), name,
                                     [](const auto &entry, std::string_view key) { return entry.first < key; });
    if (it == m_index.end() || it->first != name)
        return std::nullopt;
    const auto line = nlohmann::ordered_json::parse(it->second, nullptr, false);
    if (!line.is_object() || !line.contains("document"))
        return std::nullopt;
    AwsManagedPolicy policy;
    policy.name = std::string(name);
    policy.arn = line.value("arn", "");
    if (isArn && policy.arn != nameOrArn)
        return std::nullopt;
    policy.versionId = line.value("versionId", "");
    policy.date = line.value("date", "");
    policy.documentText = line["document"].dump(4);
    return policy;
}

std::string awsManagedPolicyArn(std::string_view name)
{
    return "arn:aws:iam::aws:policy/" + std::string(name);
}

} // namespace mfapolicy
