#include "settingsdialog.h"

#include "settings.h"
#include "ui_settingsdialog.h"

namespace mfapolicy {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Languages are listed in their own names, so a user can find theirs in any language.
    m_ui->languageCombo->addItem(tr("System"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const Settings &settings = Settings::instance();
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));
    m_ui->kindCombo->setCurrentIndex(settings.policyKind());
    m_ui->autosaveSpin->setValue(settings.autosaveSeconds());
    m_ui->restoreCheck->setChecked(settings.restoreOpenFiles());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        const int kind = m_ui->kindCombo->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->kindCombo->setCurrentIndex(kind);
        m_ui->languageCombo->setItemText(0, tr("System"));
    }
}

void SettingsDialog::accept()
{
    Settings &settings = Settings::instance();
    settings.setPolicyKind(m_ui->kindCombo->currentIndex());
    settings.setAutosaveSeconds(m_ui->autosaveSpin->value());
    settings.setRestoreOpenFiles(m_ui->restoreCheck->isChecked());
    settings.setLanguage(m_ui->languageCombo->currentData().toString());
    QDialog::accept();
}

} // namespace mfapolicy
