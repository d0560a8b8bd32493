#include "contrast.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "policytab.h"
#include "recoverystore.h"
#include "settings.h"
#include "settingsdialog.h"
#include "studiopalette.h"
#include "testdata.h"

#include <QApplication>
#include <QComboBox>
#include <QFontComboBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTranslator>

using namespace mfapolicy;

namespace {

using testing::wcagContrast;

// How many pixels of the picture have exactly this colour.
int countColor(const QImage &image, const QColor &color)
{
    int n = 0;
    const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
    for (int y = 0; y < rgb.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(rgb.constScanLine(y));
        for (int x = 0; x < rgb.width(); ++x)
            n += (line[x] & 0xffffff) == (color.rgb() & 0xffffff);
    }
    return n;
}

void saveScreenshot(QWidget *widget, const QString &name)
{
    if (const QByteArray dir = qgetenv("MFAPOLICY_SCREENSHOT_DIR"); !dir.isEmpty())
        widget->grab().save(QString::fromLocal8Bit(dir) + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void contrastFormulaMatchesKnownValues();
    void darkThemeRecoloursTheMatrix();
    void textIsReadableInBothThemes_data();
    void textIsReadableInBothThemes();
    void systemThemeRestoresThePlatformPalette();
    void themeIsChosenInTheDialog();
    void editorFontIsRememberedAndZoomStillWorks();
    void dialogsFitSmallScreens_data();
    void dialogsFitSmallScreens();

private:
    QImage matrixPicture(MainWindow &window);
};

void TestSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    MessageBox::setAutomatic(true);
    StudioPalette::install();
    QCOMPARE(StudioPalette::currentScheme(), StudioPalette::Scheme::Light);
}

void TestSettings::cleanup()
{
    Settings::instance().setTheme(QString());
    Settings::instance().setEditorFont(QString());
    Settings::instance().setEditorZoom(0);
    RecoveryStore store;
    for (const RecoveryStore::Entry &entry : store.entries())
        store.remove(entry.id);
}

void TestSettings::contrastFormulaMatchesKnownValues()
{
    // Black on white is the maximum, 21:1; #767676 is the lightest grey that passes AA on white.
    QCOMPARE(qRound(wcagContrast(Qt::black, Qt::white) * 100), 2100);
    QVERIFY(wcagContrast(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
    QVERIFY(wcagContrast(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    QCOMPARE(qRound(StudioPalette::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) * 100),
             qRound(wcagContrast(QColor(0x76, 0x76, 0x76), Qt::white) * 100));
}

QImage TestSettings::matrixPicture(MainWindow &window)
{
    QTableView *view = window.currentTab()->matrixView();
    view->clearSelection();
    view->setCurrentIndex({});
    QCoreApplication::processEvents();
    return view->viewport()->grab().toImage();
}

void TestSettings::darkThemeRecoloursTheMatrix()
{
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.openFile(QStringLiteral(MFAPOLICY_SAMPLES_DIR "/mfa-selfmanage_current-live.json")));
    window.currentTab()->analyseNow();

    const DecisionStyle lightAllow = StudioPalette::decision(Decision::Allow, StudioPalette::Variant::Light);
    const DecisionStyle lightDeny = StudioPalette::decision(Decision::ExplicitDeny, StudioPalette::Variant::Light);
    const DecisionStyle darkAllow = StudioPalette::decision(Decision::Allow, StudioPalette::Variant::Dark);
    const DecisionStyle darkDeny = StudioPalette::decision(Decision::ExplicitDeny, StudioPalette::Variant::Dark);
    QImage light = matrixPicture(window);
    QVERIFY(countColor(light, lightAllow.background) > 100);
    QVERIFY(countColor(light, lightDeny.background) > 100);
    QCOMPARE(countColor(light, darkAllow.background), 0);

    Settings::instance().setTheme(QStringLiteral("dark"));
    QCOMPARE(StudioPalette::currentScheme(), StudioPalette::Scheme::Dark);
    QVERIFY(window.palette().color(QPalette::Window).lightness() < 80);
    QImage dark = matrixPicture(window);
    saveScreenshot(&window, QStringLiteral("theme-dark-1280x800"));
    // The cells now carry the dark colours, and none of the light ones.
    QVERIFY(countColor(dark, darkAllow.background) > 100);
    QVERIFY(countColor(dark, darkDeny.background) > 100);
    QCOMPARE(countColor(dark, lightAllow.background), 0);
    QCOMPARE(countColor(dark, lightDeny.background), 0);
    QVERIFY(darkAllow.background.lightness() < 100);
    QVERIFY(darkDeny.background.lightness() < 100);
    // The editor follows: its background is dark too, and every highlighted word (keys, strings,
    // numbers, punctuation; KSyntaxHighlighting's dark theme or the studio's own colours) stays
    // readable on it.
    PolicyEditor *editor = window.currentTab()->editor();
    const QColor editorBase = editor->palette().color(QPalette::Base);
    QVERIFY(editorBase.lightness() < 100);
    int highlighted = 0;
    for (QTextBlock block = editor->document()->begin(); block.isValid(); block = block.next()) {
        for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
            if (!range.format.hasProperty(QTextFormat::ForegroundBrush))
                continue;
            ++highlighted;
            const QColor colour = range.format.foreground().color();
            QVERIFY2(
                wcagContrast(colour, editorBase) >= 4.5,
                qPrintable(QStringLiteral("%1 on %2: %3")
                               .arg(colour.name(), editorBase.name(), block.text().mid(range.start, range.length))));
        }
    }
    QVERIFY(highlighted > 10);

    Settings::instance().setTheme(QStringLiteral("light"));
    QCOMPARE(StudioPalette::currentScheme(), StudioPalette::Scheme::Light);
    QVERIFY(countColor(matrixPicture(window), lightAllow.background) > 100);
    window.currentTab()->editor()->document()->setModified(false);
}

void TestSettings::textIsReadableInBothThemes_data()
{
    QTest::addColumn<QString>("theme");
    QTest::newRow("light") << QStringLiteral("light");
    QTest::newRow("dark") << QStringLiteral("dark");
}

void TestSettings::textIsReadableInBothThemes()
{
    QFETCH(QString, theme);
    Settings::instance().setTheme(theme);
    const QPalette palette = QGuiApplication::palette();
    // WCAG AA for normal text: at least 4.5:1.
    QVERIFY2(wcagContrast(palette.color(QPalette::Text), palette.color(QPalette::Base)) >= 4.5, "text");
    QVERIFY2(wcagContrast(palette.color(QPalette::WindowText), palette.color(QPalette::Window)) >= 4.5, "window text");
    QVERIFY2(wcagContrast(palette.color(QPalette::ButtonText), palette.color(QPalette::Button)) >= 4.5, "buttons");
    // The light theme is the platform's palette; the dark one is the studio's, selection included.
    if (theme == QLatin1String("dark"))
        QVERIFY2(wcagContrast(palette.color(QPalette::HighlightedText), palette.color(QPalette::Highlight)) >= 4.5,
                 "selection");
    const StudioPalette::Variant variant = StudioPalette::variantOf(palette, false);
    QCOMPARE(variant, theme == QLatin1String("dark") ? StudioPalette::Variant::Dark : StudioPalette::Variant::Light);
    for (Decision d : {Decision::Allow, Decision::ExplicitDeny, Decision::ImplicitDeny}) {
        const DecisionStyle style = StudioPalette::decision(d, variant);
        QVERIFY2(wcagContrast(style.foreground, style.background) >= 4.5, qPrintable(style.symbol));
        // What the views ask for is the same.
        QCOMPARE(StudioPalette::screenDecision(d, false).background, style.background);
    }
    const JsonColors json = StudioPalette::json(StudioPalette::schemeOf(palette));
    for (const QColor &c : {json.key, json.string, json.number, json.literal, json.punctuation, json.comment})
        QVERIFY2(wcagContrast(c, palette.color(QPalette::Base)) >= 4.5, qPrintable(c.name()));
    QVERIFY(wcagContrast(StudioPalette::diffHunk(variant), palette.color(QPalette::Base)) >= 4.5);
}

void TestSettings::systemThemeRestoresThePlatformPalette()
{
    const QColor platformBase = QGuiApplication::palette().color(QPalette::Base);
    Settings::instance().setTheme(QStringLiteral("dark"));
    QVERIFY(QGuiApplication::palette().color(QPalette::Base) != platformBase);
    Settings::instance().setTheme(QString());
    QCOMPARE(QGuiApplication::palette().color(QPalette::Base), platformBase);
    QCOMPARE(StudioPalette::schemeFor(QString()), StudioPalette::currentScheme());
}

void TestSettings::themeIsChosenInTheDialog()
{
    SettingsDialog dialog;
    auto *combo = dialog.findChild<QComboBox *>(QStringLiteral("themeCombo"));
    QVERIFY(combo);
    QCOMPARE(combo->count(), 3);
    QCOMPARE(combo->currentIndex(), 0); // System
    combo->setCurrentIndex(combo->findData(QStringLiteral("dark")));
    dialog.accept();
    QCOMPARE(Settings::instance().theme(), QStringLiteral("dark"));
    QCOMPARE(StudioPalette::currentScheme(), StudioPalette::Scheme::Dark);
    SettingsDialog again;
    saveScreenshot(&again, QStringLiteral("settings-dark"));
    QCOMPARE(again.findChild<QComboBox *>(QStringLiteral("themeCombo"))->currentData().toString(),
             QStringLiteral("dark"));
}

void TestSettings::editorFontIsRememberedAndZoomStillWorks()
{
    MainWindow window;
    window.show();
    window.newDocument(QStringLiteral("{}\n"), QStringLiteral("font.json"));
    PolicyEditor *editor = window.currentTab()->editor();
    {
        SettingsDialog dialog;
        auto *family = dialog.findChild<QFontComboBox *>(QStringLiteral("fontCombo"));
        auto *size = dialog.findChild<QSpinBox *>(QStringLiteral("fontSizeSpin"));
        QVERIFY(family && size);
        // Only fixed-width fonts are offered.
        QVERIFY(family->fontFilters() & QFontComboBox::MonospacedFonts);
        family->setCurrentFont(QFont(QStringLiteral("DejaVu Sans Mono")));
        size->setValue(17);
        dialog.accept();
    }
    QVERIFY(!Settings::instance().editorFont().isEmpty());
    QCOMPARE(editor->font().family(), QStringLiteral("DejaVu Sans Mono"));
    QCOMPARE(editor->font().pointSize(), 17);
    // Zoom adds to the chosen size.
    Settings::instance().setEditorZoom(3);
    QCOMPARE(editor->font().pointSize(), 20);
    Settings::instance().setEditorZoom(0);
    {
        // The next dialog shows the choice, and Default goes back to the system's fixed font.
        SettingsDialog dialog;
        QCOMPARE(dialog.editorFont().family(), QStringLiteral("DejaVu Sans Mono"));
        QCOMPARE(dialog.editorFont().pointSize(), 17);
        dialog.findChild<QPushButton *>(QStringLiteral("fontDefaultButton"))->click();
        dialog.accept();
    }
    QVERIFY(Settings::instance().editorFont().isEmpty());
    window.currentTab()->editor()->document()->setModified(false);
}

void TestSettings::dialogsFitSmallScreens_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QSize>("screen");
    for (const char *language : {"en", "ja"}) {
        for (const QSize &screen : {QSize(1280, 800), QSize(1024, 700)})
            QTest::addRow("%s %dx%d", language, screen.width(), screen.height())
                << QString::fromLatin1(language) << screen;
    }
}

// The settings and export dialogs, in both languages and both themes, fit a 1024×700 screen;
// with MFAPOLICY_SCREENSHOT_DIR set, the pictures are kept for review.
void TestSettings::dialogsFitSmallScreens()
{
    QFETCH(QString, language);
    QFETCH(QSize, screen);
    QTranslator translator;
    if (language == QLatin1String("ja")) {
        // The translations are compiled by the build, next to the tests' folder.
        const QString qm
            = QCoreApplication::applicationDirPath() + QStringLiteral("/../translations/mfa-policy-studio_ja.qm");
        QVERIFY2(translator.load(qm), qPrintable(qm));
        QCoreApplication::installTranslator(&translator);
    }
    const auto name = [&](const char *what) {
        return QStringLiteral("%1-%2-%3x%4")
            .arg(QLatin1String(what), language)
            .arg(screen.width())
            .arg(screen.height());
    };
    Settings::instance().setTheme(QStringLiteral("dark"));
    {
        SettingsDialog settings;
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        QVERIFY(settings.minimumSizeHint().width() <= screen.width());
        QVERIFY(settings.minimumSizeHint().height() <= screen.height());
        saveScreenshot(&settings, name("settings"));
    }
    const PolicySource source
        = PolicySource::parse(testing::readSampleText(QStringLiteral("mfa-selfmanage_current-live.json")),
                              "mfa-selfmanage_current-live.json");
    const Policy *policies[] = {&source.policy()};
    ExportDialog exporter;
    exporter.setPolicy(source);
    exporter.setMatrix(computeMatrix(policies, SimulationIdentity()));
    exporter.setFormat(ExportDialog::Format::MatrixSlidePng);
    exporter.resize(exporter.size().boundedTo(screen - QSize(40, 60)));
    exporter.show();
    QVERIFY(QTest::qWaitForWindowExposed(&exporter));
    QVERIFY2(exporter.minimumSizeHint().width() <= screen.width(),
             qPrintable(QString::number(exporter.minimumSizeHint().width())));
    QVERIFY2(exporter.minimumSizeHint().height() <= screen.height() - 60,
             qPrintable(QString::number(exporter.minimumSizeHint().height())));
    saveScreenshot(&exporter, name("export-dark"));
    {
        // The main window in the dark theme, for review.
        MainWindow window;
        window.resize(screen);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openFile(QStringLiteral(MFAPOLICY_SAMPLES_DIR "/mfa-selfmanage_current-live.json")));
        window.currentTab()->analyseNow();
        QCoreApplication::processEvents();
        saveScreenshot(&window, name("window-dark"));
        window.currentTab()->editor()->document()->setModified(false);
    }
    Settings::instance().setTheme(QStringLiteral("light"));
    QCoreApplication::processEvents();
    saveScreenshot(&exporter, name("export-light"));
    QCoreApplication::removeTranslator(&translator);
}

QTEST_MAIN(TestSettings)
#include "tst_settings.moc"
