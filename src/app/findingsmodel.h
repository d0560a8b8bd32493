#pragma once

#include "finding.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <vector>

namespace mfapolicy {

/// The findings of the current text: severity, title and line:column per row.
class FindingsModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { SeverityColumn, MessageColumn, LocationColumn, ColumnCount };
    enum Role {
        SeverityRole = Qt::UserRole, ///< int(Severity)
        RuleIdRole,
        HasFixRole,
        LineRole,
        ColumnRole,
    };

    explicit FindingsModel(QObject *parent = nullptr);

    void setFindings(std::vector<Finding> findings);
    const std::vector<Finding> &findings() const { return m_findings; }
    const Finding *finding(int row) const;

    static QIcon severityIcon(Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Finding> m_findings;
};

} // namespace mfapolicy
