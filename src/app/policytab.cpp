#include "policytab.h"

#include "actioncatalog.h"
#include "analysisscheduler.h"
#include "decisionmatrixmodel.h"
#include "document.h"
#include "explanationformatter.h"
#include "findbar.h"
#include "findingsmodel.h"
#include "languagechange.h"
#include "matrixpane.h"
#include "messagebox.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "presentationlayout.h"
#include "principalexplanation.h"
#include "principalsetup.h"
#include "settings.h"
#include "texts.h"
#include "ui_policytab.h"

#include <QDesktopServices>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTableView>
#include <QTextBlock>
#include <QVBoxLayout>

namespace mfapolicy {

namespace {
EditorDiagnostic::Level levelFor(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return EditorDiagnostic::Level::Error;
    case Severity::SecurityWarning:
        return EditorDiagnostic::Level::Security;
    case Severity::Warning:
        return EditorDiagnostic::Level::Warning;
    case Severity::Suggestion:
        return EditorDiagnostic::Level::Suggestion;
    }
    return EditorDiagnostic::Level::Error;
}

QString kindName(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Managed:
        return PolicyTab::tr("managed");
    case PolicyKind::InlineUser:
        return PolicyTab::tr("inline, user");
    case PolicyKind::InlineGroup:
        return PolicyTab::tr("inline, group");
    case PolicyKind::InlineRole:
        return PolicyTab::tr("inline, role");
    }
    return {};
}
} // namespace

