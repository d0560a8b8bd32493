#include "aboutdialog.h"
#include "findingsmodel.h"
#include "helpwindow.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "policytab.h"
#include "recoverystore.h"
#include "settings.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>

#include "filedialog.h"

#include <QTextBrowser>
#include <unistd.h>

using namespace mfapolicy;

namespace {
// Keys in an order no sorting would produce, and a duplicate, as IAM keeps the text as written.
const auto oneLine = QStringLiteral(
    R"({"Version":"2012-10-17","Statement":[{"Sid":"Zeta","Effect":"Allow","Action":["iam:GetUser","iam:ListMFADevices"],"Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}},{"Sid":"Alpha","Effect":"Deny","NotAction":[],"Resource":"arn:aws:iam::*:mfa/${aws:username}"}]})");
// The same policy as the AWS console lays it out, written by hand.
const auto awsLayout = QStringLiteral(R"({
    "Version": "2012-10-17",
    "Statement": [
        {
            "Sid": "Zeta",
            "Effect": "Allow",
            "Action": [
                "iam:GetUser",
                "iam:ListMFADevices"
            ],
            "Resource": "*",
            "Condition": {
                "Bool": {
                    "aws:MultiFactorAuthPresent": "true"
                }
            }
        },
        {
            "Sid": "Alpha",
            "Effect": "Deny",
            "NotAction": [],
            "Resource": "arn:aws:iam::*:mfa/${aws:username}"
        }
    ]
}
)");
} // namespace

class TestEditing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void formatKeepsKeyOrderAndIsOneUndoStep();
    void joinIntoOneLineIsTheReverse();
    void formatRefusesTextThatIsNotJson();
    void quotesAndBracketsCloseAsYouType();
    void completionWhileTheStringIsOpen();
    void ctrlSpaceOpensStringAndCompletes();
    void noCompletionForMemberNames();
    void zoomIsRememberedByNewWindows();
    void ctrlWheelZooms();
    void wordWrapIsASetting();
    void statusBarShowsLineAndColumn();
    void f1OpensHelpThatExplainsTheColumns();
    void readOnlyFileSaysSo();
    void aboutNamesVersionsAndData();
    void missingThingsUnderlineTheKeyNotTheDocument();
    void emptyFindingsSaySo();
    void quittingWithSeveralModifiedOffersDiscardAll();
    void quittingWithSeveralModifiedCanSaveAll();
    void saveAsAndSettingsHaveShortcuts();
    void helpAndVersionNeedNoDisplay_data();
    void helpAndVersionNeedNoDisplay();

private:
    PolicyEditor *newEditor(const QString &text);
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

void TestEditing::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MessageBox::setAutomatic(true);
}

void TestEditing::init()
{
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1280, 800);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestEditing::cleanup()
{
    for (int i = m_window->tabCount() - 1; i >= 0; --i)
        m_window->tabAt(i)->editor()->document()->setModified(false);
    m_window.reset();
    Settings::instance().setEditorZoom(0);
    Settings::instance().setWordWrap(false);
    RecoveryStore store;
    for (const RecoveryStore::Entry &entry : store.entries())
        store.remove(entry.id);
}

PolicyEditor *TestEditing::newEditor(const QString &text)
{
    PolicyTab *tab = m_window->newDocument(text, QStringLiteral("test.json"));
    tab->editor()->setFocus();
    return tab->editor();
}

void TestEditing::formatKeepsKeyOrderAndIsOneUndoStep()
{
    PolicyEditor *editor = newEditor(oneLine);
    QTextCursor c = editor->textCursor();
    c.setPosition(int(oneLine.indexOf(QStringLiteral("Alpha"))));
    editor->setTextCursor(c);
    m_window->findChild<QAction *>(QStringLiteral("actionFormatDocument"))->trigger();
    QCOMPARE(editor->toPlainText(), awsLayout);
    // The cursor stays on the same word.
    QCOMPARE(editor->toPlainText().mid(editor->textCursor().position(), 5), QStringLiteral("Alpha"));
    QVERIFY(editor->document()->isModified());
    editor->undo();
    QCOMPARE(editor->toPlainText(), oneLine);
    QVERIFY(!editor->document()->isUndoAvailable());
}

