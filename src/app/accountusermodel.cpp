#include "accountusermodel.h"

#include "accounttexts.h"
#include "matrixrenderer.h"

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

// Yes is what IAM allows (the matrix's Allow style), no what it refuses; an enrollment that an
// explicit Deny refuses gets the explicit-deny style.
Decision answerDecision(const UserAnswers &u, int column)
{
    if (AccountUserModel::answer(u, column))
        return Decision::Allow;
    if (column == AccountUserModel::EnrollColumn)
        for (const Refusal &r : u.enrollmentRefusals)
            if (r.decision == Decision::ExplicitDeny)
                return Decision::ExplicitDeny;
    return Decision::ImplicitDeny;
}

} // namespace

AccountUserModel::AccountUserModel(QObject *parent) : QAbstractTableModel(parent) { }

void AccountUserModel::setState(AccountStatePtr state)
{
    beginResetModel();
    m_state = std::move(state);
    endResetModel();
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
            if (!u.analysed)
                return tr("? not analysed");
            return QStringLiteral("%1 %2").arg(MatrixRenderer::decisionStyle(answerDecision(u, column)).symbol,
                                               AccountTexts::yesNo(answer(u, column)));
        }
    }
    if (isAnswer && u.analysed && (role == Qt::BackgroundRole || role == Qt::ForegroundRole)) {
        const DecisionStyle style = MatrixRenderer::decisionStyle(answerDecision(u, column));
        return role == Qt::BackgroundRole ? style.background : style.foreground;
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

QVariant AccountUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
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
        return tr("Enroll any name");
    case SignInWithMfaColumn:
        return tr("MFA sign-in required");
    case KeysActColumn:
        return tr("Keys act without MFA");
    case KeysEnrollColumn:
        return tr("Keys can enroll");
    case SeesUsersColumn:
        return tr("Sees all users");
    case DeactivateColumn:
        return tr("Deactivate without MFA");
    default:
        return {};
    }
}

} // namespace mfapolicy
