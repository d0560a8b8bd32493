#include "exporter.h"

#include <cstdio>

namespace mfapolicy {

namespace {

using Json = nlohmann::ordered_json;

bool isAsciiAlpha(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}
bool isAsciiDigit(char c)
{
    return c >= '0' && c <= '9';
}

void appendUnicodeEscape(std::string &out, unsigned value)
{
    char buffer[8];
    std::snprintf(buffer, sizeof buffer, "\\u%04X", value);
    out += buffer;
}

// Double-quoted scalar that YAML 1.2 reads back exactly: besides quotes and backslashes, control
// characters, DEL and the C1 range (legal in IAM's Latin-1 policies) are not printable in YAML.
std::string yamlQuote(const std::string &text)
{
    std::string out = "\"";
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += static_cast<char>(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            appendUnicodeEscape(out, c);
        } else if (c == 0xc2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) >= 0x80
                   && static_cast<unsigned char>(text[i + 1]) <= 0x9f) {
            appendUnicodeEscape(out, static_cast<unsigned char>(text[i + 1]));
            ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
    return out;
}

bool isPlainYamlKey(const std::string &key)
{
    if (key.empty() || !isAsciiAlpha(key.front()))
        return false;
    for (char c : key) {
        if (!isAsciiAlpha(c) && !isAsciiDigit(c) && c != '_' && c != '-')
            return false;
    }
    // Words YAML 1.1 readers turn into booleans or null must stay strings.
    static const char *const reserved[]
        = {"y",     "Y",     "yes",   "Yes", "YES", "n",  "N",   "no",  "No",  "NO",   "true", "True", "TRUE",
           "false", "False", "FALSE", "on",  "On",  "ON", "off", "Off", "OFF", "null", "Null", "NULL"};
    for (const char *word : reserved) {
        if (key == word)
            return false;
    }
    return true;
}

std::string yamlKey(const std::string &key)
{
    return isPlainYamlKey(key) ? key : yamlQuote(key);
}

std::string yamlScalar(const Json &value)
{
    if (value.is_string())
        return yamlQuote(value.get<std::string>());
    return value.dump();
}

bool isCollection(const Json &value)
{
    return (value.is_object() || value.is_array()) && !value.empty();
}

std::string emptyCollection(const Json &value)
{
    return value.is_object() ? "{}" : "[]";
}

void writeYaml(std::string &out, const Json &value, int indent, bool continuesLine);

// A block mapping or sequence. When `continuesLine` is set the caller already wrote "- " and the
// first entry goes on that line.
void writeYamlEntry(std::string &out, const std::string &prefix, const Json &value, int indent)
{
    out += prefix;
    if (!isCollection(value)) {
        out += ' ';
        out += value.is_object() || value.is_array() ? emptyCollection(value) : yamlScalar(value);
        out += '\n';
        return;
    }
    out += '\n';
    writeYaml(out, value, indent + 2, false);
}

void writeYaml(std::string &out, const Json &value, int indent, bool continuesLine)
{
    const std::string pad(static_cast<std::size_t>(indent), ' ');
    bool first = true;
    if (value.is_object()) {
        for (const auto &[key, child] : value.items()) {
            const std::string lead = (first && continuesLine) ? std::string() : pad;
            writeYamlEntry(out, lead + yamlKey(key) + ':', child, indent);
            first = false;
        }
        return;
    }
    for (const Json &child : value) {
        const std::string lead = (first && continuesLine) ? std::string() : pad;
        if (isCollection(child)) {
            out += lead + "- ";
            writeYaml(out, child, indent + 2, true);
        } else {
            out += lead + "- " + (child.is_object() || child.is_array() ? emptyCollection(child) : yamlScalar(child))
                + '\n';
        }
        first = false;
    }
}

// HCL template strings interpolate "${" and "%{"; doubling the sigil keeps the text literal.
std::string escapeHclTemplate(const std::string &text)
{
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        if ((text[i] == '$' || text[i] == '%') && i + 1 < text.size() && text[i + 1] == '{')
            out += text[i];
        out += text[i];
    }
    return out;
}

std::string hclQuote(const std::string &text)
{
    std::string out = "\"";
    for (const char ch : escapeHclTemplate(text)) {
        const auto c = static_cast<unsigned char>(ch);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += ch;
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20 || c == 0x7f) {
            appendUnicodeEscape(out, c);
        } else {
            out += ch;
        }
    }
    out += '"';
    return out;
}