void TestEditing::joinIntoOneLineIsTheReverse()
{
    PolicyEditor *editor = newEditor(awsLayout);
    m_window->findChild<QAction *>(QStringLiteral("actionJoinLines"))->trigger();
    QCOMPARE(editor->toPlainText(), oneLine + QLatin1Char('\n'));
    editor->undo();
    QCOMPARE(editor->toPlainText(), awsLayout);
}

void TestEditing::formatRefusesTextThatIsNotJson()
{
    const QString broken = QStringLiteral("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n}\n");
    PolicyEditor *editor = newEditor(broken);
    const int shown = MessageBox::shownCount();
    m_window->findChild<QAction *>(QStringLiteral("actionFormatDocument"))->trigger();
    QCOMPARE(editor->toPlainText(), broken);
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("line 4")), qPrintable(MessageBox::lastText()));
}

void TestEditing::quotesAndBracketsCloseAsYouType()
{
    PolicyEditor *editor = newEditor(QStringLiteral(" "));
    editor->selectAll();
    QTest::keyClick(editor, Qt::Key_Delete);
    QTest::keyClicks(editor, QStringLiteral("{\"Sid"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("{\"Sid\"}"));
    // The closing quote steps over the one written for it.
    QTest::keyClicks(editor, QStringLiteral("\": ["));
    QCOMPARE(editor->toPlainText(), QStringLiteral("{\"Sid\": []}"));
    // Backspace in an empty pair removes both.
    QTest::keyClick(editor, Qt::Key_Backspace);
    QCOMPARE(editor->toPlainText(), QStringLiteral("{\"Sid\": }"));
    QTest::keyClicks(editor, QStringLiteral("\"a\"}"));
    QCOMPARE(editor->toPlainText(), QStringLiteral("{\"Sid\": \"a\"}"));
    QCOMPARE(editor->textCursor().position(), editor->toPlainText().size());
    // Inside a string, a quote is not doubled by a bracket.
    editor->undo();
}

void TestEditing::completionWhileTheStringIsOpen()
{
    const QString text
        = QStringLiteral("{\n    \"Statement\": [\n        {\n            \"Action\": [\n                \n");
    PolicyEditor *editor = newEditor(text);
    editor->moveCursor(QTextCursor::End);
    editor->moveCursor(QTextCursor::PreviousBlock);
    editor->moveCursor(QTextCursor::EndOfBlock);
    // The text is not JSON (nothing is closed): the action is known from the member alone.
    QTest::keyClicks(editor, QStringLiteral("\"iam:CreateV"));
    QTRY_VERIFY(editor->completer()->popup()->isVisible());
    QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("iam:CreateVirtualMFADevice"));
    QTest::keyClick(editor->completer()->popup(), Qt::Key_Return);
    QVERIFY2(editor->toPlainText().contains(QStringLiteral("                \"iam:CreateVirtualMFADevice\"\n")),
             qPrintable(editor->toPlainText()));

    // The second element of the array, after a comma.
    editor->moveCursor(QTextCursor::EndOfBlock);
    QTest::keyClicks(editor, QStringLiteral(", \"iam:EnableMF"));
    QTRY_VERIFY(editor->completer()->popup()->isVisible());
    QCOMPARE(editor->completer()->currentCompletion(), QStringLiteral("iam:EnableMFADevice"));
}

void TestEditing::ctrlSpaceOpensStringAndCompletes()
{
    PolicyEditor *editor = newEditor(QStringLiteral("{\"Statement\": [{\"Effect\": \"Allow\", \"NotAction\": }]}"));
    QTextCursor c = editor->textCursor();
    c.setPosition(int(editor->toPlainText().indexOf(QStringLiteral("}]"))));
    editor->setTextCursor(c);
    QTest::keyClick(editor, Qt::Key_Space, Qt::ControlModifier);
    QTRY_VERIFY(editor->completer()->popup()->isVisible());
    QVERIFY(editor->toPlainText().contains(QStringLiteral("\"NotAction\": \"\"}")));
    QVERIFY(editor->completer()->completionModel()->rowCount() > 100);
}

