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
    {"INTERNAL_ERROR", QT_TRANSLATE_NOOP("mfapolicy::Texts", "The policy could not be read: internal error (%1)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Reading the document failed for a reason that is neither its syntax nor its size; this is a "
                       "defect of this program. Nothing of the document was checked or evaluated.")},
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
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "IAM rejects the policy (MalformedPolicyDocument), and a statement with an empty list is not "
                       "evaluated; remove the element or add values.")},
    {"VARIABLE_UNSUPPORTED_IN_VERSION",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Policy variable %1 needs \"Version\": \"2012-10-17\""),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "With another Version, or none, the variable is plain text and matches nothing.")},
    {"VARIABLE_UNSUPPORTED_IN_ELEMENT",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Policy variables are not supported in %2 (%1)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Variables work only in Resource, NotResource and condition values.")},
    {"VARIABLE_OUTSIDE_RESOURCE_PART",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Policy variable %3 in the %2 part of an ARN"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "IAM substitutes variables in an ARN only in the resource part, after the fifth colon. Here "
                       "the variable stays as written, so this entry matches no resource.")},
    {"MISSING_BRACE_IN_VARIABLE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Policy variable without its closing brace"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Write a variable as ${key}; without the closing brace IAM rejects the policy.")},
    {"EMPTY_VARIABLE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Empty policy variable ${}"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "A variable names a request key, as in ${aws:username}.")},
    {"UNSUPPORTED_SPACE_IN_VARIABLE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Space inside a policy variable"),
     QT_TRANSLATE_NOOP(
         "mfapolicy::Texts",
         "Variable names have no spaces; only the default value form ${key, 'default'} has one after the comma.")},
    {"INVALID_VARIABLE_DEFAULT", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Malformed default value in a policy variable"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Write a default as ${key, 'default'}: a comma, one space and the value in single quotes.")},
    {"INVALID_ACTION", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Unknown action %1"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "IAM rejects actions that do not exist. Check the spelling of the action name.")},
    {"INVALID_ACTION_FORMAT", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Action %1 is not service:ActionName"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "An action has a service prefix, a colon and the action name, e.g. iam:GetUser.")},
    {"MISSING_ARN_FIELD", QT_TRANSLATE_NOOP("mfapolicy::Texts", "ARN %1 has too few fields"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "An ARN has six colon-separated fields: arn:partition:service:region:account:resource.")},
    {"INVALID_ARN_PREFIX", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 does not start with arn:"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "A Resource is an ARN or \"*\".")},
    {"INVALID_ARN_CASE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "ARN %1 must be lower case here: %2"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Partition and service are case-sensitive in ARNs.")},
    {"INVALID_PARTITION", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Unknown partition %1"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The partition is aws, aws-cn, aws-us-gov or another AWS partition.")},
    {"INVALID_ARN_SERVICE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Invalid service %1 in the ARN"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The service field of an ARN cannot be empty or contain a wildcard.")},
    {"INVALID_ARN_ACCOUNT", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Invalid account %1 in the ARN"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The account is 12 digits, a wildcard, or empty where the resource has no account.")},
    {"WILDCARD_IN_RESOURCE_TYPE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Wildcard in the resource type %2 of %1"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "IAM does not allow a wildcard in the resource type part of an ARN (user, mfa, ...).")},
    {"INVALID_CONDITION_OPERATOR", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Unknown condition operator %1"),
     QT_TRANSLATE_NOOP(
         "mfapolicy::Texts",
         "IAM rejects the policy; operator names are case-sensitive. Until fixed, the condition never matches.")},
    {"NULL_WITH_IF_EXISTS", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 does not exist: Null has no IfExists form"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "IAM rejects NullIfExists; use Null.")},
    {"TYPE_MISMATCH_BOOLEAN", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 is a Boolean key, but the value is %2"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Bool compares against \"true\" or \"false\"; any other value never matches.")},
    {"INVALID_CONDITION_VALUE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 cannot read the value %2 of %3"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The value is not a number, date, IP address or base64 text as the operator needs. AWS does "
                       "not document what such a condition does, so the statement is not evaluated: in a Deny it "
                       "leaves the answer undecided instead of switching the Deny off.")},
    {"VARIABLE_IN_BOOLEAN_VALUE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Policy variable in the Bool value of %1 (%2)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Variables are not substituted in Bool conditions; the value is compared as written.")},
    {"DUPLICATE_SID", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Sid %1 is used twice (first in Statement[%2])"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Sids must be unique within a policy.")},
    {"INVALID_SID", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Sid %1 may contain only letters and digits"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "IAM accepts only A-Z, a-z and 0-9 in a Sid.")},
    {"POLICY_SIZE_EXCEEDS_QUOTA",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Policy size %1 exceeds the %3 quota of %2 characters"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "IAM counts every character except whitespace; a larger policy cannot be saved.")},
    {"REDUNDANT_ACTION", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 is already covered by %2"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The entry adds nothing; removing it keeps the policy shorter.")},
    {"STALE_MFA_DEVICE_RESOURCE",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Only a device named like the user can be created; \"%1\" is refused"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Since November 2022 users name their MFA devices. A CreateVirtualMFADevice resource of "
                       "mfa/${aws:username} refuses every other name, so enrollment fails with \"not authorized to "
                       "perform iam:CreateVirtualMFADevice\". The current AWS examples use mfa/*.")},
    {"DEVICE_NAME_PINNED",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Only one literal device name can be created; \"%1\" is refused"),
     QT_TRANSLATE_NOOP(
         "mfapolicy::Texts",
         "The CreateVirtualMFADevice resource names one device, so users cannot choose their device names.")},
    {"MFA_GUARD_BOOL_NOT_IF_EXISTS",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The MFA Deny uses %1, so long-term access keys are not denied"),
     QT_TRANSLATE_NOOP(
         "mfapolicy::Texts",
         "Requests signed with long-term access keys have no aws:MultiFactorAuthPresent key. Bool does not match a "
         "missing key, so the Deny skips them and %2 stays open. AWS recommends BoolIfExists.")},
    {"ALLOW_BOOL_IF_EXISTS_MFA",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The Allow uses %1, so long-term access keys pass without MFA"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "BoolIfExists also matches when the key is missing, which is the case for long-term access "
                       "keys: %2 is allowed for them without MFA. Use Bool to require an MFA session.")},
    {"NULL_FOR_MFA",
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Null on aws:MultiFactorAuthPresent tells only whether temporary credentials are used"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The key is present for every temporary credential, with MFA or without; Null does not say "
                       "whether MFA was used. AWS advises against it.")},
    {"ENROLLMENT_ACTION_DENIED",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Users without MFA cannot call %1, which enrollment needs"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "A user who has no MFA device yet must be able to call this action without MFA, or they can "
                       "never set MFA up.")},
    {"CONSOLE_PAGE_ACTION_DENIED",
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Users without MFA cannot call %1; the Security credentials page shows little"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The console reads the user with GetUser to fill the Security credentials page.")},
    {"LIST_USERS_BEFORE_MFA", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Every user name is visible before MFA (%1)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Since 2019 the Security credentials page does not need iam:ListUsers. Allowing it without MFA "
                       "shows all user names, often e-mail addresses, to anyone who has only a password.")},
    {"DEACTIVATE_WITHOUT_MFA", QT_TRANSLATE_NOOP("mfapolicy::Texts", "MFA devices can be deactivated without MFA (%2)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Someone with only the password (or an access key) could remove the user's MFA. The AWS "
                       "examples require an MFA session for DeactivateMFADevice.")},
    {"DELETE_DEVICE_EXEMPTED", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 is exempted from the MFA Deny"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "AWS warns not to exempt DeleteVirtualMFADevice: without MFA a user could delete devices. An "
                       "administrator should clean up abandoned devices instead.")},
    {"DELETE_ANY_DEVICE", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 is allowed on other users' devices"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The resource covers every device of the account, not only the user's own.")},
    {"ACCESS_KEY_CAN_ENROLL",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Long-term access keys can enroll an MFA device (%1, %2)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Whoever holds the user's access keys could register their own MFA device for the user.")},
    {"GET_SESSION_TOKEN_IN_POLICY", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 in %2 has no effect"),
     QT_TRANSLATE_NOOP(
         "mfapolicy::Texts",
         "Policies cannot control sts:GetSessionToken; it is always allowed. The entry is harmless but misleading.")},
    {"USER_PATH_NOT_MATCHED", QT_TRANSLATE_NOOP("mfapolicy::Texts", "%1 does not work for users with a path (%2)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "A user with a path has the ARN user/PATH/NAME, but ${aws:username} is only NAME, so "
                       "user/${aws:username} does not match.")},
    {"MFA_NOT_ENFORCED", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Nothing requires MFA for %1"),
     QT_TRANSLATE_NOOP(
         "mfapolicy::Texts",
         "Without a Deny that depends on aws:MultiFactorAuthPresent, a password alone (or an access key) is enough.")},
    {"FIRST_SIGN_IN_PASSWORD_BLOCKED",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Users who must change their password at first sign-in are blocked (%1)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The Deny does not exempt iam:ChangePassword, so a user with an expired password cannot sign in "
                       "before an administrator helps. AWS documents this trade-off and advises not to exempt it.")},
    {"MFA_RULES_UNDETERMINED", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Some MFA checks cannot be decided (%1 of them)"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "A statement that cannot be evaluated (for example a Deny with an invalid Effect) might apply "
                       "to the requests these checks ask about. Rather than guess, they report nothing: fix the "
                       "errors of the policy and check again.")},
    {"ENROLLMENT_BLOCKED_BY_BOUNDARY",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "The permissions boundary refuses %1 without MFA, which enrollment needs"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The user's policies allow this call, but a permissions boundary must allow it as well. "
                       "Until it does, a user without MFA can never set MFA up.")},
    {"ENROLLMENT_BLOCKED_BY_SCP",
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "A service control policy (%3) refuses %1 without MFA, which enrollment needs"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The user's policies allow this call, but the SCPs of every level of the organization above "
                       "the account must allow it as well. Until they do, a user without MFA can never set MFA up.")},
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
    {"set-version-2012-10-17", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Set \"Version\": \"2012-10-17\""), nullptr},
    {"replace-action", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Replace with %1"), nullptr},
    {"replace-operator", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Replace the operator with %1"), nullptr},
    {"replace-sid", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Change the Sid to %1"), nullptr},
    {"fix-arn-case", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Change to %1"), nullptr},
    {"remove-entry", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Remove %1"), nullptr},
    {"exempt-action", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Add %1 to the NotAction of the MFA Deny"), nullptr},
    {"migrate-device-resource", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Allow any device name (mfa/*)"), nullptr},
    {"drop-list-users", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Stop allowing iam:ListUsers"), nullptr},
    {"add-user-with-path", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Also match users with a path"), nullptr},
};

constexpr IdText migrationTexts[] = {
    {"create-device-any-name",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Let users name their MFA devices: CreateVirtualMFADevice on mfa/*"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "Since November 2022 users choose device names; mfa/${aws:username} refuses every other name. "
                       "mfa/* allows any name, and because device names are not owned by users, a name such as "
                       "another user's becomes creatable too, as in AWS's current example. Enable, resync and "
                       "deactivate stay limited to the user's own user ARN. This is what the AWS examples changed in "
                       "November and December 2022.")},
    {"drop-delete-from-guard",
     QT_TRANSLATE_NOOP("mfapolicy::Texts", "Stop allowing DeleteVirtualMFADevice without MFA"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "The current AWS examples no longer grant or exempt it; AWS warns that exempting it lets users "
                       "without MFA delete devices. Administrators clean up abandoned devices.")},
    {"drop-list-users", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Stop allowing iam:ListUsers"),
     QT_TRANSLATE_NOOP(
         "mfapolicy::Texts",
         "The Security credentials page has not needed it since 2019, and it shows every user name before MFA.")},
    {"user-with-path", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Also match users created with a path"),
     QT_TRANSLATE_NOOP("mfapolicy::Texts",
                       "user/${aws:username} does not match user/PATH/NAME; adding user/*/${aws:username} covers users "
                       "with a path.")},
    {"bool-if-exists", QT_TRANSLATE_NOOP("mfapolicy::Texts", "Use BoolIfExists in the MFA Deny"),
     QT_TRANSLATE_NOOP(
         "mfapolicy::Texts",
         "With Bool, requests signed with long-term access keys (no aws:MultiFactorAuthPresent key) are not denied.")},
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
    } else if (ruleId == "POLICY_SIZE_EXCEEDS_QUOTA" && args.size() > 2) {
        args[2] = Texts::policyKind(args[2]).toStdString();
    } else if (ruleId == "VARIABLE_OUTSIDE_RESOURCE_PART" && args.size() > 1) {
        if (args[1] == "partition")
            args[1] = Texts::tr("partition").toStdString();
        else if (args[1] == "service")
            args[1] = Texts::tr("service").toStdString();
        else if (args[1] == "region")
            args[1] = Texts::tr("region").toStdString();
        else if (args[1] == "account")
            args[1] = Texts::tr("account").toStdString();
    } else if (ruleId == "INVALID_POLICY_ELEMENT" && args.size() > 1) {
        args[1] = (args[1] == "policy" ? Texts::tr("policy") : Texts::tr("statement")).toStdString();
    }
    for (std::string &arg : args) {
        for (AuthState state : allAuthStates) {
            if (arg == authStateId(state))
                arg = Texts::authState(state).toStdString();
        }
    }
    return args;
}

} // namespace

QString Texts::findingTitle(const std::string &ruleId, const std::vector<std::string> &args)
{
    if (ruleId == "JSON_SYNTAX_ERROR" && !args.empty() && args[0] == "document-size")
        return tr("The document is too large to read");
    const IdText *entry = findText(ruleTexts, ruleId);
    if (!entry)
        return QString::fromStdString(ruleId);
    QString title = fill(translated(entry->title), displayArgs(ruleId, args));
    if (ruleId == "INVALID_POLICY_ELEMENT" && args.size() > 2 && !args[2].empty())
        title += tr(" (did you mean \"%1\"?)").arg(QString::fromStdString(args[2]));
    if ((ruleId == "INVALID_ACTION" || ruleId == "INVALID_CONDITION_OPERATOR") && args.size() > 1) {
        QStringList suggestions;
        for (std::size_t i = 1; i < args.size(); ++i)
            suggestions << QString::fromStdString(args[i]);
        title += tr(" (did you mean %1?)").arg(suggestions.join(tr(" or ")));
    }
    return title;
}

QString Texts::findingExplanation(const std::string &ruleId, const std::vector<std::string> &args)
{
    if (ruleId == "JSON_SYNTAX_ERROR" && !args.empty() && args[0] == "document-size")
        return tr("The text is 4 GB or more, or there was not enough memory to read it; nothing of it was read. "
                  "A policy is at most a few thousand characters.");
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

QStringList Texts::migrationNotApplied(const MigrationPlan &plan, const std::vector<NotAppliedChange> &notApplied)
{
    const auto title = [&](const std::string &id) {
        const MigrationChange *change = plan.find(id);
        return migrationTitle(id, change ? change->args : std::vector<std::string> {});
    };
    QStringList lines;
    for (const NotAppliedChange &change : notApplied) {
        QString why;
        switch (change.reason) {
        case NotAppliedReason::ConflictsWithChange:
            why = change.otherChange == change.id
                ? tr("two of its edits change the same text")
                : tr("it edits the same text as “%1”, which was applied first").arg(title(change.otherChange));
            break;
        case NotAppliedReason::OutsideText:
            why = tr("the text has changed since the change was proposed");
            break;
        }
        lines << tr("Not applied: %1 [%2]: %3").arg(title(change.id), QString::fromStdString(change.id), why);
    }
    return lines;
}

} // namespace mfapolicy
