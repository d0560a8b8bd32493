#pragma once

#include <QDialog>

class QTextBrowser;

namespace mfapolicy {

/// The offline manual, in the interface language: the matrix's columns and cells and the
/// workflows. Follows a language change while open.
class HelpWindow final : public QDialog
{
    Q_OBJECT
public:
    explicit HelpWindow(QWidget *parent = nullptr);

    /// Shows a section by its anchor ("columns", "cells", "migrate", ...); empty for the top.
    void showTopic(const QString &topic);
    QTextBrowser *browser() const { return m_browser; }
    /// The resource the current language reads from.
    static QString source();

protected:
    void changeEvent(QEvent *event) override;

private:
    void load();

    QTextBrowser *m_browser;
    QString m_topic;
};

} // namespace mfapolicy
