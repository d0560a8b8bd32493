#pragma once

#include "accountstate.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace mfapolicy {

/// The detail pane's text for one user: its answers in words, each refused enrollment call with
/// the layer, the deciding policy and AWS's AccessDenied message, or why it was not analysed; and
/// for a group or a policy chosen on their tabs, what it is and whom it reaches.
class AccountUserDetails final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountUserDetails)

public:
    static QString html(const AccountState &state, std::size_t user);
    /// A group: its members and policies, or that the dump does not hold it.
    static QString groupHtml(const QString &name, const QStringList &members, const QStringList &policies, bool inDump);
    /// A policy: its kind, where it is attached, the users it reaches and blocks, and whether its
    /// device resource is stale.
    static QString policyHtml(const AccountState &state, std::size_t policy, const QString &attachedTo);
    /// The dump's problems with their locations; "" when there are none.
    static QString problemsHtml(const AccountState &state);
};

} // namespace mfapolicy
