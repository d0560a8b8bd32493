#include "filedialog.h"
#include "messagebox.h"
#include "presentationmode.h"
#include "scenariopage.h"
#include "scenariostepmodel.h"
#include "scenariotesting.h"
#include "settings.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace mfapolicy;
using namespace mfapolicy::scenariotesting;

class TestScenarioPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        Settings::instance().setIdentity(SimulationIdentity {});
    }

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
        m_page->setPrincipal(principal({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")}));
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
        m_page->setPrincipal(principal({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")}));
        m_page->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"))->setText(QStringLiteral("alice"));
        QVERIFY(m_page->result().succeeded);
        QVERIFY(m_page->findChild<QPlainTextEdit *>(QStringLiteral("accessDeniedEdit"))->toPlainText().isEmpty());
        QVERIFY(!m_page->findChild<QPushButton *>(QStringLiteral("copyButton"))->isEnabled());
    }

    void currentPolicyAllowsAnyName()
    {
        m_page->setPrincipal(principal({sample("sec-creds-self-manage_2022-11.json")}));
        m_page->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"))->setText(QStringLiteral("Test"));
        QVERIFY(m_page->result().succeeded);
        const QAbstractItemModel *model = m_page->model();
        const int create = rowOf(model, QStringLiteral("iam:CreateVirtualMFADevice"));
        QVERIFY(cellText(model, create, ScenarioStepModel::StatementColumn)
                    .startsWith(QStringLiteral(
                        "Allowed by AllowManageOwnVirtualMFADevice in sec-creds-self-manage_2022-11.json")));
    }

    void securityKeyFlowCreatesNoDevice()
    {
        m_page->setPrincipal(principal({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")}));
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
        // The message shown is the one of the step the sentence above says the flow failed at (an
        // earlier refused step that does not stop the console comes first in the table).
        const QString sentence = m_page->findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
        const QRegularExpressionMatch failedAt
            = QRegularExpression(QStringLiteral("at step (\\d+): (iam:\\w+) is denied")).match(sentence);
        QVERIFY2(failedAt.hasMatch(), qPrintable(sentence));
        QVERIFY(failedAt.captured(2) != QStringLiteral("iam:GetUser"));
        const QString message = m_page->findChild<QPlainTextEdit *>(QStringLiteral("accessDeniedEdit"))->toPlainText();
        QVERIFY2(message.contains(QStringLiteral("perform: ") + failedAt.captured(2)), qPrintable(message));
    }

    void stepThrough()
    {
        m_page->setPrincipal(principal({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")}));
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
        m_page->setPrincipal(principal({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")}));
        QSignalSpy spy(m_page.get(), &ScenarioPage::statementActivated);
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("stepsView"));
        const int getUser = rowOf(view->model(), QStringLiteral("iam:GetUser"));
        const QModelIndex cell = view->model()->index(getUser, ScenarioStepModel::StatementColumn);
        QVERIFY2(cell.data().toString().contains(QStringLiteral("AllowManageOwnPasswords")),
                 qPrintable(cell.data().toString()));
        clickCell(view, cell);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<PrincipalPolicy>().name,
                 std::string("sec-creds-self-manage_2022-06_pre-nov-2022.json"));
        QCOMPARE(spy.at(0).at(1).toInt(), 1); // AllowManageOwnPasswords is the second statement
        QCOMPARE(spy.at(0).at(2).toString(), QStringLiteral("iam:GetUser"));

        // The Resource cell points nowhere.
        clickCell(view, view->model()->index(getUser, ScenarioStepModel::ResourceColumn));
        QCOMPARE(spy.count(), 1);
    }

    // AWS's current self-manage example cut in two (tests/data/cli): the guard in one policy, the
    // Allows in the other. Every step names the policy that decided it, checked by hand against
    // the two files; GetUser is refused by the guard but is not needed, and says so.
    void splitPrincipalNamesEachPolicy()
    {
        m_page->setPrincipal(principal({data("cli/split-guard.json"), data("cli/split-allows.json")}));
        const QAbstractItemModel *model = m_page->model();
        QVERIFY(m_page->result().succeeded);
        const auto decided = [model](const char *action) {
            return cellText(model, rowOf(model, QLatin1String(action)), ScenarioStepModel::StatementColumn);
        };
        QCOMPARE(decided("iam:GetUser"),
                 QStringLiteral("Denied by BlockMostAccessUnlessSignedInWithMFA in split-guard.json "
                                "(identity-based policy)."));
        QCOMPARE(
            decided("iam:ListMFADevices"),
            QStringLiteral("Allowed by AllowUserToManageTheirOwnMFA in split-allows.json (identity-based policy)."));
        QCOMPARE(decided("iam:ListVirtualMFADevices"),
                 QStringLiteral("Allowed by AllowListActions in split-allows.json (identity-based policy)."));
        QCOMPARE(decided("iam:CreateVirtualMFADevice"),
                 QStringLiteral("Allowed by AllowUserToCreateVirtualMFADevice in split-allows.json "
                                "(identity-based policy)."));
        QCOMPARE(
            decided("iam:EnableMFADevice"),
            QStringLiteral("Allowed by AllowUserToManageTheirOwnMFA in split-allows.json (identity-based policy)."));

        // The refused GetUser does not stop the flow, and its title says so without hovering.
        const int getUser = rowOf(model, QStringLiteral("iam:GetUser"));
        QCOMPARE(Decision(model->index(getUser, 0).data(ScenarioStepModel::DecisionRole).toInt()),
                 Decision::ExplicitDeny);
        QVERIFY(model->index(getUser + 1, 0).data(ScenarioStepModel::ReachedRole).toBool());
        QCOMPARE(cellText(model, getUser, ScenarioStepModel::StepColumn),
                 QStringLiteral("1. Open Security credentials: read the user (GetUser)\n"
                                "Not required: the flow goes on."));
        const int list = rowOf(model, QStringLiteral("iam:ListMFADevices"));
        QVERIFY(model->index(list, 0).data(ScenarioStepModel::NonBlockingRole).toString().isEmpty());
        QVERIFY(!cellText(model, list, ScenarioStepModel::StepColumn).contains(QLatin1Char('\n')));

        // Clicking names the policy that holds the statement, whichever it is.
        QSignalSpy spy(m_page.get(), &ScenarioPage::statementActivated);
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("stepsView"));
        const int create = rowOf(model, QStringLiteral("iam:CreateVirtualMFADevice"));
        clickCell(view, model->index(create, ScenarioStepModel::StatementColumn));
        clickCell(view, model->index(getUser, ScenarioStepModel::StatementColumn));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(0).at(0).value<PrincipalPolicy>().name, std::string("split-allows.json"));
        QCOMPARE(spy.at(0).at(1).toInt(), 1); // AllowUserToCreateVirtualMFADevice
        QCOMPARE(spy.at(1).at(0).value<PrincipalPolicy>().name, std::string("split-guard.json"));
        QCOMPARE(spy.at(1).at(1).toInt(), 0);
    }

    // The guard beside the self-manage example of before November 2022, whose device resource is
    // mfa/${aws:username}: a device named otherwise cannot be created, and the step names the
    // stale policy's statement (its 7th) as the one to change. Checked by hand against the file.
    void staleDeviceResourceNamesTheStalePolicy()
    {
        m_page->setPrincipal(
            principal({data("cli/split-guard.json"), sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")}));
        m_page->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"))->setText(QStringLiteral("alice-phone"));
        const QAbstractItemModel *model = m_page->model();
        QVERIFY(!m_page->result().succeeded);
        const int create = rowOf(model, QStringLiteral("iam:CreateVirtualMFADevice"));
        QCOMPARE(Decision(model->index(create, 0).data(ScenarioStepModel::DecisionRole).toInt()),
                 Decision::ImplicitDeny);
        QCOMPARE(cellText(model, create, ScenarioStepModel::StatementColumn),
                 QStringLiteral("No identity-based policy allows it. AllowManageOwnVirtualMFADevice in "
                                "sec-creds-self-manage_2022-06_pre-nov-2022.json allows this call, but not this "
                                "request."));
        QVERIFY(!model->index(create + 1, 0).data(ScenarioStepModel::ReachedRole).toBool());
        QVERIFY(m_page->findChild<QLabel *>(QStringLiteral("resultLabel"))
                    ->text()
                    .contains(QStringLiteral("step %1").arg(create + 1)));

        QSignalSpy spy(m_page.get(), &ScenarioPage::statementActivated);
        auto *view = m_page->findChild<QTableView *>(QStringLiteral("stepsView"));
        clickCell(view, model->index(create, ScenarioStepModel::StatementColumn));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).value<PrincipalPolicy>().name,
                 std::string("sec-creds-self-manage_2022-06_pre-nov-2022.json"));
        QCOMPARE(spy.at(0).at(1).toInt(), 6);

        // Named like the user, the same device is allowed by that statement.
        m_page->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"))->setText(QStringLiteral("alice"));
        QVERIFY(m_page->result().succeeded);
    }

    void exportsHoldTheStepsAndResults()
    {
        // A policy name with markup and Markdown characters: the handouts show it as written.
        auto odd = std::make_shared<const PolicySource>(PolicySource::parse(
            testing::readInput(dataPath("cli/split-allows.json")).toStdString(), "<b>allows</b>|*x*.json"));
        m_page->setPrincipal(principal({data("cli/split-guard.json"), odd}));
        QVERIFY(m_page->result().succeeded);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString create
            = QStringLiteral("Create the virtual device with the chosen name (CreateVirtualMFADevice)");
        const QString result = QStringLiteral("Result: the enrollment can be completed.");

        const QString html = dir.filePath(QStringLiteral("s.html"));
        QVERIFY(m_page->exportTo(ScenarioPage::ExportFormat::Html, html));
        const QString page = QString::fromUtf8(testing::readInput(html));
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("4. ") + create));
        QVERIFY(page.contains(result));
        QVERIFY(page.contains(QStringLiteral("Not required: the flow goes on.")));
        QVERIFY(page.contains(QStringLiteral("&lt;b&gt;allows&lt;/b&gt;|*x*.json")));
        QVERIFY(!page.contains(QStringLiteral("<b>allows")));

        const QString md = dir.filePath(QStringLiteral("s.md"));
        QVERIFY(m_page->exportTo(ScenarioPage::ExportFormat::Markdown, md));
        const QString markdown = QString::fromUtf8(testing::readInput(md));
        QVERIFY(markdown.contains(QStringLiteral("## 4. ") + create));
        QVERIFY(markdown.contains(result));
        QVERIFY(markdown.contains(QStringLiteral("\\<b\\>allows\\</b\\>\\|\\*x\\*.json")));
        QVERIFY(markdown.contains(QStringLiteral("Not required: the flow goes on.")));

        const QString png = dir.filePath(QStringLiteral("s.png"));
        QVERIFY(m_page->exportTo(ScenarioPage::ExportFormat::Png, png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000 && image.height() > 200);

        const QString pdf = dir.filePath(QStringLiteral("s.pdf"));
        QVERIFY(m_page->exportTo(ScenarioPage::ExportFormat::Pdf, pdf));
        QVERIFY(testing::readInput(pdf).startsWith("%PDF-"));

        // From the page's Export menu, through the file dialog.
        const QString viaMenu = dir.filePath(QStringLiteral("menu.md"));
        FileDialog::instance().setNextFileNames({viaMenu});
        auto *button = m_page->findChild<QToolButton *>(QStringLiteral("exportButton"));
        QVERIFY(button && button->menu());
        auto *action = button->menu()->findChild<QAction *>(QStringLiteral("export-md"));
        QVERIFY(action);
        action->trigger();
        QCOMPARE(testing::readInput(viaMenu), testing::readInput(md));

        // A file that cannot be written is an error naming it.
        QString error;
        QVERIFY(!m_page->exportTo(ScenarioPage::ExportFormat::Html, dir.filePath(QStringLiteral("no/such/dir/s.html")),
                                  &error));
        QVERIFY2(error.contains(QStringLiteral("no/such/dir/s.html")), qPrintable(error));
    }

    void presentationModeEnlargesAndRestores()
    {
        QMainWindow window;
        auto *page = new ScenarioPage;
        QAbstractItemModelTester tester(page->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page->setPrincipal(principal({sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")}));
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
