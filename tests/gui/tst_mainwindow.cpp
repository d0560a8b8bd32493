#include "decisionmatrixmodel.h"
#include "filedialog.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "matrixfiltermodel.h"
#include "messagebox.h"
#include "migrationdialog.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "principalsetup.h"
#include "recoverystore.h"
#include "settings.h"
#include "testdata.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTimer>

using namespace mfapolicy;

namespace {
QString sample(const char *name)
{
    return QStringLiteral(MFAPOLICY_SAMPLES_DIR "/") + QLatin1String(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// The source row of the matrix for an action and resource pattern, or -1.
int matrixRow(const DecisionMatrixModel *model, const char *action, ResourcePattern pattern)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        const MatrixRow *r = model->row(row);
        if (r->action == action && r->pattern == pattern)
            return row;
    }
    return -1;
}

// The tab's models under QAbstractItemModelTester while a test drives them.
struct TabModelTesters {
    explicit TabModelTesters(PolicyTab *tab)
        : matrix(tab->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , filter(tab->matrixFilterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
        , findings(tab->findingsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest)
    { }
    QAbstractItemModelTester matrix;
    QAbstractItemModelTester filter;
    QAbstractItemModelTester findings;
};

Decision cell(const DecisionMatrixModel *model, const char *action, ResourcePattern pattern, int column)
{
    const int row = matrixRow(model, action, pattern);
    if (row < 0)
        return Decision(-1);
    return Decision(model->index(row, column).data(DecisionMatrixModel::DecisionRole).toInt());
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void newWindowHasItsWords();
    void firstSizeFitsTheScreen();
    void openSampleShowsDocumentedCells();
    void everyModelPassesTheTester();
    void clickingCellHighlightsDecidingStatement();
    void cursorInStatementMarksItsCells();
    void typingUpdatesMatrixAfterDebounce();
    void migrationChangesTextAndMatrixAndUndoRestoresBoth();
    void quickFixIsOneUndoStep();
    void saveAndReopenRoundTripsBytes_data();
    void saveAndReopenRoundTripsBytes();
    void closingUnsavedWorkAsks();
    void badFilesGiveMessage_data();
    void badFilesGiveMessage();
    void hugeTextStaysResponsive();
    void recoveryAfterCrash();
    void completionOffersActionNames();
    void findBarReplacesAllAsOneStep();
    void statusShowsValidityAndSize();
    void filterShowsOnlyDifferingRows();
    void matrixKeepsLastValidVersionWhileTextHasErrors();
    void matrixIsEmptyWhenTextWasNeverValid();
    void matrixNamesStatementsItLeftOut();
    void findingsUseTheIdentityInTheForm();

private:
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MessageBox::setAutomatic(true);
    QVERIFY(m_dir.isValid());
}

void TestMainWindow::init()
{
    RecoveryStore store;
    for (const RecoveryStore::Entry &entry : store.entries())
        store.remove(entry.id);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
}

// A window just opened shows its words, not only after a change of language: the docks' titles
// and the templates' names.
void TestMainWindow::newWindowHasItsWords()
{
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("principalDock"))->windowTitle(),
             QStringLiteral("Principal"));
    QCOMPARE(m_window->findChild<QDockWidget *>(QStringLiteral("scenarioDock"))->windowTitle(),
             QStringLiteral("Enrollment scenario"));
    const QList<QAction *> templates = m_window->findChildren<QAction *>(
        QRegularExpression(QStringLiteral("^template-")), Qt::FindChildrenRecursively);
    QVERIFY(!templates.isEmpty());
    for (const QAction *action : templates)
        QVERIFY2(!action->text().isEmpty(), qPrintable(action->objectName()));
}

// A first start on a small screen (a projector, a laptop) shows the whole window, however large
// the studio would like to be. The test screen is smaller than the studio's first size.
void TestMainWindow::firstSizeFitsTheScreen()
{
    Settings::instance().setWindowGeometry({});
    MainWindow window;
    const QSize room = window.screen()->availableGeometry().size();
    QVERIFY2(room.width() < 1280, "the test needs a screen narrower than the studio's first size");
    QVERIFY2(window.width() <= room.width() && window.height() <= room.height(),
             qPrintable(QStringLiteral("%1x%2 on %3x%4")
                            .arg(window.width())
                            .arg(window.height())
                            .arg(room.width())
                            .arg(room.height())));
}

void TestMainWindow::cleanup()
{
    // Nothing may ask during teardown.
    for (int i = m_window->tabCount() - 1; i >= 0; --i)
        m_window->tabAt(i)->editor()->document()->setModified(false);
    m_window.reset();
}

void TestMainWindow::openSampleShowsDocumentedCells()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_current-live.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    QVERIFY(tab);
    QVERIFY(tab->matrixModel()->rowCount() > 0);
    const auto *model = tab->matrixModel();
    // The current AWS example lets a user without MFA create a device with any name...
    QCOMPARE(
        cell(model, "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName, DecisionMatrixModel::NoMfaColumn),
        Decision::Allow);
    // ...and denies everything else without MFA, including with long-term keys (BoolIfExists).
    QCOMPARE(cell(model, "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::NoMfaColumn),
             Decision::ExplicitDeny);
    QCOMPARE(cell(model, "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::AccessKeyColumn),
             Decision::ExplicitDeny);
    // Deactivation needs an MFA session.
    QCOMPARE(cell(model, "iam:DeactivateMFADevice", ResourcePattern::OwnUser, DecisionMatrixModel::MfaSessionColumn),
             Decision::Allow);
    QCOMPARE(cell(model, "iam:DeactivateMFADevice", ResourcePattern::OwnUser, DecisionMatrixModel::NoMfaColumn),
             Decision::ExplicitDeny);
    // Shown with a word, not colour alone.
    const int row = matrixRow(model, "s3:ListAllMyBuckets", ResourcePattern::Star);
    QVERIFY(!model->index(row, DecisionMatrixModel::NoMfaColumn).data().toString().isEmpty());
    QCOMPARE(m_window->windowTitle().startsWith(QStringLiteral("mfa-selfmanage_current-live.json")), true);
}

void TestMainWindow::everyModelPassesTheTester()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_2022-09_pre-nov-2022.json")));
    PolicyTab *tab = m_window->currentTab();
    QAbstractItemModelTester matrixTester(tab->matrixModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(tab->matrixFilterModel(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester findingsTester(tab->findingsModel(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Exercise resets, filters and marking under the testers.
    auto *combo = tab->findChild<QComboBox *>(QStringLiteral("matrixFilterCombo"));
    for (int i = 0; i < combo->count(); ++i)
        combo->setCurrentIndex(i);
    combo->setCurrentIndex(0);
    QTextCursor c = tab->editor()->textCursor();
    c.movePosition(QTextCursor::End);
    c.insertText(QStringLiteral("\n"));
    tab->analyseNow();
    tab->editor()->setPlainText(QStringLiteral("{ not json"));
    tab->analyseNow();
    QVERIFY(tab->findingsModel()->rowCount() > 0);
    tab->editor()->undo();
    tab->analyseNow();
    tab->editor()->moveCursor(QTextCursor::Start);
}

void TestMainWindow::clickingCellHighlightsDecidingStatement()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_current-live.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    auto *view = tab->findChild<QTableView *>(QStringLiteral("matrixView"));
    QVERIFY(view);
    const int sourceRow = matrixRow(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star);
    const QModelIndex index = tab->matrixFilterModel()->mapFromSource(
        tab->matrixModel()->index(sourceRow, DecisionMatrixModel::NoMfaColumn));
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->currentIndex(), index);

    const QList<std::pair<int, int>> ranges = tab->editor()->highlightedRanges();
    QCOMPARE(ranges.size(), 1);
    const QString text = tab->editor()->toPlainText();
    const int sid = int(text.indexOf(QStringLiteral("\"Sid\": \"BlockMostAccessUnlessSignedInWithMFA\"")));
    QVERIFY(sid > 0);
    QVERIFY(ranges.first().first < sid && sid < ranges.first().second);
    // The Sid's line is the deny statement's, not another statement's.
    const int otherSid = int(text.indexOf(QStringLiteral("\"Sid\": \"AllowListActions\"")));
    QVERIFY(!(ranges.first().first < otherSid && otherSid < ranges.first().second));

    auto *explanation = tab->findChild<QWidget *>(QStringLiteral("explanationView"));
    QVERIFY(
        explanation->property("plainText").toString().contains(QStringLiteral("BlockMostAccessUnlessSignedInWithMFA")));

    // An allowed cell highlights its allow statement.
    const int createRow
        = matrixRow(tab->matrixModel(), "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName);
    const QModelIndex create = tab->matrixFilterModel()->mapFromSource(
        tab->matrixModel()->index(createRow, DecisionMatrixModel::NoMfaColumn));
    view->scrollTo(create);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(create).center());
    const int createSid = int(text.indexOf(QStringLiteral("\"Sid\": \"AllowUserToCreateVirtualMFADevice\"")));
    QCOMPARE(tab->editor()->highlightedRanges().size(), 1);
    QVERIFY(tab->editor()->highlightedRanges().first().first < createSid);
    QVERIFY(createSid < tab->editor()->highlightedRanges().first().second);
}

void TestMainWindow::cursorInStatementMarksItsCells()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_current-live.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    const QString text = tab->editor()->toPlainText();
    QTextCursor c = tab->editor()->textCursor();
    c.setPosition(int(text.indexOf(QStringLiteral("BlockMostAccessUnlessSignedInWithMFA"))));
    tab->editor()->setTextCursor(c);
    const auto *model = tab->matrixModel();
    const int row = matrixRow(model, "s3:ListAllMyBuckets", ResourcePattern::Star);
    QVERIFY(model->index(row, DecisionMatrixModel::NoMfaColumn).data(DecisionMatrixModel::MarkedRole).toBool());
    QVERIFY(!model->index(row, DecisionMatrixModel::MfaSessionColumn).data(DecisionMatrixModel::MarkedRole).toBool());
}

void TestMainWindow::typingUpdatesMatrixAfterDebounce()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_current-live.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    PolicyEditor *editor = tab->editor();
    // Turn the deny's BoolIfExists into Bool: long-term access keys escape the deny.
    const QString text = editor->toPlainText();
    QTextCursor c = editor->textCursor();
    const int at = int(text.indexOf(QStringLiteral("BoolIfExists")));
    c.setPosition(at + 4);
    c.setPosition(at + 12, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Delete);
    QVERIFY(editor->document()->isModified());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("*")) || m_window->isWindowModified());
    QTRY_COMPARE(
        cell(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::AccessKeyColumn),
        Decision::ImplicitDeny);
    QCOMPARE(cell(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::NoMfaColumn),
             Decision::ExplicitDeny);
}

void TestMainWindow::migrationChangesTextAndMatrixAndUndoRestoresBoth()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_2022-09_pre-nov-2022.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    const QString original = tab->editor()->toPlainText();
    QCOMPARE(cell(tab->matrixModel(), "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName,
                  DecisionMatrixModel::NoMfaColumn),
             Decision::ImplicitDeny);

