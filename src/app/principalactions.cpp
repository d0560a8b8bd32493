#include "principalactions.h"

#include "documentio.h"
#include "documentmanager.h"
#include "filedialog.h"
#include "messagebox.h"
#include "policytab.h"
#include "principalfile.h"
#include "principalsetup.h"
#include "recentfiles.h"
#include "writeall.h"

#include <QAction>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QMenu>
#include <QSaveFile>

namespace mfapolicy {

namespace {
QString principalFilter()
{
    return PrincipalActions::tr("Principals (*.json);;All files (*)");
}
} // namespace

PrincipalActions::PrincipalActions(PrincipalSetup *setup, DocumentManager *documents, QWidget *window)
    : QObject(window)
    , m_setup(setup)
    , m_documents(documents)
    , m_window(window)
    , m_recent(new RecentFiles(this, RecentFiles::Kind::Principals))
    , m_open(new QAction(this))
    , m_save(new QAction(this))
    , m_saveAs(new QAction(this))
    , m_recentMenu(new QMenu(window))
{
    m_open->setObjectName(QStringLiteral("actionOpenPrincipal"));
    m_save->setObjectName(QStringLiteral("actionSavePrincipal"));
    m_saveAs->setObjectName(QStringLiteral("actionSavePrincipalAs"));
    m_recentMenu->setObjectName(QStringLiteral("menuRecentPrincipals"));
    connect(m_open, &QAction::triggered, this, [this] {
        const QString path = FileDialog::instance()
                                 .getOpenFileNames(m_window, tr("Open Principal"), QFileInfo(m_filePath).absolutePath(),
                                                   principalFilter())
                                 .value(0);
        if (!path.isEmpty())
            open(path);
    });
    connect(m_save, &QAction::triggered, this, &PrincipalActions::save);
    connect(m_saveAs, &QAction::triggered, this, &PrincipalActions::saveAs);
    connect(m_recent, &RecentFiles::changed, this, &PrincipalActions::updateRecentMenu);
    window->installEventFilter(this);
    retranslate();
}

void PrincipalActions::addToMenu(QMenu *menu, QAction *before)
{
    menu->insertAction(before, m_open);
    menu->insertMenu(before, m_recentMenu);
    menu->insertAction(before, m_save);
    menu->insertAction(before, m_saveAs);
    menu->insertSeparator(before);
}

bool PrincipalActions::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void PrincipalActions::retranslate()
{
    m_open->setText(tr("Open Pr&incipal…"));
    m_save->setText(tr("Sa&ve Principal"));
    m_saveAs->setText(tr("Save Principal As…"));
    m_recentMenu->setTitle(tr("Recent Principals"));
    updateRecentMenu();
}

void PrincipalActions::updateRecentMenu()
{
    m_recent->fillMenu(m_recentMenu, tr("Clear Recent Principals"), [this](const QString &path) { open(path); });
}

bool PrincipalActions::isPrincipalFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isFile() || info.size() > DocumentIo::maxFileSize)
        return false;
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && looksLikePrincipalFile(file.read(DocumentIo::maxFileSize).toStdString());
}

QString PrincipalActions::problemText(const PrincipalFileProblem &problem)
{
    const auto arg = [&problem](std::size_t i) {
        return i < problem.args.size() ? QString::fromStdString(problem.args[i]) : QString();
    };
    QString text;
    if (problem.id == "PRINCIPAL_SYNTAX")
        text = tr("Not valid JSON: %1").arg(arg(0));
    else if (problem.id == "PRINCIPAL_NOT_OBJECT")
        text = tr("A principal file is a JSON object with \"policies\".");
    else if (problem.id == "PRINCIPAL_UNKNOWN_MEMBER")
        text = tr("Unknown member %1.").arg(arg(0));
    else if (problem.id == "PRINCIPAL_WRONG_TYPE")
        text = tr("This value must be %1.").arg(arg(0));
    else if (problem.id == "PRINCIPAL_POLICY_SOURCE_MISSING")
        text = tr("A policy needs exactly one of \"file\", \"awsManaged\" or \"policy\".");
    else if (problem.id == "PRINCIPAL_POLICY_FILE_UNREADABLE")
        text = tr("The policy file %1 cannot be read: %2").arg(arg(0), arg(1));
    else if (problem.id == "PRINCIPAL_AWS_MANAGED_UNKNOWN")
        text = tr("No AWS managed policy is named %1 in the bundled data.").arg(arg(0));
    else if (problem.id == "PRINCIPAL_SCP_UNKNOWN")
        text = tr("No SCP is named %1.").arg(arg(0));
    else if (problem.id == "PRINCIPAL_POLICY_HAS_ERRORS")
        text = tr("The policy %1 has %2 error(s).").arg(arg(0), arg(1));
    else
        text = QString::fromStdString(problem.id);
    if (problem.line > 0)
        return tr("Line %1, column %2: %3").arg(problem.line).arg(problem.column).arg(text);
    if (!problem.pointer.empty())
        return tr("At %1: %2").arg(QString::fromStdString(problem.pointer), text);
    return text;
}

