#include "exportformats.h"

#include <array>
#include <iterator>

namespace mfapolicy {

namespace {
struct FormatInfo {
    ExportFormat format;
    const char *id;
    const char *suffix;
};

// In the order the dialog offers them.
constexpr FormatInfo formats[] = {
    {ExportFormat::PolicyPretty, "policy-pretty", "json"},
    {ExportFormat::PolicyMinified, "policy-minified", "json"},
    {ExportFormat::PolicyCreateCommand, "policy-create-policy", "sh"},
    {ExportFormat::PolicyCommand, "policy-create-policy-version", "sh"},
    {ExportFormat::PolicyPutUserCommand, "policy-put-user-policy", "sh"},
    {ExportFormat::PolicyPutGroupCommand, "policy-put-group-policy", "sh"},
    {ExportFormat::CloudFormationYaml, "cloudformation-yaml", "yaml"},
    {ExportFormat::CloudFormationJson, "cloudformation-json", "json"},
    {ExportFormat::TerraformJsonEncode, "terraform-jsonencode", "tf"},
    {ExportFormat::TerraformHeredoc, "terraform-heredoc", "tf"},
    {ExportFormat::MatrixPng, "matrix-png", "png"},
    {ExportFormat::MatrixSvg, "matrix-svg", "svg"},
    {ExportFormat::MatrixPdf, "matrix-pdf", "pdf"},
    {ExportFormat::MatrixSlidePng, "matrix-slide-png", "png"},
    {ExportFormat::MatrixSlidePdf, "matrix-slide-pdf", "pdf"},
    {ExportFormat::MatrixCsv, "matrix-csv", "csv"},
    {ExportFormat::MatrixHtml, "matrix-html", "html"},
    {ExportFormat::MatrixMarkdown, "matrix-markdown", "md"},
    {ExportFormat::FindingsCsv, "findings-csv", "csv"},
    {ExportFormat::FindingsHtml, "findings-html", "html"},
    {ExportFormat::FindingsMarkdown, "findings-markdown", "md"},
};

const FormatInfo &info(ExportFormat format)
{
    for (const FormatInfo &i : formats) {
        if (i.format == format)
            return i;
    }
    return formats[0];
}
} // namespace

std::span<const ExportFormat> ExportFormats::all()
{
    static const auto list = [] {
        std::array<ExportFormat, std::size(formats)> out {};
        for (std::size_t i = 0; i < out.size(); ++i)
            out[i] = formats[i].format;
        return out;
    }();
    return list;
}

bool ExportFormats::isPolicy(ExportFormat format)
{
    return format <= ExportFormat::TerraformHeredoc;
}

bool ExportFormats::isFindings(ExportFormat format)
{
    return format >= ExportFormat::FindingsCsv;
}

bool ExportFormats::isPicture(ExportFormat format)
{
    return format >= ExportFormat::MatrixPng && format <= ExportFormat::MatrixSlidePdf;
}

bool ExportFormats::isSlide(ExportFormat format)
{
    return format == ExportFormat::MatrixSlidePng || format == ExportFormat::MatrixSlidePdf;
}

std::optional<CliCommand> ExportFormats::cliCommand(ExportFormat format)
{
    switch (format) {
    case ExportFormat::PolicyCreateCommand:
        return CliCommand::CreatePolicy;
    case ExportFormat::PolicyCommand:
        return CliCommand::CreatePolicyVersion;
    case ExportFormat::PolicyPutUserCommand:
        return CliCommand::PutUserPolicy;
    case ExportFormat::PolicyPutGroupCommand:
        return CliCommand::PutGroupPolicy;
    default:
        return std::nullopt;
    }
}

QString ExportFormats::suffix(ExportFormat format)
{
    return QLatin1String(info(format).suffix);
}

QString ExportFormats::id(ExportFormat format)
{
    return QLatin1String(info(format).id);
}

std::optional<ExportFormat> ExportFormats::fromId(const QString &id)
{
    for (const FormatInfo &i : formats) {
        if (id == QLatin1String(i.id))
            return i.format;
    }
    return std::nullopt;
}

} // namespace mfapolicy
