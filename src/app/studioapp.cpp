#include "studioapp.h"

#include "decisionmatrixmodel.h"
#include "mainwindow.h"
#include "matrixfiltermodel.h"
#include "messagebox.h"
#include "policyeditor.h"
#include "policytab.h"
#include "policytemplates.h"
#include "settings.h"
#include "studiopalette.h"
#include "translation.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLibraryInfo>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableView>
#include <QTranslator>

#include <cstdio>
#include <memory>

namespace mfapolicy {

QString StudioApp::systemLanguage()
{
    // The command line reads the same variables, so both speak the same language.
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"}) {
        if (!qEnvironmentVariableIsEmpty(variable))
            return languageFromEnvironment();
    }
    return QLocale::system().name().section(QLatin1Char('_'), 0, 0);
}

bool StudioApp::loadTranslation(const QString &language)
{
    const QString code = language.isEmpty() ? systemLanguage() : language;
    QLocale::setDefault(QLocale(code));
    // Qt's own texts (standard buttons, context menus) follow along.
    static std::unique_ptr<QTranslator> qtTranslator;
    if (qtTranslator)
        QCoreApplication::removeTranslator(qtTranslator.get());
    qtTranslator = std::make_unique<QTranslator>();
    if (qtTranslator->load(QLocale(code), QStringLiteral("qtbase"), QStringLiteral("_"),
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qtTranslator.get());
    return installTranslator(code);
}

bool StudioApp::screenshot(MainWindow &window, const QString &out, const QSize &size)
{
    window.resize(size);
    window.show();
    QCoreApplication::processEvents();
    if (PolicyTab *tab = window.currentTab()) {
        tab->analyseNow();
        // Select the first cell where signing in with MFA matters, so the picture shows an explanation.
        auto *view = tab->findChild<QTableView *>(QStringLiteral("matrixView"));
        MatrixFilterModel *model = tab->matrixFilterModel();
        for (int row = 0; view && row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, DecisionMatrixModel::NoMfaColumn);
            if (model->index(row, 0).data(DecisionMatrixModel::DiffersRole).toBool()
                && model->index(row, 0).data(DecisionMatrixModel::MfaActionRole).toBool()) {
                view->setCurrentIndex(index);
                view->scrollTo(index);
                break;
            }
        }
        tab->editor()->setFocus();
    }
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
    return window.grab().save(out);
}

StudioApp::Options StudioApp::addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QApplication::translate(
        "mfapolicy::StudioApp", "Check, visualise and migrate AWS IAM policies that force MFA."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("mfapolicy::StudioApp", "Render the window to an image file and exit."),
        QStringLiteral("OUT.png"));
    const QCommandLineOption sizeOption(
        QStringLiteral("size"), QApplication::translate("mfapolicy::StudioApp", "Window size for --screenshot."),
        QStringLiteral("WxH"), QStringLiteral("1400x900"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QApplication::translate("mfapolicy::StudioApp", "Interface language."),
                                        QStringLiteral("ja|en"));
    parser.addOptions({screenshotOption, sizeOption, langOption});
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("mfapolicy::StudioApp", "Policy files to open."),
                                 QStringLiteral("[FILE...]"));
    return {screenshotOption, sizeOption, langOption};
}

void StudioApp::printHelp(int argc, char **argv)
{
    // QCoreApplication needs no display; the help is in the language of the environment.
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mfa-policy-studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MFAPOLICY_VERSION));
    installTranslator(systemLanguage());
    QCommandLineParser parser;
    addOptions(parser);
    parser.showHelp(0);
}

int StudioApp::run(int argc, char **argv)
{
    // These work without a display: --version and --help for scripts and package checks,
    // --screenshot for docs and CI.
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--version" || arg == "-v") {
            std::printf("mfa-policy-studio %s\n", MFAPOLICY_VERSION);
            return 0;
        }
        if (arg == "--help" || arg == "-h" || arg == "--help-all" || arg == "-?")
            printHelp(argc, argv);
        if (arg == "--screenshot" && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("mfa-policy-studio"));
    QCoreApplication::setApplicationName(QStringLiteral("MFA Policy Studio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MFAPOLICY_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("mfa-policy-studio"));
    PolicyTemplates::initResources();

    QCommandLineParser parser;
    const Options options = addOptions(parser);
    const QCommandLineOption &screenshotOption = options.screenshot;
    const QCommandLineOption &sizeOption = options.size;
    const QCommandLineOption &langOption = options.lang;
    parser.process(app);

    QString language = parser.value(langOption);
    if (!language.isEmpty() && language != QLatin1String("ja") && language != QLatin1String("en")) {
        std::fprintf(stderr, "%s\n",
                     qPrintable(QApplication::translate("mfapolicy::StudioApp", "--lang must be ja or en.")));
        return 2;
    }
    // --lang is for this run (and screenshots); otherwise the setting, which defaults to the system.
    if (language.isEmpty() && !parser.isSet(screenshotOption))
        language = Settings::instance().language();
    loadTranslation(language);
    if (!parser.isSet(screenshotOption))
        StudioPalette::install();

    QStringList files;
    for (const QString &file : parser.positionalArguments())
        files.append(QDir::current().absoluteFilePath(file));

    if (parser.isSet(screenshotOption)) {
        static const QRegularExpression sizePattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
        const QRegularExpressionMatch match = sizePattern.match(parser.value(sizeOption));
        if (!match.hasMatch()) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(QApplication::translate("mfapolicy::StudioApp", "--size must look like 1400x900.")));
            return 2;
        }
        // Pictures must not depend on, or change, the user's own settings and recovery files.
        QStandardPaths::setTestModeEnabled(true);
        MessageBox::setAutomatic(true);
        MainWindow window;
        if (files.isEmpty())
            window.newDocument(PolicyTemplates::text(QStringLiteral("self-manage-mfa_current")),
                               QStringLiteral("self-manage-mfa.json"));
        for (const QString &file : files)
            window.openFile(file);
        if (window.tabCount() == 0)
            window.newDocument();
        const QString out = parser.value(screenshotOption);
        if (!screenshot(window, out, QSize(match.captured(1).toInt(), match.captured(2).toInt()))) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(QApplication::translate("mfapolicy::StudioApp", "Cannot write %1.").arg(out)));
            return 1;
        }
        return 0;
    }

    MainWindow window;
    window.show();
    window.restoreSession(files);
    return app.exec();
}

} // namespace mfapolicy
