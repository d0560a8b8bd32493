#include "texts.h"

#include <optional>

namespace mfapolicy {

QString Texts::fill(const QString &pattern, const std::vector<std::string> &args)
{
    QString out;
    out.reserve(pattern.size() + 32);
    for (qsizetype i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == u'%' && i + 1 < pattern.size() && pattern.at(i + 1) >= u'1' && pattern.at(i + 1) <= u'9') {
            const auto index = static_cast<std::size_t>(pattern.at(i + 1).unicode() - u'1');
            if (index < args.size())
                out += QString::fromStdString(args[index]);
            ++i;
        } else {
            out += c;
        }
    }
    return out;
}

QString Texts::decisionId(Decision decision)
{
    switch (decision) {
    case Decision::Allow:
        return QStringLiteral("Allow");
    case Decision::ExplicitDeny:
        return QStringLiteral("ExplicitDeny");
    case Decision::ImplicitDeny:
        break;
    }
    return QStringLiteral("ImplicitDeny");
}

QString Texts::decision(Decision decision)
{
    switch (decision) {
    case Decision::Allow:
        return tr("Allow");
    case Decision::ExplicitDeny:
        return tr("Explicit deny");
    case Decision::ImplicitDeny:
        break;
    }
    return tr("Implicit deny");
}

QString Texts::decisionSymbol(Decision decision)
{
    switch (decision) {
    case Decision::Allow:
        return QStringLiteral("\u2714"); // heavy check mark
    case Decision::ExplicitDeny:
        return QStringLiteral("\u2716"); // heavy multiplication x
    case Decision::ImplicitDeny:
        break;
    }
    return QStringLiteral("\u2013"); // en dash: nothing grants it
}

QString Texts::decisionLabel(Decision decision)
{
    return decisionSymbol(decision) + QLatin1Char(' ') + Texts::decision(decision);
}

namespace {

std::optional<Decision> asDecision(CellDecision decision)
{
    if (decision == CellDecision::Undetermined)
        return std::nullopt;
    return static_cast<Decision>(decision); // the first three values are Decision's
}

} // namespace

QString Texts::decisionId(CellDecision decision)
{
    const auto d = asDecision(decision);
    return d ? decisionId(*d) : QStringLiteral("Undetermined");
}

QString Texts::decision(CellDecision decision)
{
    const auto d = asDecision(decision);
    return d ? Texts::decision(*d) : tr("Undetermined");
}

QString Texts::decisionSymbol(CellDecision decision)
{
    const auto d = asDecision(decision);
    return d ? decisionSymbol(*d) : QStringLiteral("?");
}

QString Texts::decisionLabel(CellDecision decision)
{
    return decisionSymbol(decision) + QLatin1Char(' ') + Texts::decision(decision);
}

QString Texts::layerName(Layer layer)
{
    switch (layer) {
    case Layer::Identity:
        return tr("identity-based policy");
    case Layer::PermissionsBoundary:
        return tr("permissions boundary");
    case Layer::Scp:
        break;
    }
    return tr("service control policy");
}

QString Texts::authState(AuthState state)
{
    switch (state) {
    case AuthState::MfaSession:
        return tr("MFA session");
    case AuthState::NoMfa:
        return tr("No MFA");
    case AuthState::AccessKey:
        break;
    }
    return tr("Access keys (MFA key absent)");
}

QString Texts::authStateDescription(AuthState state)
{
    switch (state) {
    case AuthState::MfaSession:
        return tr("Signed in with MFA: aws:MultiFactorAuthPresent is \"true\".");
    case AuthState::NoMfa:
        return tr("Signed in without MFA: aws:MultiFactorAuthPresent is \"false\".");
    case AuthState::AccessKey:
        break;
    }
    return tr("Signed with a long-term access key: aws:MultiFactorAuthPresent is absent.");
}

