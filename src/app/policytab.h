#pragma once

#include "checker.h"
#include "documentio.h"
#include "matrix.h"

#include <QElapsedTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QFileSystemWatcher;
class QTableView;
class QTimer;

namespace Ui {
class PolicyTab;
}

namespace mfapolicy {

class BackgroundAnalysis;
class DecisionDelegate;
class DecisionMatrixModel;
class FindBar;
class FindingsModel;
class MatrixFilterModel;
class PolicyEditor;
struct PolicyAnalysis;

/// One open policy: the editor beside its live decision matrix, the findings and the
/// explanation of the selected cell or finding. Knows its file; the window owns the menus.
class PolicyTab final : public QWidget
{
    Q_OBJECT
public:
    /// Debounce between the last keystroke and the analysis.
    static constexpr int analysisDelayMs = 150;

    explicit PolicyTab(QWidget *parent = nullptr);
    ~PolicyTab() override;

    /// Opens a file; false (and `error` set) when it cannot be opened as a policy.
    bool loadFile(const QString &path, QString *error);
    /// Starts an untitled document with the given text (not an undo step, not modified).
    void setUntitledText(const QString &text, const QString &name);
    /// Saves atomically; empty on success, else the reason.
    QString saveTo(const QString &path);
    /// Re-reads the file from disk, dropping edits.
    bool reload(QString *error);

    QString filePath() const { return m_filePath; }
    QString displayName() const;
    bool isModified() const;
    QString recoveryId() const { return m_recoveryId; }
    void setRecoveryId(const QString &id) { m_recoveryId = id; }

    PolicyEditor *editor() const;
    FindBar *findBar() const { return m_findBar; }
    DecisionMatrixModel *matrixModel() const { return m_matrixModel; }
    MatrixFilterModel *matrixFilterModel() const { return m_filterModel; }
    FindingsModel *findingsModel() const { return m_findingsModel; }
    std::shared_ptr<const PolicyAnalysis> analysis() const { return m_analysis; }
    /// The analysis whose matrix is shown: the current one, or while the text has JSON errors the
    /// last one without (null when there never was one).
    std::shared_ptr<const PolicyAnalysis> matrixAnalysis() const { return m_matrixAnalysis; }
    /// True while the matrix shows an older version than the text.
    bool matrixIsStale() const { return m_matrixAnalysis != m_analysis; }

    /// Runs a pending analysis now (after programmatic edits, before migration).
    void analyseNow();
    /// Applies edits (byte offsets into the analysed text) as one undo step.
    void applyEdits(const std::vector<TextEdit> &edits);
    /// Text for the status bar: validity and size against the quota.
    QString statusText() const;

    QByteArray editorSplitterState() const;
    QByteArray verticalSplitterState() const;
    void restoreSplitters(const QByteArray &editorState, const QByteArray &verticalState);
    void setIdentity(const SimulationIdentity &identity);
    SimulationIdentity identity() const { return m_identity; }

    QTableView *matrixView() const;
    /// Selects a statement's text in the editor (from the scenario's "decided by").
    void selectStatement(std::size_t statement);
    /// Makes the matrix cell of this request current; false when no visible row has it.
    bool selectMatrixCell(const QString &action, const QString &resource, AuthState state);
    /// The high-contrast variant of the decision colours (presentation mode).
    void setHighContrast(bool on);

protected:
    void changeEvent(QEvent *event) override;

Q_SIGNALS:
    void modificationChanged(bool modified);
    void titleChanged();
    void analysed();
    void fileDeleted();

private:
    void scheduleAnalysis();
    void startAnalysis();
    void showAnalysis(std::shared_ptr<const PolicyAnalysis> analysis);
    void onMatrixCurrentChanged(const QModelIndex &current);
    void onFindingActivated(const QModelIndex &index);
    void showMatrixNotice();
    void fitStateColumns();
    QList<std::pair<int, int>> decidingRanges(const QModelIndex &current) const;
    void showCellExplanation(const QModelIndex &current);
    void onCursorMoved();
    void applyFix(int findingRow, std::size_t fixIndex);
    void onFileChanged(const QString &path);
    void watch(const QString &path);
    SimulationIdentity identityFromForm() const;
    QStringList completions(int position, const QString &prefix) const;
    std::pair<int, int> statementSpan(std::size_t statement) const;

    std::unique_ptr<Ui::PolicyTab> m_ui;
    FindBar *m_findBar = nullptr;
    DecisionMatrixModel *m_matrixModel = nullptr;
    MatrixFilterModel *m_filterModel = nullptr;
    FindingsModel *m_findingsModel = nullptr;
    DecisionDelegate *m_delegate = nullptr;
    QTimer *m_analysisTimer = nullptr;
    QFileSystemWatcher *m_watcher = nullptr;
    std::shared_ptr<const PolicyAnalysis> m_analysis;
    std::shared_ptr<const PolicyAnalysis> m_matrixAnalysis;
    QElapsedTimer m_matrixAge;
    QTimer *m_staleNoticeTimer = nullptr;
    SimulationIdentity m_identity;
    BackgroundAnalysis *m_background = nullptr;
    QString m_filePath;
    QString m_untitledName;
    QString m_recoveryId;
    FileFormat m_format;
    QByteArray m_lastSavedBytes;
    bool m_askingAboutDisk = false;
};

} // namespace mfapolicy
