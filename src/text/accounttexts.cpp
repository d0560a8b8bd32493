#include "accounttexts.h"

namespace mfapolicy {

QString AccountTexts::accountUsers(const std::string &account, int users)
{
    return tr("Account %1: %n user(s)", nullptr, users).arg(QString::fromStdString(account));
}

QString AccountTexts::problem(const AccountProblem &p)
{
    const auto arg = [&p](std::size_t i) { return i < p.args.size() ? QString::fromStdString(p.args[i]) : QString(); };
    const QString id = QString::fromStdString(p.id);
    if (id == QLatin1String("DUMP_SYNTAX"))
        return tr("not valid JSON: %1").arg(arg(0));
    if (id == QLatin1String("DUMP_NOT_ACCOUNT_DUMP"))
        return tr("not an account dump: there is no UserDetailList (write one with "
                  "'aws iam get-account-authorization-details --output json')");
    if (id == QLatin1String("DUMP_TRUNCATED"))
        return tr("the dump was saved with IsTruncated: true, so users or policies may be missing; "
                  "fetch it again with the AWS CLI, which reads every page");
    if (id == QLatin1String("DUMP_CUT"))
        return tr("the file ends in the middle: only the entries read whole are analysed");
    if (id == QLatin1String("DUMP_ENTRY_INCOMPLETE"))
        return tr("%1 entry %2 is cut off and left out").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_WRONG_TYPE"))
        return tr("%1 must be a JSON %2").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_DOCUMENT_UNREADABLE"))
        return tr("the document of policy %1 cannot be read").arg(arg(0));
    if (id == QLatin1String("DUMP_POLICY_MISSING"))
        return tr("policy %1 of user %2 is not in the dump (nor an AWS managed policy known here)").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_GROUP_MISSING"))
        return tr("group %1 of user %2 is not in the dump").arg(arg(0), arg(1));
    if (id == QLatin1String("DUMP_NO_DEFAULT_VERSION"))
        return tr("policy %1 has no default version in the dump").arg(arg(0));
    return id;
}

QString AccountTexts::location(const QString &path, const AccountProblem &p)
{
    if (p.line > 0)
        return QStringLiteral("%1:%2:%3").arg(path).arg(p.line).arg(p.column);
    if (!p.pointer.empty())
        return QStringLiteral("%1:%2").arg(path, QString::fromStdString(p.pointer));
    return path;
}

QString AccountTexts::layer(Layer layer)
{
    switch (layer) {
    case Layer::Scp:
        return tr("a service control policy");
    case Layer::PermissionsBoundary:
        return tr("the permissions boundary");
    case Layer::Identity:
        break;
    }
    return tr("the identity-based policies");
}

QString AccountTexts::origin(const AccountPolicy &policy)
{
    switch (policy.origin) {
    case PolicyOrigin::AwsManaged:
        return tr("AWS managed");
    case PolicyOrigin::CustomerManaged:
        return tr("customer managed, version %1").arg(QString::fromStdString(policy.versionId));
    case PolicyOrigin::Inline:
        break;
    }
    return tr("inline in %1").arg(QString::fromStdString(policy.owner));
}

QString AccountTexts::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString AccountTexts::answer(const QString &question, bool value)
{
    return tr("%1: %2").arg(question, yesNo(value));
}

QString AccountTexts::stalePolicy()
{
    return tr("allows iam:CreateVirtualMFADevice only on devices named like the user");
}

QString AccountTexts::notAnalysed(bool indeterminate)
{
    return indeterminate ? tr("not analysed: a statement that might decide cannot be read")
                         : tr("not analysed: something it depends on is missing from the dump");
}

QString AccountTexts::canEnrollAnyName(const QString &deviceName)
{
    return tr("can enroll a virtual MFA device named \"%1\" without MFA").arg(deviceName);
}

QString AccountTexts::onlyNamedLikeUser()
{
    return tr("only a device named like the user works (the pre-November-2022 resource)");
}

QString AccountTexts::mustSignInWithMfa()
{
    return tr("must sign in with MFA before anything else");
}

QString AccountTexts::accessKeysActWithoutMfa()
{
    return tr("long-term access keys act without MFA");
}

QString AccountTexts::accessKeysCanEnroll()
{
    return tr("long-term access keys can enroll a device");
}

QString AccountTexts::canSeeAllUsers()
{
    return tr("sees every user name before MFA");
}

QString AccountTexts::canDeactivateWithoutMfa()
{
    return tr("can deactivate MFA without MFA");
}

QString AccountTexts::refusal(const QString &action, Layer layer, const QString &message)
{
    return tr("%1 is refused by %2: %3").arg(action, AccountTexts::layer(layer), message);
}

QString AccountTexts::question(const std::string &id)
{
    if (id == "canEnrollAnyName")
        return tr("can enroll a virtual MFA device with a name of one's own without MFA");
    if (id == "canEnrollNamedLikeUser")
        return tr("can enroll a virtual MFA device named like the user without MFA");
    if (id == "mustSignInWithMfa")
        return mustSignInWithMfa();
    if (id == "accessKeysActWithoutMfa")
        return accessKeysActWithoutMfa();
    if (id == "accessKeysCanEnroll")
        return accessKeysCanEnroll();
    if (id == "canSeeAllUsers")
        return canSeeAllUsers();
    if (id == "canDeactivateWithoutMfa")
        return canDeactivateWithoutMfa();
    return QString::fromStdString(id);
}

QString AccountTexts::awsManagedRemedy()
{
    return tr("AWS managed policies cannot be changed: attach a corrected customer managed policy instead, or "
              "detach it");
}

QString AccountTexts::blocksEnrollment(const QString &users)
{
    return tr("blocks enrollment with a device name of one's own for: %1").arg(users);
}

} // namespace mfapolicy
