// The bad-input zoo, as the studio meets it: whatever file an administrator opens, the studio says
// what is wrong and where, never crashes or hangs, and never loses the text already in an editor;
// a save that fails (read-only target, full disk) says why, offers Save As and keeps every edit.
// Large and binary inputs are made at run time in a temporary folder.

#include "filedialog.h"
#include "findingsmodel.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "recoverystore.h"
#include "testdata.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mfapolicy;
using namespace mfapolicy::testing;

namespace {

const QByteArray policy = R"({
  "Version": "2012-10-17",
  "Statement": [{"Effect": "Allow", "Action": "iam:GetUser", "Resource": "*"}]
})";

/// A save that hits the file size limit fails with EFBIG, as on a full disk; SIGXFSZ is ignored so
/// that the write returns an error instead of ending the process.
class FileSizeLimit final
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &limit) == 0;
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    bool ok() const { return m_ok; }

private:
    rlimit m_saved {};
    void (*m_handler)(int) = nullptr;
    bool m_ok = false;
};

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void refusedFilesSayWhatAndWhere_data();
    void refusedFilesSayWhatAndWhere();
    void openedBadTextShowsFindingsAtTheirPlace_data();
    void openedBadTextShowsFindingsAtTheirPlace();
    void saveToReadOnlyTargetOffersSaveAs();
    void saveOnFullDiskKeepsEdits();
    void fileDeletedWhileOpenKeepsEdits();
    void fileReplacedByBinaryWhileOpenKeepsText();

private:
    /// A tab with a saved policy and an unsaved edit, the way an administrator is mid-work.
    PolicyTab *openWithUnsavedEdit(const QString &name);
    QString path(const QString &name) const { return m_dir.filePath(name); }

    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
    const QString m_edit = QStringLiteral("\n// unsaved edit");
};

void TestBadInput::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MessageBox::setAutomatic(true);
    QVERIFY(m_dir.isValid());
}

void TestBadInput::init()
{
    RecoveryStore store;
    for (const RecoveryStore::Entry &entry : store.entries())
        store.remove(entry.id);
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1024, 700);
    m_window->show();
}

void TestBadInput::cleanup()
{
    for (int i = m_window->tabCount() - 1; i >= 0; --i)
        m_window->tabAt(i)->editor()->document()->setModified(false);
    m_window.reset();
}

PolicyTab *TestBadInput::openWithUnsavedEdit(const QString &name)
{
    const QString file = path(name);
    if (!writeBytes(file, policy) || !m_window->openFile(file))
        return nullptr;
    PolicyTab *tab = m_window->currentTab();
    tab->editor()->moveCursor(QTextCursor::End);
    tab->editor()->insertPlainText(m_edit);
    return tab;
}

void TestBadInput::refusedFilesSayWhatAndWhere_data()
{
    QTest::addColumn<QString>("kind"); // how the file is made
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QStringList>("expected"); // words of the message besides the file name

    QByteArray binary("\x7F"
                      "ELF\x02\x01\x01\x00\x00\x00\x00\x00",
                      12);
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 131 + 7) % 256));
    QTest::newRow("binary data: NUL at byte 7")
        << QStringLiteral("file") << binary << QStringList {QStringLiteral("NUL"), QStringLiteral("byte 7")};
    QTest::newRow("UTF-16 with byte order mark")
        << QStringLiteral("file") << utf16le(policy) << QStringList {QStringLiteral("UTF-16")};
    // Latin-1 "é" (0xE9) in a Sid on line 2: the message names line 2 and the byte.
    QTest::newRow("invalid UTF-8: line 2") << QStringLiteral("file") << QByteArray("{\n  \"Sid\": \"caf\xE9\"}")
                                           << QStringList {QStringLiteral("UTF-8"), QStringLiteral("line 2"),
                                                           QStringLiteral("column 14"), QStringLiteral("0xE9")};
    QTest::newRow("50 MB") << QStringLiteral("50MB") << QByteArray() << QStringList {QStringLiteral("larger than")};
    QTest::newRow("a folder") << QStringLiteral("folder") << QByteArray() << QStringList {QStringLiteral("folder")};
    // Opening a pipe would wait for a writer forever.
    QTest::newRow("a FIFO") << QStringLiteral("fifo") << QByteArray()
                            << QStringList {QStringLiteral("not a regular file")};
    QTest::newRow("deleted before opening")
        << QStringLiteral("missing") << QByteArray() << QStringList {QStringLiteral("does not exist")};
}

