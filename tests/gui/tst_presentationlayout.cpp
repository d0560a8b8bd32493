// A policy tab's room while a class follows the scenario in presentation mode: the editor and the
// findings give way to the matrix only where it needs them, and come back as the user left them.
#include "presentationlayout.h"

#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace mfapolicy;

namespace {

// The shape of a policy tab: the editor beside the matrix, the findings below both.
struct Tab {
    QWidget root;
    QSplitter *vertical = new QSplitter(Qt::Vertical);
    QSplitter *horizontal = new QSplitter(Qt::Horizontal);
    QPlainTextEdit *editor = new QPlainTextEdit;
    QTableView *matrix = new QTableView;
    QTableView *findings = new QTableView;
    QStandardItemModel model {20, 4};
    PresentationLayout *layout = nullptr;

    Tab()
    {
        auto *box = new QVBoxLayout(&root);
        box->setContentsMargins(0, 0, 0, 0);
        box->addWidget(vertical);
        vertical->setChildrenCollapsible(false);
        horizontal->setChildrenCollapsible(false);
        horizontal->addWidget(editor);
        horizontal->addWidget(matrix);
        vertical->addWidget(horizontal);
        vertical->addWidget(findings);
        editor->setMinimumWidth(200);
        findings->setMinimumHeight(150);
        matrix->setModel(&model);
        matrix->verticalHeader()->setDefaultSectionSize(30);
        // Four decision columns of 250 pixels: 1,000 pixels of matrix.
        matrix->horizontalHeader()->setMinimumSectionSize(250);
        for (int column = 0; column < 4; ++column)
            matrix->setColumnWidth(column, 250);
        layout = new PresentationLayout(horizontal, vertical, matrix, &root);
    }

    void show(QSize size)
    {
        root.resize(size);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));
    }
};

} // namespace

class TestPresentationLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // A projector's screen: the matrix cannot show its columns beside the editor, nor five rows
    // above the findings. Both give way, and come back with the sizes they had.
    void narrowScreenGivesTheMatrixRoom()
    {
        Tab tab;
        tab.show(QSize(900, 360));
        const QList<int> editorSizes = tab.horizontal->sizes();
        const QList<int> verticalSizes = tab.vertical->sizes();
        const QByteArray editorState = tab.horizontal->saveState();
        const QByteArray verticalState = tab.vertical->saveState();
        QVERIFY(tab.matrix->horizontalHeader()->length() > tab.matrix->viewport()->width());

        QSignalSpy needsRoom(tab.layout, &PresentationLayout::matrixNeedsRoom);
        tab.layout->setPresenting(true);
        QTRY_VERIFY(tab.layout->gaveRoom());
        QTRY_VERIFY(tab.editor->isHidden());
        // 1,000 pixels of columns in a 900 pixels wide tab: without the editor they still do not fit,
        // and the window is told (it hides the Principal panel).
        QTRY_VERIFY(needsRoom.count() > 0);
        QTRY_VERIFY(tab.findings->isHidden());
        QVERIFY(tab.matrix->isVisible());
        // What the window saves meanwhile is the user's layout, not the presentation's.
        QCOMPARE(tab.layout->editorSplitterState(), editorState);
        QCOMPARE(tab.layout->verticalSplitterState(), verticalState);

        tab.layout->setPresenting(false);
        QVERIFY(tab.editor->isVisible());
        QVERIFY(tab.findings->isVisible());
        QVERIFY(!tab.layout->gaveRoom());
        QTRY_COMPARE(tab.horizontal->sizes(), editorSizes);
        QTRY_COMPARE(tab.vertical->sizes(), verticalSizes);
    }

    // A large screen: the matrix has its columns and rows, and nothing is hidden.
    void largeScreenKeepsEverything()
    {
        Tab tab;
        tab.show(QSize(2400, 1000));
        QSignalSpy needsRoom(tab.layout, &PresentationLayout::matrixNeedsRoom);
        tab.layout->setPresenting(true);
        QTest::qWait(50);
        QVERIFY(!tab.layout->gaveRoom());
        QCOMPARE(needsRoom.count(), 0);
        QVERIFY(tab.editor->isVisible());
        QVERIFY(tab.findings->isVisible());
        QCOMPARE(tab.layout->editorSplitterState(), tab.horizontal->saveState());
    }

    // Full screen arrives after presentation mode starts: the room is judged again when the matrix
    // changes size. Once given, it is not taken back while the presentation lasts.
    void laterResizeIsJudgedAgain()
    {
        Tab tab;
        tab.show(QSize(2400, 1000));
        tab.layout->setPresenting(true);
        QTest::qWait(20);
        QVERIFY(!tab.layout->gaveRoom());
        tab.root.resize(900, 1000);
        QTRY_VERIFY(tab.editor->isHidden());
        QVERIFY(tab.findings->isVisible());
        tab.root.resize(2400, 1000);
        QTest::qWait(50);
        QVERIFY(tab.editor->isHidden());
        tab.layout->setPresenting(false);
        QVERIFY(tab.editor->isVisible());
    }

    // A tab closed in the middle of a presentation takes its pending measurement with it.
    void closedTabLeavesNothingBehind()
    {
        auto *tab = new Tab;
        tab->show(QSize(900, 360));
        QPointer<PresentationLayout> layout = tab->layout;
        layout->setPresenting(true);
        delete tab;
        QVERIFY(layout.isNull());
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestPresentationLayout)
#include "tst_presentationlayout.moc"
