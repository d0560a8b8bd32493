#include "settings.h"

#include "matrix.h"

#include <QSettings>

namespace mfapolicy {

namespace {
const auto keyGeometry = QStringLiteral("window/geometry");
const auto keyState = QStringLiteral("window/state");
const auto keyLayoutVersion = QStringLiteral("window/layoutVersion");
const auto keyEditorSplitter = QStringLiteral("window/editorSplitter");
const auto keyVerticalSplitter = QStringLiteral("window/verticalSplitter");
const auto keyOpenFiles = QStringLiteral("documents/open");
const auto keyRestoreOpen = QStringLiteral("documents/restoreOpen");
const auto keyRecentFiles = QStringLiteral("documents/recent");
const auto keyRecentPrincipals = QStringLiteral("principals/recent");
const auto keyAutosave = QStringLiteral("documents/autosaveSeconds");
const auto keyAccount = QStringLiteral("identity/account");
const auto keyUser = QStringLiteral("identity/user");
const auto keyPath = QStringLiteral("identity/path");
const auto keyDevice = QStringLiteral("identity/device");
const auto keyOtherUser = QStringLiteral("identity/otherUser");
const auto keyMatrixFilter = QStringLiteral("matrix/filter");
const auto keyPolicyKind = QStringLiteral("check/policyKind");
const auto keyEditorFont = QStringLiteral("editor/font");
const auto keyEditorZoom = QStringLiteral("editor/zoom");
const auto keyWordWrap = QStringLiteral("editor/wordWrap");
const auto keyTheme = QStringLiteral("interface/theme");
const auto keyExportFormat = QStringLiteral("export/lastFormat");
const auto keyLanguage = QStringLiteral("interface/language");
} // namespace

Settings &Settings::instance()
{
    static Settings settings;
    return settings;
}

Settings::Settings() : m_settings(std::make_unique<QSettings>()) { }

Settings::~Settings() = default;

// Layout blobs are only returned when they were written by this layout version.
QByteArray Settings::windowGeometry() const
{
    return m_settings->value(keyGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(keyGeometry, geometry);
}

QByteArray Settings::windowState() const
{
    if (m_settings->value(keyLayoutVersion).toInt() != layoutVersion)
        return {};
    return m_settings->value(keyState).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings->setValue(keyLayoutVersion, layoutVersion);
    m_settings->setValue(keyState, state);
}

QByteArray Settings::editorSplitterState() const
{
    if (m_settings->value(keyLayoutVersion).toInt() != layoutVersion)
        return {};
    return m_settings->value(keyEditorSplitter).toByteArray();
}

void Settings::setEditorSplitterState(const QByteArray &state)
{
    m_settings->setValue(keyEditorSplitter, state);
}

QByteArray Settings::verticalSplitterState() const
{
    if (m_settings->value(keyLayoutVersion).toInt() != layoutVersion)
        return {};
    return m_settings->value(keyVerticalSplitter).toByteArray();
}

void Settings::setVerticalSplitterState(const QByteArray &state)
{
    m_settings->setValue(keyVerticalSplitter, state);
}

QStringList Settings::openFiles() const
{
    return m_settings->value(keyOpenFiles).toStringList();
}

void Settings::setOpenFiles(const QStringList &files)
{
    m_settings->setValue(keyOpenFiles, files);
}

QStringList Settings::recentFiles() const
{
    return m_settings->value(keyRecentFiles).toStringList();
}

void Settings::setRecentFiles(const QStringList &files)
{
    m_settings->setValue(keyRecentFiles, files);
}

QStringList Settings::recentPrincipals() const
{
    return m_settings->value(keyRecentPrincipals).toStringList();
}

void Settings::setRecentPrincipals(const QStringList &files)
{
    m_settings->setValue(keyRecentPrincipals, files);
}

SimulationIdentity Settings::identity() const
{
    SimulationIdentity identity;
    identity.account = m_settings->value(keyAccount, QString::fromStdString(identity.account)).toString().toStdString();
    identity.userName = m_settings->value(keyUser, QString::fromStdString(identity.userName)).toString().toStdString();
    identity.userPath = m_settings->value(keyPath, QString::fromStdString(identity.userPath)).toString().toStdString();
    identity.deviceName
        = m_settings->value(keyDevice, QString::fromStdString(identity.deviceName)).toString().toStdString();
    identity.otherUser
        = m_settings->value(keyOtherUser, QString::fromStdString(identity.otherUser)).toString().toStdString();
    return identity;
}

void Settings::setIdentity(const SimulationIdentity &identity)
{
    m_settings->setValue(keyAccount, QString::fromStdString(identity.account));
    m_settings->setValue(keyUser, QString::fromStdString(identity.userName));
    m_settings->setValue(keyPath, QString::fromStdString(identity.userPath));
    m_settings->setValue(keyDevice, QString::fromStdString(identity.deviceName));
    m_settings->setValue(keyOtherUser, QString::fromStdString(identity.otherUser));
}

int Settings::matrixFilter() const
{
    return m_settings->value(keyMatrixFilter, 0).toInt();
}

void Settings::setMatrixFilter(int filter)
{
    m_settings->setValue(keyMatrixFilter, filter);
}

int Settings::policyKind() const
{
    return m_settings->value(keyPolicyKind, 0).toInt();
}

void Settings::setPolicyKind(int kind)
{
    if (kind == policyKind())
        return;
    m_settings->setValue(keyPolicyKind, kind);
    Q_EMIT policyKindChanged();
}

QString Settings::language() const
{
    return m_settings->value(keyLanguage).toString();
}

void Settings::setLanguage(const QString &language)
{
    if (language == this->language())
        return;
    m_settings->setValue(keyLanguage, language);
    Q_EMIT languageChanged();
}

int Settings::autosaveSeconds() const
{
    return m_settings->value(keyAutosave, 30).toInt();
}

void Settings::setAutosaveSeconds(int seconds)
{
    if (seconds == autosaveSeconds())
        return;
    m_settings->setValue(keyAutosave, seconds);
    Q_EMIT autosaveChanged();
}

bool Settings::restoreOpenFiles() const
{
    return m_settings->value(keyRestoreOpen, true).toBool();
}

void Settings::setRestoreOpenFiles(bool restore)
{
    m_settings->setValue(keyRestoreOpen, restore);
}

QString Settings::editorFont() const
{
    return m_settings->value(keyEditorFont).toString();
}

void Settings::setEditorFont(const QString &font)
{
    if (font == editorFont())
        return;
    m_settings->setValue(keyEditorFont, font);
    Q_EMIT editorFontChanged();
}

int Settings::editorZoom() const
{
    return m_settings->value(keyEditorZoom, 0).toInt();
}

void Settings::setEditorZoom(int points)
{
    if (points == editorZoom())
        return;
    m_settings->setValue(keyEditorZoom, points);
    Q_EMIT editorFontChanged();
}

bool Settings::wordWrap() const
{
    return m_settings->value(keyWordWrap, false).toBool();
}

void Settings::setWordWrap(bool wrap)
{
    if (wrap == wordWrap())
        return;
    m_settings->setValue(keyWordWrap, wrap);
    Q_EMIT editorFontChanged();
}

QString Settings::theme() const
{
    return m_settings->value(keyTheme).toString();
}

void Settings::setTheme(const QString &theme)
{
    if (theme == this->theme())
        return;
    m_settings->setValue(keyTheme, theme);
    Q_EMIT themeChanged();
}

QString Settings::exportFormat() const
{
    return m_settings->value(keyExportFormat).toString();
}

void Settings::setExportFormat(const QString &format)
{
    m_settings->setValue(keyExportFormat, format);
}

} // namespace mfapolicy
