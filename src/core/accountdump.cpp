#include "accountdump.h"

#include "awsmanagedpolicies.h"
#include "jsonreader.h"
#include "jsontext.h"

#include <nlohmann/json.hpp>

#include <map>
#include <unordered_map>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;

/// Above this size a dump that is not valid JSON is not salvaged with the position-keeping reader,
/// whose source map would cost several times the text.
constexpr std::size_t maxSalvageBytes = 64 * 1024 * 1024;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

std::pair<std::size_t, std::size_t> lineColumn(std::string_view text, std::size_t offset)
{
    offset = std::min(offset, text.size());
    std::size_t line = 1, lineStart = 0;
    for (std::size_t i = 0; i < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, offset - lineStart + 1};
}

/// Of a dump read by the tolerant reader, which elements of a top-level list were read whole.
std::vector<bool> wholeElements(const JsonReadResult &read, std::string_view text, std::string_view member)
{
    std::vector<bool> out;
    if (read.nodes.empty())
        return out;
    const JsonNode &root = read.nodes.front();
    for (std::uint32_t c = 0; c < root.childCount; ++c) {
        const JsonNode &child = read.nodes[read.children[root.firstChild + c]];
        if (!child.hasKey() || text.substr(child.keyBegin + 1, child.keyEnd - child.keyBegin - 2) != member)
            continue;
        for (std::uint32_t e = 0; e < child.childCount; ++e) {
            const std::uint32_t index = read.children[child.firstChild + e];
            // An element is whole when it and everything after it in document order up to the next
            // element is complete; an element cut short is marked incomplete itself.
            bool whole = read.nodes[index].complete;
            const std::uint32_t end = read.nodes[index].end;
            for (std::uint32_t n = index + 1; whole && n < read.nodes.size() && read.nodes[n].begin < end; ++n)
                whole = read.nodes[n].complete;
            out.push_back(whole);
        }
        break;
    }
    return out;
}

class DumpReader final
{
public:
    DumpReader(AccountDump &dump, const Json &json) : m_dump(dump), m_json(json) { }

    void read(const std::map<std::string, std::vector<bool>> &whole)
    {
        m_whole = &whole;
        if (m_json.contains("IsTruncated") && m_json["IsTruncated"].is_boolean() && m_json["IsTruncated"].get<bool>()) {
            m_dump.truncated = true;
            problem("DUMP_TRUNCATED", "/IsTruncated", {});
        }
        readManagedPolicies();
        readGroups();
        readRoles();
        readUsers();
        for (AccountPolicy &policy : m_dump.policies) {
            std::sort(policy.users.begin(), policy.users.end());
            policy.users.erase(std::unique(policy.users.begin(), policy.users.end()), policy.users.end());
        }
    }

private:
    std::size_t problem(std::string id, std::string pointer, std::vector<std::string> args)
    {
        AccountProblem p;
        p.id = std::move(id);
        p.pointer = std::move(pointer);
        p.args = std::move(args);
        m_dump.problems.push_back(std::move(p));
        return m_dump.problems.size() - 1;
    }

    /// The elements of a top-level list that were read whole (all of them for valid JSON).
    std::vector<std::pair<std::size_t, const Json *>> list(const char *member)
    {
        std::vector<std::pair<std::size_t, const Json *>> out;
        if (!m_json.contains(member))
            return out;
        const Json &value = m_json[member];
        if (!value.is_array()) {
            problem("DUMP_WRONG_TYPE", std::string("/") + member, {member, "array"});
            return out;
        }
        const auto whole = m_whole->find(member);
        for (std::size_t i = 0; i < value.size(); ++i) {
            if (whole != m_whole->end() && (i >= whole->second.size() || !whole->second[i])) {
                problem("DUMP_ENTRY_INCOMPLETE", std::string("/") + member + '/' + std::to_string(i),
                        {member, std::to_string(i)});
                continue;
            }
            if (!value[i].is_object()) {
                problem("DUMP_WRONG_TYPE", std::string("/") + member + '/' + std::to_string(i), {member, "object"});
                continue;
            }
            out.emplace_back(i, &value[i]);
        }
        return out;
    }

    static std::string text(const Json &object, const char *key)
    {
        const auto it = object.find(key);
        return it != object.end() && it->is_string() ? it->get<std::string>() : std::string();
    }

