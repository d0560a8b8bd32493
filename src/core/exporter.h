#pragma once

#include <nlohmann/json.hpp>

#include <string>
#include <string_view>
#include <vector>

namespace mfapolicy {

/// What the policy is called where it is deployed. Used by the command and template exports.
struct ExportOptions {
    std::string policyName = "ForceMFA";
    /// ARN for `aws iam create-policy-version`; empty means the account id is left to the
    /// shell variable AWS_ACCOUNT_ID so the command stays copy-and-paste safe.
    std::string policyArn;
    /// File the CLI command reads the document from (`file://...`); empty means NAME.json.
    std::string documentFile;
};

/// The policy with two-space indentation, member order as written, one trailing newline.
std::string prettyPolicy(const nlohmann::ordered_json &policy);
/// The policy without any insignificant whitespace (what IAM stores), no trailing newline.
std::string minifiedPolicy(const nlohmann::ordered_json &policy);

/// `aws iam create-policy-version ... --set-as-default`, shell-quoted, with a trailing newline.
std::string createPolicyVersionCommand(const ExportOptions &options);
/// Reminder ids to show with the command (the front ends translate them), e.g.
/// "policy-version-limit": a managed policy keeps at most five versions.
std::vector<std::string> createPolicyVersionReminders();

/// A CloudFormation template with one `AWS::IAM::ManagedPolicy`, in YAML.
std::string cloudFormationYaml(const nlohmann::ordered_json &policy, const ExportOptions &options);
/// The same template in JSON (two-space indentation).
std::string cloudFormationJson(const nlohmann::ordered_json &policy, const ExportOptions &options);

enum class TerraformStyle {
    JsonEncode, ///< `policy = jsonencode({...})` with the document as an HCL object
    Heredoc, ///< `policy = <<-EOT ... EOT` with the pretty JSON inside
};
/// A Terraform `aws_iam_policy` resource. Template sequences (`${`, `%{`) in the policy are
/// escaped so that IAM policy variables reach AWS unchanged.
std::string terraformPolicy(const nlohmann::ordered_json &policy, const ExportOptions &options,
                            TerraformStyle style = TerraformStyle::JsonEncode);

/// A logical id / resource label derived from a policy name: CloudFormation wants [A-Za-z0-9],
/// Terraform [a-z0-9_] (lower-cased when `terraform`).
std::string resourceLabel(std::string_view policyName, bool terraform);

} // namespace mfapolicy
