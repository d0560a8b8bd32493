#include "helpwindow.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace mfapolicy {

HelpWindow::HelpWindow(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setObjectName(QStringLiteral("helpWindow"));
    m_browser->setObjectName(QStringLiteral("helpBrowser"));
    // The manual is local; links to the web open in the desktop's browser.
    m_browser->setOpenExternalLinks(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser);
    layout->addWidget(buttons);
    resize(760, 640);
    load();
}

QString HelpWindow::source()
{
    return QLocale().language() == QLocale::Japanese ? QStringLiteral("qrc:/help/help_ja.html")
                                                     : QStringLiteral("qrc:/help/help_en.html");
}

void HelpWindow::load()
{
    setWindowTitle(tr("MFA Policy Studio Help"));
    m_browser->setSource(QUrl(source()));
    if (!m_topic.isEmpty())
        m_browser->scrollToAnchor(m_topic);
}

void HelpWindow::showTopic(const QString &topic)
{
    m_topic = topic;
    if (topic.isEmpty())
        m_browser->verticalScrollBar()->setValue(0);
    else
        m_browser->scrollToAnchor(topic);
}

void HelpWindow::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        load();
}

} // namespace mfapolicy
