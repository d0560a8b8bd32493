#pragma once

#include "accountdump.h"
#include "applylog.h"
#include "awscli.h"
#include "livepolicy.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace mfapolicy {

/// One policy to change and its corrected document (what the account "fix all" produces).
struct PolicyChange {
    PolicyTarget target;
    QByteArray newDocument; ///< the corrected document, JSON text; sent as it is
    QStringList affectedUsers; ///< user names the policy applies to, shown with the plan
};

/// The change for a policy of an account dump: target and affected users taken from the dump.
/// Only customer managed policies and inline policies of users and groups can be changed; for
/// others (AWS managed) the target's kind stays AwsManaged and planChanges() refuses it.
PolicyChange policyChangeFor(const AccountDump &dump, const AccountPolicy &policy, const QByteArray &newDocument);

/// One AWS CLI command of a plan, without the program and the pass-through options.
struct PlannedCommand {
    QStringList command;
    /// Deletes a stored policy version to make room: needs its own confirmation.
    bool deletesVersion = false;
};

/// What applying one policy would do, read from the live account while planning.
struct PolicyPlan {
    PolicyChange change;
    /// Planning failed (the policy could not be read, AWS managed, ...): nothing runs for it.
    AwsError error;
    /// The document in force now, as AWS returned it, pretty-printed; "" where there is none.
    QByteArray liveDocument;
    /// Unified diff from the live document to the corrected one (both pretty-printed the same
    /// way, so that only real changes show).
    QString diff;
    /// The live document already equals the corrected one: nothing runs.
    bool unchanged = false;
    /// Managed: the default version now (the rollback point) and every version stored.
    QString defaultVersionId;
    QStringList storedVersionIds;
    /// Managed, when AWS already stores its maximum of five versions: the oldest version that is
    /// not the default, deleted before the new version is created (only with separate confirmation).
    QString versionToDelete;
    /// Inline: whether the policy exists now (false: the apply creates it; rollback deletes it).
    bool existsNow = true;
    /// The file name, relative to the document folder, the commands read the new document from.
    QString documentFileName;
    QList<PlannedCommand> commands; ///< in the order they run; empty when unchanged or failed

    RollbackPoint rollbackPoint() const;
    bool canApply() const { return !error.isError() && !unchanged && !commands.isEmpty(); }
};

/// Stored policy versions AWS keeps per managed policy (IAM quotas).
inline constexpr int MaxPolicyVersions = 5;

/// Everything an apply would do, for review before anything changes.
struct ApplyPlan {
    AwsCli cli;
    QList<PolicyPlan> policies;
    /// Names the apply in the log ("20261201T031500Z" from planChanges(); the time it was planned).
    QString run;

    /// Some policy needs a stored version deleted (confirm separately).
    bool needsVersionDeletion() const;
    /// Every affected user, each once, sorted.
    QStringList affectedUsers() const;
    /// The exact command lines, in order, as a POSIX shell takes them (a dry run). Documents are
    /// read from `documentFolder` (relative file names when empty); writeDocuments() puts them there.
    QStringList commandLines(const QString &documentFolder = {}) const;
    /// Writes each corrected document to `folder` under its documentFileName. False on a write error.
    bool writeDocuments(const QString &folder, QString *error = nullptr) const;
    /// A digest of the commands and documents: a confirmation holds it, so that it applies to
    /// exactly the plan that was shown.
    QByteArray fingerprint() const;
};

/// Reads what is live for each change (list-policy-versions and get-policy-version for managed
/// policies, get-user-policy / get-group-policy for inline ones) and plans the commands. Changes
/// nothing. Needs iam:ListPolicyVersions, iam:GetPolicyVersion, iam:GetUserPolicy, iam:GetGroupPolicy.
ApplyPlan planChanges(const AwsCli &cli, const QList<PolicyChange> &changes);

struct ApplyResult;
class ApplyConfirmation;

