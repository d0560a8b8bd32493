// Recovery files belong to the studio that wrote them. A second studio offers only the work of
// one that is no longer running, and a failed autosave is shown, not only logged. The other
// studio is a real second process: this test program started again in a child mode.

#include "mainwindow.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "policytab.h"
#include "recoverystore.h"

#include <QApplication>
#include <QDirIterator>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>

#include <cstdio>
#include <cstdlib>

using namespace mfapolicy;

namespace {
constexpr char childMode[] = "MFAPOLICY_TEST_RECOVERY_CHILD";
const auto childEntryId = QStringLiteral("child-entry");
const auto childText = QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": []}\n// the child's work");

// The child writes one recovery entry. "crash" then ends without any clean-up, as a crash does;
// "live" keeps running until its standard input is closed.
int runChild(const QByteArray &mode)
{
    RecoveryStore store;
    if (!store.write({childEntryId, {}, QStringLiteral("Child"), childText, {}}))
        return 3;
    if (mode == "crash")
        std::_Exit(0);
    std::fputs("ready\n", stdout);
    std::fflush(stdout);
    char line[16];
    while (std::fgets(line, sizeof line, stdin)) { }
    return 0;
}

QString recoveryRoot()
{
    return RecoveryStore().directory();
}

// Where a recovery entry is on disk, in any instance's folder; empty when nowhere.
QString entryFile(const QString &id)
{
    QDirIterator it(recoveryRoot(), {id + QStringLiteral(".recovery")}, QDir::Files, QDirIterator::Subdirectories);
    return it.hasNext() ? it.next() : QString();
}
} // namespace

class TestRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        MessageBox::setAutomatic(true);
    }

    void init()
    {
        QDir(recoveryRoot()).removeRecursively();
        QFile::remove(recoveryRoot());
    }

    void cleanupTestCase()
    {
        QDir(recoveryRoot()).removeRecursively();
        QFile::remove(recoveryRoot());
    }

    void liveInstanceWorkIsNeitherOfferedNorDeleted()
    {
        QProcess child;
        child.setProcessEnvironment([] {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QLatin1String(childMode), QStringLiteral("live"));
            return environment;
        }());
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForStarted());
        QVERIFY(child.waitForReadyRead(60000));
        QCOMPARE(child.readLine(), QByteArray("ready\n"));
        const QString path = entryFile(childEntryId);
        QVERIFY(!path.isEmpty());

        // A second studio starting while the first runs has nothing to recover...
        MainWindow window;
        const int shown = MessageBox::shownCount();
        MessageBox::setNextAnswer(QMessageBox::No);
        window.offerRecovery();
        QCOMPARE(MessageBox::shownCount(), shown);
        QCOMPARE(window.tabCount(), 0);
        // ...and leaves the running studio's file alone, even when asked to remove it.
        RecoveryStore other;
        QVERIFY(other.entries().isEmpty());
        other.remove(childEntryId);
        QVERIFY(QFile::exists(path));

        child.closeWriteChannel();
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
    }

    void crashedInstanceWorkIsOffered()
    {
        QProcess child;
        child.setProcessEnvironment([] {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QLatin1String(childMode), QStringLiteral("crash"));
            return environment;
        }());
        child.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(child.waitForFinished(60000));
        QCOMPARE(child.exitCode(), 0);
        const QString path = entryFile(childEntryId);
        QVERIFY(!path.isEmpty());

        MainWindow window;
        const int shown = MessageBox::shownCount();
        MessageBox::setNextAnswer(QMessageBox::Yes);
        window.offerRecovery();
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QCOMPARE(window.tabCount(), 1);
        QCOMPARE(window.currentTab()->editor()->toPlainText(), childText);
        QVERIFY(window.currentTab()->isModified());
        // Taken over: the crashed studio's file is gone, the recovered document has its own.
        QVERIFY(!QFile::exists(path));
        QVERIFY(!entryFile(window.currentTab()->recoveryId()).isEmpty());
        window.currentTab()->editor()->document()->setModified(false);
    }

    void twoStoresInOneProcessKeepTheirOwnEntries()
    {
        auto first = std::make_unique<RecoveryStore>();
        QVERIFY(first->write({QStringLiteral("first"), {}, QStringLiteral("First"), QStringLiteral("{}"), {}}));
        const QString path = entryFile(QStringLiteral("first"));
        QVERIFY(!path.isEmpty());
        RecoveryStore second;
        QVERIFY(second.entries().isEmpty());
        second.remove(QStringLiteral("first"));
        QVERIFY(QFile::exists(path));

        // The first ends without removing its entry (no clean close): now the second offers it.
        first.reset();
        const QList<RecoveryStore::Entry> entries = second.entries();
        QCOMPARE(entries.size(), 1);
        QCOMPARE(entries.first().id, QStringLiteral("first"));
        second.remove(QStringLiteral("first"));
        QVERIFY(!QFile::exists(path));
    }

    void failedAutosaveIsShown()
    {
        // A file where the recovery folder belongs: nothing can be written there, even by root.
        QVERIFY(QDir().mkpath(QFileInfo(recoveryRoot()).path()));
        QFile blocker(recoveryRoot());
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();

        MainWindow window;
        window.show();
        PolicyTab *tab = window.newDocument();
        tab->editor()->insertPlainText(QStringLiteral("{}"));
        QVERIFY(tab->isModified());
        auto *indicator = window.findChild<QWidget *>(QStringLiteral("autosaveFailedIndicator"));
        QVERIFY(indicator);
        QVERIFY(!indicator->isVisible());

        window.autosave();
        QVERIFY(indicator->isVisible());
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("Autosave failed")),
                 qPrintable(window.statusBar()->currentMessage()));
        QVERIFY(entryFile(tab->recoveryId()).isEmpty());

        // Once the folder can be written again, the next autosave clears the indicator.
        QVERIFY(QFile::remove(recoveryRoot()));
        window.autosave();
        QVERIFY(!indicator->isVisible());
        QVERIFY(!entryFile(tab->recoveryId()).isEmpty());
        tab->editor()->document()->setModified(false);
    }
};

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsSet(childMode)) {
        QCoreApplication app(argc, argv);
        QStandardPaths::setTestModeEnabled(true);
        return runChild(qgetenv(childMode));
    }
    QApplication app(argc, argv);
    TestRecovery test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_recovery.moc"
