#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "checker.h"
#include "comparisonformatter.h"
#include "exporter.h"
#include "filedialog.h"
#include "findingstable.h"
#include "matrixformatter.h"
#include "policysize.h"
#include "texts.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QSaveFile>

namespace mfapolicy {

namespace {
constexpr ExportDialog::Format allFormats[] = {
    ExportDialog::Format::PolicyPretty,
    ExportDialog::Format::PolicyMinified,
    ExportDialog::Format::PolicyCreateCommand,
    ExportDialog::Format::PolicyCommand,
    ExportDialog::Format::PolicyPutUserCommand,
    ExportDialog::Format::PolicyPutGroupCommand,
    ExportDialog::Format::CloudFormationYaml,
    ExportDialog::Format::CloudFormationJson,
    ExportDialog::Format::TerraformJsonEncode,
    ExportDialog::Format::TerraformHeredoc,
    ExportDialog::Format::MatrixPng,
    ExportDialog::Format::MatrixSvg,
    ExportDialog::Format::MatrixPdf,
    ExportDialog::Format::MatrixCsv,
    ExportDialog::Format::MatrixHtml,
    ExportDialog::Format::MatrixMarkdown,
    ExportDialog::Format::FindingsCsv,
    ExportDialog::Format::FindingsHtml,
    ExportDialog::Format::FindingsMarkdown,
};

bool isPolicyFormat(ExportDialog::Format format)
{
    return format <= ExportDialog::Format::TerraformHeredoc;
}

// The AWS CLI command a format writes, if it is one.
std::optional<CliCommand> cliCommand(ExportDialog::Format format)
{
    switch (format) {
    case ExportDialog::Format::PolicyCreateCommand:
        return CliCommand::CreatePolicy;
    case ExportDialog::Format::PolicyCommand:
        return CliCommand::CreatePolicyVersion;
    case ExportDialog::Format::PolicyPutUserCommand:
        return CliCommand::PutUserPolicy;
    case ExportDialog::Format::PolicyPutGroupCommand:
        return CliCommand::PutGroupPolicy;
    default:
        return std::nullopt;
    }
}

// The names the command and templates use, from the dialog's fields.
ExportOptions exportOptions(const Ui::ExportDialog &ui)
{
    ExportOptions options;
    options.policyName = ui.policyNameEdit->text().trimmed().toStdString();
    if (options.policyName.empty())
        options.policyName = ExportOptions().policyName;
    options.policyArn = ui.policyArnEdit->text().trimmed().toStdString();
    options.principalName = ui.principalNameEdit->text().trimmed().toStdString();
    return options;
}

bool isPicture(ExportDialog::Format format)
{
    return format == ExportDialog::Format::MatrixPng || format == ExportDialog::Format::MatrixSvg
        || format == ExportDialog::Format::MatrixPdf;
}

bool isFindingsFormat(ExportDialog::Format format)
{
    return format >= ExportDialog::Format::FindingsCsv;
}
} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_printDialog([](QPrinter *printer, QWidget *dialogParent) {
        QPrintDialog dialog(printer, dialogParent);
        return dialog.exec() == QDialog::Accepted;
    })
{
    m_ui->setupUi(this);
    m_ui->textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->policyNameEdit->setText(QStringLiteral("ForceMFA"));
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->policyNameEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->policyArnEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->principalNameEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->imageWidthSpin, &QSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->imageHeightSpin, &QSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &ExportDialog::save);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &ExportDialog::copyToClipboard);
    connect(m_ui->printButton, &QPushButton::clicked, this, &ExportDialog::print);
    retranslate();
}

ExportDialog::~ExportDialog() = default;

void ExportDialog::changeEvent(QEvent *event)
{
    QDialog::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
}

// Texts made here rather than in the form: the renderer's title and findings, the format names.
void ExportDialog::retranslate()
{
    if (m_after) {
        m_renderer.setTitle(m_comparisonTitle);
        QStringList sentences;
        for (const CellChange &change : m_changes)
            sentences.append(ComparisonFormatter::changeSentence(change));
        m_renderer.setChanges(sentences);
    } else {
        m_renderer.setTitle(tr("Decision matrix"));
        m_renderer.setChanges({});
    }
    QList<RenderedFinding> rendered;
    for (const Finding &finding : m_findings.value_or(std::vector<Finding>())) {
        rendered.append({Texts::severity(finding.severity),
                         tr("line %1, column %2").arg(finding.range.line).arg(finding.range.column),
                         Texts::findingTitle(finding.ruleId, finding.args)});
    }
    m_renderer.setFindings(rendered);
    rebuildFormats();
}