    int cellChanges = -1;
    QTimer::singleShot(0, this, [&cellChanges] {
        auto *dialog = qobject_cast<MigrationDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        cellChanges = dialog->cellChangeCount();
        auto *apply = dialog->findChild<QPushButton *>(QStringLiteral("applyButton"));
        QVERIFY(apply && apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
    });
    m_window->showMigration();
    QVERIFY(cellChanges > 0);
    QVERIFY(tab->editor()->toPlainText() != original);
    QVERIFY(tab->editor()->toPlainText().contains(QStringLiteral("arn:aws:iam::*:mfa/*")));
    tab->analyseNow();
    QCOMPARE(cell(tab->matrixModel(), "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName,
                  DecisionMatrixModel::NoMfaColumn),
             Decision::Allow);

    tab->editor()->undo();
    QCOMPARE(tab->editor()->toPlainText(), original);
    tab->analyseNow();
    QCOMPARE(cell(tab->matrixModel(), "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName,
                  DecisionMatrixModel::NoMfaColumn),
             Decision::ImplicitDeny);
}

void TestMainWindow::quickFixIsOneUndoStep()
{
    // The September 2022 AWS example allows iam:CreateVirtualMFADevice only on mfa/${aws:username}:
    // the checker reports the stale device resource and offers to migrate it.
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_2022-09_pre-nov-2022.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    const QString original = tab->editor()->toPlainText();
    QCOMPARE(cell(tab->matrixModel(), "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName,
                  DecisionMatrixModel::NoMfaColumn),
             Decision::ImplicitDeny);
    int fixRow = -1;
    for (int row = 0; row < tab->findingsModel()->rowCount() && fixRow < 0; ++row) {
        if (tab->findingsModel()->index(row, 0).data(FindingsModel::RuleIdRole).toString()
            == QLatin1String("STALE_MFA_DEVICE_RESOURCE"))
            fixRow = row;
    }
    QVERIFY2(fixRow >= 0, "the stale device resource is not reported");
    QVERIFY2(tab->findingsModel()->index(fixRow, 0).data(FindingsModel::HasFixRole).toBool(),
             "the stale device resource has no quick fix");
    auto *view = tab->findChild<QTableView *>(QStringLiteral("findingsView"));
    const QModelIndex index = tab->findingsModel()->index(fixRow, FindingsModel::MessageColumn);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    auto *button = tab->findChild<QPushButton *>(QStringLiteral("applyFixButton"));
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    // The fix lets a user without MFA create a device with any name, as AWS's policy does since
    // December 2022.
    QVERIFY(tab->editor()->toPlainText() != original);
    QVERIFY(tab->editor()->toPlainText().contains(QStringLiteral("\"arn:aws:iam::*:mfa/*\"")));
    tab->analyseNow();
    QCOMPARE(cell(tab->matrixModel(), "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName,
                  DecisionMatrixModel::NoMfaColumn),
             Decision::Allow);
    for (int row = 0; row < tab->findingsModel()->rowCount(); ++row)
        QVERIFY(tab->findingsModel()->index(row, 0).data(FindingsModel::RuleIdRole).toString()
                != QLatin1String("STALE_MFA_DEVICE_RESOURCE"));
    // One undo step takes it all back.
    tab->editor()->undo();
    QCOMPARE(tab->editor()->toPlainText(), original);
    tab->analyseNow();
    QCOMPARE(cell(tab->matrixModel(), "iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName,
                  DecisionMatrixModel::NoMfaColumn),
             Decision::ImplicitDeny);
}

void TestMainWindow::saveAndReopenRoundTripsBytes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("AWS sample, LF") << testing::readInput(sample("mfa-selfmanage_current-live.json"));
    QTest::newRow("CRLF line ends") << QByteArray(
        "{\r\n    \"Version\": \"2012-10-17\",\r\n    \"Statement\": []\r\n}\r\n");
    QTest::newRow("byte order mark, no final newline")
        << QByteArray("\xEF\xBB\xBF{\"Version\": \"2012-10-17\", \"Statement\": []}");
    QTest::newRow("non-ASCII text") << QByteArray(
        "{\"Version\": \"2012-10-17\", \"Statement\": [{\"Sid\": \"r\xC3\xA9sum\xC3\xA9\"}]}\n");
}