    /// A document as the CLI prints it (an object) or as the API returns it (a URL-encoded
    /// string); also a JSON string. Laid out with four spaces so that findings have positions.
    std::shared_ptr<const PolicySource> document(const Json &value, const std::string &name, const std::string &pointer)
    {
        std::string documentText;
        if (value.is_object()) {
            documentText = value.dump(4);
        } else if (value.is_string()) {
            std::string raw = value.get<std::string>();
            const std::size_t first = raw.find_first_not_of(" \t\r\n");
            if (first == std::string::npos || raw[first] != '{')
                raw = urlDecode(raw);
            const Json parsed = Json::parse(raw, nullptr, false);
            documentText = parsed.is_discarded() ? raw : parsed.dump(4);
        } else {
            problem("DUMP_DOCUMENT_UNREADABLE", pointer, {name});
            return nullptr;
        }
        // Groups and users often carry the same inline policy, and policies the same document: each
        // distinct (name, text) is parsed once and shared.
        std::string key = name + '\n' + documentText;
        auto &source = m_parsed[std::move(key)];
        if (!source)
            source = std::make_shared<const PolicySource>(PolicySource::parse(std::move(documentText), name));
        if (!source->isValidJson()) {
            problem("DUMP_DOCUMENT_UNREADABLE", pointer, {name});
            return nullptr;
        }
        return source;
    }

    void readManagedPolicies()
    {
        for (const auto &[index, policy] : list("Policies")) {
            const std::string pointer = "/Policies/" + std::to_string(index);
            const std::string arn = text(*policy, "Arn");
            const std::string name = text(*policy, "PolicyName");
            const std::string defaultVersion = text(*policy, "DefaultVersionId");
            AccountPolicy out;
            out.name = name;
            out.arn = arn;
            out.origin
                = arn.starts_with("arn:aws:iam::aws:") ? PolicyOrigin::AwsManaged : PolicyOrigin::CustomerManaged;
            out.versionId = defaultVersion;
            const auto versions = policy->find("PolicyVersionList");
            bool found = false;
            if (versions != policy->end() && versions->is_array()) {
                for (std::size_t v = 0; v < versions->size(); ++v) {
                    const Json &version = (*versions)[v];
                    if (!version.is_object())
                        continue;
                    const std::string id = text(version, "VersionId");
                    const bool isDefault
                        = (version.contains("IsDefaultVersion") && version["IsDefaultVersion"].is_boolean()
                           && version["IsDefaultVersion"].get<bool>())
                        || (!defaultVersion.empty() && id == defaultVersion);
                    if (!isDefault) {
                        out.otherVersionIds.push_back(id);
                        continue;
                    }
                    if (found)
                        continue;
                    found = true;
                    out.versionId = id;
                    if (version.contains("Document"))
                        out.source = document(version["Document"], name,
                                              pointer + "/PolicyVersionList/" + std::to_string(v) + "/Document");
                }
            }
            if (!found)
                problem("DUMP_NO_DEFAULT_VERSION", pointer, {arn});
            m_managed[arn] = m_dump.policies.size();
            m_dump.policies.push_back(std::move(out));
        }
    }

    /// The account's policy of an ARN: from the dump, else AWS managed from the bundled data.
    std::optional<std::size_t> managed(const std::string &arn)
    {
        if (const auto it = m_managed.find(arn); it != m_managed.end()) {
            if (!m_dump.policies[it->second].source)
                return std::nullopt;
            return it->second;
        }
        if (!arn.starts_with("arn:aws:iam::aws:policy/"))
            return std::nullopt;
        const auto bundled = AwsManagedPolicies::bundled().find(arn);
        if (!bundled)
            return std::nullopt;
        AccountPolicy out;
        out.name = bundled->name;
        out.arn = bundled->arn;
        out.origin = PolicyOrigin::AwsManaged;
        out.versionId = bundled->versionId;
        out.source = std::make_shared<const PolicySource>(PolicySource::parse(bundled->documentText, bundled->name));
        m_managed[arn] = m_dump.policies.size();
        m_dump.policies.push_back(std::move(out));
        return m_dump.policies.size() - 1;
    }

    /// AttachedManagedPolicies: an array, or (in AWS's own CLI example) a single object.
    static std::vector<const Json *> attached(const Json &owner)
    {
        std::vector<const Json *> out;
        const auto it = owner.find("AttachedManagedPolicies");
        if (it == owner.end())
            return out;
        if (it->is_object()) {
            out.push_back(&*it);
        } else if (it->is_array()) {
            for (const Json &entry : *it) {
                if (entry.is_object())
                    out.push_back(&entry);
            }
        }
        return out;
    }

