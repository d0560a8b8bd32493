// The training and export pieces as hosted by the studio window: scenario dock, comparison,
// export, printing, presentation mode, and switching the language of the running window.
#include "comparisondialog.h"
#include "comparisonformatter.h"
#include "comparisonwidget.h"
#include "decisiondelegate.h"
#include "decisionmatrixmodel.h"
#include "exportdialog.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "matrixfiltermodel.h"
#include "matrixrenderer.h"
#include "messagebox.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "presentationmode.h"
#include "recoverystore.h"
#include "scenariopage.h"
#include "scenariostepmodel.h"
#include "settings.h"
#include "settingsdialog.h"
#include "studioapp.h"
#include "texts.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QHash>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTranslator>

#include <array>
#include <functional>

using namespace mfapolicy;

namespace {
QString sample(const char *name)
{
    return QStringLiteral(MFAPOLICY_SAMPLES_DIR "/") + QLatin1String(name);
}

// Runs `check` on the next modal dialog of type T once it is shown, then closes it.
template<typename T> void whenShown(const std::function<void(T *)> &check)
{
    QTimer::singleShot(0, qApp, [check] {
        T *dialog = nullptr;
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (auto *d = qobject_cast<T *>(w); d && d->isVisible())
                dialog = d;
        }
        if (!dialog)
            return;
        check(dialog);
        if (dialog->isVisible())
            dialog->reject();
    });
}
} // namespace

class TestStudioWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MessageBox::setAutomatic(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        RecoveryStore store;
        for (const RecoveryStore::Entry &entry : store.entries())
            store.remove(entry.id);
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        // The AWS example from before November 2022: a device must be named like the user.
        QVERIFY(m_window->openFile(sample("sec-creds-self-manage_2022-06_pre-nov-2022.json")));
        m_tab = m_window->currentTab();
        m_testers = {std::make_unique<QAbstractItemModelTester>(m_tab->matrixModel()),
                     std::make_unique<QAbstractItemModelTester>(m_tab->matrixFilterModel()),
                     std::make_unique<QAbstractItemModelTester>(m_tab->findingsModel())};
        m_tab->analyseNow();
    }

    void cleanup()
    {
        m_testers = {};
        for (int i = m_window->tabCount() - 1; i >= 0; --i)
            m_window->tabAt(i)->editor()->document()->setModified(false);
        m_window.reset();
    }

    // The severity icons are SVG: without Qt's SVG icon engine (a plugin, packaged apart on
    // Debian 13) the findings list would show no severity icon at all.
    void findingsShowSeverityIcons()
    {
        QVERIFY(m_window->openFile(sample("mfa-selfmanage_2022-09_pre-nov-2022.json")));
        PolicyTab *tab = m_window->currentTab();
        QAbstractItemModelTester tester(tab->findingsModel());
        tab->analyseNow();
        FindingsModel *model = tab->findingsModel();
        QVERIFY(model->rowCount() > 0);
        for (int row = 0; row < model->rowCount(); ++row) {
            const QIcon icon = model->index(row, FindingsModel::SeverityColumn).data(Qt::DecorationRole).value<QIcon>();
            const QImage image = icon.pixmap(16, 16).toImage();
            QVERIFY2(!image.isNull(), qPrintable(QStringLiteral("row %1 has no icon").arg(row)));
            bool painted = false;
            for (int y = 0; y < image.height() && !painted; ++y)
                for (int x = 0; x < image.width() && !painted; ++x)
                    painted = qAlpha(image.pixel(x, y)) > 0;
            QVERIFY2(painted, qPrintable(QStringLiteral("row %1: the icon draws nothing").arg(row)));
        }
    }

    void trainingActionsAreEnabled()
    {
        for (const char *name :
             {"actionExport", "actionCompare", "actionScenario", "actionPresentation", "actionPrint"}) {
            auto *action = m_window->findChild<QAction *>(QLatin1String(name));
            QVERIFY2(action, name);
            QVERIFY2(action->isEnabled(), name);
            QVERIFY2(!action->shortcut().isEmpty(), name);
        }
        QCOMPARE(action("actionPrint")->shortcut(), QKeySequence(QKeySequence::Print));
        QVERIFY(action("actionPresentation")->shortcuts().contains(QKeySequence(Qt::Key_F5)));
    }

    void scenarioStepsDriveMatrixAndEditor()
    {
        auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("scenarioDock"));
        QVERIFY(dock->isHidden());
        action("actionScenario")->trigger();
        QVERIFY(dock->isVisible());
        ScenarioPage *page = m_window->scenarioPage();
        QAbstractItemModelTester tester(page->model());
        page->setFlow(EnrollmentFlow::ConsoleVirtual);
        page->setSignedInWith(AuthState::NoMfa);
        // Device "alice-phone" is refused by this policy: the console flow fails at the device.
        QVERIFY(!page->result().succeeded);
        const QString result = page->findChild<QLabel *>(QStringLiteral("resultLabel"))->text();
        QVERIFY2(result.contains(QStringLiteral("iam:CreateVirtualMFADevice")), qPrintable(result));

        // Stepping selects the matrix cell of each call that has a row, in the column of how the
        // user signed in.
        QTableView *matrix = m_tab->matrixView();
        matrix->setCurrentIndex({});
        QStringList matrixCalls;
        for (int step = 0; step < page->model()->rowCount(); ++step) {
            page->setCurrentStep(step);
            const QModelIndex stepIndex = page->model()->index(step, 0);
            const QString call = stepIndex.data(ScenarioStepModel::ActionRole).toString();
            const QString resource = stepIndex.data(ScenarioStepModel::ResourceRole).toString();
            if (hasMatrixRow(call, resource)) {
                const QModelIndex cell = matrix->currentIndex();
                QVERIFY2(cell.isValid(), qPrintable(call));
                QCOMPARE(cell.data(DecisionMatrixModel::ActionRole).toString(), call);
                QCOMPARE(cell.data(DecisionMatrixModel::ResourceArnRole).toString(), resource);
                QCOMPARE(DecisionMatrixModel::stateForColumn(m_tab->matrixFilterModel()->mapToSource(cell).column()),
                         std::optional<AuthState>(AuthState::NoMfa));
                matrixCalls << call;
            }
        }
        // The console flow calls these on rows of the matrix; the device with a custom name is refused.
        for (const char *call : {"iam:GetUser", "iam:ListMFADevices", "iam:CreateVirtualMFADevice"})
            QVERIFY2(matrixCalls.contains(QLatin1String(call)), qPrintable(matrixCalls.join(QStringLiteral(", "))));

        // Clicking "decided by" selects that statement in the editor.
        auto *steps = page->findChild<QTableView *>(QStringLiteral("stepsView"));
        int decided = -1;
        for (int row = 0; row < page->model()->rowCount() && decided < 0; ++row) {
            if (page->model()->index(row, 0).data(ScenarioStepModel::StatementIndexRole).toInt() >= 0)
                decided = row;
        }
        QVERIFY(decided >= 0);
        const QModelIndex by = page->model()->index(decided, ScenarioStepModel::StatementColumn);
        steps->scrollTo(by);
        QTest::mouseClick(steps->viewport(), Qt::LeftButton, {}, steps->visualRect(by).center());
        const QString selected = m_tab->editor()->textCursor().selectedText();
        QVERIFY2(selected.startsWith(QLatin1Char('{')) && selected.contains(QStringLiteral("\"Effect\"")),
                 qPrintable(QStringLiteral("selected \"%1\" after a click at %2,%3 in a %4x%5 view")
                                .arg(selected)
                                .arg(steps->visualRect(by).center().x())
                                .arg(steps->visualRect(by).center().y())
                                .arg(steps->viewport()->width())
                                .arg(steps->viewport()->height())));

        // The scenario follows edits of the document: with any device name allowed, the flow succeeds.
        const QString text = m_tab->editor()->toPlainText();
        QVERIFY(text.contains(QStringLiteral("\"arn:aws:iam::*:mfa/${aws:username}\"")));
        m_tab->editor()->selectAll();
        m_tab->editor()->insertPlainText(QString(text).replace(QStringLiteral("arn:aws:iam::*:mfa/${aws:username}"),
                                                               QStringLiteral("arn:aws:iam::*:mfa/*")));
        m_tab->analyseNow();
        QTRY_VERIFY(page->result().succeeded);
        action("actionScenario")->trigger();
        QVERIFY(dock->isHidden());
    }

    void compareWithMigratedFormAndExportIt()
    {
        ComparisonDialog *dialog = m_window->showComparison(0);
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        ComparisonWidget *comparison = dialog->comparison();
        // The migration lets a user without MFA create a device with any name (AWS, November 2022).
        const CellChange expected {"iam:CreateVirtualMFADevice",
                                   ResourcePattern::DeviceCustomName,
                                   "arn:aws:iam::123456789012:mfa/alice-phone",
                                   AuthState::NoMfa,
                                   Decision::ImplicitDeny,
                                   Decision::Allow};
        QVERIFY(comparison->changeSentences().contains(ComparisonFormatter::changeSentence(expected)));
        QVERIFY(
            comparison->unifiedDiff().contains(QStringLiteral("+            \"Resource\": \"arn:aws:iam::*:mfa/*\"")));

        QString markdown;
        whenShown<ExportDialog>([&](ExportDialog *exportDialog) {
            exportDialog->setFormat(ExportDialog::Format::MatrixMarkdown);
            markdown = exportDialog->exportText();
        });
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("exportButton")), Qt::LeftButton);
        QVERIFY(markdown.contains(ComparisonFormatter::changeSentence(expected)));

        // Another open document is offered too.
        m_window->newDocument(QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": []}"),
                              QStringLiteral("empty.json"));
        m_window->openFile(sample("sec-creds-self-manage_2022-06_pre-nov-2022.json"));
        auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("compareWithCombo"));
        m_window->showComparison(0);
        QVERIFY(combo->findText(QStringLiteral("empty.json"), Qt::MatchContains) >= 0);
        dialog->close();
    }

    void exportOffersEveryTableAndPrints()
    {
        QStringList formats;
        QString csv;
        whenShown<ExportDialog>([&](ExportDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
            for (int i = 0; i < combo->count(); ++i)
                formats.append(combo->itemText(i));
            dialog->setFormat(ExportDialog::Format::MatrixCsv);
            csv = dialog->exportText();
        });
        action("actionExport")->trigger();
        QVERIFY(formats.size() >= 16);
        QCOMPARE(csv.count(QStringLiteral("\r\n")), m_tab->matrixModel()->rowCount() + 1);

        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        m_window->setPrintDialogRunner([&](QPrinter *printer, QWidget *) {
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(pdf);
            return true;
        });
        action("actionPrint")->trigger();
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.read(4) == "%PDF");
    }

    void presentationModeSwitchesEveryPalette()
    {
        PresentationMode *mode = m_window->presentationMode();
        mode->setFullScreenAllowed(false);
        action("actionScenario")->trigger();
        QTest::keyClick(m_window.get(), Qt::Key_F5);
        QVERIFY(mode->isEnabled());
        QVERIFY(action("actionPresentation")->isChecked());
        auto *delegate = qobject_cast<DecisionDelegate *>(m_tab->matrixView()->itemDelegate());
        QVERIFY(delegate && delegate->highContrast());
        // The scenario uses the same high-contrast colours as the matrix and the exports.
        ScenarioStepModel *steps = m_window->scenarioPage()->model();
        QVERIFY(steps->rowCount() > 0);
        const QModelIndex first = steps->index(0, ScenarioStepModel::DecisionColumn);
        const Decision decision = Decision(first.data(ScenarioStepModel::DecisionRole).toInt());
        QCOMPARE(first.data(Qt::BackgroundRole).value<QBrush>().color(),
                 MatrixRenderer::decisionStyle(decision, true).background);

        QTest::keyClick(m_window.get(), Qt::Key_Escape);
        QVERIFY(!mode->isEnabled());
        QVERIFY(!action("actionPresentation")->isChecked());
        QVERIFY(!delegate->highContrast());
    }

    void languageSwitchesWithoutRestart()
    {
        // The translations are compiled by the build; the studio looks next to its executable.
        const QString built = QCoreApplication::applicationDirPath() + QStringLiteral("/../translations");
        const QString qm = built + QStringLiteral("/mfa-policy-studio_ja.qm");
        QVERIFY2(QFile::exists(qm), qPrintable(qm + QStringLiteral(" is missing (target mfapolicy_translations)")));
        const QString local = QCoreApplication::applicationDirPath() + QStringLiteral("/translations");
        QDir().mkpath(local);
        for (const QString &lang : {QStringLiteral("ja"), QStringLiteral("en")}) {
            const QString name = QStringLiteral("/mfa-policy-studio_") + lang + QStringLiteral(".qm");
            QFile::remove(local + name);
            QVERIFY(QFile::copy(built + name, local + name));
        }
        QTranslator japanese;
        QVERIFY(japanese.load(qm));
        const QString fileMenuJa = japanese.translate("MainWindow", "&File");
        const QString mfaSessionJa = japanese.translate("mfapolicy::Texts", "MFA session");
        QVERIFY(!fileMenuJa.isEmpty() && !mfaSessionJa.isEmpty());

        auto *fileMenu = m_window->findChild<QMenu *>(QStringLiteral("menuFile"));
        QHeaderView *header = m_tab->matrixView()->horizontalHeader();
        const auto headerText
            = [header](int column) { return header->model()->headerData(column, Qt::Horizontal).toString(); };
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(headerText(DecisionMatrixModel::MfaSessionColumn), QStringLiteral("MFA session"));
        QVERIFY2(mnemonicClashes().isEmpty(), qPrintable(mnemonicClashes().join(QLatin1Char('\n'))));
        m_tab->matrixView()->setCurrentIndex(m_tab->matrixView()->model()->index(0, DecisionMatrixModel::NoMfaColumn));
        auto *explanation = m_tab->findChild<QWidget *>(QStringLiteral("explanationView"));
        const QString englishExplanation = explanation->property("plainText").toString();

        // Settings ▸ Language ▸ 日本語, as a user does it.
        int headerChanges = 0;
        connect(header->model(), &QAbstractItemModel::headerDataChanged, this, [&] { ++headerChanges; });
        switchLanguage(QStringLiteral("ja"));
        QCOMPARE(fileMenu->title(), fileMenuJa);
        QCOMPARE(headerText(DecisionMatrixModel::MfaSessionColumn), mfaSessionJa);
        QVERIFY(headerChanges > 0);
        // Alt and a letter reach one entry of a menu, in Japanese too.
        QVERIFY2(mnemonicClashes().isEmpty(), qPrintable(mnemonicClashes().join(QLatin1Char('\n'))));
        QVERIFY(m_window->findChild<QDockWidget *>(QStringLiteral("scenarioDock"))->windowTitle()
                != QStringLiteral("Enrollment scenario"));
        QVERIFY(explanation->property("plainText").toString() != englishExplanation);
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("statusLabel"))->text() != QStringLiteral("Valid JSON"));
        // Qt's own words follow: the buttons of the studio's dialogs are not left in English.
        {
            QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
            QCOMPARE(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("キャンセル"));
        }

        switchLanguage(QStringLiteral("en"));
        QCOMPARE(fileMenu->title(), QStringLiteral("&File"));
        QCOMPARE(headerText(DecisionMatrixModel::MfaSessionColumn), QStringLiteral("MFA session"));
        QCOMPARE(explanation->property("plainText").toString(), englishExplanation);
        Settings::instance().setLanguage({});
        StudioApp::loadTranslation(QStringLiteral("en"));
    }