PolicyTab::PolicyTab(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::PolicyTab>()), m_findingsModel(new FindingsModel(this))
{
    m_ui->setupUi(this);
    m_matrix = new MatrixPane(m_ui->matrixView, m_ui->matrixFilterCombo, m_ui->principalSummaryLabel,
                              m_ui->matrixNoticeLabel, this);
    connect(m_matrix, &MatrixPane::ownStatementRequested, this, &PolicyTab::selectStatement);
    connect(m_matrix, &MatrixPane::statementRequested, this, &PolicyTab::statementRequested);
    m_document = new Document(m_ui->policyEditor, this);
    m_scheduler = new AnalysisScheduler(
        [this] {
            return AnalysisScheduler::Input {m_ui->policyEditor->toPlainText(),
                                             m_setup ? m_setup->viewFor(this)
                                                     : PrincipalView::single(nullptr, Settings::instance().identity()),
                                             PolicyKind(Settings::instance().policyKind()), displayName()};
        },
        this);
    m_findBar = new FindBar(m_ui->policyEditor, m_ui->editorPane);
    m_findBar->setObjectName(QStringLiteral("findBar"));
    m_ui->editorLayout->addWidget(m_findBar);
    // First-run proportions; the user's own are restored by the window.
    m_ui->editorSplitter->setSizes({350, 650});
    m_ui->verticalSplitter->setSizes({640, 260});
    m_ui->bottomSplitter->setSizes({550, 450});
    m_presentationLayout = new PresentationLayout(m_ui->editorSplitter, m_ui->verticalSplitter, m_ui->matrixView, this);

    connect(m_ui->matrixView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PolicyTab::onMatrixCurrentChanged);

    m_ui->findingsView->setModel(m_findingsModel);
    // An empty list says so, rather than look like one that failed to fill.
    auto *none = new QLabel(tr("No findings"), m_ui->findingsView->viewport());
    none->setObjectName(QStringLiteral("noFindingsLabel"));
    none->setAlignment(Qt::AlignCenter);
    none->setForegroundRole(QPalette::PlaceholderText);
    none->setAttribute(Qt::WA_TransparentForMouseEvents);
    (new QVBoxLayout(m_ui->findingsView->viewport()))->addWidget(none);
    const auto showNone = [this, none] { none->setVisible(m_findingsModel->rowCount() == 0); };
    connect(m_findingsModel, &QAbstractItemModel::modelReset, none, showNone);
    connect(m_findingsModel, &QAbstractItemModel::rowsInserted, none, showNone);
    connect(m_findingsModel, &QAbstractItemModel::rowsRemoved, none, showNone);
    m_ui->findingsView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    QHeaderView *findingsHeader = m_ui->findingsView->horizontalHeader();
    findingsHeader->setSectionResizeMode(FindingsModel::SeverityColumn, QHeaderView::ResizeToContents);
    findingsHeader->setSectionResizeMode(FindingsModel::MessageColumn, QHeaderView::Stretch);
    findingsHeader->setSectionResizeMode(FindingsModel::LocationColumn, QHeaderView::ResizeToContents);
    connect(m_ui->findingsView, &QAbstractItemView::activated, this, &PolicyTab::onFindingActivated);
    connect(m_ui->findingsView, &QAbstractItemView::clicked, this, &PolicyTab::onFindingActivated);
    connect(m_ui->findingsView, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_ui->findingsView->indexAt(pos);
        const Finding *finding = ownFinding(index.row());
        if (!finding || finding->fixes.empty())
            return;
        QMenu menu(this);
        for (std::size_t i = 0; i < finding->fixes.size(); ++i) {
            const QuickFix &fix = finding->fixes[i];
            menu.addAction(Texts::quickFixTitle(fix.id, fix.args), this,
                           [this, row = index.row(), i] { applyFix(row, i); });
        }
        menu.exec(m_ui->findingsView->viewport()->mapToGlobal(pos));
    });
    connect(m_ui->applyFixButton, &QPushButton::clicked, this,
            [this] { applyFix(m_ui->findingsView->currentIndex().row(), 0); });
    m_ui->explanationView->setHtml(ExplanationFormatter::placeholder());

    PolicyEditor *ed = m_ui->policyEditor;
    connect(ed->document(), &QTextDocument::contentsChanged, m_scheduler, &AnalysisScheduler::schedule);
    connect(ed->document(), &QTextDocument::modificationChanged, this, &PolicyTab::modificationChanged);
    connect(ed, &QPlainTextEdit::cursorPositionChanged, this, &PolicyTab::onCursorMoved);
    ed->setCompletionSource([this](int position, const QString &prefix) { return completions(position, prefix); });
    connect(&Settings::instance(), &Settings::policyKindChanged, m_scheduler, &AnalysisScheduler::schedule);
    connect(m_document, &Document::titleChanged, this, &PolicyTab::titleChanged);
    connect(m_document, &Document::fileDeleted, this, &PolicyTab::fileDeleted);
    connect(m_document, &Document::textReplaced, m_scheduler, &AnalysisScheduler::start);

    m_ui->explanationView->setOpenLinks(false);
    connect(m_ui->explanationView, &QTextBrowser::anchorClicked, this, &PolicyTab::onLinkClicked);

    connect(m_scheduler, &AnalysisScheduler::analysed, this, &PolicyTab::showAnalysis);
    connect(m_scheduler, &AnalysisScheduler::runningChanged, m_ui->cancelAnalysisButton, &QWidget::setVisible);
    connect(m_scheduler, &AnalysisScheduler::backgroundStarted, this, [this] {
        m_ui->noticeLabel->setText(tr("Analysing a large text…"));
        m_ui->noticeLabel->show();
    });
    connect(m_ui->cancelAnalysisButton, &QPushButton::clicked, this, [this] {
        m_scheduler->cancel();
        m_ui->noticeLabel->setText(tr("Analysis cancelled: the matrix and the findings are those of an earlier "
                                      "text. Edit the text to analyse it again."));
    });
}

PolicyTab::~PolicyTab() = default;

void PolicyTab::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::LanguageChange)
        return;
    m_ui->retranslateUi(this);
    if (auto *none = findChild<QLabel *>(QStringLiteral("noFindingsLabel")))
        none->setText(tr("No findings"));
    m_matrix->retranslate();
    refreshModelTexts(m_findingsModel);
    // Explain again what is selected, now in the new language.
    const QModelIndex cell = m_ui->matrixView->currentIndex();
    const QModelIndex finding = m_ui->findingsView->currentIndex();
    if (m_ui->applyFixButton->isVisible() && finding.isValid())
        onFindingActivated(finding);
    else if (cell.isValid())
        onMatrixCurrentChanged(cell);
    else
        m_ui->explanationView->setHtml(ExplanationFormatter::placeholder());
    Q_EMIT titleChanged();
    Q_EMIT analysed();
}

DecisionMatrixModel *PolicyTab::matrixModel() const
{
    return m_matrix->model();
}

