#include "accountusermodel.h"

#include "accounttexts.h"

#include <QGuiApplication>
#include <QStringList>

namespace mfapolicy {

namespace {

QStringList groupNames(const AccountUser &user)
{
    QStringList names;
    for (const std::string &group : user.groups)
        names << QString::fromStdString(group);
    return names;
}

} // namespace

AccountUserModel::AccountUserModel(QObject *parent) : QAbstractTableModel(parent) { }

void AccountUserModel::setState(AccountStatePtr state)
{
    beginResetModel();
    m_state = std::move(state);
    endResetModel();
}

void AccountUserModel::setHighContrast(bool on)
{
    if (on == m_highContrast)
        return;
    m_highContrast = on;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, EnrollColumn), index(rowCount() - 1, ColumnCount - 1),
                           {Qt::DisplayRole, Qt::BackgroundRole, Qt::ForegroundRole});
}

int AccountUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_state ? 0 : int(m_state->dump.users.size());
}

int AccountUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool AccountUserModel::answer(const UserAnswers &u, int column)
{
    switch (column) {
    case EnrollColumn:
        return u.canEnrollAnyName;
    case SignInWithMfaColumn:
        return u.mustSignInWithMfa;
    case KeysActColumn:
        return u.accessKeysActWithoutMfa;
    case KeysEnrollColumn:
        return u.accessKeysCanEnroll;
    case SeesUsersColumn:
        return u.canSeeAllUsers;
    case DeactivateColumn:
        return u.canDeactivateWithoutMfa;
    default:
        return false;
    }
}

bool AccountUserModel::yesIsGood(int column)
{
    switch (column) {
    case EnrollColumn: // a user without MFA can set MFA up
    case SignInWithMfaColumn: // MFA is forced
        return true;
    case KeysActColumn: // stolen keys work without MFA
    case KeysEnrollColumn: // whoever holds the keys can register their own device
    case SeesUsersColumn: // a password alone reveals every user name
    case DeactivateColumn: // a password alone removes the user's MFA
        break;
    }
    return false;
}

StudioPalette::Verdict AccountUserModel::verdict(const UserAnswers &answers, int column)
{
    if (!answers.analysed)
        return StudioPalette::Verdict::Undetermined;
    return answer(answers, column) == yesIsGood(column) ? StudioPalette::Verdict::Good : StudioPalette::Verdict::Bad;
}

QString AccountUserModel::question(int column, const QString &deviceName)
{
    switch (column) {
    case EnrollColumn:
        return AccountTexts::canEnrollAnyName(deviceName);
    case SignInWithMfaColumn:
        return AccountTexts::mustSignInWithMfa();
    case KeysActColumn:
        return AccountTexts::accessKeysActWithoutMfa();
    case KeysEnrollColumn:
        return AccountTexts::accessKeysCanEnroll();
    case SeesUsersColumn:
        return AccountTexts::canSeeAllUsers();
    case DeactivateColumn:
        return AccountTexts::canDeactivateWithoutMfa();
    default:
        return {};
    }
}

QVariant AccountUserModel::data(const QModelIndex &index, int role) const
{
    if (!m_state || !index.isValid() || index.row() >= rowCount())
        return {};
    const std::size_t row = std::size_t(index.row());
    const AccountUser &user = m_state->dump.users[row];
    const UserAnswers &u = m_state->users[row];
    const int column = index.column();
    const bool isAnswer = column >= EnrollColumn;
    if (role == UserIndexRole)
        return int(row);
    if (role == GroupsRole)
        return groupNames(user);
    if (role == AnalysedRole)
        return u.analysed;
    if (role == AnswerRole)
        return isAnswer ? QVariant(u.analysed ? int(answer(u, column)) : -1) : QVariant();
    if (isAnswer && role == SortRole)
        return u.analysed ? int(answer(u, column)) : -1;
    if (role == Qt::DisplayRole || (role == SortRole && !isAnswer)) {
        switch (column) {
        case NameColumn:
            return QString::fromStdString(user.name);
        case PathColumn:
            return QString::fromStdString(user.principal.identity.userPath);
        case GroupsColumn:
            return groupNames(user).join(QStringLiteral(", "));
        default:
            // Short, to keep the columns narrow: the tooltip and the details say why.
            if (!u.analysed)
                return tr("? unknown");
            return QStringLiteral("%1 %2").arg(style(u, column).symbol, AccountTexts::yesNo(answer(u, column)));
        }
    }
    if (isAnswer && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const DecisionStyle shown = style(u, column);
        return role == Qt::BackgroundRole ? shown.background : shown.foreground;
    }
    if (role == Qt::ToolTipRole) {
        if (!u.analysed)
            return AccountTexts::notAnalysed(u.indeterminate);
        if (isAnswer)
            return AccountTexts::answer(question(column, QString::fromStdString(u.deviceName)), answer(u, column));
        if (column == NameColumn)
            return QString::fromStdString(user.arn);
    }
    return {};
}

DecisionStyle AccountUserModel::style(const UserAnswers &answers, int column) const
{
    return StudioPalette::verdict(verdict(answers, column),
                                  StudioPalette::variantOf(QGuiApplication::palette(), m_highContrast));
}

QVariant AccountUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    // Two short lines keep every answer column in sight; the tooltip asks the whole question.
    if (role == Qt::ToolTipRole && section >= EnrollColumn)
        return question(section, tr("USER-phone"));
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("User");
    case PathColumn:
        return tr("Path");
    case GroupsColumn:
        return tr("Groups");
    case EnrollColumn:
        return tr("Enroll\nany name");
    case SignInWithMfaColumn:
        return tr("MFA\nforced");
    case KeysActColumn:
        return tr("Keys act\nwithout MFA");
    case KeysEnrollColumn:
        return tr("Keys can\nenroll");
    case SeesUsersColumn:
        return tr("Sees all\nusers");
    case DeactivateColumn:
        return tr("Deactivate\nwithout MFA");
    default:
        return {};
    }
}

} // namespace mfapolicy
