#pragma once

#include <QString>

namespace mfapolicy {

/// `text` as literal Markdown (CommonMark and GitHub tables): backslash, backtick, `*`, `_`,
/// brackets, angle brackets, `~` and `|` are escaped, so that an ARN with wildcards
/// (`arn:aws:iam::*:mfa/*`) is not read as emphasis and a `|` does not end a table cell.
QString markdownEscaped(const QString &text);

} // namespace mfapolicy
