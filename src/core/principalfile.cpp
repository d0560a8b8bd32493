#include "principalfile.h"

#include "awsmanagedpolicies.h"

#include <nlohmann/json.hpp>

#include <fstream>
#include <sstream>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;

/// Policy files a principal names are policies, well under this; a larger one is refused before
/// it is read whole.
constexpr std::uintmax_t maxPolicyFileBytes = 16 * 1024 * 1024;

class Reader final
{
public:
    Reader(PrincipalFile &out, const std::filesystem::path &baseDir) : m_out(out), m_baseDir(baseDir) { }

    void problem(std::string id, std::string pointer, std::vector<std::string> args = {}, bool fatal = true)
    {
        PrincipalFileProblem p;
        p.id = std::move(id);
        p.pointer = std::move(pointer);
        p.args = std::move(args);
        m_out.problems.push_back(std::move(p));
        if (fatal)
            m_out.incomplete = true;
    }

    /// One policy entry: {"file": F} | {"awsManaged": NAME} | {"name": N, "policy": {...}}, with
    /// optional "group", "name", "kind", "arn", "excluded".
    std::optional<PrincipalPolicy> policy(const Json &entry, const std::string &pointer, bool scp)
    {
        if (!entry.is_object()) {
            problem("PRINCIPAL_WRONG_TYPE", pointer, {"object"});
            return std::nullopt;
        }
        static const char *const known[] = {"file", "awsManaged", "policy", "name", "group", "kind", "arn", "excluded"};
        for (const auto &[key, value] : entry.items()) {
            if (std::find(std::begin(known), std::end(known), key) == std::end(known))
                problem("PRINCIPAL_UNKNOWN_MEMBER", pointer + '/' + jsonPointerEscape(key), {key});
        }
        PrincipalPolicy out;
        if (!readString(entry, "group", pointer, out.group) || !readString(entry, "arn", pointer, out.arn)
            || !readString(entry, "name", pointer, out.name))
            return std::nullopt;
        if (entry.contains("excluded")) {
            if (!entry["excluded"].is_boolean()) {
                problem("PRINCIPAL_WRONG_TYPE", pointer + "/excluded", {"boolean"});
                return std::nullopt;
            }
            out.excluded = entry["excluded"].get<bool>();
        }
        std::string kind;
        if (!readString(entry, "kind", pointer, kind))
            return std::nullopt;
        if (kind == "customer-managed")
            out.origin = PolicyOrigin::CustomerManaged;
        else if (!kind.empty() && kind != "inline") {
            problem("PRINCIPAL_WRONG_TYPE", pointer + "/kind", {"\"inline\" or \"customer-managed\""});
            return std::nullopt;
        }

        const int sources
            = int(entry.contains("file")) + int(entry.contains("awsManaged")) + int(entry.contains("policy"));
        if (sources != 1) {
            problem("PRINCIPAL_POLICY_SOURCE_MISSING", pointer);
            return std::nullopt;
        }
        if (entry.contains("awsManaged")) {
            std::string name;
            if (!readString(entry, "awsManaged", pointer, name))
                return std::nullopt;
            if (scp) {
                out.source = knownServiceControlPolicy(name);
                if (!out.source) {
                    problem("PRINCIPAL_SCP_UNKNOWN", pointer + "/awsManaged", {name});
                    return std::nullopt;
                }
                out.name = name;
                out.origin = PolicyOrigin::AwsManaged;
                return out;
            }
            const auto managed = AwsManagedPolicies::bundled().find(name);
            if (!managed) {
                problem("PRINCIPAL_AWS_MANAGED_UNKNOWN", pointer + "/awsManaged", {name});
                return std::nullopt;
            }
            out.origin = PolicyOrigin::AwsManaged;
            out.name = managed->name;
            out.arn = managed->arn;
            out.versionId = managed->versionId;
            out.source
                = std::make_shared<const PolicySource>(PolicySource::parse(managed->documentText, managed->name));
            return out;
        }
        if (entry.contains("policy")) {
            if (out.name.empty())
                out.name = "policy";
            out.source = std::make_shared<const PolicySource>(PolicySource::fromJson(entry["policy"], out.name));
        } else {
            std::string file;
            if (!readString(entry, "file", pointer, file))
                return std::nullopt;
            const std::filesystem::path path = m_baseDir / file;
            std::string text;
            std::string reason;
            if (!readFile(path, text, reason)) {
                problem("PRINCIPAL_POLICY_FILE_UNREADABLE", pointer + "/file", {file, reason});
                return std::nullopt;
            }
            out.file = path.string();
            if (out.name.empty())
                out.name = std::filesystem::path(file).filename().string();
            out.source = std::make_shared<const PolicySource>(PolicySource::parse(std::move(text), out.name));
        }
        if (out.origin == PolicyOrigin::Inline && !out.arn.empty())
            out.origin = PolicyOrigin::CustomerManaged;
        return out;
    }

