#pragma once

#include "accountanalysis.h"

#include <memory>
#include <string>
#include <vector>

namespace mfapolicy {

/// One policy of an account that the fix changes: its default migration (the device resource
/// any name may take, nothing else widened).
struct PolicyFix {
    std::size_t policy = 0; ///< index into AccountDump::policies
    std::shared_ptr<const PolicySource> corrected; ///< the corrected document
    std::vector<std::string> appliedChanges; ///< migration change ids
};

/// A stale policy the fix cannot change: AWS managed policies belong to AWS. The remedy is to
/// detach it and attach a corrected customer managed copy.
struct UnchangeablePolicy {
    std::size_t policy = 0;
};

/// How one answer of one user changes with the fix.
struct AnswerChange {
    std::string answer; ///< "canEnrollAnyName", "mustSignInWithMfa", ... (UserAnswers member names)
    bool before = false;
    bool after = false;
};

struct UserChange {
    std::size_t user = 0; ///< index into AccountDump::users
    std::vector<AnswerChange> changes; ///< empty: nothing changes for the user
};

/// Every stale policy fixed, the account analysed again with the corrected documents, and what
/// changes per user.
struct AccountFix {
    std::vector<PolicyFix> fixes;
    std::vector<UnchangeablePolicy> unchangeable;
    AccountDump corrected; ///< the dump with every fixed policy's document replaced
    AccountAnalysis after; ///< analyseAccount(corrected)
    std::vector<UserChange> users; ///< one per analysed user, in the dump's order
};

/// The answer ids compared between before and after, in the order they are reported.
const std::vector<std::string> &accountAnswerIds();
/// The value of answer `id` ("canEnrollAnyName", ...) of `answers`; false for an unknown id.
bool accountAnswer(const UserAnswers &answers, const std::string &id);

/// Every user analysed in both, matched by name, with the answers that differ. UserChange::user
/// indexes `beforeDump`.
std::vector<UserChange> compareAnswers(const AccountDump &beforeDump, const AccountAnalysis &before,
                                       const AccountDump &afterDump, const AccountAnalysis &after);

/// Applies the default migration to every stale customer managed or inline policy of `dump`
/// (stale as `before` says), re-analyses and compares. AWS managed stale policies go to
/// `unchangeable`. A policy whose migration changes nothing is left out.
AccountFix fixAccount(const AccountDump &dump, const AccountAnalysis &before,
                      const AccountAnalysisOptions &options = {});

} // namespace mfapolicy
