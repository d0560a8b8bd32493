#include "messagebox.h"

#include <QAbstractButton>

namespace mfapolicy {

namespace {
struct State {
    bool automatic = false;
    QMessageBox::StandardButton next = QMessageBox::NoButton;
    QString lastText;
    int count = 0;
};

State &state()
{
    static State s;
    return s;
}
} // namespace

QMessageBox::StandardButton MessageBox::show(QWidget *parent, QMessageBox::Icon icon, const QString &title,
                                             const QString &text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton,
                                             const QList<std::pair<QMessageBox::StandardButton, QString>> &labels)
{
    State &s = state();
    s.lastText = text;
    ++s.count;
    if (s.next != QMessageBox::NoButton)
        return std::exchange(s.next, QMessageBox::NoButton);
    if (s.automatic)
        return defaultButton;
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    box.setTextFormat(Qt::PlainText);
    for (const auto &[button, label] : labels) {
        if (QAbstractButton *b = box.button(button))
            b->setText(label);
    }
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget *parent, const QString &title, const QString &text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton,
                                                 const QList<std::pair<QMessageBox::StandardButton, QString>> &labels)
{
    return show(parent, QMessageBox::Question, title, text, buttons, defaultButton, labels);
}

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Warning, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::information(QWidget *parent, const QString &title, const QString &text)
{
    show(parent, QMessageBox::Information, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setAutomatic(bool automatic)
{
    state().automatic = automatic;
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    state().next = answer;
}

QString MessageBox::lastText()
{
    return state().lastText;
}

int MessageBox::shownCount()
{
    return state().count;
}

} // namespace mfapolicy
