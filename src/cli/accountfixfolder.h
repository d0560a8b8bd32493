#pragma once

#include "accountfix.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

/// `account DUMP --fix -o DIR`: the corrected documents, the documents in force when the dump was
/// taken, apply.sh and rollback.sh of AWS CLI commands, and summary.md with what changes for
/// whom. Writes nothing outside DIR, and refuses a DIR that exists and is not empty.
class AccountFixFolder final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AccountFixFolder)

public:
    AccountFixFolder(const AccountDump &dump, const AccountAnalysis &before, const AccountFix &fix,
                     const QString &dumpName);

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

    const AccountDump &m_dump;
    const AccountAnalysis &m_before;
    const AccountFix &m_fix;
    QString m_dumpName;
};

} // namespace mfapolicy
