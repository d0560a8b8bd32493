#include "aboutdialog.h"

#include "awsmanagedpolicies.h"
#include "config-mfapolicy.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

#if HAVE_KSYNTAXHIGHLIGHTING
#include <ksyntaxhighlighting_version.h>
#endif

namespace mfapolicy {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_label(new QLabel(this))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_label->setObjectName(QStringLiteral("aboutText"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse);
    m_label->setOpenExternalLinks(true);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/mfa-policy-studio.svg")).pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_label, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    setMinimumWidth(520);
    m_label->setText(text());
    setWindowTitle(tr("About MFA Policy Studio"));
}

QString AboutDialog::text()
{
    const AwsManagedPolicies &aws = AwsManagedPolicies::bundled();
    const AwsManagedPolicyDataInfo &info = aws.info();
    QString awsData;
    if (aws.error().empty())
        awsData = tr("AWS managed policies: %n policies from the %1, version %2 (%3 licence), the newest "
                     "published on %4.",
                     nullptr, int(aws.size()))
                      .arg(QString::fromStdString(info.source).toHtmlEscaped(),
                           QString::fromStdString(info.version).toHtmlEscaped(),
                           QString::fromStdString(info.licence).toHtmlEscaped(),
                           QString::fromStdString(info.newestPolicyDate).left(10));
    else
        awsData = tr("AWS managed policies: the bundled data cannot be read (%1).")
                      .arg(QString::fromStdString(aws.error()).toHtmlEscaped());
#if HAVE_KSYNTAXHIGHLIGHTING
    const QString highlighting = tr("Syntax highlighting: KSyntaxHighlighting %1 (MIT licence).")
                                     .arg(QLatin1String(KSYNTAXHIGHLIGHTING_VERSION_STRING));
#else
    const QString highlighting
        = tr("Syntax highlighting: the studio's own; this build does not use KSyntaxHighlighting.");
#endif
    return QStringLiteral("<h3>") + tr("MFA Policy Studio %1").arg(QStringLiteral(MFAPOLICY_VERSION))
        + QStringLiteral("</h3><p>")
        + tr("Check, visualise and migrate AWS IAM policies that force multi-factor authentication: what a "
             "policy allows with an MFA session, without MFA and with long-term access keys.")
        + QStringLiteral("</p><p>")
        + tr("Copyright © 2026 the MFA Policy Studio developers. No licence to use, copy or distribute the "
             "studio has been granted yet: all rights reserved (see the LICENSE file).")
        + QStringLiteral("</p><p>")
        + tr("Built with Qt %1, running on Qt %2 (LGPL-3.0 licence).")
              .arg(QLatin1String(QT_VERSION_STR), QLatin1String(qVersion()))
        + QStringLiteral("<br>") + highlighting + QStringLiteral("<br>") + awsData + QStringLiteral("<br>")
        + tr("Example policies from the AWS IAM User Guide (MIT-0 licence).") + QStringLiteral("</p>");
}

void AboutDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_label->setText(text());
        setWindowTitle(tr("About MFA Policy Studio"));
    }
}

} // namespace mfapolicy
