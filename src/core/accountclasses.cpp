#include "accountclasses.h"

#include "rulesutil.h"

#include <cstdint>
#include <unordered_map>

namespace mfapolicy {

namespace {

/// One piece of a policy string: literal text, or the user's name or unique ID.
struct Piece {
    enum Kind { Text, UserName, UserId } kind = Text;
    std::string text;
};

/// A part after the last `/` without wildcards: compared whole with what the user's requests hold.
using Tail = std::vector<Piece>;

/// What of a policy can tell one user from another.
struct Sensitivity {
    bool blind = true; ///< false: its users are evaluated one by one
    std::vector<Tail> tails;
};

bool isUserKey(std::string_view key)
{
    return iequals(key, "aws:username") || iequals(key, "aws:userid") || iequals(key, "aws:PrincipalArn");
}

bool comparesAsText(ConditionOperator op)
{
    switch (op) {
    case ConditionOperator::StringEquals:
    case ConditionOperator::StringNotEquals:
    case ConditionOperator::StringEqualsIgnoreCase:
    case ConditionOperator::StringNotEqualsIgnoreCase:
    case ConditionOperator::StringLike:
    case ConditionOperator::StringNotLike:
    case ConditionOperator::ArnEquals:
    case ConditionOperator::ArnLike:
    case ConditionOperator::ArnNotEquals:
    case ConditionOperator::ArnNotLike:
    case ConditionOperator::Null:
        return true;
    default:
        return false;
    }
}

/// An ARN of another service than IAM matches none of the requests the answers ask about (IAM
/// user and device ARNs, and `*`).
bool otherServiceArn(std::string_view value)
{
    if (!value.starts_with("arn:"))
        return false;
    const std::size_t partition = value.find(':', 4);
    const std::size_t service = partition == std::string_view::npos ? partition : value.find(':', partition + 1);
    if (service == std::string_view::npos)
        return false;
    const std::string_view name = value.substr(partition + 1, service - partition - 1);
    return name.find_first_of("*?$") == std::string_view::npos && !iequals(name, "iam");
}

/// Adds what `value` can tell apart to `out`; false when it could tell names apart in a way the
/// classes do not record.
bool addValue(std::string_view value, bool variables, Sensitivity &out)
{
    std::vector<std::pair<Piece, bool>> pieces; // (piece, a wildcard character)
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (variables && value.compare(i, 2, "${") == 0) {
            const std::size_t end = value.find('}', i);
            if (end == std::string_view::npos)
                return false;
            const std::string_view name = value.substr(i + 2, end - i - 2);
            if (name == "*" || name == "?" || name == "$")
                pieces.push_back({{Piece::Text, std::string(name)}, false});
            else if (iequals(name, "aws:username"))
                pieces.push_back({{Piece::UserName, {}}, false});
            else if (iequals(name, "aws:userid"))
                pieces.push_back({{Piece::UserId, {}}, false});
            else
                return false;
            i = end;
            continue;
        }
        const char c = value[i];
        pieces.push_back({{Piece::Text, std::string(1, c)}, c == '*' || c == '?'});
    }
    std::size_t tailStart = 0;
    for (std::size_t i = 0; i < pieces.size(); ++i)
        if (pieces[i].first.kind == Piece::Text && !pieces[i].second && pieces[i].first.text == "/")
            tailStart = i + 1;
    for (std::size_t i = 0; i < tailStart; ++i)
        if (pieces[i].first.kind != Piece::Text)
            return false;
    bool onlyStars = tailStart < pieces.size(), wildcard = false;
    for (std::size_t i = tailStart; i < pieces.size(); ++i) {
        onlyStars = onlyStars && pieces[i].second && pieces[i].first.text == "*";
        wildcard = wildcard || pieces[i].second;
    }
    if (onlyStars)
        return true;
    if (wildcard)
        return false;
    Tail tail;
    for (std::size_t i = tailStart; i < pieces.size(); ++i) {
        if (!tail.empty() && tail.back().kind == Piece::Text && pieces[i].first.kind == Piece::Text)
            tail.back().text += pieces[i].first.text;
        else
            tail.push_back(std::move(pieces[i].first));
    }
    out.tails.push_back(std::move(tail));
    return true;
}

Sensitivity sensitivity(const Policy &policy)
{
    Sensitivity out;
    const bool variables = policy.variablesEnabled();
    for (const Statement &statement : policy.statements) {
        if (!statement.usable || !statement.problems.empty())
            return {false, {}};
        for (const PolicyString &resource : statement.resources) {
            if (!otherServiceArn(resource.value) && !addValue(resource.value, variables, out))
                return {false, {}};
        }
        for (const ConditionClause &clause : statement.conditions) {
            if (!clause.usable)
                return {false, {}};
            const bool userKey = isUserKey(clause.key);
            if (userKey && !comparesAsText(clause.op))
                return {false, {}};
            if (clause.op == ConditionOperator::Null)
                continue;
            for (const PolicyString &value : clause.values) {
                if (!userKey) {
                    // Compared with a value that is the same for every user; a variable could make
                    // it one user's.
                    if (variables && value.value.find("${") != std::string::npos)
                        return {false, {}};
                    continue;
                }
                if (!addValue(value.value, variables, out))
                    return {false, {}};
            }
        }
    }
    return out;
}

bool asciiOnly(std::string_view text)
{
    for (char c : text)
        if (static_cast<unsigned char>(c) >= 0x80)
            return false;
    return true;
}

class ClassKeys final
{
public:
    ClassKeys(const AccountDump &dump, const std::string &deviceName) : m_dump(dump), m_deviceName(deviceName) { }

