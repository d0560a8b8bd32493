#include "accountwords.h"

#include "accountcommand.h"

namespace mfapolicy {

QString AccountWords::problem(const AccountProblem &p)
{
    const auto arg = [&p](std::size_t i) { return i < p.args.size() ? QString::fromStdString(p.args[i]) : QString(); };
    const QString id = QString::fromStdString(p.id);
    if (id == QLatin1String("DUMP_SYNTAX"))
        return AccountCommand::tr("not valid JSON: %1").arg(arg(0));
    if (id == QLatin1String("DUMP_NOT_ACCOUNT_DUMP"))
        return AccountCommand::tr("not an account dump: there is no UserDetailList (write one with "
                                  "'aws iam get-account-authorization-details --output json')");
    if (id == QLatin1String("DUMP_TRUNCATED"))
        return AccountCommand::tr("the dump was saved with IsTruncated: true, so users or policies may be missing; "
                                  "fetch it again with the AWS CLI, which reads every page");
    if (id == QLatin1String("DUMP_CUT"))
        return AccountCommand::tr("the file ends in the middle: only the entries read whole are analysed");
    if (id == QLatin1String("DUMP_ENTRY_INCOMPLETE"))
        return AccountCommand::tr("%1 entry %2 is cut off and left out").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_WRONG_TYPE"))
        return AccountCommand::tr("%1 must be a JSON %2").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_DOCUMENT_UNREADABLE"))
        return AccountCommand::tr("the document of policy %1 cannot be read").arg(arg(0));
    if (id == QLatin1String("DUMP_POLICY_MISSING"))
        return AccountCommand::tr("policy %1 of user %2 is not in the dump (nor an AWS managed policy known here)")
            .arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_GROUP_MISSING"))
        return AccountCommand::tr("group %1 of user %2 is not in the dump").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_NO_DEFAULT_VERSION"))
        return AccountCommand::tr("policy %1 has no default version in the dump").arg(arg(0));
    return id;
}

QString AccountWords::location(const QString &path, const AccountProblem &p)
{
    if (p.line > 0)
        return QStringLiteral("%1:%2:%3").arg(path).arg(p.line).arg(p.column);
    if (!p.pointer.empty())
        return QStringLiteral("%1:%2").arg(path, QString::fromStdString(p.pointer));
    return path;
}

QString AccountWords::yesNo(bool value)
{
    return value ? AccountCommand::tr("yes") : AccountCommand::tr("no");
}

QString AccountWords::layer(Layer layer)
{
    switch (layer) {
    case Layer::Scp:
        return AccountCommand::tr("a service control policy");
    case Layer::PermissionsBoundary:
        return AccountCommand::tr("the permissions boundary");
    case Layer::Identity:
        break;
    }
    return AccountCommand::tr("the identity-based policies");
}

QString AccountWords::origin(const AccountPolicy &policy)
{
    switch (policy.origin) {
    case PolicyOrigin::AwsManaged:
        return AccountCommand::tr("AWS managed");
    case PolicyOrigin::CustomerManaged:
        return AccountCommand::tr("customer managed, version %1").arg(QString::fromStdString(policy.versionId));
    case PolicyOrigin::Inline:
        break;
    }
    return AccountCommand::tr("inline in %1").arg(QString::fromStdString(policy.owner));
}

QString AccountWords::answer(const std::string &id)
{
    if (id == "canEnrollAnyName")
        return AccountCommand::tr("can enroll a virtual MFA device with a name of one's own without MFA");
    if (id == "canEnrollNamedLikeUser")
        return AccountCommand::tr("can enroll a virtual MFA device named like the user without MFA");
    if (id == "mustSignInWithMfa")
        return AccountCommand::tr("must sign in with MFA before anything else");
    if (id == "accessKeysActWithoutMfa")
        return AccountCommand::tr("long-term access keys act without MFA");
    if (id == "accessKeysCanEnroll")
        return AccountCommand::tr("long-term access keys can enroll a device");
    if (id == "canSeeAllUsers")
        return AccountCommand::tr("sees every user name before MFA");
    if (id == "canDeactivateWithoutMfa")
        return AccountCommand::tr("can deactivate MFA without MFA");
    return QString::fromStdString(id);
}

QString AccountWords::awsManagedRemedy()
{
    return AccountCommand::tr("AWS managed policies cannot be changed: attach a corrected customer managed "
                              "policy instead, or detach it");
}

} // namespace mfapolicy