void TestMainWindow::saveAndReopenRoundTripsBytes()
{
    QFETCH(QByteArray, bytes);
    const QString path = m_dir.filePath(QStringLiteral("roundtrip-%1.json")
                                            .arg(QString::fromLatin1(QTest::currentDataTag()))
                                            .replace(QLatin1Char(' '), QLatin1Char('_')));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    QVERIFY(m_window->openFile(path));
    PolicyTab *tab = m_window->currentTab();
    // Edit and edit back, so saving really writes.
    tab->editor()->moveCursor(QTextCursor::End);
    tab->editor()->insertPlainText(QStringLiteral("x"));
    tab->editor()->undo();
    tab->editor()->document()->setModified(true);
    QVERIFY(m_window->save(tab));
    QVERIFY(!tab->isModified());
    QCOMPARE(readAll(path), bytes);

    const QString copy = m_dir.filePath(QStringLiteral("copy.json"));
    QFile::remove(copy);
    FileDialog::instance().setNextFileNames({copy});
    QVERIFY(m_window->saveAs(tab));
    QCOMPARE(tab->filePath(), copy);
    QCOMPARE(readAll(copy), bytes);
    m_window->closeTab(tab);
    QVERIFY(m_window->openFile(copy));
    QCOMPARE(m_window->currentTab()->saveTo(copy), QString());
    QCOMPARE(readAll(copy), bytes);
}