    /// The user's class key; empty when the user must be evaluated on its own.
    std::string key(std::size_t index)
    {
        const AccountUser &user = m_dump.users[index];
        const Principal &principal = user.principal;
        const SimulationIdentity &id = principal.identity;
        const std::string device = m_deviceName.empty() ? user.name + "-phone" : m_deviceName;
        if (!asciiOnly(user.name) || !asciiOnly(id.userId) || !asciiOnly(device) || user.name != id.userName
            || !principal.scps.empty())
            return {};
        // The device name is the user's name and a suffix, or one name for all (and then it may be
        // the user's name).
        std::string key = id.account + '\n' + id.userPath + '\n' + (m_deviceName.empty() ? "-phone" : "=")
            + (device == user.name ? "same" : "other") + '\n';
        for (const auto &[name, value] : principal.context)
            key += name + '=' + value + '\n';
        std::vector<const Tail *> tails;
        const auto addPolicy = [&](const PrincipalPolicy &policy) {
            key += policy.name + '\n' + policy.arn + '\n' + char('0' + int(policy.origin))
                + (policy.excluded ? 'x' : '-') + std::to_string(reinterpret_cast<std::uintptr_t>(policy.source.get()))
                + '\n';
            if (!policy.source)
                return true;
            const Sensitivity &s = of(*policy.source);
            for (const Tail &tail : s.tails)
                tails.push_back(&tail);
            return s.blind;
        };
        for (const PrincipalPolicy &policy : principal.policies)
            if (!addPolicy(policy))
                return {};
        key += "boundary\n";
        if (principal.boundary && !addPolicy(*principal.boundary))
            return {};
        // Which of the strings a policy compares whole are this user's name, unique ID or device.
        for (const Tail *tail : tails) {
            const std::string value = substituted(*tail, id);
            for (const std::string *mine : {&user.name, &id.userId, &device})
                key += value == *mine ? '=' : iequals(value, *mine) ? '~' : '.';
        }
        return key;
    }

private:
    static std::string substituted(const Tail &tail, const SimulationIdentity &id)
    {
        std::string out;
        for (const Piece &piece : tail)
            out += piece.kind == Piece::UserName ? id.userName : piece.kind == Piece::UserId ? id.userId : piece.text;
        return out;
    }

    const Sensitivity &of(const PolicySource &source)
    {
        const auto [it, added] = m_sensitivities.try_emplace(&source);
        if (added)
            it->second = sensitivity(source.policy());
        return it->second;
    }

    const AccountDump &m_dump;
    const std::string &m_deviceName;
    std::unordered_map<const PolicySource *, Sensitivity> m_sensitivities;
};

} // namespace

std::vector<std::vector<std::size_t>> userClasses(const AccountDump &dump, const std::vector<std::size_t> &users,
                                                  const std::string &deviceName)
{
    std::vector<std::vector<std::size_t>> classes;
    std::unordered_map<std::string, std::size_t> byKey;
    ClassKeys keys(dump, deviceName);
    for (std::size_t user : users) {
        if (!dump.users[user].complete)
            continue;
        std::string key = keys.key(user);
        if (key.empty()) {
            classes.push_back({user});
            continue;
        }
        const auto [it, added] = byKey.try_emplace(std::move(key), classes.size());
        if (added)
            classes.emplace_back();
        classes[it->second].push_back(user);
    }
    return classes;
}

} // namespace mfapolicy
