#include "contrast.h"
#include "decisionmatrixmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "policytab.h"
#include "presentationmode.h"
#include "recoverystore.h"
#include "scenariopage.h"
#include "studiopalette.h"

#include <QApplication>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QToolBar>

using namespace mfapolicy;

class TestPresentation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void arrowsInTheEditorMoveTheCursor();
    void arrowsInTheMatrixMoveTheCell();
    void legendAndLargeFontsEndWithTheMode();
    void closingInPresentationModeDoesNotKeepIt();
    void matrixKeepsItsColumnsBesideThePanel();
    void steppingShowsTheActionOfTheCell();
    void highContrastReadsOnAProjector_data();
    void highContrastReadsOnAProjector();

private:
    PolicyTab *openSample();
    std::unique_ptr<MainWindow> m_window;
};

void TestPresentation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MessageBox::setAutomatic(true);
}

void TestPresentation::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->presentationMode()->setFullScreenAllowed(false);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestPresentation::cleanup()
{
    for (int i = m_window->tabCount() - 1; i >= 0; --i)
        m_window->tabAt(i)->editor()->document()->setModified(false);
    m_window.reset();
    RecoveryStore store;
    for (const RecoveryStore::Entry &entry : store.entries())
        store.remove(entry.id);
}

PolicyTab *TestPresentation::openSample()
{
    if (!m_window->openFile(QStringLiteral(MFAPOLICY_SAMPLES_DIR "/mfa-selfmanage_current-live.json")))
        return nullptr;
    PolicyTab *tab = m_window->currentTab();
    tab->analyseNow();
    return tab;
}

void TestPresentation::arrowsInTheEditorMoveTheCursor()
{
    PolicyTab *tab = openSample();
    QVERIFY(tab);
    m_window->presentationMode()->setEnabled(true);
    QTableView *matrix = tab->matrixView();
    matrix->setCurrentIndex(matrix->model()->index(2, 1));
    PolicyEditor *editor = tab->editor();
    editor->goToLine(3, 5);
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    QTest::keyClick(editor, Qt::Key_Down);
    QTest::keyClick(editor, Qt::Key_Right);
    QCOMPARE(editor->textCursor().blockNumber(), 3);
    QCOMPARE(editor->textCursor().positionInBlock(), 5);
    // The matrix did not move.
    QCOMPARE(matrix->currentIndex().row(), 2);
    QCOMPARE(matrix->currentIndex().column(), 1);
    // Typing goes into the text.
    QTest::keyClicks(editor, QStringLiteral("x"));
    QVERIFY(editor->document()->isModified());
}

void TestPresentation::arrowsInTheMatrixMoveTheCell()
{
    PolicyTab *tab = openSample();
    QVERIFY(tab);
    m_window->presentationMode()->setEnabled(true);
    QTableView *matrix = tab->matrixView();
    matrix->setFocus();
    matrix->setCurrentIndex(matrix->model()->index(0, 1));
    QTRY_COMPARE(QApplication::focusWidget(), matrix);
    QTest::keyClick(matrix, Qt::Key_Down);
    QTest::keyClick(matrix, Qt::Key_Right);
    QCOMPARE(matrix->currentIndex().row(), 1);
    QCOMPARE(matrix->currentIndex().column(), 2);
    QCOMPARE(tab->editor()->document()->isModified(), false);
}

