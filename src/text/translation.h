#pragma once

#include <QString>

namespace mfapolicy {

/// The language asked for by the environment (LC_ALL, then LC_MESSAGES, then LANGUAGE and LANG),
/// reduced to its two-letter code, e.g. "ja"; "en" when nothing is set.
QString languageFromEnvironment();

/// Loads the translation `mfa-policy-studio_<language>.qm` from the resources (":/i18n"), or else
/// from a `translations` folder next to the executable or in its share directory, and installs
/// it on the application. English is the source language; its file only adds plural forms. Returns
/// true when the texts are now in `language`; false (and English texts) when no translation exists.
/// Call again to switch: the previous translation is removed first.
bool installTranslator(const QString &language);

} // namespace mfapolicy