void TestMainWindow::closingUnsavedWorkAsks()
{
    PolicyTab *tab = m_window->newDocument();
    tab->editor()->insertPlainText(QStringLiteral(" "));
    QVERIFY(tab->isModified());
    const int before = MessageBox::shownCount();
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->closeTab(tab));
    QCOMPARE(MessageBox::shownCount(), before + 1);
    QVERIFY(MessageBox::lastText().contains(tab->displayName()));
    QCOMPARE(m_window->currentTab(), tab);

    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());

    const int tabs = m_window->tabCount();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_window->closeTab(tab));
    QCOMPARE(m_window->tabCount(), tabs - 1);
}

void TestMainWindow::badFilesGiveMessage_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<qint64>("size");
    QTest::newRow("binary: NUL bytes") << QByteArray("\x7F"
                                                     "ELF\x02\x01\x01\x00\x00\x00",
                                                     10)
                                       << qint64(0);
    QTest::newRow("not UTF-8") << QByteArray("{\"Sid\": \"\xFF\xFE\"}") << qint64(0);
    QTest::newRow("50 MB") << QByteArray() << qint64(50) * 1024 * 1024;
    QTest::newRow("vanished") << QByteArray("gone") << qint64(-1);
}

void TestMainWindow::badFilesGiveMessage()
{
    QFETCH(QByteArray, bytes);
    QFETCH(qint64, size);
    const QString path = m_dir.filePath(QStringLiteral("bad.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(bytes);
        if (size > 0)
            QVERIFY(file.resize(size));
    }
    if (size < 0)
        QFile::remove(path);
    const int tabs = m_window->tabCount();
    const int shown = MessageBox::shownCount();
    QVERIFY(!m_window->openFile(path));
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("bad.json")));
    QCOMPARE(m_window->tabCount(), tabs);
    QFile::remove(path);
}

