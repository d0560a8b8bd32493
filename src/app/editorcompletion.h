#pragma once

#include <QObject>
#include <QStringList>

#include <functional>

class QCompleter;
class QPlainTextEdit;
class QStringListModel;

namespace mfapolicy {

/// Completion in the policy editor: action names inside Action and NotAction strings from the
/// action catalogue, other string values from a source the editor's owner gives.
class EditorCompletion final : public QObject
{
    Q_OBJECT
public:
    /// For a cursor position, the candidates that replace the typed prefix, or none when
    /// completion does not apply there.
    using Source = std::function<QStringList(int position, const QString &prefix)>;

    explicit EditorCompletion(QPlainTextEdit *editor);

    void setSource(Source source) { m_source = std::move(source); }
    QCompleter *completer() const { return m_completer; }
    bool isPopupVisible() const;
    void hidePopup();
    /// Offers the candidates at the cursor; `force` (Ctrl+Space) also where nothing is typed yet.
    void update(bool force);

private:
    void insert(const QString &completion);

    QPlainTextEdit *m_editor;
    Source m_source;
    QCompleter *m_completer;
    QStringListModel *m_model;
    QString m_prefix;
};

} // namespace mfapolicy
