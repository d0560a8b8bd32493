#include "cliapplication.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mfa-policy"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MFAPOLICY_VERSION));
    return mfapolicy::CliApplication().run(QCoreApplication::arguments());
}