void TestMainWindow::hugeTextStaysResponsive()
{
    // 5 MB of statements: far over any quota, still opens, edits and shows findings.
    const QString path = m_dir.filePath(QStringLiteral("huge.json"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\"Version\": \"2012-10-17\", \"Statement\": [\n");
        const QByteArray statement
            = "{\"Effect\": \"Allow\", \"Action\": [\"iam:ListUsers\", \"s3:GetObject\"], \"Resource\": \"*\"},\n";
        while (file.size() < 5 * 1024 * 1024)
            file.write(statement);
        file.write("{\"Effect\": \"Deny\", \"Action\": \"*\", \"Resource\": \"*\"}]}\n");
    }
    QVERIFY(m_window->openFile(path));
    PolicyTab *tab = m_window->currentTab();
    const auto analysedCurrentText
        = [tab] { return tab->analysis() && tab->analysis()->text == tab->editor()->toPlainText(); };
    QTRY_VERIFY_WITH_TIMEOUT(analysedCurrentText(), 60000);
    // Typing never waits for the analysis of a huge text: it runs on a worker thread, and its
    // result comes back through the event loop. While the tab says it is analysing, the old
    // analysis is still shown and the editor takes further keystrokes.
    tab->editor()->moveCursor(QTextCursor::End);
    QTest::keyClicks(tab->editor(), QStringLiteral(" "));
    auto *notice = tab->findChild<QLabel *>(QStringLiteral("noticeLabel"));
    QTRY_VERIFY_WITH_TIMEOUT(notice->isVisibleTo(tab), 60000);
    QCOMPARE(notice->text(), QStringLiteral("Analysing a large text\u2026"));
    QVERIFY(!analysedCurrentText());
    QTest::keyClicks(tab->editor(), QStringLiteral("x"));
    QVERIFY(tab->editor()->toPlainText().endsWith(QStringLiteral(" x")));
    QTRY_VERIFY_WITH_TIMEOUT(analysedCurrentText(), 60000);
    QVERIFY(!notice->isVisibleTo(tab));
    QVERIFY(!tab->analysis()->matrix);
    QVERIFY(tab->findChild<QLabel *>(QStringLiteral("matrixNoticeLabel"))->isVisibleTo(tab));
    QVERIFY(tab->findingsModel()->rowCount() > 0);
}

