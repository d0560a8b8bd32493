#include "awserror.h"

#include <QRegularExpression>

namespace mfapolicy {

QString AwsError::id() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotInstalled:
        return QStringLiteral("aws-not-installed");
    case Kind::NoCredentials:
        return QStringLiteral("no-credentials");
    case Kind::SsoLoginNeeded:
        return QStringLiteral("sso-login-needed");
    case Kind::ProfileNotFound:
        return QStringLiteral("profile-not-found");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::EndpointUnreachable:
        return QStringLiteral("endpoint-unreachable");
    case Kind::ServiceError:
        return QStringLiteral("service-error");
    case Kind::OutputUnreadable:
        return QStringLiteral("output-unreadable");
    case Kind::DocumentInvalid:
        return QStringLiteral("document-invalid");
    case Kind::NotChangeable:
        return QStringLiteral("not-changeable");
    case Kind::Canceled:
        return QStringLiteral("canceled");
    case Kind::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

namespace {

AwsError make(AwsError::Kind kind, QStringList args, const QString &stderrText, int exitCode)
{
    AwsError error;
    error.kind = kind;
    error.args = std::move(args);
    error.stderrText = stderrText;
    error.exitCode = exitCode;
    return error;
}

} // namespace

AwsError classifyAwsFailure(int exitCode, const QString &stderrText, const QString &profile)
{
    const QString text = stderrText.trimmed();
    // botocore's NoCredentialsError ("Unable to locate credentials", followed by a hint in the CLI).
    if (text.contains(QLatin1String("Unable to locate credentials")))
        return make(AwsError::Kind::NoCredentials, {profile}, text, exitCode);
    // botocore's UnauthorizedSSOTokenError (legacy profiles), SSOTokenLoadError (never logged in)
    // and TokenRetrievalError from the sso token provider (sso-session profiles).
    if (text.contains(QLatin1String("The SSO session associated with this profile has expired"))
        || text.contains(QLatin1String("Error loading SSO Token"))
        || text.contains(QLatin1String("Error when retrieving token from sso")))
        return make(AwsError::Kind::SsoLoginNeeded, {profile}, text, exitCode);
    static const QRegularExpression profileMissing(QStringLiteral(R"(The config profile \((.*)\) could not be found)"));
    if (const auto match = profileMissing.match(text); match.hasMatch())
        return make(AwsError::Kind::ProfileNotFound, {match.captured(1)}, text, exitCode);
    static const QRegularExpression unreachable(
        QStringLiteral(R"re((?:Could not connect to the endpoint URL|Connect timeout on endpoint URL): "([^"]*)")re"));
    if (const auto match = unreachable.match(text); match.hasMatch())
        return make(AwsError::Kind::EndpointUnreachable, {match.captured(1)}, text, exitCode);
    // botocore's ClientError: "An error occurred (Code) when calling the Operation operation: message".
    static const QRegularExpression clientError(
        QStringLiteral(R"(An error occurred \(([^)]+)\) when calling the (\w+) operation(?: \([^)]*\))?: ([^\n]*))"));
    if (const auto match = clientError.match(text); match.hasMatch()) {
        const QString code = match.captured(1);
        const QString operation = match.captured(2);
        const QString message = match.captured(3).trimmed();
        AwsError error;
        if (code.startsWith(QLatin1String("AccessDenied")) || code == QLatin1String("UnauthorizedOperation"))
            error = make(AwsError::Kind::AccessDenied, {message, QStringLiteral("iam:") + operation}, text, exitCode);
        else
            error = make(AwsError::Kind::ServiceError, {code, operation, message}, text, exitCode);
        error.awsCode = code;
        return error;
    }
    return make(AwsError::Kind::Failed, {QString::number(exitCode)}, text, exitCode);
}

AwsError awsStartFailure(QProcess::ProcessError error, const QString &program, const QString &errorString)
{
    if (error == QProcess::FailedToStart)
        return make(AwsError::Kind::NotInstalled, {program}, errorString, -1);
    return make(AwsError::Kind::Failed, {QString::number(-1)}, errorString, -1);
}

} // namespace mfapolicy
