#pragma once

#include "comparison.h"
#include "migration.h"
#include "principal.h"

#include <optional>
#include <string>
#include <vector>

namespace mfapolicy {

/// What to migrate in a principal whose user cannot enroll a virtual MFA device of their choosing
/// because of a stale device resource (`mfa/${aws:username}`, from AWS's examples before custom
/// device names).
struct PrincipalMigration {
    enum class Outcome {
        /// The user can already create a device with a custom name without MFA: nothing to do.
        NothingToMigrate,
        /// Migrating `policy` (inline of the user or a group, customer managed, or the boundary)
        /// with the default changes of `plan` lets the user create it.
        Migrate,
        /// The policy whose migration would let the user create it is an AWS managed policy, which
        /// cannot be changed: copy it as a customer managed policy, migrate the copy (`plan`,
        /// `migratedText`), attach the copy and detach the AWS managed one.
        AwsManaged,
        /// Creating it is refused, but no single policy's migration lets the user create it: the
        /// refusal has another cause (no Allow at all, a Deny, an SCP), which `refusal` tells.
        NotTheDeviceResource,
        /// A statement that could not be evaluated might decide the request: no answer.
        Undetermined,
    };
    Outcome outcome = Outcome::NothingToMigrate;
    /// The request the user's enrollment fails on: iam:CreateVirtualMFADevice on a device with the
    /// user's device name, signed in without MFA; IAM's decision of it, before any change.
    Request request;
    PrincipalEvaluation refusal;
    /// Migrate and AwsManaged: the policy to migrate, its plan and its text with the plan's
    /// default changes applied.
    std::optional<PrincipalPolicyRef> policy;
    MigrationPlan plan;
    std::string migratedText;
    /// Migrate and AwsManaged: the principal with that policy migrated (the others shared), and
    /// the matrix cells that change from the principal's.
    Principal migrated;
    std::vector<CellChange> changes;
};

/// Finds the policy of a principal whose stale device resource refuses the user's enrollment, and
/// migrates it (see PrincipalMigration). Candidates are the identity-based policies that are not
/// excluded, in principal order, then the permissions boundary; an editable one is preferred to an
/// AWS managed one. SCPs are never candidates: they are not the user's policies.
PrincipalMigration findPrincipalMigration(const Principal &principal);

/// A copy of the principal whose policy `ref` has the text `text` instead (its other policies are
/// shared). Unknown references leave the copy unchanged.
Principal withPolicyText(const Principal &principal, const PrincipalPolicyRef &ref, const std::string &text);

/// The matrix cells of `before`'s user that change in `after` (compareMatrices of their matrices).
std::vector<CellChange> comparePrincipals(const Principal &before, const Principal &after);

} // namespace mfapolicy
