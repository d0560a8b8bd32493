// The Japanese and English translations against the code: complete, current, with the same
// placeholders, and used by the command line.

#include "texts.h"

#include <QCoreApplication>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

namespace {

using namespace mfapolicy;

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType; // "", "unfinished", "obsolete" or "vanished"
    QStringList translations; // one per numerus form, or the single translation

    QString key() const { return context + QLatin1String(" | ") + source + QLatin1String(" | ") + comment; }
};

QString sourceDir()
{
    return QStringLiteral(MFAPOLICY_SOURCE_DIR);
}

// What `make` returns while the Japanese translation is installed; nothing when it cannot be loaded.
template<typename Make> QString inJapanese(Make make)
{
    QTranslator translator;
    if (!translator.load(QStringLiteral("mfa-policy-studio_ja"), QStringLiteral(MFAPOLICY_QM_DIR))
        || !QCoreApplication::installTranslator(&translator))
        return {};
    const QString translated = make();
    QCoreApplication::removeTranslator(&translator);
    return translated;
}

QString tsFile(const QString &language)
{
    return sourceDir() + QStringLiteral("/translations/mfa-policy-studio_") + language + QStringLiteral(".ts");
}

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read ") + path;
        return {};
    }
    QList<TsMessage> messages;
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("context")) {
            context.clear();
        } else if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            message = TsMessage {
                context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes"), {}, {}};
        } else if (name == QLatin1String("source")) {
            message.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            message.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            message.translationType = xml.attributes().value(QLatin1String("type")).toString();
            if (message.numerus) {
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("numerusform"))
                        message.translations << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
            } else {
                message.translations << xml.readElementText();
            }
            messages << message;
        }
    }
    if (xml.hasError())
        *error = path + QStringLiteral(": ") + xml.errorString();
    return messages;
}

// Runs lupdate over the current sources, as scripts/update-translations does, into a new file.
QList<TsMessage> currentMessages(bool pluralOnly, QString *error)
{
    QTemporaryDir dir;
    const QString ts = dir.path() + QStringLiteral("/current.ts");
    QStringList arguments {QStringLiteral("-silent"),
                           QStringLiteral("-no-obsolete"),
                           QStringLiteral("-locations"),
                           QStringLiteral("none"),
                           sourceDir() + QStringLiteral("/src"),
                           sourceDir() + QStringLiteral("/forms"),
                           QStringLiteral("-ts"),
                           ts};
    if (pluralOnly)
        arguments.prepend(QStringLiteral("-pluralonly"));
    QProcess lupdate;
    lupdate.start(QStringLiteral(MFAPOLICY_LUPDATE), arguments);
    if (!lupdate.waitForFinished(120000) || lupdate.exitStatus() != QProcess::NormalExit || lupdate.exitCode() != 0) {
        *error = QStringLiteral("lupdate failed: ") + lupdate.errorString() + QLatin1Char(' ')
            + QString::fromUtf8(lupdate.readAllStandardError());
        return {};
    }
    return readTs(ts, error);
}

QStringList keys(const QList<TsMessage> &messages)
{
    QStringList out;
    for (const TsMessage &message : messages)
        out << message.key();
    out.sort();
    return out;
}

QStringList missingFrom(const QStringList &wanted, const QStringList &have)
{
    QStringList out;
    std::set_difference(wanted.cbegin(), wanted.cend(), have.cbegin(), have.cend(), std::back_inserter(out));
    return out;
}

QString shortened(QString text)
{
    text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
    return text.size() > 60 ? text.left(57) + QStringLiteral("...") : text;
}

// "%1".."%9" and "%L1".."%L9" as they occur (sorted), so a dropped or doubled marker shows.
QStringList placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%L?[1-9]|%n"));
    QStringList out;
    for (const QRegularExpressionMatch &match : marker.globalMatch(text))
        out << match.captured();
    out.sort();
    out.removeDuplicates();
    return out;
}

QStringList htmlTags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][a-zA-Z0-9]*"));
    QStringList out;
    for (const QRegularExpressionMatch &match : tag.globalMatch(text))
        out << match.captured();
    out.sort();
    return out;
}

// A keyboard accelerator: "&F", not the literal "&&".
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression accelerator(QStringLiteral("(^|[^&])&[^&\\s]"));
    return accelerator.match(text).hasMatch();
}

bool hasJapanese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c.unicode() >= 0x3040 && c.unicode() <= 0x30ff) || (c.unicode() >= 0x4e00 && c.unicode() <= 0x9fff);
    });
}

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QString &language)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *variable : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
        environment.remove(QString::fromLatin1(variable));
    if (!language.isEmpty())
        environment.insert(QStringLiteral("LANG"), language);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(MFA_POLICY_EXE), arguments);
    CliRun run;
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit)
        return run;
    run.exitCode = process.exitCode();
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

} // namespace

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void everyEntryFinished_data();
    void everyEntryFinished();
    void matchesTheCode_data();
    void matchesTheCode();
    void sameMarkers_data();
    void sameMarkers();
    void awsConsoleTerms_data();
    void awsConsoleTerms();
    void matrixColumns_data();
    void matrixColumns();
    void sameWordEverywhere_data();
    void sameWordEverywhere();
    void commandLineLanguage_data();
    void commandLineLanguage();
    void commandLinePlurals_data();
    void commandLinePlurals();
};