void TestEditing::noCompletionForMemberNames()
{
    PolicyEditor *editor = newEditor(QStringLiteral("{\"Statement\": [{}]}"));
    QTextCursor c = editor->textCursor();
    c.setPosition(int(editor->toPlainText().indexOf(QStringLiteral("}]"))));
    editor->setTextCursor(c);
    QTest::keyClicks(editor, QStringLiteral("\"iam"));
    QVERIFY(!editor->completer()->popup()->isVisible());
    // Nor in a Sid, even one that starts like an action.
    QTest::keyClicks(editor, QStringLiteral("\": \"iam:Cre"));
    QVERIFY(!editor->completer()->popup()->isVisible());
}

void TestEditing::zoomIsRememberedByNewWindows()
{
    PolicyEditor *editor = newEditor(awsLayout);
    const qreal before = editor->font().pointSizeF();
    QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_Equal, Qt::ControlModifier);
    QCOMPARE(editor->font().pointSizeF(), before + 2);
    m_window.reset();
    init();
    PolicyEditor *again = newEditor(awsLayout);
    QCOMPARE(again->font().pointSizeF(), before + 2);
    QTest::keyClick(again, Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(again->font().pointSizeF(), before);
    QTest::keyClick(again, Qt::Key_Minus, Qt::ControlModifier);
    QCOMPARE(again->font().pointSizeF(), before - 1);
}

void TestEditing::ctrlWheelZooms()
{
    PolicyEditor *editor = newEditor(awsLayout);
    const qreal before = editor->font().pointSizeF();
    const QPoint at = editor->viewport()->rect().center();
    QWheelEvent wheel(at, editor->viewport()->mapToGlobal(at), {}, {0, 120}, Qt::NoButton, Qt::ControlModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(editor->viewport(), &wheel);
    QCOMPARE(editor->font().pointSizeF(), before + 1);
    QCOMPARE(Settings::instance().editorZoom(), 1);
}

void TestEditing::wordWrapIsASetting()
{
    PolicyEditor *editor = newEditor(oneLine);
    QCOMPARE(editor->lineWrapMode(), QPlainTextEdit::NoWrap);
    m_window->findChild<QAction *>(QStringLiteral("actionWordWrap"))->trigger();
    QCOMPARE(editor->lineWrapMode(), QPlainTextEdit::WidgetWidth);
    QVERIFY(Settings::instance().wordWrap());
    PolicyEditor *second = newEditor(oneLine);
    QCOMPARE(second->lineWrapMode(), QPlainTextEdit::WidgetWidth);
}

void TestEditing::statusBarShowsLineAndColumn()
{
    PolicyEditor *editor = newEditor(awsLayout);
    QTRY_COMPARE(QApplication::focusWidget(), editor);
    editor->goToLine(4, 9);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("cursorPositionLabel"));
    QCOMPARE(label->text(), QStringLiteral("Line 4, Column 9"));
    QTest::keyClick(editor, Qt::Key_Right);
    QCOMPARE(label->text(), QStringLiteral("Line 4, Column 10"));
}

void TestEditing::f1OpensHelpThatExplainsTheColumns()
{
    newEditor(awsLayout);
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    auto *help = m_window->findChild<HelpWindow *>(QStringLiteral("helpWindow"));
    QVERIFY(help);
    QTRY_VERIFY(help->isVisible());
    const QString text = help->browser()->toPlainText();
    QVERIFY(text.contains(QStringLiteral("MFA key aws:MultiFactorAuthPresent is absent")));
    QVERIFY(text.contains(QStringLiteral("mfa/*")));
    // Every section the contents link to exists, in both languages.
    for (const QString &file : {QStringLiteral(":/help/help_en.html"), QStringLiteral(":/help/help_ja.html")}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(f.readAll());
        for (const char *anchor : {"columns", "cells", "editing", "check", "migrate", "scenario", "compare", "export",
                                   "presentation", "principals"}) {
            QVERIFY2(html.contains(QStringLiteral("href=\"#%1\"").arg(QLatin1String(anchor))), anchor);
            QVERIFY2(html.contains(QStringLiteral("name=\"%1\"").arg(QLatin1String(anchor))), anchor);
        }
        QVERIFY(!html.contains(QStringLiteral("example.com")));
        // A line break between two Japanese characters shows as a stray space in the page.
        const QRegularExpressionMatch stray
            = QRegularExpression(
                  QStringLiteral("[\\x{3000}-\\x{30ff}\\x{4e00}-\\x{9fff}]\\n[\\x{3000}-\\x{30ff}\\x{4e00}-\\x{9fff}]"))
                  .match(html);
        QVERIFY2(!stray.hasMatch(), qPrintable(file + QStringLiteral(": ") + stray.captured()));
    }
}

