#include "console.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <cstdio>
#include <unistd.h>

namespace mfapolicy {

namespace {

struct ConsoleTexts {
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::Console)
};

void write(std::FILE *stream, const QByteArray &bytes)
{
    std::fwrite(bytes.constData(), 1, static_cast<std::size_t>(bytes.size()), stream);
    std::fflush(stream);
}

} // namespace

void Console::out(const QString &text)
{
    write(stdout, text.toUtf8());
}

void Console::outBytes(const QByteArray &bytes)
{
    write(stdout, bytes);
}

void Console::err(const QString &text)
{
    write(stderr, text.toUtf8());
}

int Console::fail(const QString &message)
{
    err(ConsoleTexts::tr("mfa-policy: error: %1\n").arg(message));
    return 2;
}

bool Console::writeFile(const QString &path, const QByteArray &data, QString *error)
{
    if (path == QLatin1String("-")) {
        outBytes(data);
        return true;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size() || !file.commit()) {
        if (error)
            *error = ConsoleTexts::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool Console::stdoutIsTerminal()
{
    return ::isatty(STDOUT_FILENO) == 1;
}

} // namespace mfapolicy
