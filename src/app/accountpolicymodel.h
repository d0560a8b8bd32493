#pragma once

#include "accountstate.h"

#include <QAbstractTableModel>

namespace mfapolicy {

/// The policies some user of an account dump is subject to, with how many users each one reaches
/// and blocks from enrolling a device with a name of their own.
class AccountPolicyModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, KindColumn, AttachedColumn, ReachedColumn, BlockedColumn, StaleColumn, ColumnCount };
    enum Role { PolicyIndexRole = Qt::UserRole, SortRole };

    explicit AccountPolicyModel(QObject *parent = nullptr);

    void setState(AccountStatePtr state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString attachedTo(std::size_t policy) const;
    QString userNames(const std::vector<std::size_t> &users) const;

    AccountStatePtr m_state;
};

} // namespace mfapolicy
