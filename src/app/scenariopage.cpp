#include "scenariopage.h"
#include "ui_scenariopage.h"

#include "languagechange.h"
#include "scenariostepmodel.h"
#include "texts.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QShortcut>

namespace mfapolicy {

namespace {
constexpr EnrollmentFlow allFlows[]
    = {EnrollmentFlow::ConsoleVirtual, EnrollmentFlow::SecurityKey, EnrollmentFlow::Hardware, EnrollmentFlow::Cli,
       EnrollmentFlow::RetryAfterAbandoned};
// A user enrolling a first device has signed in with a password only, so that is the default.
constexpr AuthState signInOrder[] = {AuthState::NoMfa, AuthState::MfaSession, AuthState::AccessKey};
} // namespace

ScenarioPage::ScenarioPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ScenarioPage>()), m_model(new ScenarioStepModel(this))
{
    m_ui->setupUi(this);
    fillCombos();
    m_ui->deviceNameEdit->setText(QString::fromStdString(m_identity.deviceName));
    applyMessageFont();

    m_ui->stepsView->setModel(m_model);
    QHeaderView *header = m_ui->stepsView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // Step titles are sentences: they take the room that is left (their full text is the tooltip),
    // so the calls, decisions and the clickable "decided by" stay in view in a narrow dock.
    header->setSectionResizeMode(ScenarioStepModel::StepColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ScenarioStepModel::ResourceColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_ui->stepsView->setTextElideMode(Qt::ElideMiddle);

    connect(m_ui->flowCombo, &QComboBox::currentIndexChanged, this, &ScenarioPage::run);
    connect(m_ui->authStateCombo, &QComboBox::currentIndexChanged, this, &ScenarioPage::run);
    connect(m_ui->existingDeviceCheck, &QCheckBox::toggled, this, &ScenarioPage::run);
    connect(m_ui->deviceNameEdit, &QLineEdit::textChanged, this, &ScenarioPage::run);
    connect(m_ui->stepsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { setCurrentStep(current.isValid() ? current.row() : -1); });
    connect(m_ui->stepsView, &QAbstractItemView::clicked, this, &ScenarioPage::onCellClicked);
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

ScenarioPage::~ScenarioPage() = default;

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

// The AWS message is in the fixed font, which is set rather than inherited: it grows with the
// page's font (presentation mode) by hand.
void ScenarioPage::applyMessageFont()
{
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const qreal base = QApplication::font().pointSizeF();
    if (base > 0 && font().pointSizeF() > 0 && mono.pointSizeF() > 0)
        mono.setPointSizeF(mono.pointSizeF() * font().pointSizeF() / base);
    m_ui->accessDeniedEdit->setFont(mono);
}

void ScenarioPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        applyMessageFont();
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        fillCombos();
        // The result sentence, the step label and the model's texts are made with tr().
        const int step = m_model->currentStep();
        run();
        setCurrentStep(step);
        refreshModelTexts(m_model);
    }
}

void ScenarioPage::setPolicies(std::vector<PolicySource> sources)
{
    m_sources = std::move(sources);
    run();
}

void ScenarioPage::setIdentity(const SimulationIdentity &identity)
{
    m_identity = identity;
    const QSignalBlocker blocker(m_ui->deviceNameEdit);
    m_ui->deviceNameEdit->setText(QString::fromStdString(identity.deviceName));
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
    options.identity = m_identity;
    options.identity.deviceName = m_ui->deviceNameEdit->text().trimmed().toStdString();
    options.flow = EnrollmentFlow(m_ui->flowCombo->currentData().toInt());
    options.signedInWith = AuthState(m_ui->authStateCombo->currentData().toInt());
    options.hasExistingDevice = m_ui->existingDeviceCheck->isChecked();
    return options;
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
    std::vector<const Policy *> policies;
    for (const PolicySource &source : m_sources)
        policies.push_back(&source.policy());
    const ScenarioOptions scenarioOptions = options();
    const ScenarioResult scenario = runScenario(policies, scenarioOptions);
    m_model->setResult(scenario, policies);

    if (scenario.succeeded) {
        m_ui->resultLabel->setText(
            tr("<b>%1 succeeds</b> for %2.")
                .arg(Texts::flowName(scenarioOptions.flow).toHtmlEscaped(),
                     QString::fromStdString(scenarioOptions.identity.userArn()).toHtmlEscaped()));
    } else {
        int failed = 0;
        while (failed < int(scenario.steps.size()) && scenario.steps[failed].flowContinues)
            ++failed;
        const QString flow = Texts::flowName(scenarioOptions.flow).toHtmlEscaped();
        if (failed >= int(scenario.steps.size())) {
            m_ui->resultLabel->setText(tr("<b>%1 fails</b>.").arg(flow));
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
    updateStepControls();
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
    // Without a current step, the message shown is the one that stopped the flow.
    QString message;
    if (current >= 0) {
        message = m_model->index(current, 0).data(ScenarioStepModel::AccessDeniedRole).toString();
    } else {
        for (int row = 0; row < count && message.isEmpty(); ++row)
            message = m_model->index(row, 0).data(ScenarioStepModel::AccessDeniedRole).toString();
    }
    m_ui->accessDeniedEdit->setPlainText(message);
    m_ui->copyButton->setEnabled(!message.isEmpty());
}

void ScenarioPage::onCellClicked(const QModelIndex &index)
{
    if (!index.isValid() || index.column() != ScenarioStepModel::StatementColumn)
        return;
    const int statement = index.data(ScenarioStepModel::StatementIndexRole).toInt();
    if (statement >= 0)
        Q_EMIT statementActivated(index.data(ScenarioStepModel::PolicyIndexRole).toInt(), statement);
}

} // namespace mfapolicy
