// The studio's analysis of large texts: it runs off the GUI thread, a newer text or the user's
// cancel stops it, and a cancelled or replaced analysis is never shown.

#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QThreadPool>

using namespace mfapolicy;

namespace {

// A valid policy of `statements` copies of an Allow and a force-MFA Deny, far over the size at
// which the studio analyses in the background.
QString largePolicy(int statements, const QString &sidPrefix = QStringLiteral("S"))
{
    QString text = QStringLiteral("{\"Version\": \"2012-10-17\", \"Statement\": [\n");
    for (int i = 0; i < statements; ++i) {
        if (i > 0)
            text += QStringLiteral(",\n");
        text += i % 2 == 0
            ? QStringLiteral("{\"Sid\": \"%1%2\", \"Effect\": \"Allow\", \"Action\": [\"iam:ListUsers\", "
                             "\"iam:EnableMFADevice\"], \"Resource\": "
                             "\"arn:aws:iam::*:user/${aws:username}\"}")
                  .arg(sidPrefix)
                  .arg(i)
            : QStringLiteral("{\"Sid\": \"%1%2\", \"Effect\": \"Deny\", \"NotAction\": "
                             "[\"iam:EnableMFADevice\"], \"Resource\": \"*\", \"Condition\": "
                             "{\"BoolIfExists\": {\"aws:MultiFactorAuthPresent\": \"false\"}}}")
                  .arg(sidPrefix)
                  .arg(i);
    }
    return text + QStringLiteral("]}\n");
}

void waitForWorkers()
{
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
}

} // namespace

class TestPolicyAnalysis : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        qRegisterMetaType<std::shared_ptr<const PolicyAnalysis>>();
    }

    void cancelledRunGivesNothing()
    {
        const QString text = largePolicy(20);
        const std::atomic<bool> go {false};
        const auto analysis = PolicyAnalysis::run(text, SimulationIdentity {}, PolicyKind::Managed, {}, &go);
        QVERIFY(analysis);
        QVERIFY(analysis->matrix);
        QVERIFY(!analysis->findings.empty());
        const std::atomic<bool> stop {true};
        QVERIFY(!PolicyAnalysis::run(text, SimulationIdentity {}, PolicyKind::Managed, {}, &stop));
    }

    void onlyTheNewestTextIsDelivered()
    {
        BackgroundAnalysis background;
        QSignalSpy finished(&background, &BackgroundAnalysis::finished);
        QSignalSpy running(&background, &BackgroundAnalysis::runningChanged);
        const QString older = largePolicy(400, QStringLiteral("Old"));
        const QString newer = largePolicy(400, QStringLiteral("New"));
        background.start(older, PrincipalView::single(nullptr, SimulationIdentity {}), PolicyKind::Managed, {});
        QVERIFY(background.isRunning());
        background.start(newer, PrincipalView::single(nullptr, SimulationIdentity {}), PolicyKind::Managed, {});
        waitForWorkers();
        QCOMPARE(finished.count(), 1);
        const auto analysis = finished.at(0).at(0).value<std::shared_ptr<const PolicyAnalysis>>();
        QVERIFY(analysis);
        QCOMPARE(analysis->text, newer);
        QVERIFY(!background.isRunning());
        // Began once, ended once: replacing a running analysis is not an end.
        QCOMPARE(running.count(), 2);
        QCOMPARE(running.at(0).at(0).toBool(), true);
        QCOMPARE(running.at(1).at(0).toBool(), false);
    }

    void cancelledAnalysisIsNeverDelivered()
    {
        BackgroundAnalysis background;
        QSignalSpy finished(&background, &BackgroundAnalysis::finished);
        background.start(largePolicy(400), PrincipalView::single(nullptr, SimulationIdentity {}), PolicyKind::Managed,
                         {});
        background.cancel();
        QVERIFY(!background.isRunning());
        waitForWorkers();
        QCOMPARE(finished.count(), 0);
    }

    void cancelButtonStopsTheAnalysis()
    {
        PolicyTab tab;
        tab.resize(1200, 800);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *button = tab.findChild<QPushButton *>(QStringLiteral("cancelAnalysisButton"));
        auto *notice = tab.findChild<QLabel *>(QStringLiteral("noticeLabel"));
        QVERIFY(button && notice);
        QVERIFY(!button->isVisible());

        const QString text = largePolicy(4000);
        QVERIFY(text.size() > PolicyAnalysis::backgroundThreshold);
        tab.editor()->setPlainText(text);
        QTRY_VERIFY(button->isVisible());
        QVERIFY(notice->isVisible());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!button->isVisible());
        QVERIFY(notice->isVisible()); // says that it was cancelled
        waitForWorkers();
        QVERIFY(!tab.analysis() || tab.analysis()->text != text);

        // Typing starts it again, and this time it completes.
        tab.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(tab.editor(), QStringLiteral(" "));
        QTRY_VERIFY(button->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(tab.analysis() && tab.analysis()->text == tab.editor()->toPlainText(), 120000);
        QVERIFY(!button->isVisible());
        QVERIFY(!notice->isVisible());
        QVERIFY(!tab.analysis()->findings.empty());
    }

    void editDiscardsTheRunningAnalysis()
    {
        PolicyTab tab;
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        auto *button = tab.findChild<QPushButton *>(QStringLiteral("cancelAnalysisButton"));
        QVERIFY(button);
        const QString text = largePolicy(4000);
        tab.editor()->setPlainText(text);
        QTRY_VERIFY(button->isVisible());
        // An edit while it runs: the running analysis is cancelled at once and its result never
        // shown; the new text's analysis is.
        tab.editor()->moveCursor(QTextCursor::End);
        QTest::keyClicks(tab.editor(), QStringLiteral(" "));
        QVERIFY(!button->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(tab.analysis() && tab.analysis()->text == tab.editor()->toPlainText(), 120000);
        QVERIFY(tab.analysis()->text != text);
    }
};

QTEST_MAIN(TestPolicyAnalysis)
#include "tst_policyanalysis.moc"
