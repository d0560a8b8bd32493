// The migration dialog: what it says about mfa/*, a reviewable diff for a one-line policy, and a
// layout in which every column and pane can be read at common window sizes.

#include "jsonlayout.h"
#include "migrationdialog.h"
#include "policyanalysis.h"
#include "testdata.h"

#include <QHeaderView>
#include <QLabel>
#include <QScopeGuard>
#include <QTest>
#include <QTextDocument>
#include <QTextEdit>
#include <QTranslator>
#include <QTreeWidget>

using namespace mfapolicy;
using namespace mfapolicy::testing;

namespace {

QString sample(const char *name)
{
    return QString::fromUtf8(readInput(samplePath(QString::fromLatin1(name))));
}

// The lines of a unified diff that remove or add text (not the --- and +++ header).
QStringList changedLines(const QString &diff)
{
    QStringList lines;
    for (const QString &line : diff.split(QLatin1Char('\n'))) {
        if ((line.startsWith(QLatin1Char('-')) && !line.startsWith(QStringLiteral("---")))
            || (line.startsWith(QLatin1Char('+')) && !line.startsWith(QStringLiteral("+++"))))
            lines << line;
    }
    return lines;
}

} // namespace

class TestMigrationDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void saysWhatAnyDeviceNameAllows()
    {
        const auto analysis
            = PolicyAnalysis::run(sample("mfa-selfmanage_2022-09_pre-nov-2022.json"), SimulationIdentity {},
                                  PolicyKind::Managed, QStringLiteral("old.json"));
        MigrationDialog dialog(analysis);
        QTextDocument shown;
        shown.setHtml(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text());
        const QString summary = shown.toPlainText().remove(QChar(0x2060));
        QVERIFY2(summary.contains(QStringLiteral("restore enrollment with any device name (mfa/*)")),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("because device names are not owned by users, a name such as "
                                                 "another user's becomes creatable too, as in AWS's current example")),
                 qPrintable(summary));
        QVERIFY(!summary.contains(QStringLiteral("without allowing anything else")));
        // The path is kept whole when the text wraps.
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))
                    ->text()
                    .contains(QStringLiteral("m\u2060f\u2060a\u2060/\u2060*")));
    }

    void oneLinePolicyDiffsTheFormattedText()
    {
        // The same old AWS example, once as published (one member a line) and once minified: the
        // minified one's diff shows the same changed lines, not the whole policy as one line.
        const QString pretty = sample("mfa-selfmanage_2022-09_pre-nov-2022.json");
        QString error;
        const std::optional<QString> oneLine = JsonLayout::apply(pretty, JsonLayout::Style::OneLine, &error);
        QVERIFY2(oneLine, qPrintable(error));
        QVERIFY(!oneLine->trimmed().contains(QLatin1Char('\n')));

        const auto prettyAnalysis
            = PolicyAnalysis::run(pretty, SimulationIdentity {}, PolicyKind::Managed, QStringLiteral("old.json"));
        MigrationDialog prettyDialog(prettyAnalysis);
        const QString prettyDiff = prettyDialog.findChild<QTextEdit *>(QStringLiteral("diffView"))->toPlainText();
        QVERIFY(prettyDiff.startsWith(QStringLiteral("--- old.json\n+++ old.json (migrated)\n")));

        const auto analysis
            = PolicyAnalysis::run(*oneLine, SimulationIdentity {}, PolicyKind::Managed, QStringLiteral("old.min.json"));
        MigrationDialog dialog(analysis);
        const QString diff = dialog.findChild<QTextEdit *>(QStringLiteral("diffView"))->toPlainText();
        QVERIFY2(
            diff.startsWith(QStringLiteral("--- old.min.json (formatted)\n+++ old.min.json (migrated, formatted)\n")),
            qPrintable(diff));
        // CreateVirtualMFADevice moves to a statement of its own on mfa/*, as in AWS's current example.
        const QStringList lines = changedLines(diff);
        QVERIFY2(lines.contains(QStringLiteral("-                \"iam:CreateVirtualMFADevice\",")), qPrintable(diff));
        QVERIFY2(lines.contains(QStringLiteral("+                \"arn:aws:iam::*:mfa/*\"")), qPrintable(diff));
        QCOMPARE(lines, changedLines(prettyDiff));
        // Applying still writes the policy on one line.
        QVERIFY(!QString::fromStdString(dialog.migratedText()).trimmed().contains(QLatin1Char('\n')));
    }

    void layoutShowsEveryColumn_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("size");
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ja")}) {
            for (const QSize size : {QSize(1280, 800), QSize(1024, 700)}) {
                QTest::addRow("%s %dx%d", qPrintable(language), size.width(), size.height()) << language << size;
            }
        }
    }

    void layoutShowsEveryColumn()
    {
        QFETCH(QString, language);
        QFETCH(QSize, size);
        // The translations are compiled by the build, next to the test programs.
        QTranslator translator;
        if (language == QLatin1String("ja")) {
            QVERIFY(translator.load(QCoreApplication::applicationDirPath()
                                    + QStringLiteral("/../translations/mfa-policy-studio_ja.qm")));
            QVERIFY(QCoreApplication::installTranslator(&translator));
        }
        const auto restoreEnglish = qScopeGuard([&translator] { QCoreApplication::removeTranslator(&translator); });
        const auto analysis
            = PolicyAnalysis::run(sample("mfa-selfmanage_2018-11_to_2022-02.json"), SimulationIdentity {},
                                  PolicyKind::Managed, QStringLiteral("old.json"));
        MigrationDialog dialog(analysis);
        dialog.resize(size);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("previewTabs"));
        tabs->setCurrentIndex(1);
        QCoreApplication::processEvents();
        if (const QByteArray dir = qgetenv("MFAPOLICY_SCREENSHOT_DIR"); !dir.isEmpty())
            dialog.grab().save(
                QString::fromLocal8Bit(dir)
                + QStringLiteral("/migration-%1-%2x%3.png").arg(language).arg(size.width()).arg(size.height()));
        // No empty band: the summary is as tall as its text, the panes take the rest.
        auto *summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY2(summary->height() <= summary->heightForWidth(summary->width()) + summary->fontMetrics().lineSpacing(),
                 qPrintable(
                     QStringLiteral("%1 > %2").arg(summary->height()).arg(summary->heightForWidth(summary->width()))));
        auto *cells = dialog.findChild<QTreeWidget *>(QStringLiteral("cellChangesView"));
        QVERIFY(dialog.cellChangeCount() > 0);
        QHeaderView *header = cells->header();
        const int after = 4;
        QCOMPARE(cells->headerItem()->text(after),
                 language == QLatin1String("ja") ? QStringLiteral("変更後") : QStringLiteral("After"));
        QVERIFY(header->sectionSize(after) >= header->sectionSizeHint(after));
        // The column ends inside the view: no scrolling needed to read the decision after migration.
        QVERIFY2(header->sectionViewportPosition(after) + header->sectionSize(after) <= cells->viewport()->width(),
                 qPrintable(QStringLiteral("%1 + %2 > %3")
                                .arg(header->sectionViewportPosition(after))
                                .arg(header->sectionSize(after))
                                .arg(cells->viewport()->width())));
    }
};

QTEST_MAIN(TestMigrationDialog)
#include "tst_migrationdialog.moc"
