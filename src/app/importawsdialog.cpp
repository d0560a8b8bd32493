#include "importawsdialog.h"

#include "accountfetch.h"
#include "accountwindow.h"
#include "awsaccountlink.h"
#include "awstexts.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace mfapolicy {

namespace {
// The combo's entry for the CLI's own default (no --profile): its data is "".
constexpr int ProfileRole = Qt::UserRole;
} // namespace

ImportAwsDialog::ImportAwsDialog(QWidget *parent, const AwsCli &base)
    : QDialog(parent)
    , m_base(base)
    , m_fetch(std::make_unique<AccountFetch>())
    , m_profiles(std::make_unique<AwsProcess>())
    , m_intro(new QLabel(this))
    , m_profileLabel(new QLabel(this))
    , m_profile(new QComboBox(this))
    , m_regionLabel(new QLabel(this))
    , m_region(new QLineEdit(base.region, this))
    , m_endpointLabel(new QLabel(this))
    , m_endpoint(new QLineEdit(base.endpointUrl, this))
    , m_profileNote(new QLabel(this))
    , m_progressLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole))
{
    setObjectName(QStringLiteral("importAwsDialog"));
    m_intro->setWordWrap(true);
    m_profile->setObjectName(QStringLiteral("profileCombo"));
    m_profile->setEditable(true);
    m_profile->setInsertPolicy(QComboBox::NoInsert);
    m_profile->addItem(QStringLiteral("default"), QString());
    if (!base.profile.isEmpty())
        m_profile->setEditText(base.profile);
    m_region->setObjectName(QStringLiteral("regionEdit"));
    m_endpoint->setObjectName(QStringLiteral("endpointEdit"));
    m_profileNote->setWordWrap(true);
    m_profileNote->hide();
    m_progress->setRange(0, 0);
    m_progressLabel->hide();
    m_progress->hide();
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setDefault(true);

    auto *form = new QFormLayout;
    form->addRow(m_profileLabel, m_profile);
    form->addRow(QString(), m_profileNote);
    form->addRow(m_regionLabel, m_region);
    form->addRow(m_endpointLabel, m_endpoint);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_import, &QPushButton::clicked, this, &ImportAwsDialog::startFetch);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportAwsDialog::reject);
    connect(m_fetch.get(), &AccountFetch::bytesReceived, this, [this](qint64 total) {
        m_received = total;
        retranslate();
    });
    connect(m_fetch.get(), &AccountFetch::finished, this, &ImportAwsDialog::onFetched);
    connect(m_profiles.get(), &AwsProcess::finished, this, [this] {
        const ProfilesResult result = profilesResultOf(m_profiles->result());
        m_profilesUnsupported = result.unsupported;
        const QString typed = m_profile->currentText();
        for (const QString &name : result.profiles) {
            if (name != QLatin1String("default"))
                m_profile->addItem(name, name);
        }
        m_profile->setEditText(typed);
        // A CLI that cannot list (AWS CLI 1): the name can still be typed. No CLI at all: said
        // at once, and again when the fetch is tried.
        m_profileNote->setVisible(result.unsupported);
        if (result.error.kind == AwsError::Kind::NotInstalled)
            showMessage(AwsTexts::error(result.error));
        Q_EMIT profilesListed();
    });
    retranslate();
    resize(520, sizeHint().height());
    listProfiles();
}

ImportAwsDialog::~ImportAwsDialog() = default;

void ImportAwsDialog::listProfiles()
{
    AwsCli cli = m_base;
    const QStringList command = profilesCommand(&cli);
    m_profiles->start(cli, command);
}

AwsCli ImportAwsDialog::cli() const
{
    AwsCli cli = m_base;
    const QString typed = m_profile->currentText().trimmed();
    const int index = m_profile->findText(typed);
    // "default" means the CLI's own choice (AWS_PROFILE, then the default profile, then the
    // environment's credentials): no --profile.
    cli.profile = index >= 0 ? m_profile->itemData(index, ProfileRole).toString() : typed;
    cli.region = m_region->text().trimmed();
    cli.endpointUrl = m_endpoint->text().trimmed();
    return cli;
}

void ImportAwsDialog::startFetch()
{
    if (isFetching())
        return;
    m_message->hide();
    m_message->clear();
    m_received = 0;
    setFetching(true);
    m_fetch->start(cli());
}

bool ImportAwsDialog::isFetching() const
{
    return m_fetch->isRunning();
}

QString ImportAwsDialog::message() const
{
    return m_message->text();
}

void ImportAwsDialog::setFetching(bool fetching)
{
    for (QWidget *field : {static_cast<QWidget *>(m_profile), static_cast<QWidget *>(m_region),
                           static_cast<QWidget *>(m_endpoint), static_cast<QWidget *>(m_import)})
        field->setEnabled(!fetching);
    m_progressLabel->setVisible(fetching);
    m_progress->setVisible(fetching);
    retranslate();
}

void ImportAwsDialog::onFetched()
{
    setFetching(false);
    const FetchResult &result = m_fetch->result();
    if (result.error.kind == AwsError::Kind::Canceled) {
        showMessage(tr("Canceled: nothing was fetched."));
        return;
    }
    if (!result.ok()) {
        showMessage(AwsTexts::errorWithDetails(result.error));
        Q_EMIT failed();
        return;
    }
    AccountWindow *window = AwsAccountLink::openFetched(parentWidget(), result.json, cli(), m_logPath);
    if (!window) {
        Q_EMIT failed();
        return;
    }
    Q_EMIT imported(window);
    accept();
}

void ImportAwsDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->show();
}

void ImportAwsDialog::reject()
{
    // Cancel while fetching ends the child and keeps the dialog; otherwise it closes.
    if (isFetching()) {
        m_fetch->cancel();
        return;
    }
    QDialog::reject();
}

void ImportAwsDialog::retranslate()
{
    setWindowTitle(tr("Import from AWS"));
    m_intro->setText(tr("Reads every user, group and policy of the account through your AWS CLI "
                        "(aws iam get-account-authorization-details). The CLI uses its own credentials and "
                        "sign-in; the identity needs the permission iam:GetAccountAuthorizationDetails. "
                        "Nothing is changed."));
    m_profileLabel->setText(tr("&Profile:"));
    m_profileLabel->setBuddy(m_profile);
    m_profile->setToolTip(tr("A profile of the AWS CLI; \"default\" lets the CLI choose as it does on its own"));
    m_regionLabel->setText(tr("&Region:"));
    m_regionLabel->setBuddy(m_region);
    m_region->setPlaceholderText(tr("the profile's region"));
    m_endpointLabel->setText(tr("&Endpoint URL:"));
    m_endpointLabel->setBuddy(m_endpoint);
    m_endpoint->setPlaceholderText(tr("optional, for a private endpoint or an emulator"));
    m_profileNote->setText(tr("This AWS CLI cannot list its profiles (AWS CLI 2 can); type the profile's name."));
    m_import->setText(tr("&Import"));
    m_progressLabel->setText(m_received > 0 ? tr("Receiving the account: %1 KB…").arg(m_received / 1024)
                                            : tr("Waiting for the AWS CLI; large accounts take a while…"));
}

void ImportAwsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace mfapolicy