void ExportDialog::setPolicy(const PolicySource &source)
{
    m_source = source;
    const QString name = QFileInfo(QString::fromStdString(source.name())).completeBaseName();
    if (!name.isEmpty())
        m_ui->policyNameEdit->setText(name);
    m_renderer.setPolicyName(QString::fromStdString(source.name()));
    rebuildFormats();
}

void ExportDialog::setMatrix(const DecisionMatrix &matrix)
{
    m_matrix = matrix;
    m_after.reset();
    m_changes.clear();
    m_hunks.clear();
    m_renderer.setMatrix(matrix);
    retranslate();
}

void ExportDialog::setComparison(const DecisionMatrix &before, const DecisionMatrix &after, const QString &title,
                                 const std::vector<CellChange> &changes, const std::vector<DiffHunk> &hunks,
                                 const QString &beforeName, const QString &afterName)
{
    m_matrix = before;
    m_after = after;
    m_changes = changes;
    m_hunks = hunks;
    m_beforeName = beforeName;
    m_afterName = afterName;
    m_comparisonTitle = title;
    m_renderer.setComparison(before, after);
    retranslate();
}

void ExportDialog::setFindings(const std::vector<Finding> &findings)
{
    m_findings = findings;
    retranslate();
}

void ExportDialog::setHighContrast(bool on)
{
    m_renderer.setHighContrast(on);
    updatePreview();
}

bool ExportDialog::isAvailable(Format format) const
{
    if (isPolicyFormat(format))
        return m_source && m_source->isValidJson();
    if (isFindingsFormat(format))
        return m_findings.has_value();
    return m_matrix.has_value();
}

QString ExportDialog::suffix(Format format)
{
    switch (format) {
    case Format::PolicyPretty:
    case Format::PolicyMinified:
    case Format::CloudFormationJson:
        return QStringLiteral("json");
    case Format::PolicyCreateCommand:
    case Format::PolicyCommand:
    case Format::PolicyPutUserCommand:
    case Format::PolicyPutGroupCommand:
        return QStringLiteral("sh");
    case Format::CloudFormationYaml:
        return QStringLiteral("yaml");
    case Format::TerraformJsonEncode:
    case Format::TerraformHeredoc:
        return QStringLiteral("tf");
    case Format::MatrixPng:
        return QStringLiteral("png");
    case Format::MatrixSvg:
        return QStringLiteral("svg");
    case Format::MatrixPdf:
        return QStringLiteral("pdf");
    case Format::MatrixCsv:
    case Format::FindingsCsv:
        return QStringLiteral("csv");
    case Format::MatrixHtml:
    case Format::FindingsHtml:
        return QStringLiteral("html");
    case Format::MatrixMarkdown:
    case Format::FindingsMarkdown:
        break;
    }
    return QStringLiteral("md");
}

void ExportDialog::rebuildFormats()
{
    const QVariant current = m_ui->formatCombo->currentData();
    const QSignalBlocker blocker(m_ui->formatCombo);
    m_ui->formatCombo->clear();
    const auto name = [](Format format) -> QString {
        switch (format) {
        case Format::PolicyPretty:
            return tr("Policy: JSON, indented");
        case Format::PolicyMinified:
            return tr("Policy: JSON, minified (as IAM stores it)");
        case Format::PolicyCreateCommand:
            return tr("Policy: aws iam create-policy command (new managed policy)");
        case Format::PolicyCommand:
            return tr("Policy: aws iam create-policy-version command (managed policy)");
        case Format::PolicyPutUserCommand:
            return tr("Policy: aws iam put-user-policy command (inline policy of a user)");
        case Format::PolicyPutGroupCommand:
            return tr("Policy: aws iam put-group-policy command (inline policy of a group)");
        case Format::CloudFormationYaml:
            return tr("Policy: CloudFormation template (YAML)");
        case Format::CloudFormationJson:
            return tr("Policy: CloudFormation template (JSON)");
        case Format::TerraformJsonEncode:
            return tr("Policy: Terraform resource (jsonencode)");
        case Format::TerraformHeredoc:
            return tr("Policy: Terraform resource (heredoc)");
        case Format::MatrixPng:
            return tr("Matrix: PNG image");
        case Format::MatrixSvg:
            return tr("Matrix: SVG image");
        case Format::MatrixPdf:
            return tr("Matrix: PDF (A4 landscape)");
        case Format::MatrixCsv:
            return tr("Matrix: CSV table");
        case Format::MatrixHtml:
            return tr("Matrix: HTML page");
        case Format::MatrixMarkdown:
            return tr("Matrix: Markdown");
        case Format::FindingsCsv:
            return tr("Findings: CSV table");
        case Format::FindingsHtml:
            return tr("Findings: HTML page");
        case Format::FindingsMarkdown:
            break;
        }
        return tr("Findings: Markdown");
    };
    for (Format format : allFormats) {
        if (isAvailable(format))
            m_ui->formatCombo->addItem(name(format), int(format));
    }
    const int index = m_ui->formatCombo->findData(current);
    m_ui->formatCombo->setCurrentIndex(index >= 0 ? index : 0);
    const QSize natural = m_renderer.naturalSize().toSize() * 2;
    if (m_matrix && !natural.isEmpty()) {
        const QSignalBlocker widthBlocker(m_ui->imageWidthSpin);
        const QSignalBlocker heightBlocker(m_ui->imageHeightSpin);
        m_ui->imageWidthSpin->setValue(natural.width());
        m_ui->imageHeightSpin->setValue(natural.height());
    }
    updatePreview();
}