void TestTranslations::everyEntryFinished_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Japanese: every string translated") << QStringLiteral("ja");
    QTest::newRow("English: every plural form written") << QStringLiteral("en");
}

void TestTranslations::everyEntryFinished()
{
    QFETCH(QString, language);
    QString error;
    const QList<TsMessage> messages = readTs(tsFile(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!messages.isEmpty());
    QStringList problems;
    for (const TsMessage &message : messages) {
        const bool empty = std::any_of(message.translations.cbegin(), message.translations.cend(),
                                       [](const QString &t) { return t.isEmpty(); });
        if (!message.translationType.isEmpty())
            problems << message.translationType + QStringLiteral(": ") + message.key();
        else if (empty || message.translations.isEmpty())
            problems << QStringLiteral("empty: ") + message.key();
    }
    QVERIFY2(problems.isEmpty(),
             qPrintable(QStringLiteral("run scripts/update-translations and translate:\n")
                        + problems.join(QLatin1Char('\n'))));
}

void TestTranslations::matchesTheCode_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("pluralOnly");
    QTest::newRow("Japanese: all strings of src/ and forms/") << QStringLiteral("ja") << false;
    QTest::newRow("English: the strings with plural forms") << QStringLiteral("en") << true;
}

void TestTranslations::matchesTheCode()
{
    QFETCH(QString, language);
    QFETCH(bool, pluralOnly);
    QString error;
    const QList<TsMessage> current = currentMessages(pluralOnly, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(!current.isEmpty());
    const QList<TsMessage> committed = readTs(tsFile(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));

    const QStringList wanted = keys(current);
    const QStringList have = keys(committed);
    const QStringList missing = missingFrom(wanted, have);
    const QStringList stale = missingFrom(have, wanted);
    QVERIFY2(
        missing.isEmpty() && stale.isEmpty(),
        qPrintable(QStringLiteral("translations/mfa-policy-studio_%1.ts is out of date; run "
                                  "scripts/update-translations.\nNot in the file:\n  %2\nNo longer in the code:\n  %3")
                       .arg(language, missing.join(QStringLiteral("\n  ")), stale.join(QStringLiteral("\n  ")))));

    // AWS's AccessDenied messages are shown exactly as AWS words them, so none may be in tr().
    for (const TsMessage &message : current)
        QVERIFY2(!message.source.contains(QLatin1String("is not authorized to perform:")),
                 qPrintable(QStringLiteral("an AWS message is marked for translation: ") + message.key()));
}

void TestTranslations::sameMarkers_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("translations");
    for (const QString &language : {QStringLiteral("ja"), QStringLiteral("en")}) {
        QString error;
        const QList<TsMessage> messages = readTs(tsFile(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const TsMessage &message : messages) {
            const QString row
                = language + QStringLiteral(": ") + message.context + QStringLiteral(": ") + shortened(message.source);
            QTest::newRow(qPrintable(row)) << message.source << message.translations;
        }
    }
}

void TestTranslations::sameMarkers()
{
    QFETCH(QString, source);
    QFETCH(QStringList, translations);
    for (const QString &translation : std::as_const(translations)) {
        if (translation.isEmpty())
            continue; // reported by everyEntryFinished
        QCOMPARE(placeholders(translation), placeholders(source));
        QCOMPARE(htmlTags(translation), htmlTags(source));
        QCOMPARE(hasAccelerator(translation), hasAccelerator(source));
        QCOMPARE(translation.endsWith(QLatin1Char('\n')), source.endsWith(QLatin1Char('\n')));
    }
}

void TestTranslations::awsConsoleTerms_data()
{
    QTest::addColumn<int>("decisionValue");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("japanese");
    QTest::newRow("Allow") << int(Decision::Allow) << QStringLiteral("Allow") << QStringLiteral("許可");
    QTest::newRow("explicit deny") << int(Decision::ExplicitDeny) << QStringLiteral("Explicit deny")
                                   << QStringLiteral("明示的な拒否");
    QTest::newRow("implicit deny") << int(Decision::ImplicitDeny) << QStringLiteral("Implicit deny")
                                   << QStringLiteral("暗黙的な拒否");
}

void TestTranslations::awsConsoleTerms()
{
    QFETCH(int, decisionValue);
    const auto decision = Decision(decisionValue);
    QFETCH(QString, english);
    QFETCH(QString, japanese);
    QCOMPARE(Texts::decision(decision), english);
    QCOMPARE(inJapanese([decision] { return Texts::decision(decision); }), japanese);
    QCOMPARE(Texts::decision(decision), english);
}

void TestTranslations::matrixColumns_data()
{
    QTest::addColumn<int>("stateValue");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("japanese");
    QTest::newRow("MFA session") << int(AuthState::MfaSession) << QStringLiteral("MFA session")
                                 << QStringLiteral("MFA セッション");
    QTest::newRow("no MFA") << int(AuthState::NoMfa) << QStringLiteral("No MFA") << QStringLiteral("MFA なし");
    // The absent key is aws:MultiFactorAuthPresent, not the access key.
    QTest::newRow("access keys") << int(AuthState::AccessKey) << QStringLiteral("Access keys (MFA key absent)")
                                 << QStringLiteral("アクセスキー (MFA キーなし)");
}

void TestTranslations::matrixColumns()
{
    QFETCH(int, stateValue);
    const auto state = AuthState(stateValue);
    QFETCH(QString, english);
    QFETCH(QString, japanese);
    QCOMPARE(Texts::authState(state), english);
    QCOMPARE(inJapanese([state] { return Texts::authState(state); }), japanese);
}

void TestTranslations::sameWordEverywhere_data()
{
    QTest::addColumn<QString>("englishPattern");
    QTest::addColumn<QString>("japanese");
    QTest::newRow("MFA session") << QStringLiteral("MFA session") << QStringLiteral("MFA セッション");
    QTest::newRow("managed policy") << QStringLiteral("managed polic") << QStringLiteral("管理ポリシー");
    QTest::newRow("access key") << QStringLiteral("access key") << QStringLiteral("アクセスキー");
    QTest::newRow("permissions boundary")
        << QStringLiteral("permissions boundar") << QStringLiteral("アクセス許可の境界");
}

// Every Japanese entry whose source names the term uses the console's word for it, in full.
void TestTranslations::sameWordEverywhere()
{
    QFETCH(QString, englishPattern);
    QFETCH(QString, japanese);
    QString error;
    const QList<TsMessage> messages = readTs(tsFile(QStringLiteral("ja")), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    int checked = 0;
    for (const TsMessage &message : messages) {
        if (message.translationType == QLatin1String("obsolete") || message.translationType == QLatin1String("vanished")
            || !message.source.contains(englishPattern, Qt::CaseInsensitive))
            continue;
        ++checked;
        for (const QString &translation : message.translations)
            QVERIFY2(translation.contains(japanese), qPrintable(message.source + QStringLiteral(" -> ") + translation));
    }
    QVERIFY(checked > 0);
}

void TestTranslations::commandLineLanguage_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("japanese");
    QTest::newRow("--lang ja") << QStringList {QStringLiteral("--lang"), QStringLiteral("ja")} << QString() << true;
    QTest::newRow("--lang=ja") << QStringList {QStringLiteral("--lang=ja")} << QString() << true;
    QTest::newRow("LANG=ja_JP.UTF-8") << QStringList() << QStringLiteral("ja_JP.UTF-8") << true;
    QTest::newRow("--lang en wins over LANG=ja_JP.UTF-8")
        << QStringList {QStringLiteral("--lang"), QStringLiteral("en")} << QStringLiteral("ja_JP.UTF-8") << false;
    QTest::newRow("no language set") << QStringList() << QString() << false;
}

void TestTranslations::commandLineLanguage()
{
    QFETCH(QStringList, options);
    QFETCH(QString, environment);
    QFETCH(bool, japanese);
    const QString policy
        = QStringLiteral(MFAPOLICY_SAMPLES_DIR) + QStringLiteral("/mfa-selfmanage_2022-09_pre-nov-2022.json");
    QVERIFY(QFile::exists(policy));
    const CliRun run = runCli(QStringList {QStringLiteral("matrix"), policy} + options, environment);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    // The old example denies without MFA and allows with it: both words appear in the matrix.
    const QString allow = japanese ? QStringLiteral("許可") : QStringLiteral("Allow");
    const QString deny = japanese ? QStringLiteral("明示的な拒否") : QStringLiteral("Explicit deny");
    QVERIFY2(run.out.contains(allow), qPrintable(run.out));
    QVERIFY2(run.out.contains(deny), qPrintable(run.out));
    QCOMPARE(hasJapanese(run.out), japanese);
    // Action names and ARNs are never translated.
    QVERIFY(run.out.contains(QLatin1String("iam:CreateVirtualMFADevice")));
}

void TestTranslations::commandLinePlurals_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");
    // English needs its own file for the singular: the source text says "file(s)".
    QTest::newRow("English singular") << QStringLiteral("en") << QStringLiteral("No findings in 1 file.\n");
    QTest::newRow("Japanese") << QStringLiteral("ja") << QStringLiteral("1 個のファイルに検出結果はありません。\n");
}

void TestTranslations::commandLinePlurals()
{
    QFETCH(QString, language);
    QFETCH(QString, expected);
    const QString policy = QStringLiteral(MFAPOLICY_SAMPLES_DIR) + QStringLiteral("/ec2-require-mfa_2022-12.json");
    const CliRun run = runCli({QStringLiteral("check"), policy, QStringLiteral("--lang"), language}, {});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.out, expected);
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
