#pragma once

#include "matrix.h"

#include <QElapsedTimer>
#include <QObject>

#include <memory>
#include <vector>

class QComboBox;
class QLabel;
class QModelIndex;
class QTableView;
class QTimer;

namespace mfapolicy {

class DecisionDelegate;
class DecisionMatrixModel;
class MatrixFilterModel;
struct PolicyAnalysis;
struct PrincipalPolicy;

/// The decision matrix of a policy tab: its models and delegate, the filter, the line saying whose
/// matrix it is and the notice while it shows an older version of the text. The tab keeps the
/// editor's side (highlighted statements, explanations).
class MatrixPane final : public QObject
{
    Q_OBJECT
public:
    MatrixPane(QTableView *view, QComboBox *filter, QLabel *summary, QLabel *notice, QObject *parent = nullptr);

    DecisionMatrixModel *model() const { return m_model; }
    MatrixFilterModel *filterModel() const { return m_filterModel; }
    QTableView *view() const { return m_view; }
    std::shared_ptr<const PolicyAnalysis> matrixAnalysis() const { return m_matrixAnalysis; }
    bool isStale() const { return m_matrixAnalysis != m_analysis; }

    /// Shows a new analysis; its matrix when its text parsed, else the last one that did. The
    /// current cell is kept where its row still exists and returned (invalid when there is none).
    QModelIndex setAnalysis(std::shared_ptr<const PolicyAnalysis> analysis);
    /// Makes the cell of this request current; false when no visible row has it.
    bool selectCell(const QString &action, const QString &resource, AuthState state);
    /// The statements of the tab's own policy that decide the cell (none while the matrix is stale).
    std::vector<std::size_t> ownDecidingStatements(const QModelIndex &cell) const;
    /// The explanation of a cell, empty when there is none.
    QString cellExplanation(const QModelIndex &cell) const;
    /// Shows statement `statement` of the policy in slot `slotIndex`, with `cell` as the request.
    void requestStatement(std::size_t slotIndex, std::size_t statement, const QModelIndex &cell);
    void setHighContrast(bool on);
    void retranslate();

Q_SIGNALS:
    /// A deciding statement of the tab's own text.
    void ownStatementRequested(std::size_t statement);
    /// A deciding statement of another policy of the principal (see PolicyTab::statementRequested).
    void statementRequested(const mfapolicy::PrincipalPolicy &policy, std::size_t statement, const QString &action,
                            const QString &resource, mfapolicy::AuthState state);

private:
    void onClicked(const QModelIndex &index);
    void updateCellNotes();
    void showPrincipalSummary();
    void showNotice();
    void fitStateColumns();
    void fitWidth();

    QTableView *m_view;
    QComboBox *m_filter;
    QLabel *m_summary;
    QLabel *m_notice;
    DecisionMatrixModel *m_model;
    MatrixFilterModel *m_filterModel;
    DecisionDelegate *m_delegate;
    QTimer *m_staleNoticeTimer;
    std::shared_ptr<const PolicyAnalysis> m_analysis;
    std::shared_ptr<const PolicyAnalysis> m_matrixAnalysis;
    QElapsedTimer m_matrixAge;
};

} // namespace mfapolicy
