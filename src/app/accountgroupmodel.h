#pragma once

#include "accountstate.h"

#include <QAbstractTableModel>
#include <QStringList>

namespace mfapolicy {

/// The groups the users of an account dump belong to, with their members and policies.
class AccountGroupModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MembersColumn, PoliciesColumn, ColumnCount };
    enum Role {
        MemberCountRole = Qt::UserRole,
        InDumpRole,
        MembersRole, ///< QStringList of user names
        PoliciesRole, ///< QStringList of policy names
    };

    explicit AccountGroupModel(QObject *parent = nullptr);

    void setState(const AccountStatePtr &state);
    /// Group names, sorted.
    QStringList groupNames() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group {
        QString name;
        QStringList members;
        QStringList policies;
        bool inDump = false; ///< some member has a policy through it, or it has no policy at all
    };
    std::vector<Group> m_groups;
};

} // namespace mfapolicy