void TestMainWindow::recoveryAfterCrash()
{
    PolicyTab *tab = m_window->newDocument();
    const QString text = QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [] }\n// recovered");
    tab->editor()->selectAll();
    tab->editor()->insertPlainText(text);
    m_window->autosave();
    // While the window runs, its recovery entry is its own: nobody else is offered it.
    QVERIFY(RecoveryStore().entries().isEmpty());

    // The first window ends without closing (as in a crash) and leaves its entry to the next one.
    const QString oldId = tab->recoveryId();
    tab->editor()->document()->setModified(false);
    m_window.reset();
    m_window = std::make_unique<MainWindow>();
    MainWindow &next = *m_window;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    next.offerRecovery();
    QCOMPARE(next.tabCount(), 1);
    QCOMPARE(next.currentTab()->editor()->toPlainText(), text);
    QVERIFY(next.currentTab()->isModified());
    // The old entry is gone; the recovered document has its own.
    const auto onDisk = [](const QString &id) {
        QDirIterator it(RecoveryStore().directory(), {id + QStringLiteral(".recovery")}, QDir::Files,
                        QDirIterator::Subdirectories);
        return it.hasNext();
    };
    QVERIFY(!onDisk(oldId));
    QVERIFY(onDisk(next.currentTab()->recoveryId()));
    next.currentTab()->editor()->document()->setModified(false);
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(next.closeTab(next.currentTab()));
}

void TestMainWindow::completionOffersActionNames()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_current-live.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    PolicyEditor *editor = tab->editor();
    const QString text = editor->toPlainText();
    QTextCursor c = editor->textCursor();
    c.setPosition(int(text.indexOf(QStringLiteral("\"iam:ListVirtualMFADevices\""))) + 1);
    c.setPosition(c.position() + int(QStringLiteral("iam:ListVirtualMFADevices").size()), QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("iam:CreateV"));
    QTRY_VERIFY(editor->completer()->popup()->isVisible());
    QVERIFY(editor->completer()->completionModel()->rowCount() >= 1);
    QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("iam:CreateVirtualMFADevice"));
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
    QVERIFY(editor->toPlainText().contains(QStringLiteral("\"iam:CreateVirtualMFADevice\",\n")));

    // Not inside a Sid.
    c.setPosition(int(editor->toPlainText().indexOf(QStringLiteral("AllowListActions"))) + 5);
    editor->setTextCursor(c);
    QTest::keyClicks(editor, QStringLiteral("iam"));
    QVERIFY(!editor->completer()->popup()->isVisible());
}

void TestMainWindow::findBarReplacesAllAsOneStep()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_2022-09_pre-nov-2022.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    const QString original = tab->editor()->toPlainText();
    const int count = int(original.count(QStringLiteral("${aws:username}")));
    QVERIFY(count > 1);
    auto *find = m_window->findChild<QAction *>(QStringLiteral("actionReplace"));
    find->trigger();
    tab->findChild<QLineEdit *>(QStringLiteral("findEdit"))->setText(QStringLiteral("${aws:username}"));
    tab->findChild<QLineEdit *>(QStringLiteral("replaceEdit"))->setText(QStringLiteral("*"));
    QTest::mouseClick(tab->findChild<QPushButton *>(QStringLiteral("replaceAllButton")), Qt::LeftButton);
    QCOMPARE(tab->editor()->toPlainText().count(QStringLiteral("${aws:username}")), 0);
    tab->editor()->undo();
    QCOMPARE(tab->editor()->toPlainText(), original);
}

