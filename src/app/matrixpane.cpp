#include "matrixpane.h"

#include "decisiondelegate.h"
#include "decisionmatrixmodel.h"
#include "languagechange.h"
#include "matrixfiltermodel.h"
#include "matrixnotice.h"
#include "policyanalysis.h"
#include "principalexplanation.h"
#include "settings.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QTableView>
#include <QTimer>

namespace mfapolicy {

MatrixPane::MatrixPane(QTableView *view, QComboBox *filter, QLabel *summary, QLabel *notice, QObject *parent)
    : QObject(parent)
    , m_view(view)
    , m_filter(filter)
    , m_summary(summary)
    , m_notice(notice)
    , m_model(new DecisionMatrixModel(this))
    , m_filterModel(new MatrixFilterModel(this))
    , m_delegate(new DecisionDelegate(DecisionMatrixModel::DecisionRole, DecisionMatrixModel::MarkedRole, this))
    , m_staleNoticeTimer(new QTimer(this))
{
    m_filterModel->setSourceModel(m_model);
    m_view->setModel(m_filterModel);
    m_view->setItemDelegate(m_delegate);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(DecisionMatrixModel::ActionColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DecisionMatrixModel::ResourceColumn, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    for (int c = DecisionMatrixModel::MfaSessionColumn; c < DecisionMatrixModel::ColumnCount; ++c)
        header->setSectionResizeMode(c, QHeaderView::Stretch);
    fitStateColumns();
    m_filter->setCurrentIndex(Settings::instance().matrixFilter());
    m_filterModel->setFilter(MatrixFilterModel::Filter(m_filter->currentIndex()));
    connect(m_filter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filterModel->setFilter(MatrixFilterModel::Filter(index));
        Settings::instance().setMatrixFilter(index);
    });
    connect(m_view, &QAbstractItemView::clicked, this, &MatrixPane::onClicked);
    connect(m_view, &QAbstractItemView::activated, this, &MatrixPane::onClicked);

    // The banner says how old the matrix is while the text has errors.
    m_staleNoticeTimer->setInterval(5000);
    connect(m_staleNoticeTimer, &QTimer::timeout, this, &MatrixPane::showNotice);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::ToolTipBase);
    m_notice->setForegroundRole(QPalette::ToolTipText);
}

void MatrixPane::retranslate()
{
    refreshModelTexts(m_model);
    updateCellNotes();
    showPrincipalSummary();
    fitStateColumns();
    showNotice();
}

// The decision columns share the room left, but never get narrower than their titles: a
// clipped "MFA session" or "長期のアクセスキー" would leave the matrix unreadable.
void MatrixPane::fitStateColumns()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QFontMetrics metrics(header->font());
    int widest = metrics.height() + 12;
    for (AuthState state : allAuthStates) {
        for (const QString &line : DecisionMatrixModel::headerTitle(state).split(QLatin1Char('\n')))
            widest = std::max(widest, metrics.horizontalAdvance(line) + 2 * metrics.averageCharWidth() + 8);
    }
    header->setMinimumSectionSize(widest);
    fitWidth();
}

// The view is never narrower than its columns: beside a dock or a wide editor, the splitter takes
// the room from the editor rather than push the last decision column out of sight.
void MatrixPane::fitWidth()
{
    const QHeaderView *header = m_view->horizontalHeader();
    int width = 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width();
    if (!m_view->verticalHeader()->isHidden())
        width += m_view->verticalHeader()->sizeHint().width();
    const QAbstractItemView *view = m_view; // QTableView hides sizeHintForColumn
    for (int column : {DecisionMatrixModel::ActionColumn, DecisionMatrixModel::ResourceColumn})
        width += std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    width += (DecisionMatrixModel::ColumnCount - DecisionMatrixModel::MfaSessionColumn) * header->minimumSectionSize();
    m_view->setMinimumWidth(width);
}

void MatrixPane::setHighContrast(bool on)
{
    m_delegate->setHighContrast(on);
    m_view->viewport()->update();
}

