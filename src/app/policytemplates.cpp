#include "policytemplates.h"

#include <QFile>

static void initStudioResources()
{
    Q_INIT_RESOURCE(studio);
}

namespace mfapolicy {

void PolicyTemplates::initResources()
{
    static const bool done = (initStudioResources(), true);
    Q_UNUSED(done)
}

QList<PolicyTemplates::Template> PolicyTemplates::all()
{
    const QString guide = tr("AWS IAM User Guide");
    return {
        {QStringLiteral("self-manage-mfa_current"), tr("Self-manage an MFA device (current AWS example)"),
         tr("%1: Allows IAM users to self-manage an MFA device (current)").arg(guide)},
        {QStringLiteral("self-manage-mfa_pre-nov-2022"), tr("Self-manage an MFA device (before November 2022)"),
         tr("%1: Allows IAM users to self-manage an MFA device (as published in September 2022)").arg(guide)},
        {QStringLiteral("security-credentials_current"), tr("Security credentials page (current AWS example)"),
         tr("%1: Allows MFA-authenticated IAM users to manage their own credentials on the Security credentials "
            "page (November 2022)")
             .arg(guide)},
        {QStringLiteral("security-credentials_pre-nov-2022"), tr("Security credentials page (before November 2022)"),
         tr("%1: Security credentials page example as published in June 2022").arg(guide)},
        {QStringLiteral("empty"), tr("Empty policy"), tr("Version 2012-10-17 and no statements")},
    };
}

QString PolicyTemplates::text(const QString &id)
{
    initResources();
    QFile file(QStringLiteral(":/templates/") + id + QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace mfapolicy