void TestMainWindow::statusShowsValidityAndSize()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_current-live.json")));
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("statusLabel"));
    QVERIFY(label->text().contains(QStringLiteral("6,144")) || label->text().contains(QStringLiteral("6144")));
    const QString valid = label->text();
    PolicyTab *tab = m_window->currentTab();
    tab->editor()->moveCursor(QTextCursor::Start);
    tab->editor()->insertPlainText(QStringLiteral(","));
    tab->analyseNow();
    QVERIFY(label->text() != valid);
    // IAM counts characters: 117 here, although "é" and the Japanese letters make 122 UTF-8 bytes.
    tab->editor()->setPlainText(QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [{\"Effect\": \"Allow\", "
                                               "\"Action\": \"s3:GetObject\", \"Resource\": \"arn:aws:s3:::caf\u00e9-"
                                               "\u65e5\u672c/*\"}]}"));
    tab->analyseNow();
    QVERIFY2(label->text().contains(QStringLiteral(" 117 / ")), qPrintable(label->text()));
}

void TestMainWindow::filterShowsOnlyDifferingRows()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_current-live.json")));
    PolicyTab *tab = m_window->currentTab();
    const TabModelTesters testers(tab);
    auto *combo = tab->findChild<QComboBox *>(QStringLiteral("matrixFilterCombo"));
    combo->setCurrentIndex(MatrixFilterModel::DifferingRows);
    MatrixFilterModel *filter = tab->matrixFilterModel();
    QVERIFY(filter->rowCount() > 0);
    QVERIFY(filter->rowCount() < tab->matrixModel()->rowCount());
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(filter->index(row, 0).data(DecisionMatrixModel::DiffersRole).toBool());
    // The first visible row of each group names the action.
    QVERIFY(!filter->index(0, DecisionMatrixModel::ActionColumn).data().toString().isEmpty());
    combo->setCurrentIndex(MatrixFilterModel::MfaActions);
    QVERIFY(filter->rowCount() > 0);
    QVERIFY(filter->rowCount() < tab->matrixModel()->rowCount());
    for (int row = 0; row < filter->rowCount(); ++row)
        QVERIFY(filter->index(row, 0).data(DecisionMatrixModel::MfaActionRole).toBool());
    combo->setCurrentIndex(MatrixFilterModel::AllRows);
}

void TestMainWindow::matrixKeepsLastValidVersionWhileTextHasErrors()
{
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_current-live.json")));
    PolicyTab *tab = m_window->currentTab();
    auto *notice = tab->findChild<QLabel *>(QStringLiteral("matrixNoticeLabel"));
    QVERIFY(notice);
    QVERIFY(!notice->isVisible());
    QCOMPARE(cell(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::NoMfaColumn),
             Decision::ExplicitDeny);

    // Delete the comma after the first statement (line 12 of the file, "        },"): the text
    // is no longer JSON, and the deny at the end is not read any more.
    PolicyEditor *editor = tab->editor();
    const int comma = int(editor->toPlainText().indexOf(QStringLiteral("},\n"))) + 1;
    QTextCursor c = editor->textCursor();
    c.setPosition(comma);
    c.setPosition(comma + 1, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTRY_VERIFY(notice->isVisible());
    // The parser stops at the next statement's brace: line 13, column 9.
    QVERIFY2(notice->text().contains(QStringLiteral("line 13, column 9")), qPrintable(notice->text()));
    QVERIFY2(notice->text().contains(QStringLiteral("last version without errors")), qPrintable(notice->text()));
    // The matrix still shows what the policy decides, not the half that was read.
    QCOMPARE(cell(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::NoMfaColumn),
             Decision::ExplicitDeny);
    QCOMPARE(
        cell(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::AccessKeyColumn),
        Decision::ExplicitDeny);

    // Typing the comma again brings the live matrix back, without the banner.
    QTest::keyClick(editor, Qt::Key_Comma);
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(cell(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::NoMfaColumn),
             Decision::ExplicitDeny);
}

void TestMainWindow::matrixIsEmptyWhenTextWasNeverValid()
{
    // A missing comma before "Statement" (line 1, column 26); no version of this text was ever JSON.
    PolicyTab *tab = m_window->newDocument(QStringLiteral("{\"Version\": \"2012-10-17\" \"Statement\": [\n"
                                                          "  {\"Effect\": \"Allow\", \"Action\": \"*\", "
                                                          "\"Resource\": \"*\"}\n]}\n"));
    auto *notice = tab->findChild<QLabel *>(QStringLiteral("matrixNoticeLabel"));
    QCOMPARE(tab->matrixModel()->rowCount(), 0);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("line 1, column 26")), qPrintable(notice->text()));

    // Once it parses, the matrix appears: everything is allowed in every state.
    PolicyEditor *editor = tab->editor();
    QTextCursor c = editor->textCursor();
    c.setPosition(25);
    editor->setTextCursor(c);
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_Comma);
    QTRY_VERIFY(tab->matrixModel()->rowCount() > 0);
    QVERIFY(!notice->isVisible());
    QCOMPARE(cell(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::NoMfaColumn),
             Decision::Allow);
}