    bool readString(const Json &object, const char *key, const std::string &pointer, std::string &out)
    {
        if (!object.contains(key))
            return true;
        if (!object[key].is_string()) {
            problem("PRINCIPAL_WRONG_TYPE", pointer + '/' + key, {"string"});
            return false;
        }
        out = object[key].get<std::string>();
        return true;
    }

    static bool readFile(const std::filesystem::path &path, std::string &text, std::string &reason)
    {
        std::error_code error;
        if (!std::filesystem::is_regular_file(path, error)) {
            reason = std::filesystem::exists(path, error) ? "not a regular file" : "no such file";
            return false;
        }
        if (std::filesystem::file_size(path, error) > maxPolicyFileBytes) {
            reason = "larger than 16 MB";
            return false;
        }
        std::ifstream in(path, std::ios::binary);
        if (!in) {
            reason = "cannot be opened";
            return false;
        }
        std::ostringstream buffer;
        buffer << in.rdbuf();
        text = buffer.str();
        return true;
    }

private:
    PrincipalFile &m_out;
    std::filesystem::path m_baseDir;
};

} // namespace

bool looksLikePrincipalFile(std::string_view text)
{
    const Json json = Json::parse(text, nullptr, false);
    return json.is_object() && json.contains("policies") && !json.contains("Statement");
}

PrincipalFile readPrincipalFile(std::string_view text, const std::filesystem::path &baseDir)
{
    PrincipalFile out;
    Reader reader(out, baseDir);
    Json json;
    try {
        json = Json::parse(text);
    } catch (const Json::parse_error &error) {
        PrincipalFileProblem p;
        p.id = "PRINCIPAL_SYNTAX";
        p.args = {error.what()};
        // Line and column of the byte where the parser stopped.
        const std::size_t at = std::min<std::size_t>(error.byte == 0 ? 0 : error.byte - 1, text.size());
        p.line = 1;
        std::size_t lineStart = 0;
        for (std::size_t i = 0; i < at; ++i) {
            if (text[i] == '\n') {
                ++p.line;
                lineStart = i + 1;
            }
        }
        p.column = at - lineStart + 1;
        out.problems.push_back(std::move(p));
        out.incomplete = true;
        return out;
    } catch (const std::exception &error) { // e.g. a number too large for a double: 1e999
        PrincipalFileProblem p;
        p.id = "PRINCIPAL_SYNTAX";
        p.args = {error.what()};
        out.problems.push_back(std::move(p));
        out.incomplete = true;
        return out;
    }
    if (!json.is_object()) {
        reader.problem("PRINCIPAL_NOT_OBJECT", "");
        return out;
    }
    static const char *const known[]
        = {"user", "account", "path", "deviceName", "policies", "permissionsBoundary", "scps", "context"};
    for (const auto &[key, value] : json.items()) {
        if (std::find(std::begin(known), std::end(known), key) == std::end(known))
            reader.problem("PRINCIPAL_UNKNOWN_MEMBER", '/' + jsonPointerEscape(key), {key});
    }
    SimulationIdentity &identity = out.principal.identity;
    reader.readString(json, "user", "", identity.userName);
    reader.readString(json, "account", "", identity.account);
    reader.readString(json, "path", "", identity.userPath);
    reader.readString(json, "deviceName", "", identity.deviceName);
    if (!json.contains("policies") || !json["policies"].is_array()) {
        reader.problem("PRINCIPAL_WRONG_TYPE", "/policies", {"array"});
    } else {
        const Json &policies = json["policies"];
        for (std::size_t i = 0; i < policies.size(); ++i) {
            if (auto policy = reader.policy(policies[i], "/policies/" + std::to_string(i), false))
                out.principal.policies.push_back(std::move(*policy));
        }
    }
    if (json.contains("permissionsBoundary")) {
        if (auto boundary = reader.policy(json["permissionsBoundary"], "/permissionsBoundary", false))
            out.principal.boundary = std::move(*boundary);
    }
    if (json.contains("scps")) {
        const Json &levels = json["scps"];
        if (!levels.is_array()) {
            reader.problem("PRINCIPAL_WRONG_TYPE", "/scps", {"array of arrays"});
        } else {
            for (std::size_t l = 0; l < levels.size(); ++l) {
                const std::string levelPointer = "/scps/" + std::to_string(l);
                if (!levels[l].is_array()) {
                    reader.problem("PRINCIPAL_WRONG_TYPE", levelPointer, {"array"});
                    continue;
                }
                ScpLevel level;
                level.name = l == 0 ? "root" : "level " + std::to_string(l);
                for (std::size_t i = 0; i < levels[l].size(); ++i) {
                    if (auto policy = reader.policy(levels[l][i], levelPointer + '/' + std::to_string(i), true))
                        level.policies.push_back(std::move(*policy));
                }
                out.principal.scps.push_back(std::move(level));
            }
        }
    }
    if (json.contains("context")) {
        const Json &context = json["context"];
        if (!context.is_object()) {
            reader.problem("PRINCIPAL_WRONG_TYPE", "/context", {"object"});
        } else {
            for (const auto &[key, value] : context.items()) {
                if (!value.is_string()) {
                    reader.problem("PRINCIPAL_WRONG_TYPE", "/context/" + jsonPointerEscape(key), {"string"});
                    continue;
                }
                out.principal.context.emplace_back(key, value.get<std::string>());
            }
        }
    }
    return out;
}

