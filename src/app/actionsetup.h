#pragma once

namespace Ui {
class MainWindow;
}

namespace mfapolicy {

/// The keyboard shortcuts and icons of the studio window's actions: the platform's standard keys
/// where there are some, themed icons where the desktop has them.
class ActionSetup final
{
public:
    static void apply(Ui::MainWindow &ui);
};

} // namespace mfapolicy
