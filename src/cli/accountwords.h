#pragma once

#include "accountdump.h"

#include <QString>

#include <string>

namespace mfapolicy {

/// The words the account command's outputs share (context mfapolicy::AccountCommand).
class AccountWords final
{
public:
    static QString problem(const AccountProblem &problem);
    /// "PATH:LINE:COLUMN", "PATH:POINTER" or "PATH".
    static QString location(const QString &path, const AccountProblem &problem);
    static QString yesNo(bool value);
    /// "a service control policy", "the permissions boundary", "the identity-based policies".
    static QString layer(Layer layer);
    /// "AWS managed", "customer managed, version v2", "inline in group/Engineers".
    static QString origin(const AccountPolicy &policy);
    /// The question of one answer id of accountAnswerIds() ("can enroll a virtual MFA device...").
    static QString answer(const std::string &id);
    /// What to do about a stale AWS managed policy, which cannot be changed.
    static QString awsManagedRemedy();
};

} // namespace mfapolicy
