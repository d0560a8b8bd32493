#pragma once

#include "principal.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace mfapolicy {

/// A policy of the live account that can be changed: a customer managed policy (by ARN) or an
/// inline policy of a user or a group (by owner and name). AWS managed policies cannot be
/// changed; inline policies of roles are not handled (the account layer does not analyse roles).
struct PolicyTarget {
    PolicyOrigin kind = PolicyOrigin::CustomerManaged; ///< CustomerManaged or Inline
    QString arn; ///< customer managed
    QString ownerType; ///< inline: "user" or "group"
    QString ownerName; ///< inline: the user or group name
    QString policyName; ///< the policy's name (for managed policies: shown only)

    /// "arn:aws:iam::...:policy/Name" or "user/alice:PolicyName", for logs and lists.
    QString displayName() const;
    /// A file name without extension for the policy's documents: "policy-NAME" or
    /// "user-alice-NAME"; characters IAM names do not allow become "_".
    QString fileBaseName() const;
};

/// Where to go back to after an apply.
struct RollbackPoint {
    PolicyTarget target;
    /// Managed: the version that was the default before the apply; set-default-policy-version
    /// goes back to it. Empty for inline policies.
    QString versionId;
    /// Inline: the document in force before the apply, as AWS returned it; put back as it was.
    QByteArray previousDocument;
    /// Inline: false when the policy did not exist before the apply; rolling back deletes it.
    bool existedBefore = true;
};

} // namespace mfapolicy
