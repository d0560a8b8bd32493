#pragma once

#include <functional>

class QAction;
class QMenu;
class QWidget;

namespace mfapolicy {

class AccountWindow;

/// The studio's entries for the live account: File › Import from AWS… and File › AWS Apply Log….
class AwsActions final
{
public:
    /// Adds both to `menu` before `before`; their windows get `window` as parent. The texts
    /// follow the language of `menu`. `imported` is called with each account window an import opens.
    static void addTo(QMenu *menu, QAction *before, QWidget *window,
                      std::function<void(AccountWindow *)> imported = {});
};

} // namespace mfapolicy
