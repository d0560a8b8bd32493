#include "accountuserfilter.h"

#include "accountusermodel.h"

namespace mfapolicy {

AccountUserFilter::AccountUserFilter(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(AccountUserModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

QString AccountUserFilter::answerName(Answer answer)
{
    switch (answer) {
    case AnyAnswer:
        return tr("Every answer");
    case CannotEnrollAnyName:
        return tr("Cannot enroll a device with any name");
    case MfaSignInNotRequired:
        return tr("Not required to sign in with MFA");
    case KeysActWithoutMfa:
        return tr("Keys act without MFA");
    case KeysCanEnroll:
        return tr("Keys can enroll a device");
    case SeesAllUsers:
        return tr("Sees every user name before MFA");
    case CanDeactivateWithoutMfa:
        return tr("Can deactivate MFA without MFA");
    case NotAnalysed:
        return tr("Not analysed");
    case AnswerCount:
        break;
    }
    return {};
}

void AccountUserFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    invalidateRowsFilter();
}

void AccountUserFilter::setAnswer(Answer answer)
{
    m_answer = answer;
    invalidateRowsFilter();
}

void AccountUserFilter::setGroup(const QString &group)
{
    m_group = group;
    invalidateRowsFilter();
}

bool AccountUserFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QAbstractItemModel *model = sourceModel();
    const auto cell = [&](int column) { return model->index(sourceRow, column, sourceParent); };
    const QStringList groups = cell(0).data(AccountUserModel::GroupsRole).toStringList();
    if (!m_group.isEmpty() && !groups.contains(m_group))
        return false;
    if (!m_text.isEmpty()) {
        bool found = false;
        for (int column : {AccountUserModel::NameColumn, AccountUserModel::PathColumn, AccountUserModel::GroupsColumn})
            found = found || cell(column).data().toString().contains(m_text, Qt::CaseInsensitive);
        if (!found)
            return false;
    }
    const auto answer = [&](int column) { return cell(column).data(AccountUserModel::AnswerRole).toInt(); };
    switch (m_answer) {
    case AnyAnswer:
    case AnswerCount:
        return true;
    case CannotEnrollAnyName:
        return answer(AccountUserModel::EnrollColumn) == 0;
    case MfaSignInNotRequired:
        return answer(AccountUserModel::SignInWithMfaColumn) == 0;
    case KeysActWithoutMfa:
        return answer(AccountUserModel::KeysActColumn) == 1;
    case KeysCanEnroll:
        return answer(AccountUserModel::KeysEnrollColumn) == 1;
    case SeesAllUsers:
        return answer(AccountUserModel::SeesUsersColumn) == 1;
    case CanDeactivateWithoutMfa:
        return answer(AccountUserModel::DeactivateColumn) == 1;
    case NotAnalysed:
        return !cell(0).data(AccountUserModel::AnalysedRole).toBool();
    }
    return true;
}

} // namespace mfapolicy
