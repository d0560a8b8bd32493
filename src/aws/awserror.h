#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace mfapolicy {

/// Why a run of the AWS CLI did not give what was asked, as an id with arguments; AwsTexts words
/// it. The CLI's own stderr is always kept, so that nothing it said is lost.
struct AwsError {
    enum class Kind {
        None,
        NotInstalled, ///< args: the program looked for
        NoCredentials, ///< args: profile ("" for the default chain)
        SsoLoginNeeded, ///< the SSO session expired or was never started; args: profile
        ProfileNotFound, ///< args: profile
        AccessDenied, ///< args: AWS's message, the permission needed (e.g. iam:CreatePolicyVersion)
        EndpointUnreachable, ///< args: the endpoint URL the CLI named
        ServiceError, ///< any other "An error occurred (Code)": args: code, operation, AWS's message
        OutputUnreadable, ///< the CLI succeeded but its output is not what was asked; args: what
        DocumentInvalid, ///< a corrected document to apply is not JSON; args: policy, parser message
        NotChangeable, ///< an AWS managed policy (or another kind the CLI cannot change); args: policy
        Canceled, ///< the caller canceled; the child was killed
        Failed, ///< anything else; args: exit code
    };
    Kind kind = Kind::None;
    QStringList args;
    QString stderrText; ///< what the CLI printed on stderr, trimmed
    int exitCode = 0;

    bool isError() const { return kind != Kind::None; }
    /// Stable id for machine-readable output: "aws-not-installed", "no-credentials", "sso-login-needed",
    /// "profile-not-found", "access-denied", "endpoint-unreachable", "service-error", "output-unreadable",
    /// "document-invalid", "not-changeable", "canceled", "failed"; "" for no error.
    QString id() const;
    /// The AWS error code of ServiceError and AccessDenied ("LimitExceeded", "NoSuchEntity", ...), else "".
    QString awsCode;
};

/// Classifies a finished run from the CLI's exit code and stderr (the CLI's wording, as printed
/// by AWS CLI 1 and 2). `profile` is the --profile given, for the remedies that name it.
AwsError classifyAwsFailure(int exitCode, const QString &stderrText, const QString &profile);

/// The error for a child that could not be started (QProcess::FailedToStart and the like).
AwsError awsStartFailure(QProcess::ProcessError error, const QString &program, const QString &errorString);

} // namespace mfapolicy
