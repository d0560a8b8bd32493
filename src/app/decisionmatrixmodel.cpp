#include "decisionmatrixmodel.h"

#include "texts.h"

#include <QFont>

#include <algorithm>

namespace mfapolicy {

DecisionMatrixModel::DecisionMatrixModel(QObject *parent) : QAbstractTableModel(parent) { }

void DecisionMatrixModel::setMatrix(std::optional<DecisionMatrix> matrix)
{
    beginResetModel();
    m_matrix = std::move(matrix);
    m_notes.clear();
    endResetModel();
}

void DecisionMatrixModel::setCellNotes(std::vector<std::array<CellNote, 3>> notes)
{
    m_notes = std::move(notes);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, MfaSessionColumn), index(rowCount() - 1, AccessKeyColumn),
                           {Qt::DisplayRole, Qt::ToolTipRole});
}

void DecisionMatrixModel::setMarkedStatement(std::optional<StatementRef> statement)
{
    if (statement == m_marked)
        return;
    m_marked = statement;
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, MfaSessionColumn), index(rowCount() - 1, AccessKeyColumn), {MarkedRole});
}

std::optional<AuthState> DecisionMatrixModel::stateForColumn(int column)
{
    switch (column) {
    case MfaSessionColumn:
        return AuthState::MfaSession;
    case NoMfaColumn:
        return AuthState::NoMfa;
    case AccessKeyColumn:
        return AuthState::AccessKey;
    default:
        return std::nullopt;
    }
}

const MatrixRow *DecisionMatrixModel::row(int row) const
{
    if (!m_matrix || row < 0 || row >= int(m_matrix->rows.size()))
        return nullptr;
    return &m_matrix->rows[std::size_t(row)];
}

const Evaluation *DecisionMatrixModel::evaluation(const QModelIndex &index) const
{
    const MatrixRow *r = row(index.row());
    if (!r || !stateForColumn(index.column()))
        return nullptr;
    return &r->cells[std::size_t(index.column() - MfaSessionColumn)].evaluation;
}

int DecisionMatrixModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_matrix ? 0 : int(m_matrix->rows.size());
}

int DecisionMatrixModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool DecisionMatrixModel::isMarked(const MatrixRow &row, int stateIndex) const
{
    if (!m_marked)
        return false;
    const Evaluation &e = row.cells[std::size_t(stateIndex)].evaluation;
    const std::vector<StatementRef> &deciding = e.decision == Decision::ExplicitDeny ? e.deniedBy : e.allowedBy;
    if (e.decision == Decision::ImplicitDeny || row.cells[std::size_t(stateIndex)].indeterminate)
        return false;
    return std::any_of(deciding.begin(), deciding.end(), [this](const StatementRef &ref) { return ref == *m_marked; });
}

QVariant DecisionMatrixModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MatrixRow &r = m_matrix->rows[std::size_t(index.row())];
    const bool groupStart = index.row() == 0 || m_matrix->rows[std::size_t(index.row() - 1)].action != r.action;
    switch (role) {
    case ActionRole:
        return QString::fromStdString(r.action);
    case DiffersRole:
        return r.differs();
    case MfaActionRole:
        return r.mfaAction;
    case GroupStartRole:
        return groupStart;
    case ResourceArnRole:
        return QString::fromStdString(r.resource);
    default:
        break;
    }
    if (const std::optional<AuthState> state = stateForColumn(index.column())) {
        const int stateIndex = index.column() - MfaSessionColumn;
        // An undetermined cell's evaluation holds no decision: it shows "? Undetermined", never
        // the Allow or Deny its evaluation happened to reach without the statement left out.
        const CellDecision decision = r.cells[std::size_t(stateIndex)].decision();
        const CellNote *note = std::size_t(index.row()) < m_notes.size()
            ? &m_notes[std::size_t(index.row())][std::size_t(stateIndex)]
            : nullptr;
        switch (role) {
        case Qt::DisplayRole:
            if (note && !note->tag.isEmpty() && decision != CellDecision::Undetermined)
                return QString(Texts::decision(decision) + QStringLiteral(" · ") + note->tag);
            return Texts::decision(decision);
        case Qt::AccessibleTextRole:
            return Texts::decisionLabel(decision);
        case Qt::ToolTipRole: {
            const QString tip
                = tr("%1 — %2: %3")
                      .arg(QString::fromStdString(r.action), Texts::authState(*state), Texts::decisionLabel(decision));
            return note && !note->decidedBy.isEmpty() ? QString(tip + QLatin1Char('\n') + note->decidedBy) : tip;
        }
        case DecisionRole:
            return int(decision);
        case MarkedRole:
            return isMarked(r, stateIndex);
        default:
            return {};
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == ActionColumn)
            return groupStart ? QString::fromStdString(r.action) : QString();
        return Texts::resourcePattern(r.pattern);
    case Qt::ToolTipRole:
        if (index.column() == ActionColumn)
            return QString::fromStdString(r.action);
        return QString::fromStdString(r.resource);
    case Qt::FontRole:
        if (index.column() == ActionColumn && !r.mfaAction) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QString DecisionMatrixModel::headerTitle(AuthState state)
{
    // The qualifier in parentheses goes on a second line, so the column can be as narrow as
    // its main words ("Access keys" / "(MFA key absent)").
    QString title = Texts::authState(state);
    const qsizetype paren = title.indexOf(QStringLiteral(" ("));
    if (paren > 0)
        title.replace(paren, 1, QLatin1Char('\n'));
    return title;
}

QVariant DecisionMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case ActionColumn:
            return tr("Action");
        case ResourceColumn:
            return tr("Resource");
        default:
            return headerTitle(*stateForColumn(section));
        }
    }
    if (role == Qt::ToolTipRole) {
        if (const std::optional<AuthState> state = stateForColumn(section))
            return Texts::authStateDescription(*state);
    }
    return {};
}

} // namespace mfapolicy
