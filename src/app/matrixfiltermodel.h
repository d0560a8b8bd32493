#pragma once

#include <QSortFilterProxyModel>

namespace mfapolicy {

/// Filters the decision matrix (all rows, rows whose decisions differ, MFA actions only) and
/// keeps the action name shown once per visible group.
class MatrixFilterModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Filter { AllRows, DifferingRows, MfaActions };
    explicit MatrixFilterModel(QObject *parent = nullptr);

    Filter filter() const { return m_filter; }
    void setFilter(Filter filter);

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = AllRows;
};

} // namespace mfapolicy
