#include "accountfixfolder.h"

#include "accounttexts.h"
#include "applyplan.h"
#include "awscli.h"
#include "markdown.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mfapolicy {

namespace {

QString q(const QString &text)
{
    return shellQuote(text);
}

/// A `say` line whose message holds a shell variable where `message` has %1 (e.g. "$oldest").
QString sayWith(const QString &message, const QString &variable)
{
    const qsizetype at = message.indexOf(QLatin1String("%1"));
    if (at < 0)
        return QStringLiteral("say %1\n").arg(q(message));
    return QStringLiteral("say %1\"%2\"%3\n").arg(q(message.left(at)), variable, q(message.mid(at + 2)));
}

QString say(const QString &message)
{
    return QStringLiteral("say %1\n").arg(q(message));
}

/// `"file://$here/PATH"`, PATH quoted for the shell.
QString fileArgument(const QString &relativePath)
{
    return QStringLiteral("\"file://$here/\"") + q(relativePath);
}

/// The lines that say `message` and put `document` (relative to the folder) as the inline policy
/// `target`: apply.sh with the corrected document, rollback.sh with the previous one.
QString putInlineLines(const PolicyTarget &target, const QString &message, const QString &document)
{
    return say(message)
        + QStringLiteral("run iam put-%1-policy --%1-name %2 --policy-name %3 --policy-document %4\n")
              .arg(target.ownerType, q(target.ownerName), q(target.policyName), fileArgument(document));
}

QStringList userNames(const AccountDump &dump, const std::vector<std::size_t> &users)
{
    QStringList names;
    for (std::size_t u : users)
        names << QString::fromStdString(dump.users[u].name);
    return names;
}

bool writeOne(const QString &path, const QByteArray &bytes, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly) || file.write(bytes) != bytes.size() || !file.flush()) {
        *error = AccountFixFolder::tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace

AccountFixFolder::AccountFixFolder(const AccountDump &dump, const AccountAnalysis &before, const AccountFix &fix,
                                   const QString &dumpName)
    : m_dump(dump), m_before(before), m_fix(fix), m_dumpName(dumpName)
{ }

QString AccountFixFolder::correctedPath(const AccountPolicy &policy) const
{
    return QStringLiteral("corrected/") + policyChangeFor(m_dump, policy, {}).target.fileBaseName()
        + QStringLiteral(".json");
}

QString AccountFixFolder::previousPath(const AccountPolicy &policy) const
{
    return QStringLiteral("previous/") + policyChangeFor(m_dump, policy, {}).target.fileBaseName()
        + QStringLiteral(".json");
}

QString AccountFixFolder::scriptHeader(const QString &purpose) const
{
    QString out = QStringLiteral("#!/usr/bin/env bash\n");
    for (const QString &line :
         {purpose,
          tr("Made by %1 from %2 (account %3).")
              .arg(m_madeBy, QFileInfo(m_dumpName).fileName(), QString::fromStdString(m_dump.account)),
          tr("Every argument goes to each aws command, e.g. --profile NAME --region REGION --endpoint-url URL;"),
          tr("AWS_PROFILE and the other AWS_* variables work as for aws itself; AWS_CLI names another aws program.")})
        out += QStringLiteral("# ") + line + QLatin1Char('\n');
    out += QStringLiteral("set -euo pipefail\n"
                          "here=\"$(cd -- \"$(dirname -- \"${BASH_SOURCE[0]}\")\" && pwd)\"\n"
                          "pass=(\"$@\")\n"
                          "run() { \"${AWS_CLI:-aws}\" \"$@\" \"${pass[@]+\"${pass[@]}\"}\"; }\n"
                          "say() { printf '%s\\n' \"$1\" >&2; }\n"
                          "status=0\n");
    return out;
}

QString AccountFixFolder::script(const QString &purpose,
                                 const std::function<QString(const AccountPolicy &, const PolicyTarget &)> &lines) const
{
    QString out = scriptHeader(purpose);
    for (const PolicyFix &fix : m_fix.fixes) {
        const AccountPolicy &policy = m_dump.policies[fix.policy];
        out += QLatin1Char('\n') + lines(policy, policyChangeFor(m_dump, policy, {}).target);
    }
    return out + QStringLiteral("\nexit \"$status\"\n");
}

QString AccountFixFolder::applyScript() const
{
    return script(tr("Applies the corrected policies: a new default version of each customer managed policy, the "
                     "corrected document of each inline policy."),
                  [this](const AccountPolicy &policy, const PolicyTarget &target) -> QString {
                      const QString users = userNames(m_dump, policy.users).join(QStringLiteral(", "));
                      if (policy.origin == PolicyOrigin::Inline)
                          return putInlineLines(
                              target, tr("%1: the corrected document (users: %2)").arg(target.displayName(), users),
                              correctedPath(policy));
                      return say(tr("%1: a new default version (users: %2)").arg(target.arn, users))
                          + newDefaultVersionLines(policy, target);
                  });
}

QString AccountFixFolder::newDefaultVersionLines(const AccountPolicy &policy, const PolicyTarget &target) const
{
    const QString version = QString::fromStdString(policy.versionId);
    QString out = QStringLiteral("arn=%1\n").arg(q(target.arn));
    // The account may have changed since the dump was taken: leave such a policy alone.
    out += QStringLiteral("default=\"$(run iam get-policy --policy-arn \"$arn\" --query Policy.DefaultVersionId "
                          "--output text)\"\n");
    out += QStringLiteral("if [ \"$default\" != %1 ]; then\n").arg(q(version));
    out += QStringLiteral("    ")
        + sayWith(tr("%1 is the default version now, not %2 as in the dump: left as it is (see rollback.sh)")
                      .arg(QStringLiteral("%1"), version),
                  QStringLiteral("$default"));
    out += QStringLiteral("    status=1\nelse\n");
    // AWS keeps at most five versions of a policy: make room by deleting the oldest version
    // that is not the default, and say so first.
    out += QStringLiteral("    count=\"$(run iam list-policy-versions --policy-arn \"$arn\" --query "
                          "'length(Versions)' --output text)\"\n");
    out += QStringLiteral("    if [ \"$count\" -ge %1 ]; then\n").arg(MaxPolicyVersions);
    out += QStringLiteral("        oldest=\"$(run iam list-policy-versions --policy-arn \"$arn\" --query "
                          "'sort_by(Versions[?IsDefaultVersion==`false`], &CreateDate)[0].VersionId' --output "
                          "text)\"\n");
    out += QStringLiteral("        ")
        + sayWith(tr("%1 already stores %2 versions, the most AWS keeps: deleting its oldest version that is "
                     "not the default, %3, to make room")
                      .arg(target.arn)
                      .arg(MaxPolicyVersions)
                      .arg(QStringLiteral("%1")),
                  QStringLiteral("$oldest"));
    out += QStringLiteral("        run iam delete-policy-version --policy-arn \"$arn\" --version-id \"$oldest\"\n");
    out += QStringLiteral("    fi\n");
    out += QStringLiteral("    run iam create-policy-version --policy-arn \"$arn\" --policy-document %1 "
                          "--set-as-default\n")
               .arg(fileArgument(correctedPath(policy)));
    return out + QStringLiteral("fi\n");
}

QString AccountFixFolder::rollbackScript() const
{
    return script(tr("Rolls back what apply.sh changed: the default version in force when the dump was taken, the "
                     "inline documents kept in previous/."),
                  [this](const AccountPolicy &policy, const PolicyTarget &target) -> QString {
                      if (policy.origin == PolicyOrigin::Inline)
                          return putInlineLines(target,
                                                tr("%1: back to the document of the dump").arg(target.displayName()),
                                                previousPath(policy));
                      const QString version = QString::fromStdString(policy.versionId);
                      return say(tr("%1: back to default version %2 (the version apply.sh created stays stored)")
                                     .arg(target.arn, version))
                          + QStringLiteral("run iam set-default-policy-version --policy-arn %1 --version-id %2\n")
                                .arg(q(target.arn), q(version));
                  });
}

QString AccountFixFolder::changeSentences() const
{
    return changeSentences(m_dump, m_fix.users, m_fix.corrected, m_fix.after);
}

QString AccountFixFolder::changeSentences(const AccountDump &dump, const std::vector<UserChange> &users,
                                          const AccountDump &afterDump, const AccountAnalysis &after)
{
    QStringList enrollAgain;
    QStringList other;
    for (const UserChange &user : users) {
        const QString name = QString::fromStdString(dump.users[user.user].name);
        for (const AnswerChange &change : user.changes) {
            if (change.answer == "canEnrollAnyName" && change.after)
                enrollAgain << name;
            else
                other << tr("%1: %2: %3 → %4")
                             .arg(name, AccountTexts::question(change.answer), AccountTexts::yesNo(change.before),
                                  AccountTexts::yesNo(change.after));
        }
    }
    QStringList still;
    for (const UserAnswers &u : after.users) {
        if (u.analysed && !u.canEnrollAnyName)
            still << QString::fromStdString(afterDump.users[u.user].name);
    }
    QString out;
    if (enrollAgain.isEmpty())
        out += tr("No user's enrollment changes.") + QLatin1Char('\n');
    else
        out += tr("%n user(s) can enroll a virtual MFA device with a name of their own again: %1.", nullptr,
                  int(enrollAgain.size()))
                   .arg(enrollAgain.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    if (other.isEmpty())
        out += tr("No other answer changes for anyone.") + QLatin1Char('\n');
    else
        out += tr("Other changes:") + QLatin1Char('\n') + QStringLiteral("  ") + other.join(QStringLiteral("\n  "))
            + QLatin1Char('\n');
    if (!still.isEmpty())
        out += tr("Still cannot enroll with a name of their own: %1.").arg(still.join(QStringLiteral(", ")))
            + QLatin1Char('\n');
    return out;
}

QString AccountFixFolder::summary() const
{
    QString out = QStringLiteral("# ") + tr("Fix for account %1").arg(QString::fromStdString(m_dump.account))
        + QStringLiteral("\n\n");
    out += markdownEscaped(
               tr("Made from %1: the default migration of every policy that allows iam:CreateVirtualMFADevice only "
                  "on devices named like the user. The account was analysed again with the corrected documents.")
                   .arg(QFileInfo(m_dumpName).fileName()))
        + QStringLiteral("\n\n## ") + tr("What changes") + QStringLiteral("\n\n");
    // The terminal's lines, indented ones as sub-items.
    for (const QString &line : changeSentences().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        out += (line.startsWith(QLatin1Char(' ')) ? QStringLiteral("  - ") : QStringLiteral("- "))
            + markdownEscaped(line.trimmed()) + QLatin1Char('\n');

    out += QStringLiteral("\n## ") + tr("Policies changed") + QStringLiteral("\n\n");
    if (m_fix.fixes.empty())
        out += tr("None.") + QLatin1Char('\n');
    else
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n|---|---|---|---|---|\n")
                   .arg(tr("Policy"), tr("Kind"), tr("Users"), tr("Corrected document"), tr("Kept for rollback"));
    for (const PolicyFix &fix : m_fix.fixes) {
        const AccountPolicy &policy = m_dump.policies[fix.policy];
        const bool managed = policy.origin != PolicyOrigin::Inline;
        out += QStringLiteral("| %1 | %2 | %3 | %4 | %5 |\n")
                   .arg(markdownEscaped(policyChangeFor(m_dump, policy, {}).target.policyName),
                        markdownEscaped(AccountTexts::origin(policy)),
                        markdownEscaped(userNames(m_dump, policy.users).join(QStringLiteral(", "))),
                        markdownEscaped(correctedPath(policy)),
                        markdownEscaped(managed ? tr("version %1").arg(QString::fromStdString(policy.versionId))
                                                : previousPath(policy)));
    }
    if (!m_fix.unchangeable.empty()) {
        out += QStringLiteral("\n## ") + tr("Not changed here") + QStringLiteral("\n\n");
        for (const UnchangeablePolicy &policy : m_fix.unchangeable) {
            const AccountPolicy &p = m_dump.policies[policy.policy];
            out += QStringLiteral("- ")
                + markdownEscaped(tr("%1 (users: %2): %3")
                                      .arg(QString::fromStdString(p.arn.empty() ? p.name : p.arn),
                                           userNames(m_dump, p.users).join(QStringLiteral(", ")),
                                           AccountTexts::awsManagedRemedy()))
                + QLatin1Char('\n');
        }
    }
    QStringList notAnalysed;
    for (const UserAnswers &u : m_before.users) {
        if (!u.analysed)
            notAnalysed << QString::fromStdString(m_dump.users[u.user].name);
    }
    if (!notAnalysed.isEmpty())
        out += QStringLiteral("\n## ") + tr("Users not analysed") + QStringLiteral("\n\n")
            + markdownEscaped(
                   tr("What the fix does for them is not known: %1.").arg(notAnalysed.join(QStringLiteral(", "))))
            + QLatin1Char('\n');

    out += QStringLiteral("\n## ") + tr("Apply and roll back") + QStringLiteral("\n\n")
        + markdownEscaped(tr("Review the corrected documents, then run apply.sh with the AWS CLI's options for the "
                             "account; rollback.sh goes back to what was in force when the dump was taken."))
        + QStringLiteral("\n\n```sh\n./apply.sh --profile PROFILE\n./rollback.sh --profile PROFILE\n```\n");
    return out;
}

bool AccountFixFolder::write(const QString &folder, QString *error) const
{
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        *error = tr("%1 exists and is not a folder").arg(folder);
        return false;
    }
    QDir dir(folder);
    if (info.exists() && !dir.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        *error
            = tr("%1 is not empty: give a new or empty folder, so that no file of another fix is mixed in").arg(folder);
        return false;
    }
    if (!dir.mkpath(QStringLiteral("corrected")) || !dir.mkpath(QStringLiteral("previous"))) {
        *error = tr("cannot create the folder %1").arg(folder);
        return false;
    }
    for (const PolicyFix &fix : m_fix.fixes) {
        const AccountPolicy &policy = m_dump.policies[fix.policy];
        if (!writeOne(dir.filePath(correctedPath(policy)), QByteArray::fromStdString(fix.corrected->text()), error)
            || !writeOne(dir.filePath(previousPath(policy)), QByteArray::fromStdString(policy.source->text()), error))
            return false;
    }
    const auto script = [&](const QString &name, const QString &text) {
        const QString path = dir.filePath(name);
        if (!writeOne(path, text.toUtf8(), error))
            return false;
        if (!QFile::setPermissions(path,
                                   QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                       | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                       | QFileDevice::ExeOther)) {
            *error = tr("cannot make %1 executable").arg(path);
            return false;
        }
        return true;
    };
    return script(QStringLiteral("apply.sh"), applyScript()) && script(QStringLiteral("rollback.sh"), rollbackScript())
        && writeOne(dir.filePath(QStringLiteral("summary.md")), summary().toUtf8(), error);
}

} // namespace mfapolicy