/// Watches a run as it goes: told before each command that changes the account, and asked
/// whether to go on. Returning false stops the run there, between two commands: nothing more
/// changes, and what already ran is logged as it is.
struct ApplyProgress {
    /// `index` counts from 0 up to `total`, the changing commands of the confirmed plan;
    /// `commandLine` is the command as a shell would take it.
    std::function<bool(int index, int total, const QString &commandLine)> beforeCommand;
};

ApplyResult applyPlan(const ApplyPlan &plan, const ApplyConfirmation &confirmation, const ApplyLog *log,
                      const ApplyProgress *progress = nullptr);

/// The caller's explicit "yes" to one plan, after showing its diffs, affected users and
/// commands. Deleting stored versions needs its own "yes": without it, the policies that need a
/// deletion are not applied.
class ApplyConfirmation final
{
public:
    static ApplyConfirmation confirm(const ApplyPlan &plan, bool allowVersionDeletion);

private:
    ApplyConfirmation() = default;
    QByteArray m_fingerprint;
    bool m_allowVersionDeletion = false;
    friend ApplyResult applyPlan(const ApplyPlan &, const ApplyConfirmation &, const ApplyLog *, const ApplyProgress *);
};

/// What became of one policy of a plan.
struct PolicyApplyResult {
    enum class Status {
        Applied, ///< changed and read back equal to the corrected document
        Unchanged, ///< nothing to do: it was already the corrected document
        NotConfirmed, ///< needed a version deletion that was not confirmed, or the plan was not
        NotPlanned, ///< planning had failed for it
        Failed, ///< a command failed (see error); what ran before is in the rollback point
        VerifyFailed, ///< applied, but AWS returned another document or default version
        Canceled, ///< not started: the run was stopped before it (a policy stopped halfway is Failed, error Canceled)
    };
    Status status = Status::NotPlanned;
    PolicyTarget target;
    AwsError error;
    QString appliedVersionId; ///< managed: the new default version
    QString deletedVersionId; ///< managed: the version deleted to make room
    QByteArray readBack; ///< the document AWS returned after the change
    RollbackPoint rollback;

    static QString statusId(Status status); ///< "applied", "unchanged", "not-confirmed", ...
};

struct ApplyResult {
    QList<PolicyApplyResult> policies;
    /// False when the confirmation was for another plan: then nothing ran.
    bool confirmed = false;
    /// The run was stopped between two commands (ApplyProgress said no).
    bool canceled = false;
    bool allApplied() const;
};

/// Runs a confirmed plan, policy by policy: for managed policies delete-policy-version (if
/// planned and confirmed), create-policy-version --set-as-default, get-policy-version; for
/// inline ones put-user-policy / put-group-policy, then get-user-policy / get-group-policy.
/// Each policy's outcome is appended to `log` when given; `progress`, when given, is asked before
/// each changing command (the read-back after a change always runs, so that the log says what
/// AWS holds). Blocks (run it off the GUI thread).
ApplyResult applyPlan(const ApplyPlan &plan, const ApplyConfirmation &confirmation, const ApplyLog *log,
                      const ApplyProgress *progress);

/// The commands that roll back to `point`: set-default-policy-version, or put-*-policy with the
/// kept document, or delete-*-policy for an inline policy the apply created.
QList<PlannedCommand> rollbackCommands(const RollbackPoint &point, const QString &documentFileName);

/// The commands a logged apply or rollback ran (or began to run), for showing the log: the
/// documents as file:// names relative to a folder of the corrected documents.
QList<PlannedCommand> loggedCommands(const ApplyLogEntry &entry);

struct RollbackResult {
    AwsError error;
    bool verified = false; ///< AWS now has the rollback point in force
    bool ok() const { return !error.isError() && verified; }
};

/// Rolls back to `point` and reads the policy back to check; appends to `log` when given.
/// `affectedUsers` and `run` (the apply run rolled back) only go into the log. Blocks.
RollbackResult rollbackTo(const AwsCli &cli, const RollbackPoint &point, const QStringList &affectedUsers,
                          const ApplyLog *log, const QString &run = {});

/// Whether two policy documents are the same JSON value (object member order and whitespace
/// do not matter). False when either is not JSON.
bool sameDocument(const QByteArray &a, const QByteArray &b);

} // namespace mfapolicy
