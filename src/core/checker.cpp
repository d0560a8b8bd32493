#include "checker.h"

#include "rules.h"

#include <algorithm>
#include <tuple>

namespace mfapolicy {

namespace {

const std::string guide = "https://docs.aws.amazon.com/IAM/latest/UserGuide/";

std::vector<RuleInfo> makeRules()
{
    using S = Severity;
    const std::string checks = guide + "access-analyzer-reference-policy-checks.html";
    const std::string grammar = guide + "reference_policies_grammar.html";
    const std::string mfaKey = guide + "reference_policies_condition-keys.html#condition-keys-multifactorauthpresent";
    const std::string selfManage = guide + "reference_policies_examples_iam_mfa-selfmanage.html";
    const std::string secCreds = guide + "reference_policies_examples_aws_my-sec-creds-self-manage.html";
    const std::string secCredsMfa = guide + "reference_policies_examples_aws_my-sec-creds-self-manage-mfa-only.html";
    const std::string operators = guide + "reference_policies_elements_condition_operators.html";
    const std::string variables = guide + "reference_policies_variables.html";
    const std::string arns = guide + "reference-arns.html";
    return {
        // Reported by the parser (PolicySource::diagnostics)
        {"JSON_SYNTAX_ERROR", S::Error, grammar},
        {"INTERNAL_ERROR", S::Error, grammar},
        {"JSON_COMMENT", S::Error, grammar},
        {"JSON_TRAILING_COMMA", S::Error, grammar},
        {"JSON_DUPLICATE_KEY", S::Error, grammar},
        {"JSON_NESTING_TOO_DEEP", S::Error, grammar},
        {"INVALID_ELEMENT_TYPE", S::Error, grammar},
        {"INVALID_STATEMENT_TYPE", S::Error, guide + "reference_policies_elements_statement.html"},
        {"INVALID_POLICY_ELEMENT", S::Error, grammar},
        {"UNSUPPORTED_ID", S::Error, guide + "reference_policies_elements_id.html"},
        {"UNSUPPORTED_PRINCIPAL", S::Error, guide + "reference_policies_elements_principal.html"},
        {"MISSING_STATEMENT", S::Error, guide + "reference_policies_elements_statement.html"},
        {"MISSING_VERSION", S::Warning, guide + "reference_policies_elements_version.html"},
        {"INVALID_VERSION", S::Error, guide + "reference_policies_elements_version.html"},
        {"MISSING_EFFECT", S::Error, guide + "reference_policies_elements_effect.html"},
        {"INVALID_EFFECT", S::Error, guide + "reference_policies_elements_effect.html"},
        {"MISSING_ACTION", S::Error, guide + "reference_policies_elements_action.html"},
        {"ACTION_AND_NOTACTION", S::Error, guide + "reference_policies_elements_notaction.html"},
        {"MISSING_RESOURCE", S::Error, guide + "reference_policies_elements_resource.html"},
        {"RESOURCE_AND_NOTRESOURCE", S::Error, guide + "reference_policies_elements_notresource.html"},
        {"EMPTY_ARRAY", S::Error, grammar},
        // Validity
        {"VARIABLE_UNSUPPORTED_IN_VERSION", S::Error, guide + "reference_policies_elements_version.html"},
        {"VARIABLE_UNSUPPORTED_IN_ELEMENT", S::Error, variables},
        {"VARIABLE_OUTSIDE_RESOURCE_PART", S::Error, variables},
        {"MISSING_BRACE_IN_VARIABLE", S::Error, variables},
        {"EMPTY_VARIABLE", S::Error, variables},
        {"UNSUPPORTED_SPACE_IN_VARIABLE", S::Error, variables},
        {"INVALID_VARIABLE_DEFAULT", S::Error, variables + "#policy-vars-default-values"},
        {"INVALID_ACTION", S::Error, guide + "reference_policies_elements_action.html"},
        {"INVALID_ACTION_FORMAT", S::Error, guide + "reference_policies_elements_action.html"},
        {"MISSING_ARN_FIELD", S::Error, arns},
        {"INVALID_ARN_PREFIX", S::Error, arns},
        {"INVALID_ARN_CASE", S::Error, arns},
        {"INVALID_PARTITION", S::Error, arns},
        {"INVALID_ARN_SERVICE", S::Error, arns},
        {"INVALID_ARN_ACCOUNT", S::Error, arns},
        {"WILDCARD_IN_RESOURCE_TYPE", S::Error, arns},
        {"INVALID_CONDITION_OPERATOR", S::Error, operators},
        {"NULL_WITH_IF_EXISTS", S::Error, operators + "#Conditions_Null"},
        {"TYPE_MISMATCH_BOOLEAN", S::Warning, operators + "#Conditions_Boolean"},
        {"INVALID_CONDITION_VALUE", S::Error, operators},
        {"VARIABLE_IN_BOOLEAN_VALUE", S::Warning, variables},
        {"DUPLICATE_SID", S::Error, guide + "reference_policies_elements_sid.html"},
        {"INVALID_SID", S::Error, guide + "reference_policies_elements_sid.html"},
        {"POLICY_SIZE_EXCEEDS_QUOTA", S::Error, guide + "reference_iam-quotas.html"},
        {"REDUNDANT_ACTION", S::Suggestion, checks},
        // MFA
        {"STALE_MFA_DEVICE_RESOURCE", S::Warning, selfManage},
        {"DEVICE_NAME_PINNED", S::Warning, selfManage},
        {"MFA_GUARD_BOOL_NOT_IF_EXISTS", S::SecurityWarning, mfaKey},
        {"ALLOW_BOOL_IF_EXISTS_MFA", S::SecurityWarning, mfaKey},
        {"NULL_FOR_MFA", S::Warning, mfaKey},
        {"ENROLLMENT_ACTION_DENIED", S::Warning, guide + "id_credentials_mfa_enable_virtual.html"},
        {"CONSOLE_PAGE_ACTION_DENIED", S::Suggestion, secCreds},
        {"LIST_USERS_BEFORE_MFA", S::SecurityWarning, secCreds},
        {"DEACTIVATE_WITHOUT_MFA", S::SecurityWarning, selfManage},
        {"DELETE_DEVICE_EXEMPTED", S::SecurityWarning, secCredsMfa},
        {"DELETE_ANY_DEVICE", S::SecurityWarning, secCredsMfa},
        {"ACCESS_KEY_CAN_ENROLL", S::Warning, guide + "id_credentials_mfa_enable_cliapi.html"},
        {"GET_SESSION_TOKEN_IN_POLICY", S::Suggestion,
         guide + "id_credentials_temp_control-access_getsessiontoken.html"},
        {"USER_PATH_NOT_MATCHED", S::Suggestion, guide + "reference_identifiers.html#identifiers-arns"},
        {"MFA_NOT_ENFORCED", S::SecurityWarning, guide + "id_credentials_mfa_configure-api-require.html"},
        {"FIRST_SIGN_IN_PASSWORD_BLOCKED", S::Suggestion, secCreds},
        {"MFA_RULES_UNDETERMINED", S::Error, guide + "reference_policies_evaluation-logic.html"},
        {"ENROLLMENT_BLOCKED_BY_BOUNDARY", S::Warning, guide + "access_policies_boundaries.html"},
        {"ENROLLMENT_BLOCKED_BY_SCP", S::Warning,
         "https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html"},
    };
}

const char *kindId(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Managed:
        return "managed";
    case PolicyKind::InlineUser:
        return "inline-user";
    case PolicyKind::InlineGroup:
        return "inline-group";
    case PolicyKind::InlineRole:
        return "inline-role";
    }
    return "managed";
}

} // namespace