std::string hclKey(const std::string &key)
{
    bool identifier = !key.empty() && (isAsciiAlpha(key.front()) || key.front() == '_');
    for (char c : key)
        identifier = identifier && (isAsciiAlpha(c) || isAsciiDigit(c) || c == '_' || c == '-');
    return identifier ? key : hclQuote(key);
}

void writeHcl(std::string &out, const Json &value, int indent)
{
    if (value.is_string()) {
        out += hclQuote(value.get<std::string>());
        return;
    }
    if (!isCollection(value)) {
        out += value.is_object() || value.is_array() ? emptyCollection(value) : value.dump();
        return;
    }
    const std::string inner(static_cast<std::size_t>(indent + 2), ' ');
    if (value.is_object()) {
        out += "{\n";
        for (const auto &[key, child] : value.items()) {
            out += inner + hclKey(key) + " = ";
            writeHcl(out, child, indent + 2);
            out += '\n';
        }
    } else {
        out += "[\n";
        for (const Json &child : value) {
            out += inner;
            writeHcl(out, child, indent + 2);
            out += ",\n";
        }
    }
    out += std::string(static_cast<std::size_t>(indent), ' ');
    out += value.is_object() ? '}' : ']';
}

// POSIX shell single quotes; only quote when needed so the common case reads naturally.
std::string shellQuote(const std::string &text)
{
    bool plain = !text.empty();
    for (char c : text) {
        plain = plain
            && (isAsciiAlpha(c) || isAsciiDigit(c) || c == ':' || c == '/' || c == '.' || c == '-' || c == '_'
                || c == '=' || c == '@' || c == '+' || c == ',');
    }
    if (plain)
        return text;
    std::string out = "'";
    for (char c : text) {
        if (c == '\'')
            out += "'\\''";
        else
            out += c;
    }
    out += '\'';
    return out;
}

Json cloudFormationTemplate(const Json &policy, const ExportOptions &options)
{
    Json properties = Json::object();
    properties["ManagedPolicyName"] = options.policyName;
    properties["PolicyDocument"] = policy;
    Json resource = Json::object();
    resource["Type"] = "AWS::IAM::ManagedPolicy";
    resource["Properties"] = std::move(properties);
    Json resources = Json::object();
    resources[resourceLabel(options.policyName, false)] = std::move(resource);
    Json root = Json::object();
    root["AWSTemplateFormatVersion"] = "2010-09-09";
    root["Resources"] = std::move(resources);
    return root;
}

} // namespace

std::string prettyPolicy(const Json &policy)
{
    return policy.dump(2, ' ', false, Json::error_handler_t::replace) + '\n';
}

std::string minifiedPolicy(const Json &policy)
{
    return policy.dump(-1, ' ', false, Json::error_handler_t::replace);
}

std::string createPolicyVersionCommand(const ExportOptions &options)
{
    return awsCliCommand(CliCommand::CreatePolicyVersion, options);
}

namespace {

std::string documentFileOf(const ExportOptions &options)
{
    return options.documentFile.empty() ? options.policyName + ".json" : options.documentFile;
}

std::string principalOf(const ExportOptions &options, const char *variable)
{
    return options.principalName.empty() ? "\"${" + std::string(variable) + "}\"" : shellQuote(options.principalName);
}

} // namespace

