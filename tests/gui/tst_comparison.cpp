#include "comparisonformatter.h"
#include "comparisonmodel.h"
#include "comparisonwidget.h"
#include "matrixrenderer.h"
#include "migrationdialog.h"
#include "policyanalysis.h"
#include "testdata.h"
#include "texts.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

using namespace mfapolicy;

namespace {
QString sample(const char *name)
{
    return QString::fromStdString(testing::readSampleText(QLatin1String(name)));
}

int rowOf(const QAbstractItemModel *model, const QString &action, ResourcePattern pattern)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, ComparisonModel::ActionColumn).data().toString() == action
            && model->index(row, ComparisonModel::ResourceColumn).data().toString() == Texts::resourcePattern(pattern))
            return row;
    }
    return -1;
}
} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_widget = std::make_unique<ComparisonWidget>();
        m_tester = std::make_unique<QAbstractItemModelTester>(m_widget->model(),
                                                              QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_widget->resize(1000, 700);
        m_widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_widget.get()));
    }

    void cleanup()
    {
        m_tester.reset();
        m_widget.reset();
    }

    void migrationOpensCustomDeviceNames()
    {
        m_widget->setPolicies(QStringLiteral("before-nov-2022.json"),
                              sample("sec-creds-self-manage_2022-06_pre-nov-2022.json"),
                              QStringLiteral("nov-2022.json"), sample("sec-creds-self-manage_2022-11.json"));
        auto *view = m_widget->findChild<QTableView *>(QStringLiteral("matrixView"));
        const int row
            = rowOf(view->model(), QStringLiteral("iam:CreateVirtualMFADevice"), ResourcePattern::DeviceCustomName);
        QVERIFY(row >= 0);
        // Before November 2022 a device with a custom name was refused; now it is allowed, without MFA too.
        const QModelIndex noMfa = view->model()->index(row, ComparisonModel::NoMfaColumn);
        QVERIFY(noMfa.data(ComparisonModel::ChangedRole).toBool());
        QCOMPARE(Decision(noMfa.data(ComparisonModel::BeforeRole).toInt()), Decision::ImplicitDeny);
        QCOMPARE(Decision(noMfa.data(ComparisonModel::AfterRole).toInt()), Decision::Allow);
        QCOMPARE(noMfa.data().toString(),
                 Texts::decisionSymbol(Decision::ImplicitDeny) + QStringLiteral(" → ")
                     + Texts::decisionSymbol(Decision::Allow));
        QVERIFY(view->model()->index(row, ComparisonModel::ActionColumn).data(ComparisonModel::ChangedRole).toBool());

        // The device named like the user was and stays allowed.
        const int likeUser
            = rowOf(view->model(), QStringLiteral("iam:CreateVirtualMFADevice"), ResourcePattern::DeviceNamedLikeUser);
        QVERIFY(likeUser >= 0);
        const QModelIndex unchanged = view->model()->index(likeUser, ComparisonModel::NoMfaColumn);
        QVERIFY(!unchanged.data(ComparisonModel::ChangedRole).toBool());
        QCOMPARE(Decision(unchanged.data(ComparisonModel::AfterRole).toInt()), Decision::Allow);

        // Every changed cell is listed in words, once.
        auto *list = m_widget->findChild<QListWidget *>(QStringLiteral("changesList"));
        QCOMPARE(list->count(), m_widget->model()->changedCellCount());
        QCOMPARE(size_t(list->count()), m_widget->changes().size());
        const QString sentence = ComparisonFormatter::changeSentence(
            {"iam:CreateVirtualMFADevice", ResourcePattern::DeviceCustomName,
             "arn:aws:iam::123456789012:mfa/alice-phone", AuthState::NoMfa, Decision::ImplicitDeny, Decision::Allow});
        QVERIFY2(!list->findItems(sentence, Qt::MatchExactly).isEmpty(), qPrintable(sentence));
        QVERIFY(m_widget->findChild<QLabel *>(QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QString::number(list->count())));

        // The unified diff shows the old device resource removed and the new one added, coloured.
        auto *diff = m_widget->findChild<QPlainTextEdit *>(QStringLiteral("diffView"));
        const QString text = diff->toPlainText();
        QVERIFY(text.startsWith(QStringLiteral("--- before-nov-2022.json\n+++ nov-2022.json\n")));
        QVERIFY(text.contains(QStringLiteral("-            \"Resource\": \"arn:aws:iam::*:mfa/${aws:username}\"")));
        QVERIFY(text.contains(QStringLiteral("+            \"Resource\": \"arn:aws:iam::*:mfa/*\"")));
        bool removedColoured = false;
        for (QTextBlock block = diff->document()->begin(); block.isValid(); block = block.next()) {
            if (block.text().startsWith(QStringLiteral("-  ")))
                removedColoured = block.begin().fragment().charFormat().background().style() != Qt::NoBrush;
        }
        QVERIFY(removedColoured);
    }

    void migrationDiffLooksLikeTheComparison_data()
    {
        QTest::addColumn<bool>("highContrast");
        QTest::newRow("normal palette") << false;
        QTest::newRow("presentation mode") << true;
    }

    void migrationDiffLooksLikeTheComparison()
    {
        // The migration dialog and the comparison show the same diff in the same colours: removed
        // lines as explicit denies, added lines as allows, in presentation mode too.
        QFETCH(bool, highContrast);
        const QString before = sample("mfa-selfmanage_2022-09_pre-nov-2022.json");
        const auto analysis
            = PolicyAnalysis::run(before, SimulationIdentity {}, PolicyKind::Managed, QStringLiteral("old.json"));
        MigrationDialog dialog(analysis);
        dialog.setHighContrast(highContrast);
        m_widget->setHighContrast(highContrast);
        m_widget->setPolicies(QStringLiteral("old.json"), before, QStringLiteral("old.json (migrated)"),
                              QString::fromStdString(dialog.migratedText()));
        const QTextDocument *documents[]
            = {dialog.findChild<QTextEdit *>(QStringLiteral("diffView"))->document(),
               m_widget->findChild<QPlainTextEdit *>(QStringLiteral("diffView"))->document()};
        QCOMPARE(documents[0]->toPlainText(), documents[1]->toPlainText());
        const DecisionStyle removed = MatrixRenderer::decisionStyle(Decision::ExplicitDeny, highContrast);
        const DecisionStyle added = MatrixRenderer::decisionStyle(Decision::Allow, highContrast);
        for (const QTextDocument *document : documents) {
            int removedLines = 0;
            int addedLines = 0;
            for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
                if (block.text().isEmpty())
                    continue; // an empty block has no fragment to read a format from
                const QTextCharFormat format = block.begin().fragment().charFormat();
                if (block.text().startsWith(QStringLiteral("-  "))) {
                    QCOMPARE(format.background().color(), removed.background);
                    QCOMPARE(format.foreground().color(), removed.foreground);
                    ++removedLines;
                } else if (block.text().startsWith(QStringLiteral("+  "))) {
                    QCOMPARE(format.background().color(), added.background);
                    QCOMPARE(format.foreground().color(), added.foreground);
                    ++addedLines;
                }
            }
            QVERIFY(removedLines > 0);
            QVERIFY(addedLines > 0);
        }
    }

    void identicalPoliciesChangeNothing()
    {
        const QString text = sample("sec-creds-self-manage_2022-11.json");
        m_widget->setPolicies(QStringLiteral("a.json"), text, QStringLiteral("b.json"), text);
        QCOMPARE(m_widget->model()->changedCellCount(), 0);
        QCOMPARE(m_widget->findChild<QListWidget *>(QStringLiteral("changesList"))->count(), 0);
        QVERIFY(m_widget->findChild<QPlainTextEdit *>(QStringLiteral("diffView"))->toPlainText().isEmpty());
        QVERIFY(m_widget->model()->rowCount() > 0);
    }

    void activatingACellNamesTheRequest()
    {
        m_widget->setPolicies(QStringLiteral("a"), sample("sec-creds-self-manage_2022-06_pre-nov-2022.json"),
                              QStringLiteral("b"), sample("sec-creds-self-manage_2022-11.json"));
        QSignalSpy spy(m_widget.get(), &ComparisonWidget::cellActivated);
        auto *view = m_widget->findChild<QTableView *>(QStringLiteral("matrixView"));
        const int row
            = rowOf(view->model(), QStringLiteral("iam:CreateVirtualMFADevice"), ResourcePattern::DeviceCustomName);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, ComparisonModel::AccessKeyColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("iam:CreateVirtualMFADevice"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone"));
        QCOMPARE(spy.at(0).at(2).value<AuthState>(), AuthState::AccessKey);
    }

private:
    std::unique_ptr<ComparisonWidget> m_widget;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

QTEST_MAIN(TestComparison)
#include "tst_comparison.moc"
