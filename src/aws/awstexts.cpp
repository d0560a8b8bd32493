#include "awstexts.h"

namespace mfapolicy {

namespace {

QString arg(const AwsError &error, int index)
{
    return index < error.args.size() ? error.args.at(index) : QString();
}

QString ssoLoginCommand(const QString &profile)
{
    return profile.isEmpty() ? QStringLiteral("aws sso login") : QStringLiteral("aws sso login --profile ") + profile;
}

} // namespace

QString AwsTexts::error(const AwsError &error)
{
    switch (error.kind) {
    case AwsError::Kind::None:
        return {};
    case AwsError::Kind::NotInstalled:
        return tr("The AWS CLI (%1) is not installed or not on the PATH. Install the Debian package awscli "
                  "(sudo apt install awscli) or pip's awscli, then try again.")
            .arg(arg(error, 0));
    case AwsError::Kind::NoCredentials:
        if (arg(error, 0).isEmpty())
            return tr("The AWS CLI found no credentials. Choose a profile, or set one up with \"aws configure\" "
                      "or \"aws configure sso\".");
        return tr("The AWS CLI found no credentials for the profile %1. Set them up with \"aws configure --profile "
                  "%1\" or \"aws configure sso --profile %1\".")
            .arg(arg(error, 0));
    case AwsError::Kind::SsoLoginNeeded:
        return tr("The SSO session has expired or was never started. Sign in with \"%1\", then try again.")
            .arg(ssoLoginCommand(arg(error, 0)));
    case AwsError::Kind::ProfileNotFound:
        return tr("The AWS CLI has no profile named %1. Run \"aws configure list-profiles\" to see the profiles.")
            .arg(arg(error, 0));
    case AwsError::Kind::AccessDenied:
        return tr("AWS denied the request: %1\nThe identity in use needs the permission %2.")
            .arg(arg(error, 0), arg(error, 1));
    case AwsError::Kind::EndpointUnreachable:
        return tr("Could not reach %1. Check the network connection, the region and the endpoint URL.")
            .arg(arg(error, 0));
    case AwsError::Kind::ServiceError:
        return tr("AWS answered %1 to %2: %3").arg(arg(error, 0), arg(error, 1), arg(error, 2));
    case AwsError::Kind::OutputUnreadable:
        return tr("The AWS CLI succeeded but its output could not be read: %1").arg(arg(error, 0));
    case AwsError::Kind::DocumentInvalid:
        return tr("The corrected document of %1 is not valid JSON: %2").arg(arg(error, 0), arg(error, 1));
    case AwsError::Kind::NotChangeable:
        return tr("%1 is managed by AWS and cannot be changed; attach a customer managed policy instead.")
            .arg(arg(error, 0));
    case AwsError::Kind::Canceled:
        return tr("Canceled.");
    case AwsError::Kind::Failed:
        return tr("The AWS CLI failed (exit code %1).").arg(arg(error, 0));
    }
    return {};
}

QString AwsTexts::errorWithDetails(const AwsError &error)
{
    const QString words = AwsTexts::error(error);
    if (error.stderrText.isEmpty() || error.kind == AwsError::Kind::AccessDenied
        || error.kind == AwsError::Kind::ServiceError)
        return words;
    return words + QLatin1Char('\n') + tr("The AWS CLI said:") + QLatin1Char('\n') + error.stderrText;
}

QString AwsTexts::status(PolicyApplyResult::Status status)
{
    switch (status) {
    case PolicyApplyResult::Status::Applied:
        return tr("applied and read back");
    case PolicyApplyResult::Status::Unchanged:
        return tr("already corrected, nothing to do");
    case PolicyApplyResult::Status::NotConfirmed:
        return tr("not applied: deleting a stored version was not confirmed");
    case PolicyApplyResult::Status::NotPlanned:
        return tr("not applied: it could not be planned");
    case PolicyApplyResult::Status::Failed:
        return tr("failed");
    case PolicyApplyResult::Status::VerifyFailed:
        return tr("applied, but AWS returned another document or default version");
    case PolicyApplyResult::Status::Canceled:
        return tr("not applied: the run was stopped before it");
    }
    return {};
}

QString AwsTexts::outcome(const QString &id)
{
    if (id == QLatin1String("rolled-back"))
        return tr("rolled back and read back");
    for (const auto status : {PolicyApplyResult::Status::Applied, PolicyApplyResult::Status::Failed,
                              PolicyApplyResult::Status::VerifyFailed, PolicyApplyResult::Status::Unchanged,
                              PolicyApplyResult::Status::Canceled}) {
        if (id == PolicyApplyResult::statusId(status))
            return AwsTexts::status(status);
    }
    return id;
}

} // namespace mfapolicy
