#include "settingsdialog.h"

#include "settings.h"
#include "ui_settingsdialog.h"

namespace mfapolicy {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    const Settings &settings = Settings::instance();
    m_ui->kindCombo->setCurrentIndex(settings.policyKind());
    m_ui->autosaveSpin->setValue(settings.autosaveSeconds());
    m_ui->restoreCheck->setChecked(settings.restoreOpenFiles());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::accept()
{
    Settings &settings = Settings::instance();
    settings.setPolicyKind(m_ui->kindCombo->currentIndex());
    settings.setAutosaveSeconds(m_ui->autosaveSpin->value());
    settings.setRestoreOpenFiles(m_ui->restoreCheck->isChecked());
    QDialog::accept();
}

} // namespace mfapolicy
