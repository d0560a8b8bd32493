#include "scenariopage.h"
#include "ui_scenariopage.h"

#include "filedialog.h"
#include "messagebox.h"
#include "scenarioexporter.h"
#include "scenarioformatter.h"
#include "scenariostepmodel.h"
#include "texts.h"

#include <algorithm>

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QFontMetrics>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTextLayout>

namespace mfapolicy {

namespace {

class ElidedInTheMiddle final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideMiddle;
        option->features &= ~QStyleOptionViewItem::WrapText;
    }
};

constexpr EnrollmentFlow allFlows[]
    = {EnrollmentFlow::ConsoleVirtual, EnrollmentFlow::SecurityKey, EnrollmentFlow::Hardware, EnrollmentFlow::Cli,
       EnrollmentFlow::RetryAfterAbandoned};
// A user enrolling a first device has signed in with a password only, so that is the default.
constexpr AuthState signInOrder[] = {AuthState::NoMfa, AuthState::MfaSession, AuthState::AccessKey};
constexpr ScenarioPage::ExportFormat exportFormats[]
    = {ScenarioPage::ExportFormat::Png, ScenarioPage::ExportFormat::Pdf, ScenarioPage::ExportFormat::Html,
       ScenarioPage::ExportFormat::Markdown};
} // namespace

ScenarioPage::ScenarioPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ScenarioPage>()), m_model(new ScenarioStepModel(this))
{
    m_ui->setupUi(this);
    fillCombos();
    m_ui->deviceNameEdit->setText(QString::fromStdString(m_principal.identity.deviceName));
    m_ui->accessDeniedEdit->viewport()->installEventFilter(this);
    applyMessageFont();
    m_exportMenu = new QMenu(this);
    m_exportMenu->setObjectName(QStringLiteral("exportMenu"));
    fillExportMenu();
    m_ui->exportButton->setMenu(m_exportMenu);

    m_ui->stepsView->setModel(m_model);
    QHeaderView *header = m_ui->stepsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Step titles and what decided are sentences: they share the room that is left and wrap, so
    // they are read without hovering, and the calls and decisions stay in view.
    header->setSectionResizeMode(ScenarioStepModel::StepColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ScenarioStepModel::StatementColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    // An ARN is not wrapped (it would break in the middle of a name): a long one is elided in the
    // middle, whole in its tooltip and in the AWS message, so that the titles keep their room.
    header->setSectionResizeMode(ScenarioStepModel::ResourceColumn, QHeaderView::Interactive);
    m_ui->stepsView->setItemDelegateForColumn(ScenarioStepModel::ResourceColumn,
                                              new ElidedInTheMiddle(m_ui->stepsView));
    m_ui->stepsView->viewport()->installEventFilter(this);
    m_ui->stepsView->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->stepsView->setTextElideMode(Qt::ElideNone);

    connect(m_ui->flowCombo, &QComboBox::currentIndexChanged, this, &ScenarioPage::run);
    connect(m_ui->authStateCombo, &QComboBox::currentIndexChanged, this, &ScenarioPage::run);
    connect(m_ui->existingDeviceCheck, &QCheckBox::toggled, this, &ScenarioPage::run);
    connect(m_ui->deviceNameEdit, &QLineEdit::textChanged, this, &ScenarioPage::run);
    connect(m_ui->deviceNameEdit, &QLineEdit::textEdited, this,
            [this](const QString &name) { Q_EMIT deviceNameEdited(name.trimmed()); });
    connect(m_ui->stepsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { setCurrentStep(current.isValid() ? current.row() : -1); });
    // On press: the click makes the step current, which can scroll the table before the release.
    connect(m_ui->stepsView, &QAbstractItemView::pressed, this, &ScenarioPage::onCellClicked);
    connect(m_ui->stepsView, &QAbstractItemView::activated, this, &ScenarioPage::onCellClicked);
    connect(m_ui->copyButton, &QPushButton::clicked, this,
            [this] { QGuiApplication::clipboard()->setText(m_ui->accessDeniedEdit->toPlainText()); });
    connect(m_ui->nextButton, &QPushButton::clicked, this, &ScenarioPage::nextStep);
    connect(m_ui->previousButton, &QPushButton::clicked, this, &ScenarioPage::previousStep);
    // Presentation remotes send Page Up / Page Down.
    for (const auto &[key, slot] : {std::pair {QKeySequence(Qt::Key_PageDown), &ScenarioPage::nextStep},
                                    std::pair {QKeySequence(Qt::Key_PageUp), &ScenarioPage::previousStep}}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, slot);
    }
    run();
}