    struct Group {
        std::string name;
        std::vector<std::size_t> inlinePolicies; ///< into m_dump.policies
        std::vector<std::pair<std::string, std::string>> attachedArns; ///< (ARN, pointer)
        std::vector<std::size_t> problems;
    };

    /// Inline policies of a user or group (UserPolicyList / GroupPolicyList).
    std::vector<std::size_t> inlinePolicies(const Json &owner, const char *member, const std::string &ownerId,
                                            const std::string &pointer, std::vector<std::size_t> &problems)
    {
        std::vector<std::size_t> out;
        const auto it = owner.find(member);
        if (it == owner.end() || !it->is_array())
            return out;
        for (std::size_t i = 0; i < it->size(); ++i) {
            const Json &entry = (*it)[i];
            if (!entry.is_object())
                continue;
            AccountPolicy policy;
            policy.name = text(entry, "PolicyName");
            policy.owner = ownerId;
            const std::string at = pointer + '/' + member + '/' + std::to_string(i) + "/PolicyDocument";
            const std::size_t before = m_dump.problems.size();
            policy.source
                = entry.contains("PolicyDocument") ? document(entry["PolicyDocument"], policy.name, at) : nullptr;
            if (!policy.source) {
                if (m_dump.problems.size() == before)
                    problem("DUMP_DOCUMENT_UNREADABLE", at, {policy.name});
                problems.push_back(m_dump.problems.size() - 1);
                continue;
            }
            out.push_back(m_dump.policies.size());
            m_dump.policies.push_back(std::move(policy));
        }
        return out;
    }

    void readGroups()
    {
        for (const auto &[index, group] : list("GroupDetailList")) {
            const std::string pointer = "/GroupDetailList/" + std::to_string(index);
            Group out;
            out.name = text(*group, "GroupName");
            out.inlinePolicies = inlinePolicies(*group, "GroupPolicyList", "group/" + out.name, pointer, out.problems);
            for (const Json *entry : attached(*group))
                out.attachedArns.emplace_back(text(*entry, "PolicyArn"), pointer + "/AttachedManagedPolicies");
            m_groups[out.name] = std::move(out);
        }
    }

    void readRoles()
    {
        for (const auto &[index, role] : list("RoleDetailList"))
            m_dump.roles.push_back(text(*role, "RoleName"));
    }

    PrincipalPolicy principalPolicy(std::size_t index, const std::string &group, std::size_t user)
    {
        AccountPolicy &policy = m_dump.policies[index];
        policy.users.push_back(user);
        PrincipalPolicy out;
        out.name = policy.name;
        out.origin = policy.origin;
        out.arn = policy.arn;
        out.versionId = policy.versionId;
        out.group = group;
        out.source = policy.source;
        return out;
    }

    void attach(AccountUser &user, std::size_t userIndex, const std::string &arn, const std::string &group,
                const std::string &pointer)
    {
        if (const auto index = managed(arn)) {
            user.principal.policies.push_back(principalPolicy(*index, group, userIndex));
            return;
        }
        user.complete = false;
        user.problems.push_back(problem("DUMP_POLICY_MISSING", pointer, {arn, user.name}));
    }

