#pragma once

#include "accountfix.h"

#include <QCoreApplication>
#include <QString>

namespace mfapolicy {

/// Words of the studio's apply dialog and apply log that the account texts do not have.
class ApplyTexts final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::ApplyTexts)

public:
    /// One line per changed answer: "alice: QUESTION: no → yes"; "" when nothing changes.
    /// `users` indexes `dump` (UserChange::user) and `answers` is the analysis of `dump`.
    static QString answerChanges(const AccountDump &dump, const std::vector<UserAnswers> &answers,
                                 const std::vector<UserChange> &users);
    /// The question of answer `id` (accountAnswerIds()), for a user whose device name is `deviceName`.
    static QString question(const std::string &id, const QString &deviceName);
};

} // namespace mfapolicy
