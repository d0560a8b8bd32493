#pragma once

#include "accountstate.h"
#include "studiopalette.h"

#include <QAbstractTableModel>

namespace mfapolicy {

/// The users of an account dump, one row each, with every MFA answer as a symbol and a word. The
/// symbol and colours say whether the answer is good or bad for security, not whether it is yes.
class AccountUserModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        PathColumn,
        GroupsColumn,
        EnrollColumn, ///< can enroll a device with a name of one's own
        SignInWithMfaColumn,
        KeysActColumn,
        KeysEnrollColumn,
        SeesUsersColumn,
        DeactivateColumn,
        ColumnCount
    };
    enum Role {
        UserIndexRole = Qt::UserRole, ///< index into AccountDump::users
        GroupsRole, ///< QStringList
        AnswerRole, ///< answer columns: 1 yes, 0 no, -1 not analysed
        AnalysedRole,
        SortRole,
    };

    explicit AccountUserModel(QObject *parent = nullptr);

    void setState(AccountStatePtr state);
    /// Presentation mode's high-contrast colours instead of the theme's.
    void setHighContrast(bool on);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The answer of one answer column (undefined for the others).
    static bool answer(const UserAnswers &answers, int column);
    /// Whether "yes" to the question of an answer column is good for security (e.g. can enroll
    /// a device) or a risk (e.g. long-term access keys act without MFA).
    static bool yesIsGood(int column);
    /// Good, bad or undetermined (not analysed) for security: what the answer's colours show.
    static StudioPalette::Verdict verdict(const UserAnswers &answers, int column);
    /// The question of an answer column in words, as the command line says it.
    static QString question(int column, const QString &deviceName);

private:
    DecisionStyle style(const UserAnswers &answers, int column) const;

    AccountStatePtr m_state;
    bool m_highContrast = false;
};

} // namespace mfapolicy