QString Texts::resourcePattern(ResourcePattern pattern)
{
    switch (pattern) {
    case ResourcePattern::OwnUser:
        return tr("own user");
    case ResourcePattern::OtherUser:
        return tr("another user");
    case ResourcePattern::DeviceNamedLikeUser:
        return tr("device named like the user");
    case ResourcePattern::DeviceCustomName:
        return tr("device with a custom name");
    case ResourcePattern::OtherUsersDevice:
        return tr("another user's device");
    case ResourcePattern::Star:
        break;
    }
    return tr("any resource (*)");
}

QString Texts::severity(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return tr("error");
    case Severity::SecurityWarning:
        return tr("security warning");
    case Severity::Warning:
        return tr("warning");
    case Severity::Suggestion:
        break;
    }
    return tr("suggestion");
}

QString Texts::policyKind(const std::string &kindId)
{
    if (kindId == "managed")
        return tr("managed policy");
    if (kindId == "inline-user")
        return tr("inline policies of a user");
    if (kindId == "inline-group")
        return tr("inline policies of a group");
    if (kindId == "inline-role")
        return tr("inline policies of a role");
    return QString::fromStdString(kindId);
}

QString Texts::flowName(EnrollmentFlow flow)
{
    switch (flow) {
    case EnrollmentFlow::ConsoleVirtual:
        return tr("Console: virtual authenticator app");
    case EnrollmentFlow::SecurityKey:
        return tr("Console: security key or passkey");
    case EnrollmentFlow::Hardware:
        return tr("Console: hardware TOTP token");
    case EnrollmentFlow::Cli:
        return tr("AWS CLI: virtual device");
    case EnrollmentFlow::RetryAfterAbandoned:
        break;
    }
    return tr("Console: retry after an abandoned enrollment");
}

QString Texts::scenarioStep(const std::string &stepId)
{
    if (stepId == "get-user")
        return tr("Open Security credentials: read the user (GetUser)");
    if (stepId == "list-mfa-devices")
        return tr("List the user's MFA devices (ListMFADevices)");
    if (stepId == "list-virtual-mfa-devices")
        return tr("Show virtual device details (ListVirtualMFADevices)");
    if (stepId == "create-virtual-device")
        return tr("Create the virtual device with the chosen name (CreateVirtualMFADevice)");
    if (stepId == "enable-device")
        return tr("Enable the device for the user with two codes (EnableMFADevice)");
    if (stepId == "get-session-token-with-mfa")
        return tr("Get an MFA session with the existing device (GetSessionToken)");
    if (stepId == "get-session-token")
        return tr("Get an MFA session with the new device (GetSessionToken)");
    if (stepId == "delete-pending-device")
        return tr("Delete the device left pending by the abandoned attempt (DeleteVirtualMFADevice)");
    return QString::fromStdString(stepId);
}

QString Texts::scenarioOutcome(const std::string &outcomeId)
{
    if (outcomeId.empty())
        return {};
    if (outcomeId == "entity-already-exists") {
        return tr("Allowed, but fails with EntityAlreadyExists: the pending device from the abandoned attempt still "
                  "holds this name. An administrator must delete it, or the user picks another name.");
    }
    return QString::fromStdString(outcomeId);
}

QString Texts::sessionTokenNote()
{
    return tr("sts:GetSessionToken is always allowed: policies cannot control authentication operations, so "
              "neither an Allow nor a Deny for it has any effect.");
}

QString Texts::skipReasonId(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NotAnObject:
        return QStringLiteral("not-an-object");
    case SkipReason::MissingEffect:
        return QStringLiteral("missing-effect");
    case SkipReason::InvalidEffect:
        return QStringLiteral("invalid-effect");
    case SkipReason::MissingAction:
        return QStringLiteral("missing-action");
    case SkipReason::ActionAndNotAction:
        return QStringLiteral("action-and-notaction");
    case SkipReason::InvalidAction:
        return QStringLiteral("invalid-action");
    case SkipReason::EmptyAction:
        return QStringLiteral("empty-action");
    case SkipReason::MissingResource:
        return QStringLiteral("missing-resource");
    case SkipReason::ResourceAndNotResource:
        return QStringLiteral("resource-and-notresource");
    case SkipReason::InvalidResource:
        return QStringLiteral("invalid-resource");
    case SkipReason::EmptyResource:
        return QStringLiteral("empty-resource");
    case SkipReason::InvalidCondition:
        return QStringLiteral("invalid-condition");
    case SkipReason::InvalidConditionValue:
        return QStringLiteral("invalid-condition-value");
    case SkipReason::EmptyConditionValues:
        return QStringLiteral("empty-condition-values");
    case SkipReason::UnreadableConditionValue:
        return QStringLiteral("unreadable-condition-value");
    case SkipReason::InvalidConditionOperator:
        break;
    }
    return QStringLiteral("invalid-condition-operator");
}

