#include "accountpolicymodel.h"

#include "accounttexts.h"

#include <QStringList>

namespace mfapolicy {

AccountPolicyModel::AccountPolicyModel(QObject *parent) : QAbstractTableModel(parent) { }

void AccountPolicyModel::setState(AccountStatePtr state)
{
    beginResetModel();
    m_state = std::move(state);
    endResetModel();
}

int AccountPolicyModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_state ? 0 : int(m_state->dump.policies.size());
}

int AccountPolicyModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AccountPolicyModel::attachedTo(std::size_t index) const
{
    const AccountPolicy &policy = m_state->dump.policies[index];
    if (policy.origin == PolicyOrigin::Inline)
        return QString::fromStdString(policy.owner);
    QStringList where;
    for (std::size_t u : policy.users) {
        const Principal &principal = m_state->dump.users[u].principal;
        for (const PrincipalPolicy &attached : principal.policies) {
            if (attached.arn != policy.arn)
                continue;
            const QString at = attached.group.empty()
                ? QStringLiteral("user/") + QString::fromStdString(m_state->dump.users[u].name)
                : QStringLiteral("group/") + QString::fromStdString(attached.group);
            if (!where.contains(at))
                where << at;
        }
        if (principal.boundary && principal.boundary->arn == policy.arn) {
            const QString at = tr("boundary of user/%1").arg(QString::fromStdString(m_state->dump.users[u].name));
            if (!where.contains(at))
                where << at;
        }
    }
    return where.join(QStringLiteral(", "));
}

QString AccountPolicyModel::userNames(const std::vector<std::size_t> &users) const
{
    QStringList names;
    for (std::size_t u : users)
        names << QString::fromStdString(m_state->dump.users[u].name);
    return names.join(QStringLiteral(", "));
}

QVariant AccountPolicyModel::data(const QModelIndex &index, int role) const
{
    if (!m_state || !index.isValid() || index.row() >= rowCount())
        return {};
    const std::size_t row = std::size_t(index.row());
    const AccountPolicy &policy = m_state->dump.policies[row];
    const PolicyAnswers &answers = m_state->policies[row];
    if (role == PolicyIndexRole)
        return int(row);
    if (role == SortRole) {
        if (index.column() == ReachedColumn)
            return int(answers.users.size());
        if (index.column() == BlockedColumn)
            return int(answers.blocksEnrollment.size());
        role = Qt::DisplayRole;
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == ReachedColumn)
            return userNames(answers.users);
        if (index.column() == BlockedColumn)
            return userNames(answers.blocksEnrollment);
        if (index.column() == StaleColumn && answers.stale)
            return AccountTexts::stalePolicy();
        if (index.column() == NameColumn)
            return QString::fromStdString(policy.arn.empty() ? policy.owner : policy.arn);
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return QString::fromStdString(policy.name);
    case KindColumn:
        return AccountTexts::origin(policy);
    case AttachedColumn:
        return attachedTo(row);
    case ReachedColumn:
        return int(answers.users.size());
    case BlockedColumn:
        return int(answers.blocksEnrollment.size());
    case StaleColumn:
        return AccountTexts::yesNo(answers.stale);
    default:
        return {};
    }
}

QVariant AccountPolicyModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole && section == StaleColumn)
        return AccountTexts::stalePolicy();
    if (role == Qt::ToolTipRole && section == BlockedColumn)
        return tr("Users who cannot enroll a device with a name of their own because of this policy");
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Policy");
    case KindColumn:
        return tr("Kind");
    case AttachedColumn:
        return tr("Attached to");
    case ReachedColumn:
        return tr("Users reached");
    case BlockedColumn:
        return tr("Users blocked");
    case StaleColumn:
        return tr("Stale device resource");
    default:
        return {};
    }
}

} // namespace mfapolicy