int sizeQuota(PolicyKind kind)
{
    switch (kind) {
    case PolicyKind::Managed:
        return 6144;
    case PolicyKind::InlineUser:
        return 2048;
    case PolicyKind::InlineGroup:
        return 5120;
    case PolicyKind::InlineRole:
        return 10240;
    }
    return 6144;
}

const std::vector<RuleInfo> &allRules()
{
    static const std::vector<RuleInfo> rules = makeRules();
    return rules;
}

const RuleInfo *findRule(const std::string &id)
{
    for (const RuleInfo &rule : allRules()) {
        if (rule.id == id)
            return &rule;
    }
    return nullptr;
}

void addFinding(std::vector<Finding> &out, const char *ruleId, const std::optional<SourceRange> &range,
                std::string pointer, std::vector<std::string> args, std::vector<QuickFix> fixes)
{
    if (!range)
        return;
    Finding finding;
    finding.ruleId = ruleId;
    const RuleInfo *rule = findRule(ruleId);
    finding.severity = rule ? rule->severity : Severity::Error;
    finding.range = *range;
    finding.pointer = std::move(pointer);
    finding.args = std::move(args);
    finding.fixes = std::move(fixes);
    out.push_back(std::move(finding));
}

const char *policyKindId(PolicyKind kind)
{
    return kindId(kind);
}

std::vector<Finding> checkPolicy(const PolicySource &source, const CheckOptions &options)
{
    return checkDocument(
        source, options,
        [&](std::vector<Finding> &findings) {
            checkMfa(source, options.identity, findings, options.cancel, options.together);
        },
        options.kind);
}

std::vector<Finding> checkDocument(const PolicySource &source, const CheckOptions &options,
                                   const std::function<void(std::vector<Finding> &)> &mfaRules,
                                   std::optional<PolicyKind> kind)
{
    const auto cancelled = [&] { return options.cancel && options.cancel->load(std::memory_order_relaxed); };
    std::vector<Finding> findings = source.diagnostics();
    if (cancelled())
        return findings;
    checkValidity(source, findings);
    // The MFA rules evaluate the model; a document that is not JSON has only a partial one.
    if (mfaRules && source.isValidJson() && !cancelled())
        mfaRules(findings);

    const std::size_t size = policySize(source.text());
    const auto quota = kind ? static_cast<std::size_t>(sizeQuota(*kind)) : size;
    if (size > quota) {
        addFinding(findings, "POLICY_SIZE_EXCEEDS_QUOTA", source.range("").value_or(source.rangeAt(0, 0)), "",
                   {std::to_string(size), std::to_string(quota), kindId(*kind)});
    }

    std::stable_sort(findings.begin(), findings.end(), [](const Finding &a, const Finding &b) {
        return std::tie(a.range.begin, a.range.end, a.severity) < std::tie(b.range.begin, b.range.end, b.severity);
    });
    return findings;
}

} // namespace mfapolicy
