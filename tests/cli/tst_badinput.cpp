// The bad-input zoo, as the real `mfa-policy` meets it: whatever an administrator feeds it, every
// command says what is wrong and where (the file, and a line and column or a byte where there is
// one), exits 2, never crashes or hangs, and never leaves a half-written or damaged file behind.
// `check` reports what it could read as findings, and exits 2 as well when the text is not JSON it
// could read whole (empty, cut, nested too deeply) or not UTF-8; a readable policy with errors (a
// trailing comma, a character IAM refuses such as a byte-order mark) exits 1.
// Large and binary inputs are made at run time in a temporary folder.

#include "clirunner.h"

#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <algorithm>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace mfapolicy::testing;

namespace {

const QString stale = QStringLiteral("mfa-selfmanage_2018-11_to_2022-02.json");

/// Runs mfa-policy with a file size limit, as on a full disk: writes past it fail with EFBIG
/// (SIGXFSZ is ignored, so the write returns an error instead of killing the process).
CliResult runCliWithFileSizeLimit(const QStringList &arguments, rlim_t bytes)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    process.setProcessEnvironment(environment);
    process.setChildProcessModifier([bytes] {
        std::signal(SIGXFSZ, SIG_IGN);
        rlimit limit {};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(cliExecutable(), arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    process.closeWriteChannel();
    process.waitForFinished(120000);
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString describe(const CliResult &result)
{
    return QStringLiteral("exit %1%2\nstdout: %3\nstderr: %4")
        .arg(result.exitCode)
        .arg(result.crashed ? QStringLiteral(" (crashed)") : QString())
        .arg(QString::fromUtf8(result.out.left(2000)), QString::fromUtf8(result.err.left(2000)));
}

} // namespace

class TestBadInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void badPolicyFiles_data();
    void badPolicyFiles();
    void utf8ByteOrderMark();
    void policyFromAFifoIsRead();
    void badOutputTargets_data();
    void badOutputTargets();
    void outputToAFifoIsWrittenIntoIt();
    void fullDiskLeavesFilesIntact_data();
    void fullDiskLeavesFilesIntact();
    void badRequestFiles_data();
    void badRequestFiles();
    void deepRequestLinesAreAnswered_data();
    void deepRequestLinesAreAnswered();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestBadInput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFileInfo(cliExecutable()).isExecutable(), qPrintable(cliExecutable()));
}

void TestBadInput::badPolicyFiles_data()
{
    QTest::addColumn<QString>("kind"); // how the input is made
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("checkExit"); // exit status of `check`; every other command exits 2
    QTest::addColumn<QStringList>("expected"); // words the message has besides the path (a|b: either)

    QByteArray binary("\x7F"
                      "ELF\x02\x01\x01\x00\x00\x00\x00\x00",
                      12);
    for (int i = 0; i < 4096; ++i)
        binary.append(char((i * 131 + 7) % 256));
    QTest::newRow("binary data") << QStringLiteral("file") << binary << 2
                                 << QStringList {QStringLiteral(":1:8: not a text file"), QStringLiteral("NUL")};
    QTest::newRow("empty file") << QStringLiteral("file") << QByteArray() << 2
                                << QStringList {QStringLiteral(":1:1: error:")};
    const QByteArray policy = mfapolicy::testing::readInput(sample(stale));
    QTest::newRow("UTF-16 with byte order mark")
        << QStringLiteral("file") << utf16le(policy) << 2 << QStringList {QStringLiteral("UTF-16")};
    // Latin-1 "é" (0xE9) in a Sid on line 2, column 14.
    QTest::newRow("invalid UTF-8") << QStringLiteral("file") << QByteArray("{\n  \"Sid\": \"caf\xE9\"}") << 2
                                   << QStringList {QStringLiteral(":2:14: error:"), QStringLiteral("0xE9")};
    QTest::newRow("50 MB") << QStringLiteral("50MB") << QByteArray() << 2
                           << QStringList {QStringLiteral("52428800 bytes"), QStringLiteral("at most")};
    const int depth = 100000;
    QTest::newRow("100,000 levels of nesting")
        << QStringLiteral("file") << (QByteArray(depth, '[') + QByteArray(depth, ']')) << 2
        << QStringList {QStringLiteral(":1:257: error:"), QStringLiteral("JSON_NESTING_TOO_DEEP")};
    QTest::newRow("100,000 levels of objects, cut off")
        << QStringLiteral("file") << QByteArray("{\"a\":").repeated(depth) << 2
        << QStringList {QStringLiteral(":1:1281: error:"), QStringLiteral("JSON_NESTING_TOO_DEEP")};
    // `check` takes folders and looks for *.json in them.
    QTest::newRow("a folder") << QStringLiteral("folder") << QByteArray() << 2
                              << QStringList {QStringLiteral("is a folder|no *.json files found in")};
    // A file deleted after it was named: a link whose target is gone.
    QTest::newRow("deleted: dangling link")
        << QStringLiteral("dangling") << QByteArray() << 2 << QStringList {QStringLiteral("no such file")};
}

void TestBadInput::badPolicyFiles()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(int, checkExit);
    QFETCH(QStringList, expected);
    const QString input = path(QStringLiteral("input-") + QString::fromLatin1(QTest::currentDataTag()).left(8));
    if (kind == QLatin1String("file")) {
        QVERIFY(writeBytes(input, bytes));
    } else if (kind == QLatin1String("50MB")) {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QVERIFY(file.resize(qint64(50) * 1024 * 1024));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(input));
    } else if (kind == QLatin1String("dangling")) {
        const QString target = path(QStringLiteral("gone.json"));
        QVERIFY(writeBytes(target, "{}"));
        QVERIFY(QFile::link(target, input));
        QVERIFY(QFile::remove(target));
    }
    const QByteArray before = readBytes(input);
    const QString out = path(QStringLiteral("out.json"));

    const QList<QStringList> commands {
        {QStringLiteral("check"), input},
        {QStringLiteral("matrix"), input},
        {QStringLiteral("migrate"), input, QStringLiteral("-o"), out},
        {QStringLiteral("migrate"), input, QStringLiteral("--in-place")},
        {QStringLiteral("export"), input, QStringLiteral("--to"), QStringLiteral("pretty"), QStringLiteral("-o"), out},
    };
    for (const QStringList &arguments : commands) {
        QFile::remove(out);
        const CliResult result = runCli(arguments);
        const QString what = arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(result);
        QVERIFY2(!result.crashed, qPrintable(what));
        QVERIFY2(result.exitCode == (arguments[0] == QLatin1String("check") ? checkExit : 2), qPrintable(what));
        const QString message = QString::fromUtf8(result.out + result.err);
        QVERIFY2(message.contains(input), qPrintable(what));
        for (const QString &word : expected) {
            const QStringList alternatives = word.split(QLatin1Char('|'));
            const bool said = std::any_of(alternatives.begin(), alternatives.end(),
                                          [&](const QString &alternative) { return message.contains(alternative); });
            QVERIFY2(said, qPrintable(word + QStringLiteral(" missing: ") + what));
        }
        QVERIFY2(!QFile::exists(out), qPrintable(what));
        QCOMPARE(readBytes(input), before);
    }
}