MatrixFilterModel *PolicyTab::matrixFilterModel() const
{
    return m_matrix->filterModel();
}

std::shared_ptr<const PolicyAnalysis> PolicyTab::matrixAnalysis() const
{
    return m_matrix->matrixAnalysis();
}

bool PolicyTab::matrixIsStale() const
{
    return m_matrix->isStale();
}

QTableView *PolicyTab::matrixView() const
{
    return m_ui->matrixView;
}

void PolicyTab::setHighContrast(bool on)
{
    m_matrix->setHighContrast(on);
}

void PolicyTab::selectStatement(std::size_t statement)
{
    if (!m_analysis)
        return;
    const auto [begin, end] = statementSpan(statement);
    if (end > begin)
        m_ui->policyEditor->selectRange(begin, end);
}

bool PolicyTab::selectMatrixCell(const QString &action, const QString &resource, AuthState state)
{
    return m_matrix->selectCell(action, resource, state);
}

PolicyEditor *PolicyTab::editor() const
{
    return m_ui->policyEditor;
}

QString PolicyTab::displayName() const
{
    return m_document->displayName();
}

QString PolicyTab::filePath() const
{
    return m_document->filePath();
}

bool PolicyTab::isModified() const
{
    return m_document->isModified();
}

QString PolicyTab::recoveryId() const
{
    return m_document->recoveryId();
}

void PolicyTab::setRecoveryId(const QString &id)
{
    m_document->setRecoveryId(id);
}

bool PolicyTab::loadFile(const QString &path, QString *error)
{
    return m_document->load(path, error);
}

void PolicyTab::setUntitledText(const QString &text, const QString &name)
{
    m_document->setUntitled(text, name);
}

QString PolicyTab::saveTo(const QString &path)
{
    return m_document->saveTo(path);
}

void PolicyTab::setPrincipalSetup(PrincipalSetup *setup)
{
    if (m_setup)
        m_setup->disconnect(this);
    m_setup = setup;
    if (setup) {
        connect(setup, &PrincipalSetup::changed, this, [this] { m_scheduler->invalidate(isVisible()); });
        connect(setup, &PrincipalSetup::sourcesChanged, this, [this](PolicyTab *origin) {
            if (origin != this)
                m_scheduler->invalidate(isVisible());
        });
    }
    m_scheduler->invalidate(isVisible());
}

SimulationIdentity PolicyTab::identity() const
{
    return m_setup ? m_setup->identity() : Settings::instance().identity();
}

void PolicyTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The principal changed while another tab was shown.
    if (m_scheduler->isOutdated())
        m_scheduler->start();
}

void PolicyTab::analyseNow()
{
    m_scheduler->analyseNow();
}

void PolicyTab::showAnalysis(std::shared_ptr<const PolicyAnalysis> analysis)
{
    m_analysis = std::move(analysis);
    const PolicyAnalysis &a = *m_analysis;
    const QModelIndex restored = m_matrix->setAnalysis(m_analysis);
    // Findings about another policy of the principal say which one.
    std::vector<QString> places;
    for (const Finding &f : a.findings) {
        const PrincipalPolicy *policy = a.isOwn(f) ? nullptr : a.policyOf(f);
        places.push_back(policy ? QString::fromStdString(policy->name) : QString());
    }
    m_findingsModel->setFindings(a.findings, std::move(places));

    QList<EditorDiagnostic> diagnostics;
    diagnostics.reserve(qsizetype(a.findings.size()));
    for (const Finding &f : a.findings) {
        if (!a.isOwn(f))
            continue;
        const auto [begin, end] = a.positions(f.range);
        diagnostics.append(
            {begin, end, levelFor(f.severity),
             Texts::severity(f.severity) + QStringLiteral(": ") + Texts::findingTitle(f.ruleId, f.args)});
    }

    m_ui->noticeLabel->hide();
    // The cell stays selected: its deciding statements are highlighted together with the new
    // underlines, in one pass over the editor's extra selections.
    m_ui->policyEditor->setAnnotations(diagnostics,
                                       restored.isValid() ? decidingRanges(restored) : QList<std::pair<int, int>> {});
    if (restored.isValid())
        showCellExplanation(restored);
    onCursorMoved();
    Q_EMIT analysed();
}

