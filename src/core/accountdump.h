#pragma once

#include "principal.h"

#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// A problem with an account dump. The core gives ids and arguments; front ends word them.
struct AccountProblem {
    /// DUMP_SYNTAX (parser message), DUMP_NOT_ACCOUNT_DUMP, DUMP_TRUNCATED (IsTruncated: true),
    /// DUMP_CUT (the text ends inside a value; what was read whole is used), DUMP_WRONG_TYPE
    /// (member, expected), DUMP_DOCUMENT_UNREADABLE (policy), DUMP_POLICY_MISSING (ARN, user),
    /// DUMP_GROUP_MISSING (group, user), DUMP_NO_DEFAULT_VERSION (policy ARN),
    /// DUMP_ENTRY_INCOMPLETE (list, index)
    std::string id;
    std::vector<std::string> args;
    std::string pointer; ///< JSON pointer in the dump, "" for the document
    std::size_t line = 0; ///< 1-based where known, else 0
    std::size_t column = 0;
};

/// One IAM user of the dump with everything that decides its requests.
struct AccountUser {
    std::string name;
    std::string arn;
    std::string pointer; ///< where the user stands in the dump
    std::vector<std::string> groups; ///< GroupList as written, groups missing from the dump included
    Principal principal;
    /// False when something the user's requests depend on is missing from the dump (a group, a
    /// managed policy, a document that cannot be read): its answers would not be IAM's, so it is
    /// listed but not analysed. `problems` are indexes into AccountDump::problems.
    bool complete = true;
    std::vector<std::size_t> problems;
};

/// A policy of the account and who it reaches, for "per policy" answers.
struct AccountPolicy {
    std::string name;
    PolicyOrigin origin = PolicyOrigin::Inline;
    std::string arn; ///< managed policies
    std::string owner; ///< inline: "user/NAME" or "group/NAME"
    std::string versionId; ///< managed: the default version
    std::vector<std::string> otherVersionIds; ///< managed: versions kept besides the default
    std::shared_ptr<const PolicySource> source;
    std::vector<std::size_t> users; ///< indexes into AccountDump::users it applies to
    bool asBoundary = false; ///< used as a permissions boundary by some user
};

/// What `aws iam get-account-authorization-details` returned, as principals.
struct AccountDump {
    std::string account; ///< account id read from the ARNs
    std::vector<AccountUser> users;
    std::vector<AccountPolicy> policies; ///< every policy some user is subject to, each once
    std::vector<std::string> roles; ///< role names: listed, not analysed yet
    std::vector<AccountProblem> problems;
    bool truncated = false; ///< IsTruncated was true: users or policies may be missing
    bool cut = false; ///< the text was cut off; only what was read whole is used
};

/// Dumps larger than this are refused before they are read whole (the largest real accounts'
/// dumps are some hundred megabytes).
constexpr std::size_t maxAccountDumpBytes = std::size_t(1) << 30;

/// Reads an account dump as the AWS CLI writes it or as the API returns it (documents as
/// objects, JSON strings or URL-encoded strings; AttachedManagedPolicies as an array or a single
/// object). AWS managed policies missing from the dump are taken from the bundled data.
/// Never throws; every problem is in `problems`, and the rest of the account is still read.
AccountDump readAccountDump(std::string_view text);

/// RFC 3986 percent-decoding (the API's policy documents); invalid escapes are kept as they are.
std::string urlDecode(std::string_view text);

} // namespace mfapolicy