void TestMainWindow::matrixNamesStatementsItLeftOut()
{
    // "deny" is not an Effect IAM knows (it is case-sensitive): the engine cannot evaluate the
    // statement, so the matrix cannot say what the policy denies.
    PolicyTab *tab = m_window->newDocument(
        QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [\n"
                       "  {\"Sid\": \"AllowAll\", \"Effect\": \"Allow\", \"Action\": \"*\", \"Resource\": \"*\"},\n"
                       "  {\"Sid\": \"DenyWithoutMfa\", \"Effect\": \"deny\", \"Action\": \"*\", \"Resource\": \"*\",\n"
                       "   \"Condition\": {\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"false\"}}}\n"
                       "]}\n"));
    auto *notice = tab->findChild<QLabel *>(QStringLiteral("matrixNoticeLabel"));
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("DenyWithoutMfa (line 3)")), qPrintable(notice->text()));
    QVERIFY2(!notice->text().contains(QStringLiteral("AllowAll")), qPrintable(notice->text()));

    // Corrected, the deny is evaluated and nothing is left out.
    PolicyEditor *editor = tab->editor();
    const int at = int(editor->toPlainText().indexOf(QStringLiteral("\"deny\""))) + 1;
    QTextCursor c = editor->textCursor();
    c.setPosition(at);
    c.setPosition(at + 1, QTextCursor::KeepAnchor);
    editor->setTextCursor(c);
    editor->setFocus();
    QTest::keyClicks(editor, QStringLiteral("D"));
    QTRY_VERIFY(!notice->isVisible());
    QCOMPARE(cell(tab->matrixModel(), "s3:ListAllMyBuckets", ResourcePattern::Star, DecisionMatrixModel::NoMfaColumn),
             Decision::ExplicitDeny);
}

void TestMainWindow::findingsUseTheIdentityInTheForm()
{
    // The September 2022 example creates devices only on mfa/${aws:username}: the name the user
    // types in the form is the one refused.
    QVERIFY(m_window->openFile(sample("mfa-selfmanage_2022-09_pre-nov-2022.json")));
    PolicyTab *tab = m_window->currentTab();
    auto *user = m_window->findChild<QLineEdit *>(QStringLiteral("userEdit"));
    auto *device = m_window->findChild<QLineEdit *>(QStringLiteral("deviceEdit"));
    user->selectAll();
    QTest::keyClicks(user, QStringLiteral("carol"));
    device->selectAll();
    QTest::keyClicks(device, QStringLiteral("carol-yubikey"));
    const auto messages = [tab] {
        QStringList out;
        for (int row = 0; row < tab->findingsModel()->rowCount(); ++row)
            out << tab->findingsModel()->index(row, FindingsModel::MessageColumn).data().toString();
        return out.join(QLatin1Char('\n'));
    };
    QTRY_VERIFY2(messages().contains(QStringLiteral("\"carol-yubikey\" is refused")), qPrintable(messages()));
    QVERIFY2(!messages().contains(QStringLiteral("alice")), qPrintable(messages()));
    // The form is the studio's setting for the next window; put it back.
    m_window->principalSetup()->setIdentity(SimulationIdentity {});
    Settings::instance().setIdentity(SimulationIdentity {});
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