ScenarioPage::~ScenarioPage()
{
    // The form goes before the widgets it made: none of their events may reach the filter then.
    m_ui->accessDeniedEdit->viewport()->removeEventFilter(this);
    m_ui->stepsView->viewport()->removeEventFilter(this);
}

void ScenarioPage::fillCombos()
{
    if (m_ui->flowCombo->count() == 0) {
        for (EnrollmentFlow flow : allFlows)
            m_ui->flowCombo->addItem(Texts::flowName(flow), int(flow));
        for (AuthState state : signInOrder)
            m_ui->authStateCombo->addItem(Texts::authState(state), int(state));
        return;
    }
    for (int i = 0; i < m_ui->flowCombo->count(); ++i)
        m_ui->flowCombo->setItemText(i, Texts::flowName(EnrollmentFlow(m_ui->flowCombo->itemData(i).toInt())));
    for (int i = 0; i < m_ui->authStateCombo->count(); ++i)
        m_ui->authStateCombo->setItemText(i, Texts::authState(AuthState(m_ui->authStateCombo->itemData(i).toInt())));
}

// The dock opens no taller than the options, the first steps and the message need, so that the
// tabs above keep their room for the matrix; the steps scroll, and the dock can be dragged taller.
QSize ScenarioPage::sizeHint() const
{
    const QSize hint = QWidget::sizeHint();
    const int table = m_ui->stepsView->sizeHint().height();
    const int rows = m_ui->stepsView->horizontalHeader()->sizeHint().height()
        + 3 * (2 * fontMetrics().lineSpacing() + 6) + 2 * m_ui->stepsView->frameWidth();
    return {hint.width(), hint.height() - table + std::min(table, rows)};
}

void ScenarioPage::fillExportMenu()
{
    m_exportMenu->clear();
    for (ExportFormat format : exportFormats) {
        QAction *action = m_exportMenu->addAction(ScenarioExporter::menuText(format));
        action->setObjectName(QStringLiteral("export-") + ScenarioExporter::suffix(format));
        connect(action, &QAction::triggered, this, [this, format] { exportAs(format); });
    }
}

// The AWS message is in the fixed font, which is set rather than inherited: it grows with the
// page's font (presentation mode) by hand.
void ScenarioPage::applyMessageFont()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const qreal base = QApplication::font().pointSizeF();
    if (base > 0 && font().pointSizeF() > 0 && mono.pointSizeF() > 0)
        mono.setPointSizeF(mono.pointSizeF() * font().pointSizeF() / base);
    m_ui->accessDeniedEdit->setFont(mono);
    fitMessage();
}

// The AWS message is what a class came to see: the box is as tall as the message, from two lines
// up to four (a longer one scrolls), and the steps take the rest.
void ScenarioPage::fitMessage()
{
    QPlainTextEdit *edit = m_ui->accessDeniedEdit;
    const int margin = int(edit->document()->documentMargin());
    const int width = edit->viewport()->width() - 2 * margin;
    int lines = 0;
    if (width > 0) {
        QTextLayout layout(edit->toPlainText(), edit->font());
        layout.setTextOption(edit->document()->defaultTextOption());
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid() && lines <= 4; line = layout.createLine()) {
            line.setLineWidth(width);
            ++lines;
        }
        layout.endLayout();
    }
    const QFontMetrics metrics(edit->font());
    edit->setMaximumHeight(std::clamp(lines, 2, 4) * metrics.lineSpacing() + 2 * edit->frameWidth() + 2 * margin + 2);
}

