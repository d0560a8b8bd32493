#pragma once

#include <nlohmann/json.hpp>

#include <optional>
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
    /// The user or group an inline policy is put on; empty leaves it to the shell variable
    /// IAM_USER_NAME or IAM_GROUP_NAME.
    std::string principalName;
};

/// The AWS CLI commands that deploy a policy document.
enum class CliCommand {
    CreatePolicy, ///< `aws iam create-policy`: a new managed policy
    CreatePolicyVersion, ///< `aws iam create-policy-version ... --set-as-default`: a managed policy's new version
    PutUserPolicy, ///< `aws iam put-user-policy`: an inline policy of a user
    PutGroupPolicy, ///< `aws iam put-group-policy`: an inline policy of a group
};

/// The command's name in the AWS CLI ("create-policy", "create-policy-version", ...).
const char *cliCommandId(CliCommand command);
/// The command named so, if it is one of the four.
std::optional<CliCommand> cliCommandFromId(std::string_view id);
inline constexpr CliCommand allCliCommands[] = {CliCommand::CreatePolicy, CliCommand::CreatePolicyVersion,
                                                CliCommand::PutUserPolicy, CliCommand::PutGroupPolicy};

/// The policy with two-space indentation, member order as written, one trailing newline.
std::string prettyPolicy(const nlohmann::ordered_json &policy);
/// The policy without any insignificant whitespace (what IAM stores), no trailing newline.
std::string minifiedPolicy(const nlohmann::ordered_json &policy);

/// `aws iam create-policy-version ... --set-as-default`, shell-quoted, with a trailing newline.
std::string createPolicyVersionCommand(const ExportOptions &options);
/// The command, shell-quoted, with a trailing newline.
std::string awsCliCommand(CliCommand command, const ExportOptions &options);
/// A shell script that first writes `document` (exactly) to the file the command reads, then runs
/// the command: what is deployed is the text given, not whatever the file held before.
std::string awsCliScript(std::string_view document, CliCommand command, const ExportOptions &options);
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
