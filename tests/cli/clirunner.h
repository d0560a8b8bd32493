#pragma once

// Runs the real mfa-policy executable (path from MFA_POLICY_EXE, set by CTest).

#include "testdata.h"

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

struct CliResult {
    int exitCode = -1;
    bool crashed = true;
    QByteArray out;
    QByteArray err;
};

inline QString cliExecutable()
{
    return qEnvironmentVariable("MFA_POLICY_EXE");
}

inline QString sample(const QString &name)
{
    const QString path = mfapolicy::testing::samplePath(name);
    mfapolicy::testing::readInput(path); // a missing input ends the test program
    return path;
}

inline QString testData(const QString &name)
{
    return QStringLiteral(MFAPOLICY_TEST_DATA_DIR) + QStringLiteral("/cli/") + name;
}

/// Runs `mfa-policy ARGS` in English unless the arguments choose a language.
inline CliResult runCli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.remove(QStringLiteral("LANGUAGE"));
    process.setProcessEnvironment(environment);
    process.start(cliExecutable(), arguments);
    CliResult result;
    if (!process.waitForStarted(10000))
        return result;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    process.waitForFinished(120000);
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/// A sample policy as one line of JSON (for request lines).
inline QByteArray compactSample(const QString &name)
{
    return QJsonDocument::fromJson(mfapolicy::testing::readInput(sample(name))).toJson(QJsonDocument::Compact);
}

/// Parses JSON lines; an unparsable line becomes an empty object.
inline QList<QJsonObject> jsonLines(const QByteArray &text)
{
    QList<QJsonObject> out;
    for (const QByteArray &line : text.split('\n')) {
        if (!line.isEmpty())
            out << QJsonDocument::fromJson(line).object();
    }
    return out;
}
