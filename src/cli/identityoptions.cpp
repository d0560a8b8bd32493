#include "identityoptions.h"

#include <QRegularExpression>

namespace mfapolicy {

IdentityOptions::IdentityOptions()
    : m_user(QStringLiteral("user"), tr("The IAM user name (default alice)."), tr("NAME"))
    , m_account(QStringLiteral("account"), tr("The 12-digit account id (default 123456789012)."), tr("ID"))
    , m_deviceName(QStringLiteral("device-name"), tr("The name the user types for the new MFA device."), tr("NAME"))
    , m_userPath(QStringLiteral("user-path"), tr("The user's path, e.g. /engineering/ (default /)."), tr("PATH"))
    , m_otherUser(QStringLiteral("other-user"), tr("Another user of the account (default bob)."), tr("NAME"))
{ }

void IdentityOptions::addTo(QCommandLineParser &parser) const
{
    parser.addOptions({m_user, m_account, m_deviceName, m_userPath, m_otherUser});
}

bool IdentityOptions::read(const QCommandLineParser &parser, SimulationIdentity &identity, QString &error) const
{
    // IAM names: letters, digits and +=,.@_- (device names the same set).
    static const QRegularExpression name(QStringLiteral("^[\\w+=,.@-]{1,128}$"));
    static const QRegularExpression account(QStringLiteral("^[0-9]{12}$"));
    static const QRegularExpression path(QStringLiteral("^/([\\x21-\\x7e]*/)?$"));
    const auto take = [&](const QCommandLineOption &option, std::string &target, const QRegularExpression &pattern) {
        if (!parser.isSet(option))
            return true;
        const QString value = parser.value(option);
        if (!pattern.match(value).hasMatch()) {
            error = tr("invalid --%1: %2").arg(option.names().constFirst(), value);
            return false;
        }
        target = value.toStdString();
        return true;
    };
    if (!take(m_user, identity.userName, name) || !take(m_account, identity.account, account)
        || !take(m_deviceName, identity.deviceName, name) || !take(m_userPath, identity.userPath, path)
        || !take(m_otherUser, identity.otherUser, name))
        return false;
    // Without --device-name the device is called after the user's phone, as the console suggests.
    if (!parser.isSet(m_deviceName) && parser.isSet(m_user))
        identity.deviceName = identity.userName + "-phone";
    return true;
}

} // namespace mfapolicy
