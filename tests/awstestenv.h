#pragma once

// A local IAM API for the tests of the live-account layer: moto_server (moto 5, Python) on a
// free loopback port, driven through the real AWS CLI with dummy credentials. The CLI's
// configuration and credential files, and HOME (the SSO token cache), point into a temporary
// folder, so that a user's real AWS configuration is never read or touched.

#include "awscli.h"

#include <QByteArray>
#include <QDir>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#ifdef __linux__
#include <csignal>
#include <sys/prctl.h>
#endif

namespace mfapolicy::testing {

/// A TCP port that was free a moment ago (bound to port 0, read, closed).
inline quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        qFatal("cannot bind a loopback port: %s", qPrintable(server.errorString()));
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

/// An environment for the AWS CLI that knows nothing of the user's own AWS setup: HOME, the
/// configuration and the credential files in `folder`, the instance metadata service off.
inline QProcessEnvironment isolatedAwsEnvironment(const QString &folder)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &key : env.keys()) {
        if (key.startsWith(QLatin1String("AWS_")))
            env.remove(key);
    }
    QDir(folder).mkpath(QStringLiteral("home"));
    env.insert(QStringLiteral("HOME"), folder + QStringLiteral("/home"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), folder + QStringLiteral("/config"));
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), folder + QStringLiteral("/credentials"));
    env.insert(QStringLiteral("AWS_EC2_METADATA_DISABLED"), QStringLiteral("true"));
    return env;
}

/// {"iam", ARGS...}: the start of an `aws iam` command line.
inline QStringList iam(std::initializer_list<const char *> args)
{
    QStringList out {QStringLiteral("iam")};
    for (const char *arg : args)
        out << QString::fromUtf8(arg);
    return out;
}

inline bool awsInstalled()
{
    return !QStandardPaths::findExecutable(QStringLiteral("aws")).isEmpty();
}

/// moto_server on 127.0.0.1 for the life of the object.
class MotoServer
{
public:
    /// Starts the server and waits until it accepts connections. `extraEnvironment` goes to the
    /// server (e.g. INITIAL_NO_AUTH_ACTION_COUNT to make it enforce IAM policies).
    bool start(const QProcessEnvironment &extraEnvironment = {})
    {
        const QString program = QStandardPaths::findExecutable(QStringLiteral("moto_server"));
        if (program.isEmpty()) {
            m_error = QStringLiteral("moto_server is not installed (pip's moto[server]); the tests against a local IAM "
                                     "API cannot run here");
            return false;
        }
        if (!awsInstalled()) {
            m_error = QStringLiteral("the AWS CLI (aws) is not installed; install the Debian package awscli");
            return false;
        }
        m_port = freePort();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const QString &key : extraEnvironment.keys())
            env.insert(key, extraEnvironment.value(key));
        m_process.setProcessEnvironment(env);
        m_process.setProcessChannelMode(QProcess::MergedChannels);
#ifdef __linux__
        // A test that crashes must not leave the server running.
        m_process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#endif
        m_process.start(
            program,
            {QStringLiteral("-H"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_port)});
        if (!m_process.waitForStarted(-1)) {
            m_error = QStringLiteral("moto_server did not start: ") + m_process.errorString();
            return false;
        }
        // Until it listens, or until it exits (the port taken in between, a broken install).
        while (m_process.state() == QProcess::Running) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(1000))
                break;
            QTest::qWait(100);
        }
        if (m_process.state() != QProcess::Running) {
            m_error = QStringLiteral("moto_server exited: ") + QString::fromUtf8(m_process.readAll());
            return false;
        }
        m_folder = std::make_unique<QTemporaryDir>();
        return true;
    }

    ~MotoServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(10000)) {
                m_process.kill();
                m_process.waitForFinished(-1);
            }
        }
    }

    QString error() const
    {
        return m_error;
    }
    QString endpoint() const
    {
        return QStringLiteral("http://127.0.0.1:") + QString::number(m_port);
    }

    /// The AWS CLI against this server, with dummy credentials and an isolated configuration.
    AwsCli cli() const
    {
        AwsCli cli;
        cli.endpointUrl = endpoint();
        cli.environment = isolatedAwsEnvironment(m_folder->path());
        cli.environment.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("testing"));
        cli.environment.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("testing"));
        cli.environment.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
        return cli;
    }

    /// Runs `aws ARGS --endpoint-url ...` directly (not through the library under test), for
    /// setting the account up and for checking what the server holds. Fails the test on error.
    QJsonObject aws(const QStringList &args, const AwsCli &as = {}) const
    {
        const AwsCli c = as.endpointUrl.isEmpty() ? cli() : as;
        QProcess process;
        process.setProcessEnvironment(c.environment);
        process.start(QStringLiteral("aws"),
                      args
                          + QStringList {QStringLiteral("--output"), QStringLiteral("json"),
                                         QStringLiteral("--endpoint-url"), endpoint()});
        process.waitForFinished(-1);
        const QByteArray out = process.readAllStandardOutput();
        if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            qWarning("aws %s failed: %s", qPrintable(args.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
            m_failed = true;
            return {};
        }
        return QJsonDocument::fromJson(out).object();
    }
    /// Whether an aws() call failed (check after setting up).
    bool failed() const
    {
        return m_failed;
    }

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_error;
    std::unique_ptr<QTemporaryDir> m_folder;
    mutable bool m_failed = false;
};

} // namespace mfapolicy::testing