private:
    bool hasMatrixRow(const QString &action, const QString &resource) const
    {
        const DecisionMatrixModel *model = m_tab->matrixModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (QString::fromStdString(model->row(row)->action) == action
                && QString::fromStdString(model->row(row)->resource) == resource)
                return true;
        }
        return false;
    }

    QAction *action(const char *name) const { return m_window->findChild<QAction *>(QLatin1String(name)); }

    // Entries of one menu (or of the menu bar) that share their Alt letter.
    QStringList mnemonicClashes() const
    {
        QStringList clashes;
        const auto check = [&clashes](const QString &where, const QList<QAction *> &actions) {
            QHash<QKeySequence, QString> seen;
            for (const QAction *entry : actions) {
                if (entry->isSeparator() || !entry->isVisible())
                    continue;
                const QKeySequence key = QKeySequence::mnemonic(entry->text());
                if (key.isEmpty())
                    continue;
                if (seen.contains(key))
                    clashes.append(QStringLiteral("%1: \"%2\" and \"%3\"").arg(where, seen[key], entry->text()));
                seen.insert(key, entry->text());
            }
        };
        check(QStringLiteral("menu bar"), m_window->menuBar()->actions());
        for (const QMenu *menu : m_window->menuBar()->findChildren<QMenu *>())
            check(menu->title(), menu->actions());
        return clashes;
    }

    void switchLanguage(const QString &language)
    {
        whenShown<SettingsDialog>([language](SettingsDialog *dialog) {
            auto *combo = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            combo->setCurrentIndex(combo->findData(language));
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        });
        action("actionSettings")->trigger();
        // The language change reaches the windows as posted events.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
    }

    std::unique_ptr<MainWindow> m_window;
    PolicyTab *m_tab = nullptr;
    std::array<std::unique_ptr<QAbstractItemModelTester>, 3> m_testers;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestStudioWindow)
#include "tst_studiowindow.moc"
