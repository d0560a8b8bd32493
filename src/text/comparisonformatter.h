#pragma once

#include "comparison.h"

#include <QCoreApplication>
#include <QString>

#include <vector>

namespace mfapolicy {

/// The difference between two policies: matrix cells that change, in words, and the text diff.
class ComparisonFormatter final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::ComparisonFormatter)

public:
    ComparisonFormatter(const std::vector<CellChange> &changes, const std::vector<DiffHunk> &hunks, QString beforeName,
                        QString afterName);

    /// One sentence, e.g. "Without MFA, iam:CreateVirtualMFADevice on a device named alice-phone:
    /// implicit deny → allow".
    static QString changeSentence(const CellChange &change);

    QString text() const;
    QString markdown() const;
    QString json() const;
    /// The changed cells, one row each (RFC 4180, CRLF); the text diff is not a table.
    QString csv() const;
    /// A complete, escaped HTML document: the changed cells as a table, then the text diff.
    QString html() const;

private:
    QString unifiedDiff() const;

    const std::vector<CellChange> &m_changes;
    const std::vector<DiffHunk> &m_hunks;
    QString m_beforeName;
    QString m_afterName;
};

} // namespace mfapolicy
