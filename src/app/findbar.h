#pragma once

#include <QWidget>

#include <memory>

namespace Ui {
class FindBar;
}

namespace mfapolicy {

class PolicyEditor;

/// Find, replace and go-to-line for one editor, shown below it.
class FindBar final : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(PolicyEditor *editor, QWidget *parent = nullptr);
    ~FindBar() override;

    void showFind();
    void showReplace();
    void showGoToLine();

    bool findNext(bool backward = false);
    int replaceAll();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void setMode(int rows);
    void updateMatches();
    void replaceCurrent();
    void closeBar();

    std::unique_ptr<Ui::FindBar> m_ui;
    PolicyEditor *m_editor;
};

} // namespace mfapolicy
