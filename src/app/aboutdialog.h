#pragma once

#include <QDialog>

class QLabel;

namespace mfapolicy {

/// Help › About: the version, and the versions and licences of what the studio is built on and
/// ships with (Qt, KSyntaxHighlighting, the AWS managed policy data and examples).
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The dialog's text (rich text).
    static QString text();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_label;
};

} // namespace mfapolicy