void TestBadInput::utf8ByteOrderMark()
{
    // IAM accepts only TAB, LF, CR and U+0020-U+00FF: `check` reports the mark where it is; the
    // commands that evaluate read past it, and --in-place keeps it (the file stays as it was made).
    const QString file = path(QStringLiteral("bom.json"));
    const QByteArray policy = mfapolicy::testing::readInput(sample(stale));
    QVERIFY(writeBytes(file, "\xEF\xBB\xBF" + policy));
    const CliResult check = runCli({QStringLiteral("check"), file});
    QVERIFY2(!check.crashed && check.exitCode == 1, qPrintable(describe(check)));
    QVERIFY2(check.out.contains(QByteArray(QFile::encodeName(file) + ":1:1: error:")) && check.out.contains("U+FEFF"),
             qPrintable(describe(check)));
    const CliResult matrix
        = runCli({QStringLiteral("matrix"), file, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(!matrix.crashed && matrix.exitCode == 0, qPrintable(describe(matrix)));
    const CliResult inPlace = runCli({QStringLiteral("migrate"), file, QStringLiteral("--in-place")});
    QVERIFY2(!inPlace.crashed && inPlace.exitCode == 0, qPrintable(describe(inPlace)));
    const QByteArray migrated = readBytes(file);
    QVERIFY(migrated.startsWith("\xEF\xBB\xBF{"));
    QVERIFY(migrated.contains("mfa/*"));
}

void TestBadInput::policyFromAFifoIsRead()
{
    // Process substitution (`mfa-policy check <(curl ...)`) hands over a pipe: it is read like a file.
    const QString fifo = path(QStringLiteral("policy.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    const QByteArray policy = mfapolicy::testing::readInput(sample(stale));
    QThread *writer = QThread::create([&] { writeBytes(fifo, policy); });
    writer->start();
    const CliResult result
        = runCli({QStringLiteral("matrix"), fifo, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY(writer->wait(60000));
    delete writer;
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(result.out.contains("iam:CreateVirtualMFADevice"));

    // Rewriting a pipe in place would replace it with a file: refused before anything is read.
    const CliResult inPlace = runCli({QStringLiteral("migrate"), fifo, QStringLiteral("--in-place")});
    QVERIFY2(!inPlace.crashed && inPlace.exitCode == 2, qPrintable(describe(inPlace)));
    QVERIFY2(inPlace.err.contains(QFile::encodeName(fifo)) && inPlace.err.contains("not a regular file"),
             qPrintable(describe(inPlace)));
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
}

void TestBadInput::badOutputTargets_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("read-only target") << QStringLiteral("readonly") << QStringList {QStringLiteral("cannot write")};
    QTest::newRow("a folder") << QStringLiteral("folder") << QStringList {QStringLiteral("cannot write")};
}

void TestBadInput::badOutputTargets()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, expected);
    QString target;
    const QString lockedDir = path(QStringLiteral("locked"));
    if (kind == QLatin1String("readonly")) {
        // Root may write anywhere except where the file system forbids it, e.g. in /proc.
        target = QStringLiteral("/proc/mfa-policy-test.json");
        if (::geteuid() != 0) {
            QVERIFY(QDir().mkpath(lockedDir));
            QVERIFY(QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
            target = lockedDir + QStringLiteral("/out.json");
        }
    } else if (kind == QLatin1String("folder")) {
        target = path(QStringLiteral("out-folder"));
        QVERIFY(QDir().mkpath(target));
    }
    const QString input = sample(stale);
    const QList<QStringList> commands {
        {QStringLiteral("migrate"), input, QStringLiteral("-o"), target},
        {QStringLiteral("export"), input, QStringLiteral("--to"), QStringLiteral("minified"), QStringLiteral("-o"),
         target},
    };
    for (const QStringList &arguments : commands) {
        const CliResult result = runCli(arguments);
        const QString what = arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(result);
        QVERIFY2(!result.crashed && result.exitCode == 2, qPrintable(what));
        QVERIFY2(result.err.contains(QFile::encodeName(target)), qPrintable(what));
        for (const QString &word : expected)
            QVERIFY2(QString::fromUtf8(result.err).contains(word), qPrintable(what));
    }
    if (::geteuid() != 0 && kind == QLatin1String("readonly"))
        QFile::setPermissions(lockedDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

void TestBadInput::outputToAFifoIsWrittenIntoIt()
{
    // -o naming a pipe (or /dev/stdout) writes into it, as the shell's > does; replacing the pipe
    // by a regular file would leave its reader waiting forever.
    const QString fifo = path(QStringLiteral("out.fifo"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    QByteArray received;
    QThread *reader = QThread::create([&] { received = readBytes(fifo); });
    reader->start();
    const CliResult result = runCli({QStringLiteral("export"), sample(stale), QStringLiteral("--to"),
                                     QStringLiteral("minified"), QStringLiteral("-o"), fifo});
    QVERIFY(reader->wait(60000));
    delete reader;
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(describe(result)));
    QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile());
    // The minified AWS example: one line of JSON with its first statement's Sid.
    QVERIFY2(received.startsWith("{\"Version\":\"2012-10-17\""), received.constData());
    QVERIFY(received.contains("\"Sid\":\"AllowListActions\""));
}

void TestBadInput::fullDiskLeavesFilesIntact_data()
{
    QTest::addColumn<QString>("command");
    QTest::newRow("migrate -o") << QStringLiteral("migrate-o");
    QTest::newRow("migrate --in-place") << QStringLiteral("in-place");
    QTest::newRow("export -o") << QStringLiteral("export");
}

void TestBadInput::fullDiskLeavesFilesIntact()
{
    QFETCH(QString, command);
    const QByteArray policy = mfapolicy::testing::readInput(sample(stale));
    const QString input = path(QStringLiteral("full-input.json"));
    QVERIFY(writeBytes(input, policy));
    const QString out = path(QStringLiteral("full-out.json"));
    const QByteArray previous = "previous content\n";
    QVERIFY(writeBytes(out, previous));
    QStringList arguments;
    if (command == QLatin1String("migrate-o"))
        arguments = {QStringLiteral("migrate"), input, QStringLiteral("-o"), out};
    else if (command == QLatin1String("in-place"))
        arguments = {QStringLiteral("migrate"), input, QStringLiteral("--in-place")};
    else
        arguments = {QStringLiteral("export"), input, QStringLiteral("--to"), QStringLiteral("pretty"),
                     QStringLiteral("-o"),     out};
    // The stale policy is about 1.5 KB; 64 bytes is never enough.
    const CliResult result = runCliWithFileSizeLimit(arguments, 64);
    const QString what = arguments.join(QLatin1Char(' ')) + QLatin1Char('\n') + describe(result);
    QVERIFY2(!result.crashed && result.exitCode == 2, qPrintable(what));
    const QString target = command == QLatin1String("in-place") ? input : out;
    QVERIFY2(result.err.contains(QFile::encodeName(target)) && result.err.contains("cannot write"), qPrintable(what));
    QVERIFY2(result.err.contains("File too large") || result.err.contains("No space"), qPrintable(what));
    // Atomic saves: the old content is still there, whole.
    QCOMPARE(readBytes(input), policy);
    QCOMPARE(readBytes(out), previous);
    const QStringList leftovers = QDir(m_dir.path()).entryList({QStringLiteral("full-*")}, QDir::Files);
    QCOMPARE(leftovers.size(), 2);
}

void TestBadInput::badRequestFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("a folder") << QStringLiteral("folder") << QByteArray() << 2
                              << QStringList {QStringLiteral("is a folder")};
    QTest::newRow("missing") << QStringLiteral("missing") << QByteArray() << 2
                             << QStringList {QStringLiteral("cannot read")};
    // Line-level problems are answered line by line ({"line": N, "error": ...}); the run goes on.
    QTest::newRow("binary data: one error per line")
        << QStringLiteral("file")
        << QByteArray("\x7F"
                      "ELF\x00\x01\n\x00\x00\x00\n\xFF\xFE\x00",
                      14)
        << 0
        << QStringList {QStringLiteral("\"line\":1,"), QStringLiteral("\"line\":2,"), QStringLiteral("\"line\":3,")};
    QTest::newRow("UTF-16") << QStringLiteral("file") << utf16le("{\"id\": \"x\"}\n") << 0
                            << QStringList {QStringLiteral("\"line\":1,"), QStringLiteral("not valid JSON")};
    QTest::newRow("50 MB of zeros, one line")
        << QStringLiteral("50MB") << QByteArray() << 0 << QStringList {QStringLiteral("\"line\":1,")};
}

void TestBadInput::badRequestFiles()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, bytes);
    QFETCH(int, exitCode);
    QFETCH(QStringList, expected);
    const QString input = path(QStringLiteral("requests-") + kind);
    if (kind == QLatin1String("file")) {
        QVERIFY(writeBytes(input, bytes));
    } else if (kind == QLatin1String("50MB")) {
        QFile file(input);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(file.resize(qint64(50) * 1024 * 1024));
    } else if (kind == QLatin1String("folder")) {
        QVERIFY(QDir().mkpath(input));
    }
    const CliResult result = runCli({QStringLiteral("simulate"), QStringLiteral("--requests"), input});
    QVERIFY2(!result.crashed && result.exitCode == exitCode, qPrintable(describe(result)));
    const QString message = QString::fromUtf8(result.out + result.err);
    if (exitCode == 2)
        QVERIFY2(message.contains(input), qPrintable(describe(result)));
    for (const QString &word : expected)
        QVERIFY2(message.contains(word), qPrintable(word + QStringLiteral(" missing: ") + describe(result)));
    for (const QJsonObject &answer : jsonLines(result.out))
        QVERIFY2(answer.contains(QStringLiteral("error")), qPrintable(describe(result)));
}

void TestBadInput::deepRequestLinesAreAnswered_data()
{
    QTest::addColumn<QByteArray>("policies");
    QTest::addColumn<QString>("error");
    const int depth = 100000;
    const QByteArray arrays = QByteArray(depth, '[') + QByteArray(depth, ']');
    // A request holds a policy two levels down; 256 levels more are refused before parsing.
    const QString tooDeep = QStringLiteral("nested deeper than 258 levels");
    QTest::newRow("100,000 nested arrays as a policy") << (QByteArray("[") + arrays + "]") << tooDeep;
    QTest::newRow("100,000 nested arrays in a statement")
        << (QByteArray(R"([{"Version": "2012-10-17", "Statement": )") + arrays + "}]") << tooDeep;
    QTest::newRow("100,000 nested objects in a condition")
        << (QByteArray(R"([{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", )"
                       R"("Resource": "*", "Condition": )")
            + QByteArray("{\"a\":").repeated(depth) + "1" + QByteArray(depth, '}') + "}]}]")
        << tooDeep;
    // Policy text in a string is parsed by the policy parser, which reads no policy from it: a policy
    // it cannot read whole could hide a Deny, so the line has no decision.
    QTest::newRow("100,000 nested arrays as policy text")
        << (QByteArray("[\"") + arrays + "\"]") << QStringLiteral("cannot be read completely");
}

void TestBadInput::deepRequestLinesAreAnswered()
{
    QFETCH(QByteArray, policies);
    QFETCH(QString, error);
    QByteArray line = R"({"id": "deep", "action": "iam:GetUser", "resource": "*", "policies": )" + policies + "}\n";
    // Twice: the second line takes the cache's path for a policy text seen before.
    line += line;
    const CliResult result
        = runCli({QStringLiteral("simulate"), QStringLiteral("--requests"), QStringLiteral("-")}, line);
    QVERIFY2(!result.crashed && result.exitCode == 0, qPrintable(describe(result)));
    const QList<QJsonObject> answers = jsonLines(result.out);
    QCOMPARE(answers.size(), 2);
    for (int i = 0; i < answers.size(); ++i) {
        const QJsonObject &answer = answers[i];
        QCOMPARE(answer.value(QStringLiteral("line")).toInt(), i + 1);
        QVERIFY(!answer.contains(QStringLiteral("decision")));
        QVERIFY2(answer.value(QStringLiteral("error")).toString().contains(error), qPrintable(describe(result)));
    }
}

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_badinput.moc"