// A policy without findings says so in the findings pane, rather than show an empty table.
void TestEditing::emptyFindingsSaySo()
{
    QVERIFY(m_window->openFile(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/aws-docs/ec2-require-mfa_2022-12.json")));
    PolicyTab *clean = m_window->currentTab();
    clean->analyseNow();
    QCOMPARE(clean->findingsModel()->rowCount(), 0);
    auto *none = clean->findChild<QLabel *>(QStringLiteral("noFindingsLabel"));
    QVERIFY(none);
    QTRY_VERIFY(none->isVisible());
    QCOMPARE(none->text(), QStringLiteral("No findings"));

    QVERIFY(m_window->openFile(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/aws-docs/mfa-selfmanage_2018-07.json")));
    PolicyTab *withFindings = m_window->currentTab();
    withFindings->analyseNow();
    QVERIFY(withFindings->findingsModel()->rowCount() > 0);
    QVERIFY(!withFindings->findChild<QLabel *>(QStringLiteral("noFindingsLabel"))->isVisible());
}

void TestEditing::missingThingsUnderlineTheKeyNotTheDocument()
{
    // The 2018 example has no Deny at all: "nothing requires MFA" is about the Statement array.
    QVERIFY(m_window->openFile(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/aws-docs/mfa-selfmanage_2018-07.json")));
    PolicyTab *tab = m_window->currentTab();
    tab->analyseNow();
    PolicyEditor *editor = tab->editor();
    const QString text = editor->toPlainText();
    const QList<EditorDiagnostic> diagnostics = editor->diagnostics();
    QVERIFY(!diagnostics.isEmpty());
    bool onStatementKey = false;
    for (const EditorDiagnostic &d : diagnostics) {
        const QString covered = text.mid(d.begin, d.end - d.begin);
        QVERIFY2(!covered.contains(QLatin1Char('\n')), qPrintable(d.message + QStringLiteral(": ") + covered));
        if (covered == QLatin1String("\"Statement\"") && d.message.contains(QStringLiteral("Nothing requires MFA")))
            onStatementKey = true;
    }
    QVERIFY(onStatementKey);
}

void TestEditing::aboutNamesVersionsAndData()
{
    // The first line of the bundled data names its source and version.
    QFile data(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/../../data/aws-managed-policies.jsonl"));
    QVERIFY(data.open(QIODevice::ReadOnly));
    const QJsonObject header = QJsonDocument::fromJson(data.readLine()).object();
    const QString version = header.value(QStringLiteral("version")).toString();
    QVERIFY(!version.isEmpty());
    const QString text = AboutDialog::text();
    QVERIFY2(text.contains(QStringLiteral(MFAPOLICY_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("version ") + version), qPrintable(text));
    QVERIFY(text.contains(header.value(QStringLiteral("source")).toString()));
    QVERIFY(text.contains(QLatin1String(qVersion())));
    QVERIFY(text.contains(QStringLiteral("KSyntaxHighlighting")));
    QVERIFY(text.contains(QStringLiteral("MIT-0")));
    // The studio's own licence as the repository's LICENSE states it.
    QFile licence(QStringLiteral(MFAPOLICY_TEST_DATA_DIR "/../../LICENSE"));
    QVERIFY(licence.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(licence.readAll()).contains(QStringLiteral("All rights reserved")));
    QVERIFY2(text.contains(QStringLiteral("all rights reserved")), qPrintable(text));
}

void TestEditing::readOnlyFileSaysSo()
{
    // Root may write any ordinary file; nobody may write this one.
    QString path = QStringLiteral("/proc/sys/kernel/osrelease");
    if (::geteuid() != 0) {
        path = m_dir.filePath(QStringLiteral("locked.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(oneLine.toUtf8());
        file.close();
        QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner));
    }
    QVERIFY(m_window->openFile(path));
    PolicyEditor *editor = m_window->currentTab()->editor();
    QVERIFY(editor->readOnlyNotice());
    QVERIFY(editor->readOnlyNotice()->isVisible());
    QVERIFY(editor->readOnlyNotice()->text().contains(QStringLiteral("Read-only")));
    // Saved elsewhere with Save As, the notice goes.
    const QString copy = m_dir.filePath(QStringLiteral("copy.json"));
    FileDialog::instance().setNextFileNames({copy});
    QVERIFY(m_window->saveAs(m_window->currentTab()));
    QVERIFY(!editor->readOnlyNotice());
    // A writable file never shows it.
    QVERIFY(m_window->openFile(copy));
    QVERIFY(!m_window->currentTab()->editor()->readOnlyNotice());
}

void TestEditing::quittingWithSeveralModifiedOffersDiscardAll()
{
    const QString a = m_dir.filePath(QStringLiteral("a.json"));
    const QString b = m_dir.filePath(QStringLiteral("b.json"));
    for (const QString &path : {a, b}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(awsLayout.toUtf8());
    }
    QVERIFY(m_window->openFile(a));
    QTest::keyClicks(m_window->currentTab()->editor(), QStringLiteral(" "));
    QVERIFY(m_window->openFile(b));
    QTest::keyClicks(m_window->currentTab()->editor(), QStringLiteral(" "));
    const int shown = MessageBox::shownCount();
    MessageBox::setNextAnswer(QMessageBox::Discard);
    QVERIFY(m_window->close());
    // One question naming both, not one per document.
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("a.json")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("b.json")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("discard all")));
    QFile file(a);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()), awsLayout);
}

void TestEditing::quittingWithSeveralModifiedCanSaveAll()
{
    const QString a = m_dir.filePath(QStringLiteral("c.json"));
    const QString b = m_dir.filePath(QStringLiteral("d.json"));
    for (const QString &path : {a, b}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(oneLine.toUtf8());
    }
    QVERIFY(m_window->openFile(a));
    m_window->findChild<QAction *>(QStringLiteral("actionFormatDocument"))->trigger();
    QVERIFY(m_window->openFile(b));
    m_window->findChild<QAction *>(QStringLiteral("actionFormatDocument"))->trigger();
    MessageBox::setNextAnswer(QMessageBox::SaveAll);
    QVERIFY(m_window->close());
    for (const QString &path : {a, b}) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()), awsLayout);
    }
}

void TestEditing::saveAsAndSettingsHaveShortcuts()
{
    for (const char *name : {"actionSaveAs", "actionSettings", "actionHelp", "actionFormatDocument"}) {
        auto *action = m_window->findChild<QAction *>(QLatin1String(name));
        QVERIFY2(action && !action->shortcut().isEmpty(), name);
    }
    QCOMPARE(m_window->findChild<QAction *>(QStringLiteral("actionSaveAs"))->shortcut(),
             QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
}

void TestEditing::helpAndVersionNeedNoDisplay_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringLiteral("--help") << QStringLiteral("--screenshot");
    QTest::newRow("-h") << QStringLiteral("-h") << QStringLiteral("--lang");
    QTest::newRow("--version") << QStringLiteral("--version") << QStringLiteral("mfa-policy-studio " MFAPOLICY_VERSION);
}

void TestEditing::helpAndVersionNeedNoDisplay()
{
    QFETCH(QString, option);
    QFETCH(QString, expected);
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MFA_POLICY_STUDIO_EXE), {option});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(expected), qPrintable(out + QString::fromUtf8(process.readAllStandardError())));
}

QTEST_MAIN(TestEditing)
#include "tst_editing.moc"
