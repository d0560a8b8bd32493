#pragma once

#include "accountstate.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

/// The detail pane's text for one user: its answers in words, each refused enrollment call with
/// the layer, the deciding policy and AWS's AccessDenied message, or why it was not analysed.
class AccountUserDetails final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountUserDetails)

public:
    static QString html(const AccountState &state, std::size_t user);
    /// The dump's problems with their locations; "" when there are none.
    static QString problemsHtml(const AccountState &state);
};

} // namespace mfapolicy