std::pair<int, int> PolicyTab::statementSpan(std::size_t statement) const
{
    const auto &statements = m_analysis->source.policy().statements;
    if (statement >= statements.size())
        return {0, 0};
    return m_analysis->positions(statements[statement].pointer).value_or(std::pair<int, int> {0, 0});
}

QList<std::pair<int, int>> PolicyTab::decidingRanges(const QModelIndex &current) const
{
    QList<std::pair<int, int>> ranges;
    for (std::size_t statement : m_matrix->ownDecidingStatements(current))
        ranges.append(statementSpan(statement));
    return ranges;
}

void PolicyTab::showCellExplanation(const QModelIndex &current)
{
    const QString html = m_matrix->cellExplanation(current);
    if (html.isEmpty())
        return;
    m_ui->explanationView->setHtml(html);
    m_ui->applyFixButton->hide();
}

void PolicyTab::onMatrixCurrentChanged(const QModelIndex &current)
{
    if (!m_analysis || !current.isValid())
        return;
    const QList<std::pair<int, int>> ranges = decidingRanges(current);
    m_ui->policyEditor->setHighlightedRanges(ranges);
    if (!ranges.isEmpty()) {
        // Show the statement without moving the cursor, which would re-mark cells.
        QTextCursor c(m_ui->policyEditor->document());
        c.setPosition(ranges.first().first);
        const QRect r = m_ui->policyEditor->cursorRect(c);
        if (!m_ui->policyEditor->viewport()->rect().contains(r.topLeft())) {
            const int block = m_ui->policyEditor->document()->findBlock(ranges.first().first).blockNumber();
            m_ui->policyEditor->verticalScrollBar()->setValue(std::max(0, block - 2));
        }
    }
    showCellExplanation(current);
}

void PolicyTab::onLinkClicked(const QUrl &url)
{
    if (url.scheme() != PrincipalExplanation::linkScheme()) {
        QDesktopServices::openUrl(url);
        return;
    }
    const QStringList parts = url.path().split(QLatin1Char('/'));
    bool policyOk = false;
    bool statementOk = false;
    const std::size_t policy = parts.value(0).toULongLong(&policyOk);
    const std::size_t statement = parts.value(1).toULongLong(&statementOk);
    if (policyOk && statementOk)
        m_matrix->requestStatement(policy, statement, m_ui->matrixView->currentIndex());
}

void PolicyTab::onFindingActivated(const QModelIndex &index)
{
    const Finding *finding = m_findingsModel->finding(index.row());
    if (!finding || !m_analysis)
        return;
    m_ui->explanationView->setHtml(ExplanationFormatter::finding(*finding));
    if (!m_analysis->isOwn(*finding)) {
        // Its range and fixes are in another document: that one shows it.
        m_ui->applyFixButton->hide();
        // Copies: showing the other document may analyse this one again, replacing the analysis.
        if (const PrincipalPolicy *policy = m_analysis->policyOf(*finding))
            Q_EMIT findingRequested(PrincipalPolicy(*policy), Finding(*finding));
        return;
    }
    const auto [begin, end] = m_analysis->positions(finding->range);
    m_ui->policyEditor->selectRange(begin, std::max(begin, end));
    m_ui->applyFixButton->setVisible(!finding->fixes.empty());
    if (!finding->fixes.empty())
        m_ui->applyFixButton->setText(Texts::quickFixTitle(finding->fixes.front().id, finding->fixes.front().args));
}

void PolicyTab::onCursorMoved()
{
    if (!m_analysis || m_scheduler->isWaiting())
        return;
    if (matrixIsStale()) {
        m_matrix->model()->setMarkedStatement(std::nullopt);
        return;
    }
    const int position = m_ui->policyEditor->textCursor().position();
    const std::optional<std::size_t> statement = m_analysis->statementAt(position);
    std::optional<StatementRef> marked;
    if (statement && m_analysis->principalMatrix && !m_analysis->principal.own.empty()) {
        const std::vector<PrincipalPolicyRef> &policySlots = m_analysis->principalMatrix->policySlots;
        const auto own = std::find(policySlots.begin(), policySlots.end(), m_analysis->principal.own.front());
        marked = StatementRef {std::size_t(own - policySlots.begin()), *statement};
    }
    m_matrix->model()->setMarkedStatement(marked);
}

