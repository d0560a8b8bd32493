#pragma once

#include "policysource.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace mfapolicy {

/// A policy read from a file (or standard input, "-"), parsed once.
struct PolicyFile {
    QString path; ///< as given on the command line ("<stdin>" for "-"), used in messages
    PolicySource source;
};

/// Reading policies named on the command line, with messages in the compiler style
/// "file:line:col: error: ..." that editors and CI logs understand.
class PolicyFiles final
{
public:
    /// Larger files are refused unread: the largest IAM policy quota is 10,240 characters.
    static constexpr qint64 maxFileSize = 10 * 1024 * 1024;

    /// Reads and parses one file. On failure (missing, unreadable, a folder, too large, UTF-16,
    /// binary) prints why and
    /// returns nothing.
    static std::optional<PolicyFile> read(const QString &path);
    /// Reads every file; prints each failure. Empty when any failed.
    static std::optional<std::vector<PolicyFile>> readAll(const QStringList &paths);
    /// Prints the syntax errors of a file that is not valid JSON; returns false then. Commands
    /// that evaluate a policy refuse broken JSON (exit 2); `check` reports it as a finding.
    static bool requireValidJson(const PolicyFile &file);
    /// Files and folders as given, folders replaced by the *.json files below them (sorted).
    static QStringList expand(const QStringList &paths);
    /// The policies of the files, for the evaluator.
    static std::vector<const Policy *> policies(const std::vector<PolicyFile> &files);
    /// "path:line:col" of a range.
    static QString location(const QString &path, const SourceRange &range);
};

} // namespace mfapolicy
