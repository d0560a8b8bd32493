#include "settingsdialog.h"

#include "settings.h"
#include "ui_settingsdialog.h"

#include <QFontDatabase>

namespace mfapolicy {

namespace {
// The editors' font when none is set: the system's fixed-width one.
QFont defaultEditorFont()
{
    return QFontDatabase::systemFont(QFontDatabase::FixedFont);
}
} // namespace

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Languages are listed in their own names, so a user can find theirs in any language.
    m_ui->languageCombo->addItem(tr("System"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->themeCombo->addItem(QString(), QString());
    m_ui->themeCombo->addItem(QString(), QStringLiteral("light"));
    m_ui->themeCombo->addItem(QString(), QStringLiteral("dark"));
    retranslate();
    const Settings &settings = Settings::instance();
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));
    m_ui->themeCombo->setCurrentIndex(std::max(0, m_ui->themeCombo->findData(settings.theme())));
    m_ui->kindCombo->setCurrentIndex(settings.policyKind());
    m_ui->autosaveSpin->setValue(settings.autosaveSeconds());
    m_ui->restoreCheck->setChecked(settings.restoreOpenFiles());
    QFont font = defaultEditorFont();
    if (!settings.editorFont().isEmpty())
        font.fromString(settings.editorFont());
    showEditorFont(font);
    connect(m_ui->fontDefaultButton, &QPushButton::clicked, this, [this] { showEditorFont(defaultEditorFont()); });
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::retranslate()
{
    m_ui->languageCombo->setItemText(0, tr("System"));
    m_ui->themeCombo->setItemText(0, tr("System"));
    m_ui->themeCombo->setItemText(1, tr("Light"));
    m_ui->themeCombo->setItemText(2, tr("Dark"));
}

void SettingsDialog::showEditorFont(const QFont &font)
{
    m_ui->fontCombo->setCurrentFont(font);
    m_ui->fontSizeSpin->setValue(font.pointSize() > 0 ? font.pointSize() : 10);
}

QFont SettingsDialog::editorFont() const
{
    QFont font = m_ui->fontCombo->currentFont();
    font.setPointSize(m_ui->fontSizeSpin->value());
    return font;
}

void SettingsDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        const int kind = m_ui->kindCombo->currentIndex();
        m_ui->retranslateUi(this);
        m_ui->kindCombo->setCurrentIndex(kind);
        retranslate();
    }
}

void SettingsDialog::accept()
{
    Settings &settings = Settings::instance();
    settings.setPolicyKind(m_ui->kindCombo->currentIndex());
    settings.setAutosaveSeconds(m_ui->autosaveSpin->value());
    settings.setRestoreOpenFiles(m_ui->restoreCheck->isChecked());
    settings.setLanguage(m_ui->languageCombo->currentData().toString());
    settings.setTheme(m_ui->themeCombo->currentData().toString());
    // The default font is stored as none, so the editors keep following the system's.
    const QFont font = editorFont();
    const QFont fallback = defaultEditorFont();
    const bool isDefault = font.family() == fallback.family() && font.pointSize() == fallback.pointSize();
    settings.setEditorFont(isDefault ? QString() : font.toString());
    QDialog::accept();
}

} // namespace mfapolicy
