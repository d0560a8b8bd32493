// Texts: finding titles and explanations by rule id, quick fixes, migration changes.
#include "texts.h"

#include <cstring>

namespace mfapolicy {

namespace {

// %1, %2... are the finding's args in the order the rule gives them.
struct IdText {
    const char *id;
    const char *title;
    const char *explanation;
};

constexpr IdText ruleTexts[] = {
    // Syntax and structure (the parser's diagnostics).
    {"JSON_SYNTAX_ERROR", QT_TRANSLATE_NOOP("mfapolicy::Texts", "JSON syntax error: expected %1, found %2"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The text is not valid JSON here, so IAM cannot read the policy.")},
    {"JSON_COMMENT", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Comments are not allowed in a policy"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "JSON has no comments; IAM rejects the policy. Remove the comment or move it into a Sid.")},
    {"JSON_TRAILING_COMMA", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Trailing comma"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "JSON does not allow a comma before ] or }; IAM rejects the policy.")},
    {"JSON_DUPLICATE_KEY", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Duplicate key \"%1\" (first at line %2, column %3)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Keys may not repeat inside one element; IAM rejects the policy instead of picking one.")},
    {"JSON_NESTING_TOO_DEEP", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Nesting deeper than %1 levels"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The document nests too deeply to be a policy; the rest is not read.")},
    {"UNSUPPORTED_CHARACTER",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Character %1 is not allowed in a policy (%2 found)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Policy documents may contain only tab, line feed, carriage return and the characters "
                       "U+0020 to U+00FF.")},
    {"INVALID_ELEMENT_TYPE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 must be %2, not %3"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "IAM rejects an element of the wrong JSON type.")},
    {"INVALID_POLICY_ELEMENT", QT_TRANSLATE_NOOP("mfapolicy::Texts", "\"%1\" is not a %2 element"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "IAM rejects unknown elements. Check the spelling and the case.")},
    {"INVALID_STATEMENT_TYPE",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Statement must be an object or an array of objects, not %1"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Each statement is a JSON object with Effect, Action and Resource.")},
    {"INVALID_VERSION", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Invalid Version \"%1\""),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Version must be \"2012-10-17\" (or the legacy \"2008-10-17\").")},
    {"MISSING_VERSION", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Missing Version"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Without \"Version\": \"2012-10-17\" policy variables such as ${aws:username} are plain text "
                       "and match nothing.")},
    {"MISSING_STATEMENT", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Missing Statement"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "A policy needs a Statement element.")},
    {"UNSUPPORTED_ID", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Identity policies do not support the Id element"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The policy grammar excludes Id from identity-based policies.")},
    {"UNSUPPORTED_PRINCIPAL", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Identity policies do not support %1"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "An identity-based policy applies to the identity it is attached to; it must not name a "
                       "principal.")},
    {"INVALID_EFFECT", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Invalid Effect \"%1\""),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Effect must be \"Allow\" or \"Deny\" (case-sensitive).")},
    {"MISSING_EFFECT", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Statement without Effect"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Every statement needs \"Effect\": \"Allow\" or \"Deny\".")},
    {"MISSING_ACTION", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Statement without Action or NotAction"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Every statement needs an Action or a NotAction element.")},
    {"MISSING_RESOURCE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Statement without Resource or NotResource"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Every statement of an identity policy needs a Resource or NotResource.")},
    {"ACTION_AND_NOTACTION", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 and %2 in the same statement"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "A statement has either Action or NotAction, never both.")},
    {"RESOURCE_AND_NOTRESOURCE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 and %2 in the same statement"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "A statement has either Resource or NotResource, never both.")},
    {"EMPTY_ARRAY", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Empty array in %1"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "An empty list matches nothing; remove it or add values.")},
};

// What the JSON reader expected at a syntax error.
constexpr IdText expectedTexts[] = {
    {"colon", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a colon"), nullptr},
    {"comma-or-array-end", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a comma or ]"), nullptr},
    {"comma-or-object-end", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a comma or }"), nullptr},
    {"comment-end", QT_TRANSLATE_NOOP("mfapolicy::Texts", "the end of the comment"), nullptr},
    {"digit", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a digit"), nullptr},
    {"end-of-input", QT_TRANSLATE_NOOP("mfapolicy::Texts", "the end of the document"), nullptr},
    {"escape", QT_TRANSLATE_NOOP("mfapolicy::Texts", "an escape sequence"), nullptr},
    {"hex-digit", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a hexadecimal digit"), nullptr},
    {"member-name", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a member name in double quotes"), nullptr},
    {"member-or-object-end", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a member name or }"), nullptr},
    {"string-character", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a string character"), nullptr},
    {"string-end", QT_TRANSLATE_NOOP("mfapolicy::Texts", "the closing quote"), nullptr},
    {"surrogate-pair", QT_TRANSLATE_NOOP("mfapolicy::Texts", "the second half of a surrogate pair"), nullptr},
    {"value", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a value"), nullptr},
    {"value-or-array-end", QT_TRANSLATE_NOOP("mfapolicy::Texts", "a value or ]"), nullptr},
};

constexpr IdText fixTexts[] = {
    {"placeholder-never-matches", nullptr, nullptr},
};

constexpr IdText migrationTexts[] = {
    {"placeholder-never-matches", nullptr, nullptr},
};

template<std::size_t N> const IdText *findText(const IdText (&table)[N], const std::string &id)
{
    for (const IdText &entry : table) {
        if (entry.title && id == entry.id)
            return &entry;
    }
    return nullptr;
}

QString translated(const char *text)
{
    return QCoreApplication::translate("mfapolicy::Texts", text);
}

std::vector<std::string> displayArgs(const std::string &ruleId, std::vector<std::string> args)
{
    if (ruleId == "JSON_SYNTAX_ERROR") {
        if (!args.empty()) {
            if (const IdText *expected = findText(expectedTexts, args[0]))
                args[0] = translated(expected->title).toStdString();
        }
        if (args.size() < 2 || args[1].empty())
            args.resize(2), args[1] = Texts::tr("the end of the text").toStdString();
    } else if (ruleId == "INVALID_POLICY_ELEMENT" && args.size() > 1) {
        args[1] = (args[1] == "policy" ? Texts::tr("policy") : Texts::tr("statement")).toStdString();
    }
    return args;
}

} // namespace

QString Texts::findingTitle(const std::string &ruleId, const std::vector<std::string> &args)
{
    const IdText *entry = findText(ruleTexts, ruleId);
    if (!entry)
        return QString::fromStdString(ruleId);
    QString title = fill(translated(entry->title), displayArgs(ruleId, args));
    if (ruleId == "INVALID_POLICY_ELEMENT" && args.size() > 2 && !args[2].empty())
        title += tr(" (did you mean \"%1\"?)").arg(QString::fromStdString(args[2]));
    return title;
}

QString Texts::findingExplanation(const std::string &ruleId, const std::vector<std::string> &args)
{
    const IdText *entry = findText(ruleTexts, ruleId);
    if (!entry || !entry->explanation)
        return QString::fromStdString(ruleId);
    return fill(translated(entry->explanation), displayArgs(ruleId, args));
}

QString Texts::quickFixTitle(const std::string &fixId, const std::vector<std::string> &args)
{
    const IdText *entry = findText(fixTexts, fixId);
    return entry ? fill(translated(entry->title), args) : QString::fromStdString(fixId);
}

QString Texts::migrationTitle(const std::string &changeId, const std::vector<std::string> &args)
{
    const IdText *entry = findText(migrationTexts, changeId);
    return entry ? fill(translated(entry->title), args) : QString::fromStdString(changeId);
}

QString Texts::migrationRationale(const std::string &changeId, const std::vector<std::string> &args)
{
    const IdText *entry = findText(migrationTexts, changeId);
    return entry && entry->explanation ? fill(translated(entry->explanation), args) : QString::fromStdString(changeId);
}

} // namespace mfapolicy
