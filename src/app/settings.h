#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>

class QSettings;

namespace mfapolicy {

struct SimulationIdentity;

/// The studio's persistent settings: one typed accessor per key, so keys and defaults live in
/// one place. Emits a signal when a setting that other windows react to changes.
class Settings final : public QObject
{
    Q_OBJECT
public:
    static Settings &instance();

    /// Window layout is saved with this version; older layouts are ignored, not misapplied.
    static constexpr int layoutVersion = 1;

    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);
    QByteArray editorSplitterState() const;
    void setEditorSplitterState(const QByteArray &state);
    QByteArray verticalSplitterState() const;
    void setVerticalSplitterState(const QByteArray &state);

    QStringList openFiles() const;
    void setOpenFiles(const QStringList &files);
    QStringList recentFiles() const;
    void setRecentFiles(const QStringList &files);
    QStringList recentPrincipals() const;
    void setRecentPrincipals(const QStringList &files);

    SimulationIdentity identity() const;
    void setIdentity(const SimulationIdentity &identity);

    int matrixFilter() const;
    void setMatrixFilter(int filter);
    int policyKind() const; ///< index into PolicyKind
    void setPolicyKind(int kind);
    int autosaveSeconds() const;
    void setAutosaveSeconds(int seconds);
    bool restoreOpenFiles() const;
    void setRestoreOpenFiles(bool restore);
    /// Interface language: "ja", "en", or empty to follow the system.
    QString language() const;
    void setLanguage(const QString &language);
    QString editorFont() const; ///< QFont::toString(), empty for the system fixed font
    void setEditorFont(const QString &font);
    /// Points added to the editor font's size (Ctrl+Plus/Minus, Ctrl+wheel); 0 is the font as set.
    int editorZoom() const;
    void setEditorZoom(int points);
    bool wordWrap() const;
    void setWordWrap(bool wrap);
    /// Colour scheme: "light", "dark", or empty to follow the system.
    QString theme() const;
    void setTheme(const QString &theme);
    /// The export dialog's last format (its id, e.g. "matrix-png"), empty when never used.
    QString exportFormat() const;
    void setExportFormat(const QString &format);

Q_SIGNALS:
    void editorFontChanged(); ///< also when the zoom or word wrap changes
    void themeChanged();
    void policyKindChanged();
    void autosaveChanged();
    void languageChanged();

private:
    Settings();
    ~Settings() override;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace mfapolicy
