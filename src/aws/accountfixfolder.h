#pragma once

#include "accountfix.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

namespace mfapolicy {

struct PolicyTarget;

/// The fix folder of `mfa-policy account DUMP --fix -o DIR` and of the studio's Fix All: the
/// corrected documents, the documents in force when the dump was taken, apply.sh and
/// rollback.sh of AWS CLI commands, and summary.md with what changes for whom. Writes nothing
/// outside DIR, and refuses a DIR that exists and is not empty.
class AccountFixFolder final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountFixFolder)

public:
    AccountFixFolder(const AccountDump &dump, const AccountAnalysis &before, const AccountFix &fix,
                     const QString &dumpName);

    /// Who made the folder, for the scripts' header; "'mfa-policy account --fix'" unless set.
    void setMadeBy(const QString &maker) { m_madeBy = maker; }

    /// Writes the folder. False with `error` set (the folder may then hold part of the files).
    bool write(const QString &folder, QString *error) const;

    QString applyScript() const;
    QString rollbackScript() const;
    QString summary() const;
    /// "2 users can enroll ... again: alice, bob." and every other change, for the terminal: the
    /// summary's first lines. `users` index `dump`; `after` is the analysis they changed to.
    static QString changeSentences(const AccountDump &dump, const std::vector<UserChange> &users,
                                   const AccountDump &afterDump, const AccountAnalysis &after);
    QString changeSentences() const;

    /// Where a policy's documents go, relative to the folder.
    QString correctedPath(const AccountPolicy &policy) const;
    QString previousPath(const AccountPolicy &policy) const;

private:
    QString scriptHeader(const QString &purpose) const;
    /// The header, then `lines` of every fixed policy, then the exit with the status.
    QString script(const QString &purpose,
                   const std::function<QString(const AccountPolicy &, const PolicyTarget &)> &lines) const;
    /// apply.sh's lines for a customer managed policy: a new default version, unless the
    /// default changed since the dump was taken.
    QString newDefaultVersionLines(const AccountPolicy &policy, const PolicyTarget &target) const;

    const AccountDump &m_dump;
    const AccountAnalysis &m_before;
    const AccountFix &m_fix;
    QString m_dumpName;
    QString m_madeBy = QStringLiteral("'mfa-policy account --fix'");
};

} // namespace mfapolicy