const Finding *PolicyTab::ownFinding(int row) const
{
    const Finding *finding = m_findingsModel->finding(row);
    return finding && m_analysis && m_analysis->isOwn(*finding) ? finding : nullptr;
}

bool PolicyTab::selectFinding(const Finding &finding)
{
    for (int row = 0; row < m_findingsModel->rowCount(); ++row) {
        const Finding *f = ownFinding(row);
        if (f && f->ruleId == finding.ruleId && f->pointer == finding.pointer && f->args == finding.args) {
            const QModelIndex index = m_findingsModel->index(row, FindingsModel::MessageColumn);
            m_ui->findingsView->setCurrentIndex(index);
            m_ui->findingsView->scrollTo(index);
            onFindingActivated(index);
            return true;
        }
    }
    return false;
}

void PolicyTab::applyFix(int findingRow, std::size_t fixIndex)
{
    const Finding *finding = ownFinding(findingRow);
    if (!finding || fixIndex >= finding->fixes.size())
        return;
    const std::vector<TextEdit> edits = finding->fixes[fixIndex].edits;
    applyEdits(edits);
}

void PolicyTab::applyEdits(const std::vector<TextEdit> &edits)
{
    if (!m_analysis || m_analysis->text != m_ui->policyEditor->toPlainText())
        return; // edits refer to the analysed text only
    std::vector<TextEdit> sorted = edits;
    std::sort(sorted.begin(), sorted.end(), [](const TextEdit &a, const TextEdit &b) { return a.begin > b.begin; });
    QTextCursor c(m_ui->policyEditor->document());
    c.beginEditBlock();
    // Back to front, so earlier positions stay valid.
    for (const TextEdit &edit : sorted) {
        c.setPosition(m_analysis->offsets.toPosition(edit.begin));
        c.setPosition(m_analysis->offsets.toPosition(edit.end), QTextCursor::KeepAnchor);
        c.insertText(QString::fromStdString(edit.replacement));
    }
    c.endEditBlock();
    m_scheduler->start();
}

QStringList PolicyTab::completions(int position, const QString &prefix) const
{
    if (!m_analysis)
        return {};
    static const QRegularExpression actionPointer(QStringLiteral("^/Statement(/\\d+)?/(Not)?Action(/\\d+)?$"));
    const std::string pointer = m_analysis->source.pointerAt(m_analysis->offsets.toByteOffset(position));
    if (!actionPointer.match(QString::fromStdString(pointer)).hasMatch())
        return {};
    QStringList result;
    for (const std::string &name : ActionCatalog::instance().completions(prefix.toStdString()))
        result.append(QString::fromStdString(name));
    return result;
}

QString PolicyTab::statusText() const
{
    if (!m_analysis)
        return {};
    const PolicyAnalysis &a = *m_analysis;
    const int errors = int(std::count_if(a.source.diagnostics().begin(), a.source.diagnostics().end(),
                                         [](const Finding &f) { return f.severity == Severity::Error; }));
    const QString validity
        = a.source.isValidJson() ? tr("Valid JSON") : tr("Invalid JSON (%n error(s))", nullptr, errors);
    const QLocale locale;
    const int quota = sizeQuota(a.kind);
    QString size
        = tr("%1 / %2 (%3)").arg(locale.toString(qulonglong(a.size)), locale.toString(quota), kindName(a.kind));
    if (a.size > std::size_t(quota))
        size += QStringLiteral(" ") + tr("— over the quota");
    return validity + QStringLiteral(" · ") + size;
}

QByteArray PolicyTab::editorSplitterState() const
{
    return m_presentationLayout->editorSplitterState();
}

QByteArray PolicyTab::verticalSplitterState() const
{
    return m_presentationLayout->verticalSplitterState();
}

void PolicyTab::restoreSplitters(const QByteArray &editorState, const QByteArray &verticalState)
{
    if (!editorState.isEmpty())
        m_ui->editorSplitter->restoreState(editorState);
    if (!verticalState.isEmpty())
        m_ui->verticalSplitter->restoreState(verticalState);
}

} // namespace mfapolicy
