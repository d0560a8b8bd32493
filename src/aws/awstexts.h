#pragma once

#include "applyplan.h"
#include "awserror.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

/// Words for the live-account layer, in the current language, shared by the command line and
/// the studio (context "mfapolicy::AwsTexts" in the translations). AWS's own messages and the
/// CLI's stderr are quoted as they are, never translated.
class AwsTexts final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::AwsTexts)

public:
    /// One or two sentences: what went wrong and what to do about it.
    static QString error(const AwsError &error);
    /// error() followed by the CLI's stderr (when it adds something), for a details pane or a terminal.
    static QString errorWithDetails(const AwsError &error);
    /// What became of one policy of an apply, e.g. "applied and read back".
    static QString status(PolicyApplyResult::Status status);
    /// A logged outcome (ApplyLogEntry::outcome: "applied", "rolled-back", ...) in words.
    static QString outcome(const QString &id);
};

} // namespace mfapolicy
