#include "exportdialog.h"
#include "ui_exportdialog.h"

#include "checker.h"
#include "filedialog.h"
#include "matrixselection.h"
#include "policysize.h"
#include "settings.h"
#include "texts.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>

namespace mfapolicy {

namespace {
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

bool isMatrixFormat(ExportFormat format)
{
    return !ExportFormats::isPolicy(format) && !ExportFormats::isFindings(format);
}
} // namespace

ExportDialog::ExportDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportDialog>())
    , m_selection(new MatrixSelection(this))
    , m_printDialog([](QPrinter *printer, QWidget *dialogParent) {
        QPrintDialog dialog(printer, dialogParent);
        return dialog.exec() == QDialog::Accepted;
    })
{
    m_ui->setupUi(this);
    m_selection->setObjectName(QStringLiteral("matrixSelection"));
    m_ui->optionsLayout->addRow(m_selection);
    // Matrix exports start with the rows the matrix view shows.
    m_selection->setRowFilter(MatrixSelection::RowFilter(Settings::instance().matrixFilter()));
    m_wanted = ExportFormats::fromId(Settings::instance().exportFormat());
    m_ui->textPreview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->policyNameEdit->setText(QStringLiteral("ForceMFA"));
    connect(m_ui->formatCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->formatCombo, &QComboBox::activated, this, [this] { m_wanted = format(); });
    connect(m_ui->policyNameEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->policyArnEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->principalNameEdit, &QLineEdit::textChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->imageWidthSpin, &QSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_ui->imageHeightSpin, &QSpinBox::valueChanged, this, &ExportDialog::updatePreview);
    connect(m_selection, &MatrixSelection::changed, this, &ExportDialog::updateSelection);
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

void ExportDialog::retranslate()
{
    m_writer.retranslate();
    rebuildFormats();
}

void ExportDialog::setPolicy(const PolicySource &source)
{
    m_writer.setPolicy(source);
    const QString name = QFileInfo(QString::fromStdString(source.name())).completeBaseName();
    if (!name.isEmpty())
        m_ui->policyNameEdit->setText(name);
    rebuildFormats();
}

void ExportDialog::setMatrix(const DecisionMatrix &matrix)
{
    m_writer.setMatrix(matrix);
    m_selection->setMatrices(matrix);
    retranslate();
}

void ExportDialog::setComparison(const DecisionMatrix &before, const DecisionMatrix &after, const QString &title,
                                 const std::vector<CellChange> &changes, const std::vector<DiffHunk> &hunks,
                                 const QString &beforeName, const QString &afterName)
{
    m_writer.setComparison(before, after, title, changes, hunks, beforeName, afterName);
    m_selection->setMatrices(before, &after);
    retranslate();
}

void ExportDialog::setFindings(const std::vector<Finding> &findings)
{
    m_writer.setFindings(findings);
    retranslate();
}

void ExportDialog::setHighContrast(bool on)
{
    m_writer.setHighContrast(on);
    updatePreview();
}

bool ExportDialog::isAvailable(Format format) const
{
    return m_writer.isAvailable(format);
}

void ExportDialog::updateSelection()
{
    if (m_writer.matrix())
        m_writer.setSelection(m_selection->rows(), m_selection->states());
    rebuildFormats();
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
        case Format::MatrixSlidePng:
            return tr("Matrix: slides, PNG (16:9, large type)");
        case Format::MatrixSlidePdf:
            return tr("Matrix: slides, PDF (16:9, large type)");
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
    for (Format format : ExportFormats::all()) {
        if (isAvailable(format))
            m_ui->formatCombo->addItem(name(format), int(format));
    }
    // The format asked for (or used last time) when it is offered, else the one shown before.
    int index = m_wanted ? m_ui->formatCombo->findData(int(*m_wanted)) : -1;
    if (index < 0)
        index = m_ui->formatCombo->findData(current);
    m_ui->formatCombo->setCurrentIndex(std::max(index, 0));
    const QSize natural = m_writer.renderer(Format::MatrixPng).naturalSize().toSize() * 2;
    if (m_writer.matrix() && !natural.isEmpty()) {
        const QSignalBlocker widthBlocker(m_ui->imageWidthSpin);
        const QSignalBlocker heightBlocker(m_ui->imageHeightSpin);
        m_ui->imageWidthSpin->setValue(natural.width());
        m_ui->imageHeightSpin->setValue(natural.height());
    }
    updatePreview();
}

void ExportDialog::setFormat(Format format)
{
    m_wanted = format;
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

QString ExportDialog::exportText() const
{
    if (m_ui->formatCombo->count() == 0)
        return {};
    return m_writer.text(format());
}

QStringList ExportDialog::policyInfo(Format current) const
{
    QStringList info;
    const std::size_t size = policySize(minifiedPolicy(m_writer.source()->json()));
    info.append(tr("%1 non-whitespace characters: managed policy limit %2; inline policy limits %3 (user), "
                   "%4 (group), %5 (role).")
                    .arg(size)
                    .arg(sizeQuota(PolicyKind::Managed))
                    .arg(sizeQuota(PolicyKind::InlineUser))
                    .arg(sizeQuota(PolicyKind::InlineGroup))
                    .arg(sizeQuota(PolicyKind::InlineRole)));
    if (int(size) > sizeQuota(PolicyKind::Managed))
        info.append(tr("The policy is larger than a managed policy may be."));
    if (ExportFormats::cliCommand(current)) {
        info.append(tr("The script first writes the text in the editor to %1, then runs the command.")
                        .arg(QString::fromStdString(exportOptions(*m_ui).policyName) + QStringLiteral(".json")));
    }
    if (current == Format::PolicyCommand) {
        for (const std::string &reminder : createPolicyVersionReminders())
            info.append(Texts::exportReminder(reminder));
    }
    return info;
}

void ExportDialog::showPicturePreview(Format current)
{
    // The preview is drawn at the dialog's width; the files are drawn afresh.
    m_ui->imagePreview->setPixmap(QPixmap::fromImage(m_writer.preview(current, 800)));
    m_ui->previewStack->setCurrentWidget(m_ui->imageScroll);
    QString info;
    if (current == Format::MatrixPdf) {
        info = tr("A4 landscape with title, policy, date, identity, legend and findings; long matrices continue on "
                  "further pages.");
    } else if (ExportFormats::isSlide(current)) {
        const int slides = m_writer.renderer(current).slideCount();
        info = current == Format::MatrixSlidePng
            ? tr("%n slide(s) of 1920 × 1080 pixels; from the second on, each is saved beside the first with -2, -3, … "
                 "added to its name.",
                 "", slides)
            : tr("%n slide(s), 16:9 pages.", "", slides);
        if (slides > 1)
            info += QLatin1Char(' ') + tr("To fit one slide, uncheck actions or choose fewer rows.");
    }
    m_ui->infoLabel->setText(info);
}

void ExportDialog::updatePreview()
{
    const bool any = m_ui->formatCombo->count() > 0;
    const Format current = format();
    const bool picture = any && ExportFormats::isPicture(current);
    const bool policy = any && ExportFormats::isPolicy(current);
    m_writer.setOptions(exportOptions(*m_ui));
    m_ui->saveButton->setEnabled(any);
    m_ui->copyButton->setEnabled(any && (current == Format::MatrixPng || !picture));
    m_ui->printButton->setEnabled(m_writer.matrix().has_value());
    m_ui->policyNameEdit->setEnabled(policy);
    m_ui->policyArnEdit->setEnabled(any && current == Format::PolicyCommand);
    m_ui->principalNameEdit->setEnabled(
        any && (current == Format::PolicyPutUserCommand || current == Format::PolicyPutGroupCommand));
    m_ui->imageWidthSpin->setEnabled(any && current == Format::MatrixPng);
    m_ui->imageHeightSpin->setEnabled(any && current == Format::MatrixPng);
    m_selection->setVisible(any && isMatrixFormat(current));
    // The comparison's tables list the changes; only its pictures show chosen rows and columns.
    m_selection->setEnabled(picture || !m_writer.isComparison());
    if (!any) {
        m_ui->infoLabel->setText(tr("Nothing to export: the policy is not valid JSON and no matrix is available."));
        m_ui->textPreview->clear();
        m_ui->previewStack->setCurrentWidget(m_ui->textPreview);
        return;
    }
    if (picture) {
        showPicturePreview(current);
        return;
    }
    m_ui->textPreview->setPlainText(exportText());
    m_ui->previewStack->setCurrentWidget(m_ui->textPreview);
    m_ui->infoLabel->setText(policy ? policyInfo(current).join(QLatin1Char(' ')) : QString());
}

void ExportDialog::remember(Format format)
{
    m_wanted = format;
    Settings::instance().setExportFormat(ExportFormats::id(format));
}

bool ExportDialog::exportTo(const QString &fileName)
{
    m_error.clear();
    m_written.clear();
    const bool ok = m_writer.write(format(), fileName, imageSize(), &m_error, &m_written);
    if (ok)
        remember(format());
    return ok;
}

void ExportDialog::save()
{
    const QString suggested = m_ui->policyNameEdit->text().trimmed() + QLatin1Char('.') + suffix(format());
    const QString filter = tr("%1 files (*.%2)").arg(suffix(format()).toUpper(), suffix(format()));
    const QString fileName = FileDialog::instance().getSaveFileName(this, tr("Export"), suggested, filter);
    if (fileName.isEmpty())
        return;
    if (!exportTo(fileName)) {
        m_ui->infoLabel->setText(tr("Export failed: %1").arg(m_error));
        return;
    }
    QStringList names;
    for (const QString &written : std::as_const(m_written))
        names.append(QFileInfo(written).fileName());
    m_ui->infoLabel->setText(tr("Saved %1.").arg(QLocale().createSeparatedList(names)));
}

void ExportDialog::copyToClipboard()
{
    remember(format());
    if (format() == Format::MatrixPng) {
        QImage image(imageSize(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        m_writer.renderer(Format::MatrixPng).paint(&painter, QRectF(QPointF(0, 0), QSizeF(image.size())));
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
    printer.setDocName(m_writer.policyName());
    if (!m_printDialog(&printer, this))
        return;
    if (!m_writer.renderer(Format::MatrixPdf).print(&printer))
        m_ui->infoLabel->setText(tr("Printing failed."));
}

} // namespace mfapolicy
