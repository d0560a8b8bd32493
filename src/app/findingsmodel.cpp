#include "findingsmodel.h"

#include "texts.h"

namespace mfapolicy {

FindingsModel::FindingsModel(QObject *parent) : QAbstractTableModel(parent) { }

void FindingsModel::setFindings(std::vector<Finding> findings, std::vector<QString> places)
{
    beginResetModel();
    m_findings = std::move(findings);
    m_places = std::move(places);
    m_places.resize(m_findings.size());
    endResetModel();
}

const Finding *FindingsModel::finding(int row) const
{
    if (row < 0 || row >= int(m_findings.size()))
        return nullptr;
    return &m_findings[std::size_t(row)];
}

QIcon FindingsModel::severityIcon(Severity severity)
{
    return QIcon(QStringLiteral(":/icons/severity-") + QString::fromLatin1(severityId(severity))
                 + QStringLiteral(".svg"));
}

int FindingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Finding &f = m_findings[std::size_t(index.row())];
    const QString &place = m_places[std::size_t(index.row())];
    switch (role) {
    case SeverityRole:
        return int(f.severity);
    case RuleIdRole:
        return QString::fromStdString(f.ruleId);
    case HasFixRole:
        return !f.fixes.empty();
    case LineRole:
        return f.range.line;
    case ColumnRole:
        return f.range.column;
    case Qt::ToolTipRole:
        if (!place.isEmpty())
            return QString(tr("In %1:").arg(place) + QLatin1Char(' ') + Texts::findingExplanation(f.ruleId, f.args));
        return Texts::findingExplanation(f.ruleId, f.args);
    default:
        break;
    }
    switch (index.column()) {
    case SeverityColumn:
        if (role == Qt::DisplayRole)
            return Texts::severity(f.severity);
        if (role == Qt::DecorationRole)
            return severityIcon(f.severity);
        break;
    case MessageColumn:
        if (role == Qt::DisplayRole)
            return Texts::findingTitle(f.ruleId, f.args);
        break;
    case LocationColumn:
        if (role == Qt::DisplayRole && !place.isEmpty())
            return tr("%1, %2:%3").arg(place).arg(f.range.line).arg(f.range.column);
        if (role == Qt::DisplayRole)
            return tr("%1:%2").arg(f.range.line).arg(f.range.column);
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case MessageColumn:
        return tr("Finding");
    case LocationColumn:
        return tr("Line");
    default:
        return {};
    }
}

} // namespace mfapolicy