void TestPresentation::legendAndLargeFontsEndWithTheMode()
{
    PolicyTab *tab = openSample();
    QVERIFY(tab);
    PolicyEditor *editor = tab->editor();
    auto *message = m_window->scenarioPage()->findChild<QPlainTextEdit *>(QStringLiteral("accessDeniedEdit"));
    QVERIFY(message);
    const qreal editorSize = editor->font().pointSizeF();
    const qreal messageSize = message->font().pointSizeF();
    const qreal windowSize = m_window->font().pointSizeF();
    auto *toolBar = m_window->findChild<QToolBar *>();
    QVERIFY(toolBar && toolBar->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());

    m_window->presentationMode()->setEnabled(true);
    QDockWidget *legend = m_window->presentationMode()->legendDock();
    QVERIFY(legend->isVisible());
    // The class sees no toolbar and no status bar: their lines go to the matrix.
    QVERIFY(!toolBar->isVisible());
    QVERIFY(!m_window->statusBar()->isVisible());
    QVERIFY(editor->font().pointSizeF() > editorSize * 1.3);
    QVERIFY(message->font().pointSizeF() > messageSize * 1.3);
    QVERIFY(m_window->font().pointSizeF() > windowSize * 1.3);

    QTest::keyClick(m_window->currentTab()->matrixView(), Qt::Key_Escape);
    QVERIFY(!m_window->presentationMode()->isEnabled());
    QVERIFY(!legend->isVisible());
    QCOMPARE(m_window->dockWidgetArea(legend), Qt::NoDockWidgetArea);
    QCOMPARE(editor->font().pointSizeF(), editorSize);
    QCOMPARE(message->font().pointSizeF(), messageSize);
    QCOMPARE(m_window->font().pointSizeF(), windowSize);
    QVERIFY(toolBar->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());
}

// "Everything returns to how it was": with the Principal panel open, presentation mode gives the
// matrix every decision column (the editor makes room), and afterwards the panel and the editor
// have their widths again, though the larger fonts widened the panel meanwhile.
void TestPresentation::matrixKeepsItsColumnsBesideThePanel()
{
    PolicyTab *tab = openSample();
    QVERIFY(tab);
    auto *panel = m_window->findChild<QDockWidget *>(QStringLiteral("principalDock"));
    panel->show();
    // A laptop's screen: with the larger fonts the panel, the editor and the matrix's columns do not
    // all fit.
    m_window->resize(1280, 800);
    QTest::qWait(50);
    const int panelWidth = panel->width();
    QTableView *matrix = tab->matrixView();
    const auto columnsInView = [matrix] { return matrix->horizontalHeader()->length() <= matrix->viewport()->width(); };

    m_window->presentationMode()->setEnabled(true);
    QTRY_VERIFY2(columnsInView(),
                 qPrintable(QStringLiteral("%1 px of columns in %2 px")
                                .arg(matrix->horizontalHeader()->length())
                                .arg(matrix->viewport()->width())));
    // An editor squeezed to a sliver beside the matrix shows the class nothing: it makes room.
    QTRY_VERIFY(!tab->editor()->isVisible());

    m_window->presentationMode()->setEnabled(false);
    QTRY_VERIFY(tab->editor()->isVisible());
    QTRY_VERIFY2(qAbs(panel->width() - panelWidth) <= 2,
                 qPrintable(QStringLiteral("%1 px, was %2 px").arg(panel->width()).arg(panelWidth)));
    QTRY_VERIFY(tab->editor()->width() > 100);
}

// The scenario selects cells as it steps; the action's name is on the first row of its group, and
// it comes into view with the cell, or the class does not see which call a step is.
void TestPresentation::steppingShowsTheActionOfTheCell()
{
    PolicyTab *tab = openSample();
    QVERIFY(tab);
    m_window->resize(1024, 520);
    QTest::qWait(50);
    QTableView *matrix = tab->matrixView();
    QAbstractItemModel *model = matrix->model();
    // The first group of three resources or more; the view comes from further down, as when the
    // scenario steps back up.
    int first = -1;
    int last = -1;
    int groupStart = 0;
    for (int row = 1; row <= model->rowCount(); ++row) {
        if (row == model->rowCount() || model->index(row, 0).data(DecisionMatrixModel::GroupStartRole).toBool()) {
            if (row - groupStart >= 3 && first < 0) {
                first = groupStart;
                last = row - 1;
            }
            groupStart = row;
        }
    }
    QVERIFY(first >= 0);
    const QModelIndex target = model->index(last, DecisionMatrixModel::NoMfaColumn);
    matrix->scrollToBottom();
    QVERIFY(matrix->rowAt(0) > last);
    QVERIFY(tab->selectMatrixCell(target.data(DecisionMatrixModel::ActionRole).toString(),
                                  target.data(DecisionMatrixModel::ResourceArnRole).toString(), AuthState::NoMfa));
    QCOMPARE(matrix->currentIndex().row(), last);
    const QRect viewport = matrix->viewport()->rect();
    QVERIFY(viewport.contains(matrix->visualRect(matrix->currentIndex()).center()));
    const QRect actionName = matrix->visualRect(model->index(first, DecisionMatrixModel::ActionColumn));
    QVERIFY2(viewport.contains(actionName.center()),
             qPrintable(QStringLiteral("the action's row %1 is at y %2 of %3")
                            .arg(first)
                            .arg(actionName.y())
                            .arg(viewport.height())));
}