const char *cliCommandId(CliCommand command)
{
    switch (command) {
    case CliCommand::CreatePolicy:
        return "create-policy";
    case CliCommand::PutUserPolicy:
        return "put-user-policy";
    case CliCommand::PutGroupPolicy:
        return "put-group-policy";
    case CliCommand::CreatePolicyVersion:
        break;
    }
    return "create-policy-version";
}

std::optional<CliCommand> cliCommandFromId(std::string_view id)
{
    for (CliCommand command : allCliCommands) {
        if (id == cliCommandId(command))
            return command;
    }
    return std::nullopt;
}

std::string awsCliCommand(CliCommand command, const ExportOptions &options)
{
    const std::string document = " --policy-document " + shellQuote("file://" + documentFileOf(options));
    const std::string name = " --policy-name " + shellQuote(options.policyName);
    switch (command) {
    case CliCommand::CreatePolicy:
        return "aws iam create-policy" + name + document + '\n';
    case CliCommand::PutUserPolicy:
        return "aws iam put-user-policy --user-name " + principalOf(options, "IAM_USER_NAME") + name + document + '\n';
    case CliCommand::PutGroupPolicy:
        return "aws iam put-group-policy --group-name " + principalOf(options, "IAM_GROUP_NAME") + name + document
            + '\n';
    case CliCommand::CreatePolicyVersion:
        break;
    }
    const std::string arn = options.policyArn.empty()
        ? "\"arn:aws:iam::${AWS_ACCOUNT_ID}:policy/" + options.policyName + '"'
        : shellQuote(options.policyArn);
    return "aws iam create-policy-version --policy-arn " + arn + document + " --set-as-default\n";
}

std::string awsCliScript(std::string_view document, CliCommand command, const ExportOptions &options)
{
    // A quoted here-document keeps the text as it is ($, backslashes, quotes). JSON cannot hold a
    // line break inside a string, so no line of a policy is the bare delimiter.
    std::string out = "cat > " + shellQuote(documentFileOf(options)) + " <<'END_OF_POLICY'\n";
    out += document;
    if (document.empty() || document.back() != '\n')
        out += '\n';
    out += "END_OF_POLICY\n";
    return out + awsCliCommand(command, options);
}

std::vector<std::string> createPolicyVersionReminders()
{
    return {"policy-version-limit"};
}

std::string cloudFormationYaml(const Json &policy, const ExportOptions &options)
{
    std::string out;
    writeYaml(out, cloudFormationTemplate(policy, options), 0, false);
    return out;
}

std::string cloudFormationJson(const Json &policy, const ExportOptions &options)
{
    return prettyPolicy(cloudFormationTemplate(policy, options));
}

std::string terraformPolicy(const Json &policy, const ExportOptions &options, TerraformStyle style)
{
    std::string out = "resource \"aws_iam_policy\" " + hclQuote(resourceLabel(options.policyName, true)) + " {\n";
    out += "  name   = " + hclQuote(options.policyName) + '\n';
    if (style == TerraformStyle::JsonEncode) {
        out += "  policy = jsonencode(";
        writeHcl(out, policy, 2);
        out += ")\n";
    } else {
        out += "  policy = <<-EOT\n";
        const std::string json = escapeHclTemplate(prettyPolicy(policy));
        std::size_t start = 0;
        while (start < json.size()) {
            const std::size_t end = json.find('\n', start);
            out += "    " + json.substr(start, end - start) + '\n';
            start = end == std::string::npos ? json.size() : end + 1;
        }
        out += "  EOT\n";
    }
    out += "}\n";
    return out;
}

std::string resourceLabel(std::string_view policyName, bool terraform)
{
    std::string out;
    for (char c : policyName) {
        if (isAsciiAlpha(c) || isAsciiDigit(c))
            out += terraform && c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
        else if (terraform && !out.empty() && out.back() != '_')
            out += '_';
    }
    while (terraform && !out.empty() && out.back() == '_')
        out.pop_back();
    if (out.empty() || isAsciiDigit(out.front()))
        out.insert(0, terraform ? "policy_" : "Policy");
    return out;
}

} // namespace mfapolicy
