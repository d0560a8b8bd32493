#include "presentationmode.h"
#include "scenariopage.h"
#include "scenariostepmodel.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDockWidget>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace mfapolicy;

namespace {
PolicySource sample(const char *name)
{
    return PolicySource::parse(testing::readSampleText(QLatin1String(name)), name);
}

int rowOf(const QAbstractItemModel *model, const QString &action)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ScenarioStepModel::CallColumn).data().toString() == action)
            return row;
    }
    return -1;
}
} // namespace

class TestScenarioPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_page = std::make_unique<ScenarioPage>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_page->resize(900, 500);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_page.reset();
    }

    void staleDeviceResourceRefusesCustomName()
    {
        m_page->setPolicies({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")});
        m_page->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"))->setText(QStringLiteral("alice-phone"));

        const QAbstractItemModel *model = m_page->findChild<QTableView *>(QStringLiteral("stepsView"))->model();
        const int create = rowOf(model, QStringLiteral("iam:CreateVirtualMFADevice"));
        QVERIFY(create >= 0);
        QCOMPARE(model->index(create, ScenarioStepModel::ResourceColumn).data().toString(),
                 QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone"));
        QCOMPARE(Decision(model->index(create, 0).data(ScenarioStepModel::DecisionRole).toInt()),
                 Decision::ImplicitDeny);
        QVERIFY(!m_page->result().succeeded);
        // The step after the failure is shown as not reached.
        QVERIFY(!model->index(create + 1, 0).data(ScenarioStepModel::ReachedRole).toBool());

        // The exact text AWS shows, in English, ready to copy.
        const QString expected = QStringLiteral(
            "User: arn:aws:iam::123456789012:user/alice is not authorized to perform: iam:CreateVirtualMFADevice on "
            "resource: arn:aws:iam::123456789012:mfa/alice-phone because no identity-based policy allows the "
            "iam:CreateVirtualMFADevice action");
        auto *message = m_page->findChild<QPlainTextEdit *>(QStringLiteral("accessDeniedEdit"));
        QVERIFY(message->isReadOnly());
        QCOMPARE(message->toPlainText(), expected);
        auto *copy = m_page->findChild<QPushButton *>(QStringLiteral("copyButton"));
        QVERIFY(copy->isEnabled());
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), expected);
        // The summary names the step that stopped the flow.
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("resultLabel"))
                    ->text()
                    .contains(QStringLiteral("step %1").arg(create + 1)));
    }

    void deviceNamedLikeUserStillWorks()
    {
        m_page->setPolicies({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")});
        m_page->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"))->setText(QStringLiteral("alice"));
        QVERIFY(m_page->result().succeeded);
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("accessDeniedEdit"))->toPlainText().isEmpty());
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());
    }

    void currentPolicyAllowsAnyName()
    {
        m_page->setPolicies({sample("sec-creds-self-manage_2022-11.json")});
        m_page->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"))->setText(QStringLiteral("Test"));
        QVERIFY(m_page->result().succeeded);
        const QAbstractItemModel *model = m_page->model();
        const int create = rowOf(model, QStringLiteral("iam:CreateVirtualMFADevice"));
        QCOMPARE(model->index(create, ScenarioStepModel::StatementColumn).data().toString(),
                 QStringLiteral("AllowManageOwnVirtualMFADevice"));
    }

    void securityKeyFlowCreatesNoDevice()
    {
        m_page->setPolicies({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")});
        auto *flow = m_page->findChild<QComboBox *>(QStringLiteral("flowCombo"));
        flow->setCurrentIndex(flow->findData(int(EnrollmentFlow::SecurityKey)));
        QCOMPARE(rowOf(m_page->model(), QStringLiteral("iam:CreateVirtualMFADevice")), -1);
        QVERIFY(rowOf(m_page->model(), QStringLiteral("iam:EnableMFADevice")) >= 0);
        QVERIFY(m_page->result().succeeded);
    }

    void withoutPoliciesEverythingIsImplicitlyDenied()
    {
        QVERIFY(!m_page->result().succeeded);
        QCOMPARE(Decision(m_page->model()->index(0, 0).data(ScenarioStepModel::DecisionRole).toInt()),
                 Decision::ImplicitDeny);
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("accessDeniedEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("iam:GetUser")));
    }

    void stepThrough()
    {
        m_page->setPolicies({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")});
        QSignalSpy spy(m_page.get(), &ScenarioPage::currentStepChanged);
        auto *next = m_page->findChild<QPushButton *>(QStringLiteral("nextButton"));
        auto *previous = m_page->findChild<QPushButton *>(QStringLiteral("previousButton"));
        QVERIFY(!previous->isEnabled());

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(m_page->currentStep(), 0);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("iam:GetUser"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("arn:aws:iam::123456789012:user/alice"));
        QCOMPARE(spy.at(0).at(2).value<AuthState>(), AuthState::NoMfa);
        QVERIFY(m_page->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());

        // Presentation remotes send Page Down; the table's arrow keys move too.
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("stepsView"));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_PageDown);
        QCOMPARE(m_page->currentStep(), 1);
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(m_page->currentStep(), 2);
        QCOMPARE(spy.count(), 3);
        QVERIFY(!m_page->model()->index(0, 0).data(Qt::FontRole).value<QFont>().bold());
        QTest::mouseClick(previous, Qt::LeftButton);
        QCOMPARE(m_page->currentStep(), 1);

        // At the denied step, the message is the one of that step.
        const int create = rowOf(m_page->model(), QStringLiteral("iam:CreateVirtualMFADevice"));
        m_page->setCurrentStep(create);
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("accessDeniedEdit"))
                    ->toPlainText()
                    .contains(QStringLiteral("mfa/alice-phone")));
        m_page->setCurrentStep(0);
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("accessDeniedEdit"))->toPlainText().isEmpty());
    }

    void clickingTheDecidingStatementJumpsThere()
    {
        m_page->setPolicies({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")});
        QSignalSpy spy(m_page.get(), &ScenarioPage::statementActivated);
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("stepsView"));
        const int getUser = rowOf(view->model(), QStringLiteral("iam:GetUser"));
        const QModelIndex cell = view->model()->index(getUser, ScenarioStepModel::StatementColumn);
        QCOMPARE(cell.data().toString(), QStringLiteral("AllowManageOwnPasswords"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(cell).center());
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toInt(), 0);
        QCOMPARE(spy.at(0).at(1).toInt(), 1);

        // An implicit deny has no deciding statement: nothing to jump to.
        const int create = rowOf(view->model(), QStringLiteral("iam:CreateVirtualMFADevice"));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
                          view->visualRect(view->model()->index(create, ScenarioStepModel::StatementColumn)).center());
        QCOMPARE(spy.count(), 1);
    }

    void presentationModeEnlargesAndRestores()
    {
        QMainWindow window;
        auto *page = new ScenarioPage;
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setPolicies({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")});
        window.setCentralWidget(page);
        window.resize(900, 600);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        PresentationMode mode(&window);
        mode.setFullScreenAllowed(false);
        mode.setScenarioPage(page);
        QSignalSpy contrast(&mode, &PresentationMode::highContrastChanged);
        connect(&mode, &PresentationMode::highContrastChanged, page, &ScenarioPage::setHighContrast);

        auto *view = page->findChild<QTableView *>(QStringLiteral("stepsView"));
        const QFont before = view->font();
        const QBrush allowBefore
            = page->model()->index(0, ScenarioStepModel::DecisionColumn).data(Qt::BackgroundRole).value<QBrush>();
        mode.setEnabled(true);
        QVERIFY(view->font().pointSizeF() > before.pointSizeF() * 1.4);
        QCOMPARE(contrast.count(), 1);
        QVERIFY(page->model()->index(0, ScenarioStepModel::DecisionColumn).data(Qt::BackgroundRole).value<QBrush>()
                != allowBefore);
        QVERIFY(mode.legendDock()->isVisible());
        QCOMPARE(window.dockWidgetArea(mode.legendDock()), Qt::BottomDockWidgetArea);

        // Arrows step through the scenario wherever the focus is.
        page->findChild<QComboBox *>(QStringLiteral("flowCombo"))->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Right);
        QCOMPARE(page->currentStep(), 0);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QCOMPARE(page->currentStep(), 1);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left);
        QCOMPARE(page->currentStep(), 0);

        // Escape leaves the mode and restores the font.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!mode.isEnabled());
        QCOMPARE(view->font(), before);
        QVERIFY(!window.testAttribute(Qt::WA_SetFont));
        QVERIFY(!mode.legendDock()->isVisible());
        QCOMPARE(page->model()->index(0, ScenarioStepModel::DecisionColumn).data(Qt::BackgroundRole).value<QBrush>(),
                 allowBefore);
    }

    void presentationModeMovesThroughMatrixCells()
    {
        QMainWindow window;
        auto *view = new QTableView;
        QStandardItemModel model(4, 3);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        view->setModel(&model);
        window.setCentralWidget(view);
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        PresentationMode mode(&window);
        mode.setFullScreenAllowed(false);
        mode.setMatrixView(view);
        mode.setEnabled(true);
        QCOMPARE(QApplication::focusWidget(), view);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Down);
        QTest::keyClick(view, Qt::Key_Right);
        QCOMPARE(view->currentIndex().row(), 2);
        QCOMPARE(view->currentIndex().column(), 1);
        mode.toggle();
        QVERIFY(!mode.isEnabled());
    }

private:
    std::unique_ptr<ScenarioPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestScenarioPage)
#include "tst_scenariopage.moc"
