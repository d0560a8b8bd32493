#pragma once

#include "accountdump.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

/// The words for an account dump's problems and a user's answers, shared by `mfa-policy account`
/// and the studio's account window.
class AccountTexts final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountTexts)

public:
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
};

} // namespace mfapolicy
