#pragma once

#include <QString>

namespace mfapolicy {

/// The start of a standalone HTML page of the exports: doctype, the language of the
/// translation, `title` escaped, the shared table style plus `extraStyle` (CSS rules), and the
/// title again as the heading. The page ends with htmlDocumentEnd().
QString htmlDocumentStart(const QString &title, const QString &extraStyle = {});
QString htmlDocumentEnd();

} // namespace mfapolicy
