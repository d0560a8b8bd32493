// The enrollment scenario as the studio window hosts it: on the Principal panel's principal, with
// clicks that open the deciding policy, one device name with the matrix, and a layout that leaves
// the matrix its columns.

#include "documentmanager.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "policytab.h"
#include "presentationlayout.h"
#include "presentationmode.h"
#include "principalpanel.h"
#include "principalsetup.h"
#include "scenariopage.h"
#include "scenariostepmodel.h"
#include "scenariotesting.h"
#include "settings.h"
#include "testdata.h"

#include <QAction>
#include <QApplication>
#include <QHeaderView>
#include <QLineEdit>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTranslator>

using namespace mfapolicy;
using namespace mfapolicy::scenariotesting;

class TestScenarioWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        Settings::instance().setIdentity(SimulationIdentity {});
    }

    // In the studio the scenario runs on the Principal panel's principal; a click on what decided
    // a step opens the policy that holds the statement, and the device name is the matrix's.
    void studioRunsOnThePrincipal()
    {
        MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(dataPath("cli/split-allows.json")));
        PolicyTab *allows = window.currentTab();
        QVERIFY(window.principalPanel()->attachTab(allows));
        QVERIFY(window.principalPanel()->attachFile(dataPath("cli/split-guard.json")));
        allows->analyseNow();
        window.findChild<QAction *>(QStringLiteral("actionScenario"))->setChecked(true);
        ScenarioPage *page = window.scenarioPage();
        QTRY_VERIFY(page->isVisible());
        QVERIFY(page->result().succeeded);
        const QAbstractItemModel *model = page->model();
        const int getUser = rowOf(model, QStringLiteral("iam:GetUser"));
        QVERIFY(
            cellText(model, getUser, ScenarioStepModel::StatementColumn).contains(QStringLiteral("split-guard.json")));

        // The guard is not open: clicking opens it at the deciding statement.
        QCOMPARE(window.tabCount(), 1);
        auto *view = page->findChild<QTableView *>(QStringLiteral("stepsView"));
        clickCell(view, model->index(getUser, ScenarioStepModel::StatementColumn));
        QCOMPARE(window.tabCount(), 2);
        QCOMPARE(window.currentTab()->displayName(), QStringLiteral("split-guard.json"));
        QVERIFY(window.currentTab()->editor()->textCursor().selectedText().contains(
            QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")));

        // One device name: typed in the scenario it is the matrix's, and the other way round.
        auto *device = page->findChild<QLineEdit *>(QStringLiteral("deviceNameEdit"));
        device->setFocus();
        device->selectAll();
        QTest::keyClicks(device, QStringLiteral("alice-key"));
        QCOMPARE(window.principalSetup()->identity().deviceName, std::string("alice-key"));
        window.currentTab()->editor()->setFocus();
        SimulationIdentity identity = window.principalSetup()->identity();
        identity.deviceName = "training-phone";
        window.principalSetup()->setIdentity(identity);
        QTRY_COMPARE(device->text(), QStringLiteral("training-phone"));
        QTRY_COMPARE(cellText(model, rowOf(model, QStringLiteral("iam:CreateVirtualMFADevice")),
                              ScenarioStepModel::ResourceColumn),
                     QStringLiteral("arn:aws:iam::123456789012:mfa/training-phone"));
        for (PolicyTab *tab : window.documents()->tabs())
            tab->editor()->document()->setModified(false);
    }

    void matrixKeepsItsColumnsBesideTheScenario_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<bool>("presentation");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            QTest::addRow("%s 1280x800", qPrintable(language)) << language << QSize(1280, 800) << false;
            QTest::addRow("%s presentation 1024x768", qPrintable(language)) << language << QSize(1024, 768) << true;
        }
    }

    // "The scenario never squeezes the matrix out of sight": with the scenario open, every column
    // of the matrix and of the scenario's steps is in view, in both languages and in presentation
    // mode.
    void matrixKeepsItsColumnsBesideTheScenario()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        QFETCH(bool, presentation);
        // The translations are compiled by the build, next to the test programs.
        QTranslator translator;
        if (language == QLatin1String("ja")) {
            QVERIFY(translator.load(QCoreApplication::applicationDirPath()
                                    + QStringLiteral("/../translations/mfa-policy-studio_ja.qm")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto restoreEnglish = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        MainWindow window;
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(
            window.openFile(testing::samplePath(QStringLiteral("sec-creds-self-manage_2022-06_pre-nov-2022.json"))));
        window.currentTab()->analyseNow();
        if (presentation) {
            window.presentationMode()->setFullScreenAllowed(false);
            window.presentationMode()->setEnabled(true);
            window.resize(size);
        }
        QTableView *matrix = window.currentTab()->matrixView();
        QTest::qWait(50);
        const int widthWithout = matrix->viewport()->width();
        const bool fitWithout = allColumnsVisible(matrix);
        window.findChild<QAction *>(QStringLiteral("actionScenario"))->setChecked(true);
        QTRY_VERIFY(window.scenarioPage()->isVisible());
        QTest::qWait(50);
        // The window still fits the screen, the scenario takes none of the matrix's width (in
        // presentation mode on a narrow screen the matrix takes the editor's), every decision
        // column is in view and the matrix keeps rows in sight under its header.
        QVERIFY2(window.width() <= size.width(), qPrintable(QString::number(window.width())));
        QVERIFY(matrix->isVisible());
        QTRY_VERIFY2(allColumnsVisible(matrix),
                     qPrintable(QStringLiteral("matrix viewport %1 px wide, columns %2 px")
                                    .arg(matrix->viewport()->width())
                                    .arg(matrix->horizontalHeader()->length())));
        QTRY_VERIFY2(matrix->viewport()->height() > 3 * matrix->verticalHeader()->defaultSectionSize(),
                     qPrintable(QString::number(matrix->viewport()->height())));
        if (const QByteArray dir = qgetenv("MFAPOLICY_SCREENSHOT_DIR"); !dir.isEmpty())
            window.grab().save(QString::fromLocal8Bit(dir)
                               + QStringLiteral("/scenario-%1-%2x%3%4.png")
                                     .arg(language)
                                     .arg(size.width())
                                     .arg(size.height())
                                     .arg(presentation ? QStringLiteral("-presentation") : QString()));
        QVERIFY(matrix->viewport()->width() >= widthWithout);
        QVERIFY(fitWithout || presentation);
        auto *steps = window.scenarioPage()->findChild<QTableView *>(QStringLiteral("stepsView"));
        QVERIFY(allColumnsVisible(steps));
        // The step titles wrap instead of being cut: each row is as tall as its title needs.
        for (int row = 0; row < steps->model()->rowCount(); ++row) {
            const QString title = steps->model()->index(row, ScenarioStepModel::StepColumn).data().toString();
            const QRect needed = steps->fontMetrics().boundingRect(
                QRect(0, 0, steps->columnWidth(ScenarioStepModel::StepColumn) - 12, 10000), Qt::TextWordWrap, title);
            QVERIFY2(needed.height() <= steps->rowHeight(row),
                     qPrintable(QStringLiteral("%1: %2 px needed, %3 px shown")
                                    .arg(title)
                                    .arg(needed.height())
                                    .arg(steps->rowHeight(row))));
        }
        if (presentation) {
            // The editor comes back when the presentation ends.
            window.presentationMode()->setEnabled(false);
            QTRY_VERIFY(window.currentTab()->editor()->width() > 100);
            QVERIFY(window.currentTab()->findChild<QWidget *>(QStringLiteral("findingsView"))->isVisible());
            QVERIFY(!window.currentTab()->presentationLayout()->gaveRoom());
        }
        for (PolicyTab *tab : window.documents()->tabs())
            tab->editor()->document()->setModified(false);
    }
};

QTEST_MAIN(TestScenarioWindow)
#include "tst_scenariowindow.moc"
