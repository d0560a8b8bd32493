#pragma once

#include <QString>

namespace mfapolicy {

/// The start of a standalone HTML page every export shares, up to and including its `<h1>`: the
/// language of the current translation, UTF-8, the tables' common style plus `extraStyle`, and
/// `title` escaped in `<title>` and `<h1>`.
QString htmlPageStart(const QString &title, const QString &extraStyle = {});
/// The end of that page.
QString htmlPageEnd();

} // namespace mfapolicy