void ExportDialog::setFormat(Format format)
{
    const int index = m_ui->formatCombo->findData(int(format));
    if (index >= 0)
        m_ui->formatCombo->setCurrentIndex(index);
}

ExportDialog::Format ExportDialog::format() const
{
    return Format(m_ui->formatCombo->currentData().toInt());
}

QSize ExportDialog::imageSize() const
{
    return {m_ui->imageWidthSpin->value(), m_ui->imageHeightSpin->value()};
}

QString ExportDialog::policyText(Format format) const
{
    const nlohmann::ordered_json &json = m_source->json();
    const ExportOptions options = exportOptions(*m_ui);
    // The script writes the editor's text beside the command, so what is deployed is what is shown.
    if (const std::optional<CliCommand> command = cliCommand(format))
        return QString::fromStdString(awsCliScript(m_source->text(), *command, options));
    switch (format) {
    case Format::PolicyPretty:
        return QString::fromStdString(prettyPolicy(json));
    case Format::PolicyMinified:
        return QString::fromStdString(minifiedPolicy(json));
    case Format::CloudFormationYaml:
        return QString::fromStdString(cloudFormationYaml(json, options));
    case Format::CloudFormationJson:
        return QString::fromStdString(cloudFormationJson(json, options));
    case Format::TerraformJsonEncode:
        return QString::fromStdString(terraformPolicy(json, options, TerraformStyle::JsonEncode));
    case Format::TerraformHeredoc:
        return QString::fromStdString(terraformPolicy(json, options, TerraformStyle::Heredoc));
    default:
        return {};
    }
}

QString ExportDialog::exportText() const
{
    if (m_ui->formatCombo->count() == 0)
        return {};
    const Format current = format();
    if (isPolicyFormat(current))
        return policyText(current);
    if (isFindingsFormat(current)) {
        const FindingsTable table(*m_findings, m_renderer.policyName());
        return current == Format::FindingsCsv ? table.csv()
            : current == Format::FindingsHtml ? table.html()
                                              : table.markdown();
    }
    if (!m_matrix || isPicture(current))
        return {};
    if (m_after) {
        // The same as the command line's `diff --format csv|html|markdown`.
        const ComparisonFormatter comparison(m_changes, m_hunks, m_beforeName, m_afterName);
        switch (current) {
        case Format::MatrixCsv:
            return comparison.csv();
        case Format::MatrixHtml:
            return comparison.html();
        default:
            return QStringLiteral("# ") + m_comparisonTitle + QStringLiteral("\n\n") + comparison.markdown();
        }
    }
    // The same tables as the command line's `matrix --format csv|html|markdown`.
    const QString title = m_renderer.policyName().isEmpty() ? tr("Decision matrix")
                                                            : tr("Decision matrix: %1").arg(m_renderer.policyName());
    const MatrixFormatter formatter(*m_matrix, {}, title);
    switch (current) {
    case Format::MatrixCsv:
        return formatter.csv();
    case Format::MatrixHtml:
        return formatter.html();
    default:
        return formatter.markdown();
    }
}

