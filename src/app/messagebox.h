#pragma once

#include <QMessageBox>
#include <QString>

namespace mfapolicy {

/// Message boxes behind one seam. In automatic mode (tests, screenshots) nothing is shown:
/// questions get the queued answer (or their default button) and every text is recorded.
class MessageBox final
{
public:
    /// `labels` renames standard buttons ("Discard All" on the Discard button).
    static QMessageBox::StandardButton
    question(QWidget *parent, const QString &title, const QString &text, QMessageBox::StandardButtons buttons,
             QMessageBox::StandardButton defaultButton,
             const QList<std::pair<QMessageBox::StandardButton, QString>> &labels = {});
    static void warning(QWidget *parent, const QString &title, const QString &text);
    static void information(QWidget *parent, const QString &title, const QString &text);

    static void setAutomatic(bool automatic);
    static void setNextAnswer(QMessageBox::StandardButton answer);
    static QString lastText();
    static int shownCount();

private:
    static QMessageBox::StandardButton show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                            const QString &text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton,
                                            const QList<std::pair<QMessageBox::StandardButton, QString>> &labels = {});
};

} // namespace mfapolicy
