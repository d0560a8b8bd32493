#pragma once

#include "finding.h"

#include <QAbstractTableModel>
#include <QIcon>

#include <vector>

namespace mfapolicy {

/// The findings of the current text: severity, title and line:column per row; for a finding about
/// another policy of the principal, that policy's name before its line and column.
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

    /// `places` names, per finding, the other policy it is about (empty for this document's own).
    void setFindings(std::vector<Finding> findings, std::vector<QString> places = {});
    const std::vector<Finding> &findings() const { return m_findings; }
    const Finding *finding(int row) const;

    static QIcon severityIcon(Severity severity);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Finding> m_findings;
    std::vector<QString> m_places;
};

} // namespace mfapolicy
