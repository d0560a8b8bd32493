#pragma once

#include "accountdump.h"

#include <atomic>
#include <functional>
#include <string>
#include <vector>

namespace mfapolicy {

/// One request of a user's answer that IAM refuses, with who refused it.
struct Refusal {
    std::string action;
    std::string resource;
    AuthState state = AuthState::NoMfa;
    Decision decision = Decision::ImplicitDeny;
    Layer layer = Layer::Identity;
    std::vector<std::string> policies; ///< the policies whose Deny decided (explicit denies)
    std::string message; ///< AWS's AccessDenied text
};

/// A user's MFA posture, each answer decided on the user's whole principal.
struct UserAnswers {
    std::size_t user = 0; ///< index into AccountDump::users
    /// False when the user could not be analysed (something it depends on is missing from the
    /// dump, or a statement that might decide was unreadable): the answers below are then unset.
    bool analysed = false;
    bool indeterminate = false; ///< a statement that might decide could not be evaluated
    std::string deviceName; ///< the device name the enrollment questions used
    /// The console's virtual-device flow without MFA, with a device name that is not the user
    /// name: ListMFADevices, CreateVirtualMFADevice on mfa/<device>, EnableMFADevice.
    bool canEnrollAnyName = false;
    /// The same flow with the device named like the user (what pre-2022 policies allowed).
    bool canEnrollNamedLikeUser = false;
    /// Everything unrelated to MFA is refused until the user signs in with MFA.
    bool mustSignInWithMfa = false;
    /// Long-term access keys (aws:MultiFactorAuthPresent absent) can call unrelated actions.
    bool accessKeysActWithoutMfa = false;
    /// Long-term access keys can create and enable a device.
    bool accessKeysCanEnroll = false;
    bool canSeeAllUsers = false; ///< iam:ListUsers without MFA
    bool canDeactivateWithoutMfa = false; ///< iam:DeactivateMFADevice on the own user without MFA
    std::vector<Refusal> enrollmentRefusals; ///< the calls of the custom-name flow that are refused
};

/// Per policy: the users it reaches and, of those, who cannot enroll a custom-named device
/// because of it (it is the layer that refuses, or the only identity policy that could allow).
struct PolicyAnswers {
    std::size_t policy = 0; ///< index into AccountDump::policies
    std::vector<std::size_t> users;
    std::vector<std::size_t> blocksEnrollment; ///< users refused by this policy's Deny or layer
    bool stale = false; ///< allows CreateVirtualMFADevice only on mfa/${aws:username}
};

struct AccountAnalysis {
    std::vector<UserAnswers> users; ///< in the dump's order
    std::vector<PolicyAnswers> policies;
    bool cancelled = false;
};

struct AccountAnalysisOptions {
    /// The device name the enrollment questions use; empty: "<user name>-phone", a name that is
    /// not the user name (what a person types since November 2022).
    std::string deviceName;
    const std::atomic<bool> *cancel = nullptr;
    /// Called from the analysing thread as users are answered: (users done, users to do).
    std::function<void(std::size_t, std::size_t)> progress;
};

/// The principal whose requests decide a user's answers: the dump's principal with the device name
/// the enrollment questions use (empty: "<user name>-phone").
Principal principalOfUser(const AccountDump &dump, std::size_t user, const std::string &deviceName = {});

/// One user's answers (what analyseAccount does for each user).
UserAnswers analyseUser(const AccountDump &dump, std::size_t user, const std::string &deviceName = {});
/// One policy's reach, from the answers of every user of the dump (indexed like AccountDump::users).
PolicyAnswers analysePolicy(const AccountDump &dump, std::size_t policy, const std::vector<UserAnswers> &users);

/// Answers every user's MFA questions from its principal, and every policy's reach. Users that
/// share what decides their answers (userClasses()) are evaluated once.
AccountAnalysis analyseAccount(const AccountDump &dump, const AccountAnalysisOptions &options = {});

/// Answers `users` (indexes into dump.users) again into `answers` (indexed like dump.users), each
/// class of users evaluated once, then the reach of every policy that reaches one of them into
/// `policies` (indexed like dump.policies). False when cancelled: the vectors are then half done.
bool reanalyseUsers(const AccountDump &dump, const std::vector<std::size_t> &users, std::vector<UserAnswers> &answers,
                    std::vector<PolicyAnswers> &policies, const AccountAnalysisOptions &options = {});

/// Gives policy `policy` of the dump the document `source`, in the dump's policy list and wherever
/// a user is subject to it (attached to the user or to one of its groups, or as its boundary).
/// Then reanalyseUsers(dump, dump.policies[policy].users, ...) brings the answers up to date.
void replacePolicySource(AccountDump &dump, std::size_t policy, std::shared_ptr<const PolicySource> source);

} // namespace mfapolicy
