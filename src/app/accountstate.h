#pragma once

#include "accountanalysis.h"

#include <QString>

#include <memory>
#include <vector>

namespace mfapolicy {

/// A read and analysed account dump, shared read-only by the account window's models.
struct AccountState {
    QString path;
    AccountDump dump;
    std::vector<UserAnswers> users; ///< indexed like dump.users
    std::vector<PolicyAnswers> policies; ///< indexed like dump.policies
};

using AccountStatePtr = std::shared_ptr<const AccountState>;

} // namespace mfapolicy
