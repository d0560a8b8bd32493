#pragma once

#include "accountanalysis.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mfapolicy {

/// An analysed account in the account command's output formats: users with their answers,
/// policies with the users they reach and block.
class AccountFormats final
{
public:
    /// `source` names the dump in SARIF locations (the file as given, or "aws" for a live fetch).
    AccountFormats(const AccountDump &dump, const AccountAnalysis &analysis, const QString &source);

    QString text() const;
    QString json() const;
    /// Two tables, users then policies, each with a header row (RFC 4180, CRLF line ends).
    QString csv() const;
    QString markdown() const;
    /// A standalone, escaped HTML page.
    QString html() const;
    /// SARIF 2.1.0: a result per policy that blocks enrollment or allows only the old device
    /// resource, with the users it affects.
    QString sarif(const QString &toolVersion) const;

    /// "text", "json", "csv", "markdown", "html", "sarif".
    static QStringList names();
    /// One row per user or per policy: `raw` for CSV (ids, true/false), `words` for people.
    struct Cell {
        QString raw;
        QString words;
    };
    struct Table {
        QStringList ids; ///< CSV header
        QStringList headers; ///< translated headers
        QList<QList<Cell>> rows;
    };
    Table usersTable() const;
    Table policiesTable() const;
    QString format(const QString &name, const QString &toolVersion) const;

private:
    const AccountDump &m_dump;
    const AccountAnalysis &m_analysis;
    QString m_source;
};

} // namespace mfapolicy