bool MatrixPane::selectCell(const QString &action, const QString &resource, AuthState state)
{
    const std::string actionName = action.toStdString();
    const std::string resourceArn = resource.toStdString();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const MatrixRow *r = m_model->row(row);
        if (r->action != actionName || r->resource != resourceArn)
            continue;
        const int column = DecisionMatrixModel::MfaSessionColumn + int(state);
        const QModelIndex index = m_filterModel->mapFromSource(m_model->index(row, column));
        if (!index.isValid())
            return false;
        m_view->setCurrentIndex(index);
        // The action's name is written on the first row of its resources: brought into view with
        // the cell where they fit together, so a class stepping through sees which call it is.
        int first = index.row();
        while (
            first > 0
            && m_filterModel->index(first - 1, DecisionMatrixModel::ActionColumn).data(DecisionMatrixModel::ActionRole)
                == index.siblingAtColumn(DecisionMatrixModel::ActionColumn).data(DecisionMatrixModel::ActionRole))
            --first;
        m_view->scrollTo(m_filterModel->index(first, column));
        m_view->scrollTo(index);
        return true;
    }
    return false;
}

QModelIndex MatrixPane::setAnalysis(std::shared_ptr<const PolicyAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    const PolicyAnalysis &a = *m_analysis;
    // Keep the selected cell selected across the reset when the row still exists.
    const QModelIndex current = m_view->currentIndex();
    const int currentRow = current.isValid() ? m_filterModel->mapToSource(current).row() : -1;
    const int currentColumn = current.column();

    // Text that is not JSON gives only a partial model, whose matrix would look confident and be
    // wrong. The last version that parsed stays on show, marked as such, until the text parses again.
    if (a.source.isValidJson()) {
        m_matrixAnalysis = m_analysis;
        m_matrixAge.start();
        m_model->setMatrix(a.matrix);
        updateCellNotes();
        fitWidth();
    } else if (!m_matrixAnalysis) {
        m_model->setMatrix(std::nullopt);
    }
    showNotice();
    showPrincipalSummary();
    QModelIndex restored;
    if (currentRow >= 0 && currentRow < m_model->rowCount())
        restored = m_filterModel->mapFromSource(m_model->index(currentRow, currentColumn));
    const QSignalBlocker blocker(m_view->selectionModel());
    m_view->setCurrentIndex(restored);
    return restored;
}

std::vector<std::size_t> MatrixPane::ownDecidingStatements(const QModelIndex &cell) const
{
    std::vector<std::size_t> statements;
    // An older version's statements are not where they were in the text as it is now.
    if (isStale() || !m_analysis)
        return statements;
    const Evaluation *e = m_model->evaluation(m_filterModel->mapToSource(cell));
    if (!e || e->decision == Decision::ImplicitDeny || e->indeterminate || !m_analysis->principalMatrix)
        return statements;
    const std::vector<PrincipalPolicyRef> &policySlots = m_analysis->principalMatrix->policySlots;
    for (const StatementRef &ref : e->decision == Decision::ExplicitDeny ? e->deniedBy : e->allowedBy) {
        if (ref.policy < policySlots.size() && m_analysis->principal.isOwn(policySlots[ref.policy]))
            statements.push_back(ref.statement);
    }
    return statements;
}

QString MatrixPane::cellExplanation(const QModelIndex &cell) const
{
    const QModelIndex source = m_filterModel->mapToSource(cell);
    const MatrixRow *row = m_model->row(source.row());
    const std::optional<AuthState> state = DecisionMatrixModel::stateForColumn(source.column());
    if (!row || !state || !m_matrixAnalysis || !m_matrixAnalysis->principalMatrix)
        return {};
    return PrincipalExplanation::cell(m_matrixAnalysis->principal, *m_matrixAnalysis->principalMatrix,
                                      std::size_t(source.row()), *state);
}

