#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace mfapolicy {

/// Lays JSON text out again token by token. Strings and numbers stay exactly as written and members
/// keep their order (duplicates too), so only the whitespace between tokens changes.
class JsonLayout final
{
    Q_DECLARE_TR_FUNCTIONS(mfapolicy::JsonLayout)

public:
    enum class Style {
        Indented, ///< the AWS console's layout: four spaces, one member or element a line
        OneLine, ///< no whitespace between tokens
    };

    /// The laid-out text; nothing (and `error` set) when the text is not strict JSON, since
    /// re-indenting broken text would move the mistake somewhere harder to find.
    static std::optional<QString> apply(const QString &text, Style style, QString *error);
    /// Where the character at `position` of `from` ended up in `to` (both the same tokens).
    static int mapPosition(const QString &from, const QString &to, int position);
};

} // namespace mfapolicy
