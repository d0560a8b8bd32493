#pragma once

#include "checker.h"
#include "documentio.h"
#include "matrix.h"

#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>

class QTableView;

namespace Ui {
class PolicyTab;
}

namespace mfapolicy {

class AnalysisScheduler;
class DecisionMatrixModel;
class Document;
class FindBar;
class FindingsModel;
class MatrixFilterModel;
class MatrixPane;
class PolicyEditor;
class PresentationLayout;
class PrincipalSetup;
struct PolicyAnalysis;
struct PrincipalPolicy;

/// One open policy: the editor beside the decision matrix of the principal it is part of, the
/// findings and the explanation of the selected cell or finding. The file is its Document's, the
/// timing of analyses its scheduler's; the window owns the menus.
class PolicyTab final : public QWidget
{
    Q_OBJECT
public:
    explicit PolicyTab(QWidget *parent = nullptr);
    ~PolicyTab() override;

    Document *document() const { return m_document; }
    /// The principal the matrix is of; without one, the document's policy alone for the default user.
    void setPrincipalSetup(PrincipalSetup *setup);

    /// Opens a file; false (and `error` set) when it cannot be opened as a policy.
    bool loadFile(const QString &path, QString *error);
    /// Starts an untitled document with the given text (not an undo step, not modified).
    void setUntitledText(const QString &text, const QString &name);
    /// Saves atomically; empty on success, else the reason.
    QString saveTo(const QString &path);

    QString filePath() const;
    QString displayName() const;
    bool isModified() const;
    QString recoveryId() const;
    void setRecoveryId(const QString &id);

    PolicyEditor *editor() const;
    FindBar *findBar() const { return m_findBar; }
    DecisionMatrixModel *matrixModel() const;
    MatrixFilterModel *matrixFilterModel() const;
    FindingsModel *findingsModel() const { return m_findingsModel; }
    std::shared_ptr<const PolicyAnalysis> analysis() const { return m_analysis; }
    /// The analysis whose matrix is shown: the current one, or while the text has JSON errors the
    /// last one without (null when there never was one).
    std::shared_ptr<const PolicyAnalysis> matrixAnalysis() const;
    /// True while the matrix shows an older version than the text.
    bool matrixIsStale() const;

    /// Runs a pending analysis now (after programmatic edits, before migration).
    void analyseNow();
    /// Applies edits (byte offsets into the analysed text) as one undo step.
    void applyEdits(const std::vector<TextEdit> &edits);
    /// Text for the status bar: validity and size against the quota.
    QString statusText() const;
    /// The simulated user of the matrix.
    SimulationIdentity identity() const;

    QByteArray editorSplitterState() const;
    QByteArray verticalSplitterState() const;
    void restoreSplitters(const QByteArray &editorState, const QByteArray &verticalState);

    QTableView *matrixView() const;
    /// Selects a statement's text in the editor (from the scenario's "decided by" or another tab).
    void selectStatement(std::size_t statement);
    /// Makes the matrix cell of this request current; false when no visible row has it.
    bool selectMatrixCell(const QString &action, const QString &resource, AuthState state);
    /// Makes the document's own finding like `finding` (same rule, place and arguments) current
    /// and shows it; false when it has none.
    bool selectFinding(const Finding &finding);
    /// The high-contrast variant of the decision colours (presentation mode).
    void setHighContrast(bool on);
    /// How the tab shares its room while a class follows the scenario in presentation mode.
    PresentationLayout *presentationLayout() const { return m_presentationLayout; }

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void modificationChanged(bool modified);
    void titleChanged();
    void analysed();
    void fileDeleted();
    /// A deciding statement lives in another policy of the principal: show it there, with the
    /// cell of this request (`action`, `resource`, `state`) current.
    void statementRequested(const mfapolicy::PrincipalPolicy &policy, std::size_t statement, const QString &action,
                            const QString &resource, mfapolicy::AuthState state);

    /// A finding about another policy of the principal was chosen: show it in that policy.
    void findingRequested(const mfapolicy::PrincipalPolicy &policy, const mfapolicy::Finding &finding);

private:
    const Finding *ownFinding(int row) const;
    void showAnalysis(std::shared_ptr<const PolicyAnalysis> analysis);
    void onMatrixCurrentChanged(const QModelIndex &current);
    void onFindingActivated(const QModelIndex &index);
    void onLinkClicked(const QUrl &url);
    QList<std::pair<int, int>> decidingRanges(const QModelIndex &current) const;
    void showCellExplanation(const QModelIndex &current);
    void onCursorMoved();
    void applyFix(int findingRow, std::size_t fixIndex);
    QStringList completions(int position, const QString &prefix) const;
    std::pair<int, int> statementSpan(std::size_t statement) const;

    std::unique_ptr<Ui::PolicyTab> m_ui;
    Document *m_document = nullptr;
    AnalysisScheduler *m_scheduler = nullptr;
    QPointer<PrincipalSetup> m_setup;
    FindBar *m_findBar = nullptr;
    MatrixPane *m_matrix = nullptr;
    PresentationLayout *m_presentationLayout = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    std::shared_ptr<const PolicyAnalysis> m_analysis;
};

} // namespace mfapolicy