void TestBadInput::refusedFilesSayWhatAndWhere()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(QStringList, expected);
    PolicyTab *work = openWithUnsavedEdit(QStringLiteral("work.json"));
    QVERIFY(work);
    const QString workText = work->editor()->toPlainText();

    const QString bad = path(QStringLiteral("bad-") + kind);
    if (kind == QLatin1String("file")) {
        QVERIFY(writeBytes(bad, bytes));
    } else if (kind == QLatin1String("50MB")) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(50) * 1024 * 1024));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir(m_dir.path()).mkpath(bad));
    } else if (kind == QLatin1String("fifo")) {
        QCOMPARE(::mkfifo(QFile::encodeName(bad).constData(), 0600), 0);
    }
    const int tabs = m_window->tabCount();
    const int shown = MessageBox::shownCount();
    QVERIFY(!m_window->openFile(bad));
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    const QString message = MessageBox::lastText();
    QVERIFY2(message.contains(QDir::toNativeSeparators(bad)), qPrintable(message));
    for (const QString &word : expected)
        QVERIFY2(message.contains(word), qPrintable(message + QStringLiteral(" lacks ") + word));
    QCOMPARE(m_window->tabCount(), tabs);
    QCOMPARE(m_window->currentTab(), work);
    QCOMPARE(work->editor()->toPlainText(), workText);
    QVERIFY(work->isModified());
}

void TestBadInput::openedBadTextShowsFindingsAtTheirPlace_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");

    // An empty file is an empty policy to write: it opens, and the findings say a value is expected.
    QTest::newRow("empty file") << QByteArray() << QStringLiteral("JSON_SYNTAX_ERROR") << 1 << 1;
    // 100,000 nested arrays (200 KB): analysed off the GUI thread, refused at the depth limit.
    const int depth = 100000;
    QTest::newRow("100,000 levels of nesting")
        << (QByteArray(depth, '[') + QByteArray(depth, ']')) << QStringLiteral("JSON_NESTING_TOO_DEEP") << 1 << 257;
}

void TestBadInput::openedBadTextShowsFindingsAtTheirPlace()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, rule);
    QFETCH(int, line);
    QFETCH(int, column);
    const QString file = path(QStringLiteral("opened.json"));
    QVERIFY(writeBytes(file, bytes));
    QVERIFY(m_window->openFile(file));
    PolicyTab *tab = m_window->currentTab();
    QCOMPARE(tab->editor()->toPlainText().toUtf8(), bytes);
    QTRY_VERIFY_WITH_TIMEOUT(tab->analysis() && tab->analysis()->text == tab->editor()->toPlainText(), 60000);
    bool found = false;
    for (const Finding &finding : tab->analysis()->findings) {
        if (finding.ruleId == rule.toStdString() && finding.range.line == line && finding.range.column == column)
            found = true;
    }
    QVERIFY2(found, qPrintable(rule));
    QVERIFY(tab->findingsModel()->rowCount() > 0);
}