// The resources take what they need up to a third of the table.
void ScenarioPage::fitResourceColumn()
{
    QTableView *view = m_ui->stepsView;
    // QTableView hides the measurement its base class offers.
    const int needed = static_cast<QAbstractItemView *>(view)->sizeHintForColumn(ScenarioStepModel::ResourceColumn);
    view->horizontalHeader()->resizeSection(ScenarioStepModel::ResourceColumn,
                                            std::min(needed, view->viewport()->width() / 3));
}

bool ScenarioPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->accessDeniedEdit->viewport() && event->type() == QEvent::Resize)
        fitMessage();
    if (watched == m_ui->stepsView->viewport() && event->type() == QEvent::Resize)
        fitResourceColumn();
    return QWidget::eventFilter(watched, event);
}

void ScenarioPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyMessageFont();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        fillExportMenu();
        // The result sentence, the step label and the model's texts are made with tr().
        m_model->retranslate();
        showResult();
        updateStepControls();
    }
}

void ScenarioPage::setPrincipal(const Principal &principal)
{
    m_principal = principal;
    // While the user types a device name here, it stays the page's.
    if (!m_ui->deviceNameEdit->hasFocus()) {
        const QSignalBlocker blocker(m_ui->deviceNameEdit);
        m_ui->deviceNameEdit->setText(QString::fromStdString(principal.identity.deviceName));
    }
    run();
}

void ScenarioPage::setFlow(EnrollmentFlow flow)
{
    m_ui->flowCombo->setCurrentIndex(m_ui->flowCombo->findData(int(flow)));
}

void ScenarioPage::setSignedInWith(AuthState state)
{
    m_ui->authStateCombo->setCurrentIndex(m_ui->authStateCombo->findData(int(state)));
}

ScenarioOptions ScenarioPage::options() const
{
    ScenarioOptions options;
    options.identity = m_principal.identity;
    options.flow = EnrollmentFlow(m_ui->flowCombo->currentData().toInt());
    options.signedInWith = AuthState(m_ui->authStateCombo->currentData().toInt());
    options.hasExistingDevice = m_ui->existingDeviceCheck->isChecked();
    return options;
}

const Principal &ScenarioPage::principal() const
{
    return m_model->principal();
}

const ScenarioResult &ScenarioPage::result() const
{
    return m_model->result();
}

int ScenarioPage::currentStep() const
{
    return m_model->currentStep();
}

void ScenarioPage::run()
{
    m_principal.identity.deviceName = m_ui->deviceNameEdit->text().trimmed().toStdString();
    m_model->setResult(m_principal, runScenario(m_principal, options()));
    fitResourceColumn();
    showResult();
    updateStepControls();
}

void ScenarioPage::showResult()
{
    const ScenarioResult &scenario = m_model->result();
    const QString flow = Texts::flowName(scenario.options.flow).toHtmlEscaped();
    if (scenario.succeeded) {
        m_ui->resultLabel->setText(
            tr("<b>%1 succeeds</b> for %2.")
                .arg(flow, QString::fromStdString(m_principal.identity.userArn()).toHtmlEscaped()));
        return;
    }
    int failed = 0;
    while (failed < int(scenario.steps.size()) && scenario.steps[failed].flowContinues)
        ++failed;
    if (failed >= int(scenario.steps.size())) {
        m_ui->resultLabel->setText(scenario.undetermined
                                       ? tr("<b>Whether %1 succeeds cannot be determined</b>.").arg(flow)
                                       : tr("<b>%1 fails</b>.").arg(flow));
    } else if (const ScenarioStep &step = scenario.steps[failed]; !step.outcomeId.empty()) {
        m_ui->resultLabel->setText(tr("<b>%1 fails</b> at step %2: %3")
                                       .arg(flow)
                                       .arg(failed + 1)
                                       .arg(Texts::scenarioOutcome(step.outcomeId).toHtmlEscaped()));
    } else {
        m_ui->resultLabel->setText(tr("<b>%1 fails</b> at step %2: %3 is denied.")
                                       .arg(flow)
                                       .arg(failed + 1)
                                       .arg(QString::fromStdString(step.request.action).toHtmlEscaped()));
    }
}

