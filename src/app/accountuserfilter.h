#pragma once

#include <QSortFilterProxyModel>

namespace mfapolicy {

/// Filters the account's users by free text (name, path, group), by an answer and by group.
class AccountUserFilter final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Answer {
        AnyAnswer,
        CannotEnrollAnyName,
        MfaSignInNotRequired,
        KeysActWithoutMfa,
        KeysCanEnroll,
        SeesAllUsers,
        CanDeactivateWithoutMfa,
        NotAnalysed,
        AnswerCount
    };

    explicit AccountUserFilter(QObject *parent = nullptr);

    static QString answerName(Answer answer);

    void setText(const QString &text);
    void setAnswer(Answer answer);
    /// Empty: every group.
    void setGroup(const QString &group);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_text;
    Answer m_answer = AnyAnswer;
    QString m_group;
};

} // namespace mfapolicy