void ExportDialog::updatePreview()
{
    const bool any = m_ui->formatCombo->count() > 0;
    const Format current = format();
    const bool picture = any && isPicture(current);
    const bool policy = any && isPolicyFormat(current);
    m_ui->saveButton->setEnabled(any);
    m_ui->copyButton->setEnabled(any && current != Format::MatrixPdf && current != Format::MatrixSvg);
    m_ui->printButton->setEnabled(m_matrix.has_value());
    m_ui->policyNameEdit->setEnabled(policy);
    m_ui->policyArnEdit->setEnabled(any && current == Format::PolicyCommand);
    m_ui->principalNameEdit->setEnabled(
        any && (current == Format::PolicyPutUserCommand || current == Format::PolicyPutGroupCommand));
    m_ui->imageWidthSpin->setEnabled(any && current == Format::MatrixPng);
    m_ui->imageHeightSpin->setEnabled(any && current == Format::MatrixPng);
    if (!any) {
        m_ui->infoLabel->setText(tr("Nothing to export: the policy is not valid JSON and no matrix is available."));
        m_ui->textPreview->clear();
        m_ui->previewStack->setCurrentWidget(m_ui->textPreview);
        return;
    }
    if (picture) {
        // The preview is the PNG rendering at the dialog's width; the files are drawn afresh.
        QImage image(QSize(800, int(800 * m_renderer.naturalSize().height() / m_renderer.naturalSize().width())),
                     QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        m_renderer.paint(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
        painter.end();
        m_ui->imagePreview->setPixmap(QPixmap::fromImage(image));
        m_ui->previewStack->setCurrentWidget(m_ui->imageScroll);
        m_ui->infoLabel->setText(current == Format::MatrixPdf
                                     ? tr("A4 landscape with title, policy, date, identity, legend and findings; long "
                                          "matrices continue on further pages.")
                                     : QString());
        return;
    }
    const QString text = exportText();
    m_ui->textPreview->setPlainText(text);
    m_ui->previewStack->setCurrentWidget(m_ui->textPreview);
    QStringList info;
    if (policy) {
        const std::size_t size = policySize(minifiedPolicy(m_source->json()));
        info.append(tr("%1 non-whitespace characters: managed policy limit %2; inline policy limits %3 (user), "
                       "%4 (group), %5 (role).")
                        .arg(size)
                        .arg(sizeQuota(PolicyKind::Managed))
                        .arg(sizeQuota(PolicyKind::InlineUser))
                        .arg(sizeQuota(PolicyKind::InlineGroup))
                        .arg(sizeQuota(PolicyKind::InlineRole)));
        if (int(size) > sizeQuota(PolicyKind::Managed))
            info.append(tr("The policy is larger than a managed policy may be."));
        if (cliCommand(current)) {
            info.append(tr("The script first writes the text in the editor to %1, then runs the command.")
                            .arg(QString::fromStdString(exportOptions(*m_ui).policyName) + QStringLiteral(".json")));
        }
        if (current == Format::PolicyCommand) {
            for (const std::string &reminder : createPolicyVersionReminders())
                info.append(Texts::exportReminder(reminder));
        }
    }
    m_ui->infoLabel->setText(info.join(QLatin1Char(' ')));
}

bool ExportDialog::exportTo(const QString &fileName)
{
    m_error.clear();
    const Format current = format();
    bool ok = false;
    switch (current) {
    case Format::MatrixPng:
        ok = m_renderer.writePng(fileName, imageSize());
        break;
    case Format::MatrixSvg:
        ok = m_renderer.writeSvg(fileName);
        break;
    case Format::MatrixPdf:
        ok = m_renderer.writePdf(fileName);
        break;
    default: {
        QSaveFile file(fileName);
        ok = file.open(QIODevice::WriteOnly) && file.write(exportText().toUtf8()) >= 0 && file.commit();
        if (!ok)
            m_error = file.errorString();
        break;
    }
    }
    if (!ok && m_error.isEmpty())
        m_error = tr("Could not write %1.").arg(fileName);
    return ok;
}

void ExportDialog::save()
{
    const QString suggested = m_ui->policyNameEdit->text().trimmed() + QLatin1Char('.') + suffix(format());
    const QString filter = tr("%1 files (*.%2)").arg(suffix(format()).toUpper(), suffix(format()));
    const QString fileName = FileDialog::instance().getSaveFileName(this, tr("Export"), suggested, filter);
    if (fileName.isEmpty())
        return;
    if (!exportTo(fileName))
        m_ui->infoLabel->setText(tr("Export failed: %1").arg(m_error));
    else
        m_ui->infoLabel->setText(tr("Saved %1.").arg(QFileInfo(fileName).fileName()));
}

void ExportDialog::copyToClipboard()
{
    if (format() == Format::MatrixPng) {
        QImage image(imageSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        m_renderer.paint(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
        painter.end();
        QGuiApplication::clipboard()->setImage(image);
        return;
    }
    QGuiApplication::clipboard()->setText(exportText());
}

void ExportDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setDocName(m_renderer.policyName());
    if (!m_printDialog(&printer, this))
        return;
    if (!m_renderer.print(&printer))
        m_ui->infoLabel->setText(tr("Printing failed."));
}

} // namespace mfapolicy