void TestPresentation::closingInPresentationModeDoesNotKeepIt()
{
    QVERIFY(openSample());
    const qreal windowSize = m_window->font().pointSizeF();
    m_window->presentationMode()->setEnabled(true);
    QVERIFY(m_window->close());
    QVERIFY(!m_window->presentationMode()->isEnabled());
    // The next window starts without the legend or the large fonts.
    m_window.reset();
    init();
    QVERIFY(!m_window->presentationMode()->legendDock()->isVisible());
    QCOMPARE(m_window->dockWidgetArea(m_window->presentationMode()->legendDock()), Qt::NoDockWidgetArea);
    QCOMPARE(m_window->font().pointSizeF(), windowSize);
    QVERIFY(m_window->findChild<QToolBar *>()->isVisible());
    QVERIFY(m_window->statusBar()->isVisible());
    // And the mode still works in it.
    m_window->presentationMode()->setEnabled(true);
    QVERIFY(m_window->presentationMode()->legendDock()->isVisible());
    m_window->presentationMode()->setEnabled(false);
    QVERIFY(!m_window->presentationMode()->legendDock()->isVisible());
}

void TestPresentation::highContrastReadsOnAProjector_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1920x1080") << QSize(1920, 1080);
    QTest::newRow("1024x768") << QSize(1024, 768);
}

void TestPresentation::highContrastReadsOnAProjector()
{
    QFETCH(QSize, screen);
    m_window->resize(screen);
    PolicyTab *tab = openSample();
    QVERIFY(tab);
    m_window->presentationMode()->setEnabled(true);
    QCoreApplication::processEvents();
    if (const QByteArray dir = qgetenv("MFAPOLICY_SCREENSHOT_DIR"); !dir.isEmpty())
        m_window->grab().save(QString::fromLocal8Bit(dir)
                              + QStringLiteral("/presentation-%1x%2.png").arg(screen.width()).arg(screen.height()));
    // Every decision's text reads at WCAG AAA (7:1), which survives a washed-out projector.
    for (Decision d : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny}) {
        const DecisionStyle style = StudioPalette::decision(d, StudioPalette::Variant::HighContrast);
        QVERIFY2(testing::wcagContrast(style.foreground, style.background) >= 7, qPrintable(style.symbol));
        // No cell is a dark block: the backgrounds are mid-tones or light.
        QVERIFY2(testing::wcagLuminance(style.background) > 0.3, qPrintable(style.background.name()));
    }
    // What the matrix shows: hardly any near-black pixels (text and grid lines only).
    const QImage matrix = tab->matrixView()->viewport()->grab().toImage().convertToFormat(QImage::Format_RGB32);
    qint64 dark = 0;
    for (int y = 0; y < matrix.height(); ++y) {
        for (int x = 0; x < matrix.width(); ++x)
            dark += testing::wcagLuminance(matrix.pixelColor(x, y)) < 0.02;
    }
    const double share = double(dark) / (qint64(matrix.width()) * matrix.height());
    QVERIFY2(share < 0.15, qPrintable(QString::number(share)));
    // The legend uses the same colours.
    QDockWidget *legend = m_window->presentationMode()->legendDock();
    auto *allow = legend->findChild<QLabel *>(QStringLiteral("legend-Allow"));
    QVERIFY(allow);
    QCOMPARE(allow->palette().color(QPalette::Window),
             StudioPalette::decision(Decision::Allow, StudioPalette::Variant::HighContrast).background);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