void ScenarioPage::setCurrentStep(int step)
{
    if (step < -1 || step >= m_model->rowCount())
        return;
    const bool changed = step != m_model->currentStep();
    m_model->setCurrentStep(step);
    const QModelIndex index = m_model->index(step, 0);
    if (m_ui->stepsView->currentIndex().row() != step)
        m_ui->stepsView->setCurrentIndex(index);
    m_ui->stepsView->scrollTo(index);
    updateStepControls();
    if (changed && step >= 0) {
        Q_EMIT currentStepChanged(index.data(ScenarioStepModel::ActionRole).toString(),
                                  index.data(ScenarioStepModel::ResourceRole).toString(),
                                  AuthState(index.data(ScenarioStepModel::AuthStateRole).toInt()));
    }
}

void ScenarioPage::nextStep()
{
    setCurrentStep(std::min(m_model->currentStep() + 1, m_model->rowCount() - 1));
}

void ScenarioPage::previousStep()
{
    setCurrentStep(std::max(m_model->currentStep() - 1, 0));
}

void ScenarioPage::setHighContrast(bool on)
{
    m_model->setHighContrast(on);
}

void ScenarioPage::updateStepControls()
{
    const int count = m_model->rowCount();
    const int current = m_model->currentStep();
    m_ui->previousButton->setEnabled(current > 0);
    m_ui->nextButton->setEnabled(count > 0 && current < count - 1);
    m_ui->stepLabel->setText(current < 0 ? tr("%n step(s)", nullptr, count)
                                         : tr("Step %1 of %2").arg(current + 1).arg(count));
    // Without a current step, the message shown is the one that stopped the flow (a refused step
    // that does not block it comes before only when nothing stopped the flow), and that step is
    // scrolled into view: the sentence above names it.
    const int shown = current >= 0 ? current : stoppingStep();
    const QString message
        = shown >= 0 ? m_model->index(shown, 0).data(ScenarioStepModel::AccessDeniedRole).toString() : QString();
    if (current < 0 && shown >= 0)
        m_ui->stepsView->scrollTo(m_model->index(shown, 0));
    m_ui->accessDeniedEdit->setPlainText(message);
    fitMessage();
    m_ui->copyButton->setEnabled(!message.isEmpty());
}

int ScenarioPage::stoppingStep() const
{
    int firstRefused = -1;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const ScenarioStep *step = m_model->step(row);
        if (!step || step->accessDeniedMessage.empty())
            continue;
        if (!step->flowContinues)
            return row;
        if (firstRefused < 0)
            firstRefused = row;
    }
    return firstRefused;
}

void ScenarioPage::onCellClicked(const QModelIndex &index)
{
    if (!index.isValid() || index.column() != ScenarioStepModel::StatementColumn)
        return;
    const std::optional<PrincipalStatementRef> pointed = m_model->pointedStatement(index.row());
    const ScenarioStep *step = m_model->step(index.row());
    const PrincipalPolicy *policy = pointed ? principalPolicy(m_model->principal(), pointed->policy) : nullptr;
    if (!step || !policy)
        return;
    // Copies: showing the statement may open its document, which runs the scenario again.
    const PrincipalPolicy shown = *policy;
    const AuthState state = step->state;
    Q_EMIT statementActivated(shown, int(pointed->statement), QString::fromStdString(step->request.action),
                              QString::fromStdString(step->request.resource), state);
}

bool ScenarioPage::exportTo(ExportFormat format, const QString &path, QString *error) const
{
    return ScenarioExporter::write(format, ScenarioFormatter(m_model->principal(), m_model->result()), path, error);
}

void ScenarioPage::exportAs(ExportFormat format)
{
    const QString name
        = QStringLiteral("%1-%2.%3")
              .arg(QString::fromStdString(m_principal.identity.userName),
                   QLatin1String(flowId(m_model->result().options.flow)), ScenarioExporter::suffix(format));
    const QString path = FileDialog::instance().getSaveFileName(this, tr("Export Scenario"), name,
                                                                ScenarioExporter::fileFilter(format));
    if (path.isEmpty())
        return;
    if (QString error; !exportTo(format, path, &error))
        MessageBox::warning(this, tr("Export failed"), error);
}

} // namespace mfapolicy
