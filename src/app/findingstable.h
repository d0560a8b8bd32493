#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace mfapolicy {

/// Findings as a table for handouts and spreadsheets: severity, location and title per row.
/// The command line's formats (compiler-style text, JSON, SARIF) are FindingsFormatter's.
class FindingsTable final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::FindingsTable)

public:
    FindingsTable(const std::vector<Finding> &findings, QString policyName);

    QString csv() const; ///< RFC 4180, CRLF line ends
    QString markdown() const;
    QString html() const; ///< a complete, escaped HTML document

private:
    QStringList header() const;
    QList<QStringList> rows() const;

    const std::vector<Finding> &m_findings;
    QString m_policyName;
};

} // namespace mfapolicy