    void readUsers()
    {
        for (const auto &[index, entry] : list("UserDetailList")) {
            const std::string pointer = "/UserDetailList/" + std::to_string(index);
            const std::size_t userIndex = m_dump.users.size();
            AccountUser user;
            user.pointer = pointer;
            user.name = text(*entry, "UserName");
            user.arn = text(*entry, "Arn");
            SimulationIdentity &identity = user.principal.identity;
            identity.userName = user.name;
            identity.userPath = text(*entry, "Path").empty() ? "/" : text(*entry, "Path");
            if (const std::string id = text(*entry, "UserId"); !id.empty())
                identity.userId = id;
            // arn:aws:iam::ACCOUNT:user/...
            if (user.arn.starts_with("arn:aws:iam::")) {
                const std::size_t colon = user.arn.find(':', 13);
                if (colon != std::string::npos) {
                    identity.account = user.arn.substr(13, colon - 13);
                    if (m_dump.account.empty())
                        m_dump.account = identity.account;
                }
            }
            std::vector<std::size_t> problems;
            for (std::size_t policy : inlinePolicies(*entry, "UserPolicyList", "user/" + user.name, pointer, problems))
                user.principal.policies.push_back(principalPolicy(policy, {}, userIndex));
            for (const Json *attachedPolicy : attached(*entry))
                attach(user, userIndex, text(*attachedPolicy, "PolicyArn"), {}, pointer + "/AttachedManagedPolicies");
            if (const auto groups = entry->find("GroupList"); groups != entry->end() && groups->is_array()) {
                for (std::size_t g = 0; g < groups->size(); ++g) {
                    const std::string groupName = (*groups)[g].is_string() ? (*groups)[g].get<std::string>() : "";
                    user.groups.push_back(groupName);
                    const auto group = m_groups.find(groupName);
                    if (group == m_groups.end()) {
                        problems.push_back(problem("DUMP_GROUP_MISSING", pointer + "/GroupList/" + std::to_string(g),
                                                   {groupName, user.name}));
                        continue;
                    }
                    for (std::size_t policy : group->second.inlinePolicies)
                        user.principal.policies.push_back(principalPolicy(policy, groupName, userIndex));
                    for (const auto &[arn, at] : group->second.attachedArns)
                        attach(user, userIndex, arn, groupName, at);
                    problems.insert(problems.end(), group->second.problems.begin(), group->second.problems.end());
                }
            }
            if (const auto boundary = entry->find("PermissionsBoundary");
                boundary != entry->end() && boundary->is_object()) {
                const std::string arn = text(*boundary, "PermissionsBoundaryArn");
                if (const auto index = managed(arn)) {
                    user.principal.boundary = principalPolicy(*index, {}, userIndex);
                    m_dump.policies[*index].asBoundary = true;
                } else {
                    problems.push_back(
                        problem("DUMP_POLICY_MISSING", pointer + "/PermissionsBoundary", {arn, user.name}));
                }
            }
            if (!problems.empty()) {
                user.complete = false;
                user.problems.insert(user.problems.end(), problems.begin(), problems.end());
            }
            m_dump.users.push_back(std::move(user));
        }
    }

    AccountDump &m_dump;
    const Json &m_json;
    const std::map<std::string, std::vector<bool>> *m_whole = nullptr;
    std::map<std::string, std::size_t> m_managed; ///< ARN -> index into m_dump.policies
    std::map<std::string, Group> m_groups;
    std::unordered_map<std::string, std::shared_ptr<const PolicySource>> m_parsed; ///< by name and text
};

} // namespace

std::string urlDecode(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int high = hexValue(text[i + 1]), low = hexValue(text[i + 2]);
            if (high >= 0 && low >= 0) {
                out.push_back(static_cast<char>(high * 16 + low));
                i += 2;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

AccountDump readAccountDump(std::string_view text)
{
    AccountDump dump;
    Json json;
    std::map<std::string, std::vector<bool>> whole;
    try {
        json = Json::parse(text);
    } catch (const Json::parse_error &error) {
        AccountProblem p;
        p.id = "DUMP_SYNTAX";
        p.args = {error.what()};
        std::tie(p.line, p.column) = lineColumn(text, error.byte == 0 ? 0 : error.byte - 1);
        dump.problems.push_back(std::move(p));
        if (text.size() > maxSalvageBytes)
            return dump;
        // Keep what was read whole before the error, as a cut download still holds most users.
        try {
            const JsonReadResult read = JsonReader::read(text, buildLineStarts(text), 512);
            if (!read.value.is_object())
                return dump;
            json = read.value;
            for (const char *member : {"UserDetailList", "GroupDetailList", "RoleDetailList", "Policies"})
                whole[member] = wholeElements(read, text, member);
            dump.cut = true;
            AccountProblem cut;
            cut.id = "DUMP_CUT";
            dump.problems.push_back(std::move(cut));
        } catch (const std::exception &) {
            return dump;
        }
    } catch (const std::exception &error) {
        AccountProblem p;
        p.id = "DUMP_SYNTAX";
        p.args = {error.what()};
        dump.problems.push_back(std::move(p));
        return dump;
    }
    if (!json.is_object() || !json.contains("UserDetailList")) {
        AccountProblem p;
        p.id = "DUMP_NOT_ACCOUNT_DUMP";
        dump.problems.push_back(std::move(p));
        return dump;
    }
    DumpReader(dump, json).read(whole);
    return dump;
}

} // namespace mfapolicy
