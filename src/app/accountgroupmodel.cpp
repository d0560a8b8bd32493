#include "accountgroupmodel.h"

#include <map>

namespace mfapolicy {

AccountGroupModel::AccountGroupModel(QObject *parent) : QAbstractTableModel(parent) { }

void AccountGroupModel::setState(const AccountStatePtr &state)
{
    beginResetModel();
    m_groups.clear();
    if (state) {
        std::map<QString, Group> groups;
        for (const AccountUser &user : state->dump.users) {
            for (const std::string &name : user.groups) {
                Group &group = groups[QString::fromStdString(name)];
                group.name = QString::fromStdString(name);
                group.members << QString::fromStdString(user.name);
                for (const PrincipalPolicy &policy : user.principal.policies)
                    if (policy.group == name && !group.policies.contains(QString::fromStdString(policy.name)))
                        group.policies << QString::fromStdString(policy.name);
            }
        }
        // A group the dump does not hold is named in a DUMP_GROUP_MISSING problem.
        for (auto &[name, group] : groups) {
            group.inDump = true;
            for (const AccountProblem &p : state->dump.problems)
                if (p.id == "DUMP_GROUP_MISSING" && !p.args.empty() && QString::fromStdString(p.args[0]) == name)
                    group.inDump = false;
            m_groups.push_back(std::move(group));
        }
    }
    endResetModel();
}

QStringList AccountGroupModel::groupNames() const
{
    QStringList names;
    for (const Group &group : m_groups)
        names << group.name;
    return names;
}

int AccountGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

int AccountGroupModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountGroupModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Group &group = m_groups[std::size_t(index.row())];
    if (role == MemberCountRole)
        return int(group.members.size());
    if (role == InDumpRole)
        return group.inDump;
    if (role == MembersRole)
        return group.members;
    if (role == PoliciesRole)
        return group.policies;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return group.name;
    case MembersColumn:
        return tr("%n member(s): %1", nullptr, int(group.members.size())).arg(group.members.join(QStringLiteral(", ")));
    case PoliciesColumn:
        if (!group.inDump)
            return tr("not in the dump: its policies are unknown");
        return group.policies.isEmpty() ? tr("none") : group.policies.join(QStringLiteral(", "));
    default:
        return {};
    }
}

QVariant AccountGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Group");
    case MembersColumn:
        return tr("Members");
    case PoliciesColumn:
        return tr("Policies");
    default:
        return {};
    }
}

} // namespace mfapolicy