std::string writePrincipalFile(const Principal &principal, const std::filesystem::path &baseDir)
{
    const auto entry = [&baseDir](const PrincipalPolicy &policy) {
        Json out = Json::object();
        if (policy.origin == PolicyOrigin::AwsManaged) {
            out["awsManaged"] = policy.name;
        } else if (!policy.file.empty()) {
            std::error_code error;
            const std::filesystem::path relative = std::filesystem::relative(policy.file, baseDir, error);
            out["file"]
                = (!error && !relative.empty() && *relative.begin() != "..") ? relative.generic_string() : policy.file;
            if (policy.name != std::filesystem::path(policy.file).filename().string())
                out["name"] = policy.name;
        } else {
            out["name"] = policy.name;
            out["policy"] = policy.source ? policy.source->json() : Json::object();
        }
        if (!policy.group.empty())
            out["group"] = policy.group;
        if (policy.origin == PolicyOrigin::CustomerManaged) {
            out["kind"] = "customer-managed";
            if (!policy.arn.empty())
                out["arn"] = policy.arn;
        }
        if (policy.excluded)
            out["excluded"] = true;
        return out;
    };
    Json json = Json::object();
    json["user"] = principal.identity.userName;
    json["account"] = principal.identity.account;
    json["path"] = principal.identity.userPath;
    json["deviceName"] = principal.identity.deviceName;
    Json policies = Json::array();
    for (const PrincipalPolicy &policy : principal.policies)
        policies.push_back(entry(policy));
    json["policies"] = std::move(policies);
    if (principal.boundary)
        json["permissionsBoundary"] = entry(*principal.boundary);
    if (!principal.scps.empty()) {
        Json levels = Json::array();
        for (const ScpLevel &level : principal.scps) {
            Json policiesOfLevel = Json::array();
            for (const PrincipalPolicy &policy : level.policies)
                policiesOfLevel.push_back(entry(policy));
            levels.push_back(std::move(policiesOfLevel));
        }
        json["scps"] = std::move(levels);
    }
    if (!principal.context.empty()) {
        Json context = Json::object();
        for (const auto &[key, value] : principal.context)
            context[key] = value;
        json["context"] = std::move(context);
    }
    return json.dump(4) + '\n';
}

} // namespace mfapolicy
