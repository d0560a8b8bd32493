#include "accountfix.h"

#include "migration.h"

#include <map>

namespace mfapolicy {

namespace {

struct AnswerField {
    const char *id;
    bool UserAnswers::*member;
};

constexpr AnswerField answerFields[] = {
    {"canEnrollAnyName", &UserAnswers::canEnrollAnyName},
    {"canEnrollNamedLikeUser", &UserAnswers::canEnrollNamedLikeUser},
    {"mustSignInWithMfa", &UserAnswers::mustSignInWithMfa},
    {"accessKeysActWithoutMfa", &UserAnswers::accessKeysActWithoutMfa},
    {"accessKeysCanEnroll", &UserAnswers::accessKeysCanEnroll},
    {"canSeeAllUsers", &UserAnswers::canSeeAllUsers},
    {"canDeactivateWithoutMfa", &UserAnswers::canDeactivateWithoutMfa},
};

void replaceSource(PrincipalPolicy &policy,
                   const std::map<const PolicySource *, std::shared_ptr<const PolicySource>> &by)
{
    if (const auto it = by.find(policy.source.get()); it != by.end())
        policy.source = it->second;
}

} // namespace

const std::vector<std::string> &accountAnswerIds()
{
    static const std::vector<std::string> ids = [] {
        std::vector<std::string> out;
        for (const AnswerField &field : answerFields)
            out.emplace_back(field.id);
        return out;
    }();
    return ids;
}

bool accountAnswer(const UserAnswers &answers, const std::string &id)
{
    for (const AnswerField &field : answerFields) {
        if (id == field.id)
            return answers.*field.member;
    }
    return false;
}

std::vector<UserChange> compareAnswers(const AccountDump &beforeDump, const AccountAnalysis &before,
                                       const AccountDump &afterDump, const AccountAnalysis &after)
{
    std::map<std::string, const UserAnswers *> now;
    for (const UserAnswers &u : after.users)
        now[afterDump.users[u.user].name] = &u;
    std::vector<UserChange> out;
    for (const UserAnswers &was : before.users) {
        const auto it = now.find(beforeDump.users[was.user].name);
        if (!was.analysed || it == now.end() || !it->second->analysed)
            continue;
        UserChange change;
        change.user = was.user;
        for (const AnswerField &field : answerFields) {
            if (was.*field.member != it->second->*field.member)
                change.changes.push_back({field.id, was.*field.member, it->second->*field.member});
        }
        out.push_back(std::move(change));
    }
    return out;
}

AccountFix fixAccount(const AccountDump &dump, const AccountAnalysis &before, const AccountAnalysisOptions &options)
{
    AccountFix fix;
    std::map<const PolicySource *, std::shared_ptr<const PolicySource>> replaced;
    for (const PolicyAnswers &answers : before.policies) {
        const AccountPolicy &policy = dump.policies[answers.policy];
        if (!answers.stale || !policy.source)
            continue;
        if (policy.origin == PolicyOrigin::AwsManaged) {
            fix.unchangeable.push_back({answers.policy});
            continue;
        }
        const MigrationPlan plan = planMigration(*policy.source);
        const MigrationResult result = migrate(*policy.source, plan);
        if (result.applied.empty() || result.text == policy.source->text())
            continue;
        auto corrected = std::make_shared<const PolicySource>(PolicySource::parse(result.text, policy.source->name()));
        replaced[policy.source.get()] = corrected;
        fix.fixes.push_back({answers.policy, std::move(corrected), result.applied});
    }

    // The same account with the corrected documents: every principal shares its policies'
    // sources with the dump's policy list, so both are replaced by identity.
    fix.corrected = dump;
    for (AccountPolicy &policy : fix.corrected.policies) {
        if (const auto it = replaced.find(policy.source.get()); it != replaced.end())
            policy.source = it->second;
    }
    for (AccountUser &user : fix.corrected.users) {
        for (PrincipalPolicy &policy : user.principal.policies)
            replaceSource(policy, replaced);
        if (user.principal.boundary)
            replaceSource(*user.principal.boundary, replaced);
    }
    fix.after = analyseAccount(fix.corrected, options);

    fix.users = compareAnswers(dump, before, fix.corrected, fix.after);
    return fix;
}

} // namespace mfapolicy
