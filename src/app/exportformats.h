#pragma once

#include "exporter.h"

#include <QString>

#include <optional>
#include <span>

namespace mfapolicy {

/// What the export dialog writes.
enum class ExportFormat {
    PolicyPretty,
    PolicyMinified,
    PolicyCreateCommand, ///< aws iam create-policy
    PolicyCommand, ///< aws iam create-policy-version
    PolicyPutUserCommand, ///< aws iam put-user-policy
    PolicyPutGroupCommand, ///< aws iam put-group-policy
    CloudFormationYaml,
    CloudFormationJson,
    TerraformJsonEncode,
    TerraformHeredoc,
    MatrixPng,
    MatrixSvg,
    MatrixPdf,
    MatrixSlidePng, ///< 16:9 slides with large type, one 1920×1080 picture each
    MatrixSlidePdf, ///< 16:9 slides with large type, one PDF page each
    MatrixCsv,
    MatrixHtml,
    MatrixMarkdown,
    FindingsCsv,
    FindingsHtml,
    FindingsMarkdown,
};

/// The kinds of export formats, their file suffixes, and the names they are remembered by.
class ExportFormats final
{
public:
    /// Every format, in the order the dialog offers them.
    static std::span<const ExportFormat> all();
    static bool isPolicy(ExportFormat format);
    static bool isFindings(ExportFormat format);
    /// PNG, SVG, PDF and the slides: drawn by the matrix renderer.
    static bool isPicture(ExportFormat format);
    static bool isSlide(ExportFormat format);
    /// The AWS CLI command a format writes, if it is one.
    static std::optional<CliCommand> cliCommand(ExportFormat format);
    static QString suffix(ExportFormat format);
    /// A name that stays the same when formats are added ("matrix-png"), for the settings.
    static QString id(ExportFormat format);
    static std::optional<ExportFormat> fromId(const QString &id);
};

} // namespace mfapolicy
