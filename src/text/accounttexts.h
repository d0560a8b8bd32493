#pragma once

#include "accountdump.h"

#include <QCoreApplication>
#include <QString>

#include <string>

namespace mfapolicy {

/// The words for an account dump's problems, a user's answers and a policy's effect, shared by
/// `mfa-policy account` (every format, the fix folder) and the studio's account window.
class AccountTexts final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountTexts)

public:
    /// "Account ID: N user(s)"
    static QString accountUsers(const std::string &account, int users);
    /// One problem of the dump in words, without its location.
    static QString problem(const AccountProblem &problem);
    /// "PATH:LINE:COLUMN", "PATH:POINTER" or "PATH".
    static QString location(const QString &path, const AccountProblem &problem);
    /// The layer that refused, e.g. "the permissions boundary".
    static QString layer(Layer layer);
    /// "AWS managed", "customer managed, version v2", "inline in group/NAME".
    static QString origin(const AccountPolicy &policy);
    static QString yesNo(bool value);
    /// "QUESTION: yes"
    static QString answer(const QString &question, bool value);
    /// A policy that allows CreateVirtualMFADevice only on a device named like the user.
    static QString stalePolicy();
    /// Why a user has no answers.
    static QString notAnalysed(bool indeterminate);

    static QString canEnrollAnyName(const QString &deviceName);
    static QString onlyNamedLikeUser();
    static QString mustSignInWithMfa();
    static QString accessKeysActWithoutMfa();
    static QString accessKeysCanEnroll();
    static QString canSeeAllUsers();
    static QString canDeactivateWithoutMfa();
    /// "ACTION is refused by LAYER: MESSAGE"
    static QString refusal(const QString &action, Layer layer, const QString &message);
    /// The question of one answer id of accountAnswerIds() for any device name, e.g. "can
    /// enroll a virtual MFA device with a name of one's own without MFA" (table headers).
    static QString question(const std::string &id);
    /// What to do about a stale AWS managed policy, which cannot be changed.
    static QString awsManagedRemedy();
    /// "allows ... for: alice, bob": the users a policy keeps from enrolling a device of their own name.
    static QString blocksEnrollment(const QString &users);
};

} // namespace mfapolicy
