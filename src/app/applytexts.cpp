#include "applytexts.h"

#include "accounttexts.h"

namespace mfapolicy {

QString ApplyTexts::question(const std::string &id, const QString &deviceName)
{
    if (id == "canEnrollAnyName")
        return AccountTexts::canEnrollAnyName(deviceName);
    if (id == "canEnrollNamedLikeUser")
        return tr("can enroll a virtual MFA device named like the user without MFA");
    if (id == "mustSignInWithMfa")
        return AccountTexts::mustSignInWithMfa();
    if (id == "accessKeysActWithoutMfa")
        return AccountTexts::accessKeysActWithoutMfa();
    if (id == "accessKeysCanEnroll")
        return AccountTexts::accessKeysCanEnroll();
    if (id == "canSeeAllUsers")
        return AccountTexts::canSeeAllUsers();
    if (id == "canDeactivateWithoutMfa")
        return AccountTexts::canDeactivateWithoutMfa();
    return QString::fromStdString(id);
}

QString ApplyTexts::answerChanges(const AccountDump &dump, const std::vector<UserAnswers> &answers,
                                  const std::vector<UserChange> &users)
{
    QStringList lines;
    for (const UserChange &user : users) {
        if (user.user >= dump.users.size())
            continue;
        const QString name = QString::fromStdString(dump.users[user.user].name);
        const QString deviceName
            = user.user < answers.size() ? QString::fromStdString(answers[user.user].deviceName) : QString();
        for (const AnswerChange &change : user.changes)
            lines << tr("%1: %2: %3 → %4")
                         .arg(name, question(change.answer, deviceName), AccountTexts::yesNo(change.before),
                              AccountTexts::yesNo(change.after));
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace mfapolicy
