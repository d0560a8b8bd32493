#pragma once

#include "finding.h"

#include <QCoreApplication>
#include <QString>

#include <nlohmann/json_fwd.hpp>

#include <vector>

namespace mfapolicy {

/// The findings of one file.
struct FileFindings {
    QString path; ///< as shown to the user and used as the SARIF artifact URI
    std::vector<Finding> findings;
};

/// Findings as compiler-style text, JSON and SARIF 2.1.0 (for code-scanning services).
class FindingsFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::FindingsFormatter)

public:
    explicit FindingsFormatter(const std::vector<FileFindings> &files);

    /// "file:line:col: severity: title [RULE_ID]" per finding, then a count line.
    QString text() const;
    QString json() const;
    QString sarif(const QString &toolVersion) const;

    /// "error", "warning" or "note" (SARIF result levels).
    static QString sarifLevel(Severity severity);
    /// A SARIF 2.1.0 log of one run of mfa-policy with these rules and results (the envelope
    /// every SARIF output of the program shares).
    static QString sarifLog(const nlohmann::ordered_json &rules, const nlohmann::ordered_json &results,
                            const QString &toolVersion);

private:
    const std::vector<FileFindings> &m_files;
};

} // namespace mfapolicy
