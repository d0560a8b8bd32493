#pragma once

#include <QDialog>
#include <QFont>

#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace mfapolicy {

/// The few settings a user changes: the size quota checked against, autosave, session restore,
/// the interface language, the theme (system, light, dark) and the editors' font.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void accept() override;
    /// The font chosen for the editors (family and size).
    QFont editorFont() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void showEditorFont(const QFont &font);

    std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace mfapolicy