void MatrixPane::onClicked(const QModelIndex &index)
{
    if (!m_matrixAnalysis || !m_matrixAnalysis->principalMatrix || isStale())
        return;
    const Evaluation *e = m_model->evaluation(m_filterModel->mapToSource(index));
    if (!e || e->decision == Decision::ImplicitDeny || e->indeterminate)
        return;
    const std::vector<StatementRef> &refs = e->decision == Decision::ExplicitDeny ? e->deniedBy : e->allowedBy;
    const std::vector<PrincipalPolicyRef> &policySlots = m_matrixAnalysis->principalMatrix->policySlots;
    // A deciding statement of this document is highlighted here already.
    const bool here = std::any_of(refs.begin(), refs.end(), [&](const StatementRef &ref) {
        return ref.policy < policySlots.size() && m_matrixAnalysis->principal.isOwn(policySlots[ref.policy]);
    });
    if (!here && !refs.empty())
        requestStatement(refs.front().policy, refs.front().statement, index);
}

void MatrixPane::requestStatement(std::size_t slotIndex, std::size_t statement, const QModelIndex &cell)
{
    if (!m_matrixAnalysis || !m_matrixAnalysis->principalMatrix
        || slotIndex >= m_matrixAnalysis->principalMatrix->policySlots.size())
        return;
    const PrincipalPolicyRef &slot = m_matrixAnalysis->principalMatrix->policySlots[slotIndex];
    if (m_matrixAnalysis->principal.isOwn(slot)) {
        Q_EMIT ownStatementRequested(statement);
        return;
    }
    const PrincipalPolicy *policy = m_matrixAnalysis->principal.policy(slot);
    const QModelIndex source = m_filterModel->mapToSource(cell);
    const MatrixRow *row = m_model->row(source.row());
    const std::optional<AuthState> state = DecisionMatrixModel::stateForColumn(source.column());
    if (policy && row && state)
        Q_EMIT statementRequested(PrincipalPolicy(*policy), statement, QString::fromStdString(row->action),
                                  QString::fromStdString(row->resource), *state);
}

void MatrixPane::updateCellNotes()
{
    if (!m_matrixAnalysis || !m_matrixAnalysis->principalMatrix)
        return;
    const PrincipalMatrix &matrix = *m_matrixAnalysis->principalMatrix;
    std::vector<std::array<DecisionMatrixModel::CellNote, 3>> notes(matrix.origins.size());
    for (std::size_t row = 0; row < matrix.origins.size(); ++row) {
        for (AuthState state : allAuthStates) {
            const CellOrigin &origin = matrix.origins[row][authStateIndex(state)];
            notes[row][authStateIndex(state)]
                = {origin.indeterminate ? QString() : PrincipalExplanation::layerTag(origin.layer),
                   PrincipalExplanation::decidedBy(m_matrixAnalysis->principal, matrix, row, state)};
        }
    }
    m_model->setCellNotes(std::move(notes));
}

// One line above the matrix: whose matrix it is.
void MatrixPane::showPrincipalSummary()
{
    if (!m_matrixAnalysis) {
        m_summary->clear();
        return;
    }
    const PrincipalView &view = m_matrixAnalysis->principal;
    const Principal &p = view.principal;
    const QString user = QString::fromStdString(p.identity.userName);
    if (view.ownImplicit && p.policies.size() == 1 && !p.boundary && p.scps.empty()) {
        m_summary->setText(tr("User %1 with this policy alone").arg(user));
        return;
    }
    const int included = int(std::count_if(p.policies.begin(), p.policies.end(),
                                           [](const PrincipalPolicy &policy) { return !policy.excluded; }));
    QStringList parts {tr("%n identity-based policies", nullptr, included)};
    if (p.boundary)
        parts.append(tr("a permissions boundary"));
    if (!p.scps.empty())
        parts.append(tr("SCPs at %n level(s)", nullptr, int(p.scps.size())));
    QString text = tr("User %1: %2").arg(user, parts.join(QStringLiteral(", ")));
    if (view.ownImplicit)
        text += QLatin1Char(' ') + tr("(this document is not attached: it counts as an inline policy)");
    m_summary->setText(text);
}

void MatrixPane::showNotice()
{
    const QString notice = m_analysis ? MatrixNotice::text(*m_analysis, m_matrixAnalysis.get(),
                                                           m_matrixAge.isValid() ? m_matrixAge.elapsed() / 1000 : 0)
                                      : QString();
    if (isStale() && m_matrixAnalysis)
        m_staleNoticeTimer->start();
    else
        m_staleNoticeTimer->stop();
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

} // namespace mfapolicy