bool PrincipalActions::open(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const LoadResult loaded = DocumentIo::load(absolute);
    QStringList problems;
    PrincipalFile file;
    if (loaded.status != LoadResult::Status::Ok) {
        problems.append(loaded.message);
        if (!QFileInfo::exists(absolute))
            m_recent->remove(absolute);
    } else {
        file = readPrincipalFile(loaded.text.toStdString(), QFileInfo(absolute).absolutePath().toStdString());
        for (const PrincipalFileProblem &problem : file.problems)
            problems.append(problemText(problem));
    }
    if (loaded.status != LoadResult::Status::Ok || file.incomplete) {
        MessageBox::warning(m_window, tr("Cannot open the principal"),
                            tr("%1 cannot be used as a principal:\n\n%2")
                                .arg(QDir::toNativeSeparators(absolute), problems.join(QLatin1Char('\n'))));
        return false;
    }
    // The policies it reads from files open beside it, so that they can be edited.
    auto openPolicy = [this](const PrincipalPolicy &policy) {
        if (policy.origin != PolicyOrigin::AwsManaged && !policy.file.empty())
            m_documents->open(QString::fromStdString(policy.file));
    };
    for (const PrincipalPolicy &policy : file.principal.policies)
        openPolicy(policy);
    if (file.principal.boundary)
        openPolicy(*file.principal.boundary);
    m_setup->setPrincipal(file.principal, m_documents->tabs());
    m_filePath = absolute;
    m_recent->add(absolute);
    if (!problems.isEmpty())
        MessageBox::warning(m_window, tr("Principal opened with warnings"), problems.join(QLatin1Char('\n')));
    Q_EMIT message(tr("Principal %1 opened").arg(QDir::toNativeSeparators(absolute)), 4000);
    Q_EMIT opened();
    return true;
}

QString PrincipalActions::saveTo(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const std::string text = writePrincipalFile(m_setup->principal(), QFileInfo(absolute).absolutePath().toStdString());
    QSaveFile file(absolute);
    if (!file.open(QIODevice::WriteOnly) || !writeAll(file, QByteArray::fromStdString(text)) || !file.commit())
        return file.errorString();
    m_filePath = absolute;
    m_recent->add(absolute);
    return {};
}

bool PrincipalActions::save()
{
    if (m_filePath.isEmpty())
        return saveAs();
    const QString error = saveTo(m_filePath);
    if (!error.isEmpty()) {
        MessageBox::warning(m_window, tr("Cannot save the principal"),
                            tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(m_filePath), error));
        return false;
    }
    Q_EMIT message(tr("Saved %1").arg(QDir::toNativeSeparators(m_filePath)), 4000);
    return true;
}

bool PrincipalActions::saveAs()
{
    const QString suggestion = m_filePath.isEmpty()
        ? QDir::home().filePath(QString::fromStdString(m_setup->identity().userName)
                                + QStringLiteral(".principal.json"))
        : m_filePath;
    const QString path
        = FileDialog::instance().getSaveFileName(m_window, tr("Save Principal As"), suggestion, principalFilter());
    if (path.isEmpty())
        return false;
    const QString error = saveTo(path);
    if (!error.isEmpty()) {
        MessageBox::warning(m_window, tr("Cannot save the principal"),
                            tr("%1 could not be saved: %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }
    return true;
}

} // namespace mfapolicy
