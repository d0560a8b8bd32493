#pragma once

#include "awscli.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace mfapolicy {

class AccountFetch;
class AccountWindow;

/// File › Import from AWS…: the profile (from the AWS CLI's own list), region and endpoint, then
/// `aws iam get-account-authorization-details` as a child process with progress and Cancel;
/// the account opens in an account window that can apply its fix. The CLI finds the credentials
/// itself: nothing secret is asked, read or kept here.
class ImportAwsDialog final : public QDialog
{
    Q_OBJECT

public:
    /// `base` supplies the program and the child's environment (tests isolate it); its profile,
    /// region and endpoint fill the fields.
    explicit ImportAwsDialog(QWidget *parent = nullptr, const AwsCli &base = {});
    ~ImportAwsDialog() override;

    /// The apply log the opened account window uses ("" for the default one).
    void setLogPath(const QString &path) { m_logPath = path; }
    /// The CLI the fields describe.
    AwsCli cli() const;
    /// Starts the fetch (the Import button).
    void startFetch();
    bool isFetching() const;
    /// What the last failure said ("" when none).
    QString message() const;
    /// Cancel, Escape and the close button: while the fetch runs, ends the child and stays
    /// open; otherwise closes.
    void reject() override;

Q_SIGNALS:
    /// The profile list arrived (or could not be read).
    void profilesListed();
    /// The fetched account opened in `window`; the dialog then closes.
    void imported(mfapolicy::AccountWindow *window);
    /// The fetch failed; message() says why.
    void failed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void listProfiles();
    void onFetched();
    void showMessage(const QString &text);
    void setFetching(bool fetching);

    AwsCli m_base;
    QString m_logPath;
    std::unique_ptr<AccountFetch> m_fetch;
    std::unique_ptr<AwsProcess> m_profiles;
    QLabel *m_intro;
    QLabel *m_profileLabel;
    QComboBox *m_profile;
    QLabel *m_regionLabel;
    QLineEdit *m_region;
    QLabel *m_endpointLabel;
    QLineEdit *m_endpoint;
    QLabel *m_profileNote;
    QLabel *m_progressLabel;
    QProgressBar *m_progress;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPushButton *m_import;
    qint64 m_received = 0;
    bool m_profilesUnsupported = false;
};

} // namespace mfapolicy