void TestBadInput::saveToReadOnlyTargetOffersSaveAs()
{
    PolicyTab *tab = openWithUnsavedEdit(QStringLiteral("readonly.json"));
    QVERIFY(tab);
    const QString original = tab->filePath();
    const QString text = tab->editor()->toPlainText();
    // A folder nobody may write to. Root may write anywhere, so as root the target is a file in
    // /proc, where no one can create files.
    QString target = QStringLiteral("/proc/mfa-policy-test.json");
    const QString lockedDir = path(QStringLiteral("locked"));
    if (::geteuid() != 0) {
        QVERIFY(QDir().mkpath(lockedDir));
        target = lockedDir + QStringLiteral("/policy.json");
        QVERIFY(writeBytes(target, policy));
        QVERIFY(QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    }

    // Cancelled: nothing written anywhere, the edit stays and is still unsaved.
    const int shown = MessageBox::shownCount();
    FileDialog::instance().setNextFileNames({target});
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    QVERIFY(!m_window->saveAs(tab));
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    QString message = MessageBox::lastText();
    QVERIFY2(message.contains(QDir::toNativeSeparators(target)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("another name")), qPrintable(message));
    QCOMPARE(tab->editor()->toPlainText(), text);
    QVERIFY(tab->isModified());
    QCOMPARE(tab->filePath(), original);

    // Accepted: the offered Save As writes the edited text to a writable place.
    const QString elsewhere = path(QStringLiteral("elsewhere.json"));
    FileDialog::instance().setNextFileNames({target, elsewhere});
    MessageBox::setNextAnswer(QMessageBox::Save);
    QVERIFY(m_window->saveAs(tab));
    QCOMPARE(readBytes(elsewhere), text.toUtf8());
    QCOMPARE(tab->filePath(), elsewhere);
    QVERIFY(!tab->isModified());
    QCOMPARE(readBytes(original), policy);
    if (::geteuid() != 0) {
        QCOMPARE(readBytes(target), policy);
        QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
}

void TestBadInput::saveOnFullDiskKeepsEdits()
{
    PolicyTab *tab = openWithUnsavedEdit(QStringLiteral("full.json"));
    QVERIFY(tab);
    const QString file = tab->filePath();
    const QString text = tab->editor()->toPlainText();
    const int shown = MessageBox::shownCount();
    {
        FileSizeLimit limit(16); // the policy is larger than 16 bytes
        QVERIFY(limit.ok());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!m_window->save(tab));
    }
    QCOMPARE(MessageBox::shownCount(), shown + 1);
    const QString message = MessageBox::lastText();
    QVERIFY2(message.contains(QDir::toNativeSeparators(file)), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("another name")), qPrintable(message));
    // The reason is the system's (EFBIG), not a shrug.
    QVERIFY2(!message.contains(QStringLiteral("Unknown error")), qPrintable(message));
    // Nothing lost: the file on disk is the old one (the save is atomic), the editor has the edit.
    QCOMPARE(readBytes(file), policy);
    QCOMPARE(tab->editor()->toPlainText(), text);
    QVERIFY(tab->isModified());

    // With room again, Save As writes exactly the edited text.
    const QString elsewhere = path(QStringLiteral("full-saved.json"));
    FileDialog::instance().setNextFileNames({elsewhere});
    QVERIFY(m_window->saveAs(tab));
    QCOMPARE(readBytes(elsewhere), text.toUtf8());
    QVERIFY(!tab->isModified());
}

void TestBadInput::fileDeletedWhileOpenKeepsEdits()
{
    PolicyTab *tab = openWithUnsavedEdit(QStringLiteral("deleted.json"));
    QVERIFY(tab);
    const QString file = tab->filePath();
    const QString text = tab->editor()->toPlainText();
    const int shown = MessageBox::shownCount();
    QVERIFY(QFile::remove(file));
    QTRY_COMPARE_WITH_TIMEOUT(MessageBox::shownCount(), shown + 1, 10000);
    QVERIFY2(MessageBox::lastText().contains(QDir::toNativeSeparators(file)), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("deleted")));
    QCOMPARE(tab->editor()->toPlainText(), text);
    QVERIFY(tab->isModified());
}

void TestBadInput::fileReplacedByBinaryWhileOpenKeepsText()
{
    const QString file = path(QStringLiteral("replaced.json"));
    QVERIFY(writeBytes(file, policy));
    QVERIFY(m_window->openFile(file));
    PolicyTab *tab = m_window->currentTab();
    const QString text = tab->editor()->toPlainText();
    const int shown = MessageBox::shownCount();
    // Not modified here, so the studio offers to reload (default yes); the new content is binary.
    QVERIFY(writeBytes(file, QByteArray("\x00\x01\x02garbage", 10)));
    QTRY_VERIFY_WITH_TIMEOUT(MessageBox::shownCount() >= shown + 2, 10000);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("NUL")), qPrintable(MessageBox::lastText()));
    QCOMPARE(tab->editor()->toPlainText(), text);
    // The text is no longer on disk anywhere: closing the tab must ask.
    QVERIFY(tab->isModified());
}

QTEST_MAIN(TestBadInput)
#include "tst_badinput.moc"
