#include "translation.h"

#include <QCoreApplication>
#include <QDir>
#include <QTranslator>

#include <memory>

namespace mfapolicy {

namespace {

std::unique_ptr<QTranslator> &currentTranslator()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

QString languageCode(const QString &locale)
{
    // "ja_JP.UTF-8" and "ja-JP" both mean Japanese; "C" and "POSIX" mean the source language.
    QString code = locale.section(QLatin1Char('.'), 0, 0).section(QLatin1Char('@'), 0, 0);
    code = code.section(QLatin1Char('_'), 0, 0).section(QLatin1Char('-'), 0, 0).toLower();
    if (code.isEmpty() || code == QLatin1String("c") || code == QLatin1String("posix"))
        return QStringLiteral("en");
    return code;
}

} // namespace

QString languageFromEnvironment()
{
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"}) {
        const QString value = qEnvironmentVariable(variable);
        if (!value.isEmpty()) // LANGUAGE may list several, "ja:en"; the first one wins
            return languageCode(value.section(QLatin1Char(':'), 0, 0));
    }
    return QStringLiteral("en");
}

bool installTranslator(const QString &language)
{
    std::unique_ptr<QTranslator> &current = currentTranslator();
    if (current) {
        QCoreApplication::removeTranslator(current.get());
        current.reset();
    }
    const QString code = languageCode(language);
    // English is the source language: its file only adds the plural forms ("1 finding"), and
    // the texts are English without it too.
    const bool sourceLanguage = code == QLatin1String("en");

    const QString fileName = QStringLiteral("mfa-policy-studio_") + code;
    QStringList folders {QStringLiteral(":/i18n")};
    if (QCoreApplication::instance()) {
        const QString appDir = QCoreApplication::applicationDirPath();
        folders << appDir + QStringLiteral("/translations")
                << appDir + QStringLiteral("/../share/mfa-policy-studio/translations");
    }
    auto translator = std::make_unique<QTranslator>();
    for (const QString &folder : std::as_const(folders)) {
        if (translator->load(fileName, folder)) {
            QCoreApplication::installTranslator(translator.get());
            current = std::move(translator);
            return true;
        }
    }
    return sourceLanguage;
}

} // namespace mfapolicy