QString Texts::skipReason(SkipReason reason)
{
    switch (reason) {
    case SkipReason::NotAnObject:
        return tr("the statement is not a JSON object");
    case SkipReason::MissingEffect:
        return tr("it has no Effect");
    case SkipReason::InvalidEffect:
        return tr("its Effect is not \"Allow\" or \"Deny\" (case-sensitive)");
    case SkipReason::MissingAction:
        return tr("it has neither Action nor NotAction");
    case SkipReason::ActionAndNotAction:
        return tr("it has both Action and NotAction");
    case SkipReason::InvalidAction:
        return tr("its Action or NotAction is not a string or a list of strings");
    case SkipReason::EmptyAction:
        return tr("its Action or NotAction is an empty list");
    case SkipReason::MissingResource:
        return tr("it has neither Resource nor NotResource");
    case SkipReason::ResourceAndNotResource:
        return tr("it has both Resource and NotResource");
    case SkipReason::InvalidResource:
        return tr("its Resource or NotResource is not a string or a list of strings");
    case SkipReason::EmptyResource:
        return tr("its Resource or NotResource is an empty list");
    case SkipReason::InvalidCondition:
        return tr("its Condition is not an object of operators and keys");
    case SkipReason::InvalidConditionValue:
        return tr("a condition value is not a string, number or boolean");
    case SkipReason::EmptyConditionValues:
        return tr("a condition key has an empty list of values");
    case SkipReason::UnreadableConditionValue:
        return tr("a condition value cannot be read as its operator's type (a number, date, Boolean, IP address "
                  "or base64)");
    case SkipReason::InvalidConditionOperator:
        break;
    }
    return tr("a condition operator is unknown (or NullIfExists)");
}

QString Texts::skippedStatement(std::span<const Policy *const> policies, const SkippedStatement &skipped)
{
    QStringList reasons;
    for (const SkipCause &cause : skipped.causes) {
        const QString reason = skipReason(cause.reason);
        if (!reasons.contains(reason))
            reasons << reason;
    }
    QString name = statementName(policies, skipped.ref);
    if (policies.size() == 1 && skipped.ref.policy < policies.size() && policies[skipped.ref.policy]
        && !policies[skipped.ref.policy]->name.empty())
        name = tr("%1 of %2").arg(name, QString::fromStdString(policies[skipped.ref.policy]->name));
    return tr("%1 could not be evaluated and was left out: %2").arg(name, reasons.join(QStringLiteral("; ")));
}

QString Texts::indeterminateEvaluation(std::span<const Policy *const> policies, const Evaluation &evaluation)
{
    QStringList statements;
    for (const SkippedStatement &skipped : evaluation.skipped) {
        if (skipped.mightApply && skipped.effect != Effect::Allow)
            statements << skippedStatement(policies, skipped);
    }
    return tr("no decision: a Deny statement, or one whose Effect cannot be read, might apply to this request but "
              "could not be evaluated, so any answer could be wrong (IAM rejects such a policy). %1")
        .arg(statements.join(QStringLiteral(" ")));
}

QString Texts::exportReminder(const std::string &reminderId)
{
    if (reminderId == "policy-version-limit") {
        return tr("A managed policy keeps at most 5 versions. When it already has 5, delete a non-default version "
                  "first (aws iam delete-policy-version).");
    }
    return QString::fromStdString(reminderId);
}

} // namespace mfapolicy
