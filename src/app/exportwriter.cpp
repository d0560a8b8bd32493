#include "exportwriter.h"

#include "comparisonformatter.h"
#include "findingstable.h"
#include "matrixformatter.h"
#include "texts.h"

#include <QPainter>
#include <QSaveFile>

namespace mfapolicy {

void ExportWriter::setPolicy(const PolicySource &source)
{
    m_source = source;
    m_renderer.setPolicyName(QString::fromStdString(source.name()));
}

void ExportWriter::setMatrix(const DecisionMatrix &matrix)
{
    m_matrix = matrix;
    m_after.reset();
    m_changes.clear();
    m_hunks.clear();
    m_rows.reset();
    retranslate();
}

void ExportWriter::setComparison(const DecisionMatrix &before, const DecisionMatrix &after, const QString &title,
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
    m_rows.reset();
    retranslate();
}

void ExportWriter::setFindings(const std::vector<Finding> &findings)
{
    m_findings = findings;
    retranslate();
}

void ExportWriter::setSelection(const std::vector<std::size_t> &rows, const std::vector<AuthState> &states)
{
    m_rows = rows;
    m_states = states;
    updateRenderer();
}

DecisionMatrix ExportWriter::selected(const DecisionMatrix &matrix) const
{
    if (!m_rows)
        return matrix;
    DecisionMatrix out = matrix;
    out.rows.clear();
    for (std::size_t i : *m_rows) {
        if (i < matrix.rows.size())
            out.rows.push_back(matrix.rows[i]);
    }
    return out;
}

void ExportWriter::updateRenderer()
{
    if (m_after)
        m_renderer.setComparison(selected(*m_matrix), selected(*m_after));
    else if (m_matrix)
        m_renderer.setMatrix(selected(*m_matrix));
    m_renderer.setStates(m_states);
}

// Texts made here rather than in the form: the renderer's title and findings.
void ExportWriter::retranslate()
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
    updateRenderer();
}

bool ExportWriter::isAvailable(ExportFormat format) const
{
    if (ExportFormats::isPolicy(format))
        return m_source && m_source->isValidJson();
    if (ExportFormats::isFindings(format))
        return m_findings.has_value();
    return m_matrix.has_value();
}

const MatrixRenderer &ExportWriter::renderer(ExportFormat format)
{
    m_renderer.setSlide(ExportFormats::isSlide(format));
    return m_renderer;
}

QString ExportWriter::policyText(ExportFormat format) const
{
    const nlohmann::ordered_json &json = m_source->json();
    // The script writes the editor's text beside the command, so what is deployed is what is shown.
    if (const std::optional<CliCommand> command = ExportFormats::cliCommand(format))
        return QString::fromStdString(awsCliScript(m_source->text(), *command, m_options));
    switch (format) {
    case ExportFormat::PolicyPretty:
        return QString::fromStdString(prettyPolicy(json));
    case ExportFormat::PolicyMinified:
        return QString::fromStdString(minifiedPolicy(json));
    case ExportFormat::CloudFormationYaml:
        return QString::fromStdString(cloudFormationYaml(json, m_options));
    case ExportFormat::CloudFormationJson:
        return QString::fromStdString(cloudFormationJson(json, m_options));
    case ExportFormat::TerraformJsonEncode:
        return QString::fromStdString(terraformPolicy(json, m_options, TerraformStyle::JsonEncode));
    case ExportFormat::TerraformHeredoc:
        return QString::fromStdString(terraformPolicy(json, m_options, TerraformStyle::Heredoc));
    default:
        return {};
    }
}

QString ExportWriter::matrixText(ExportFormat format) const
{
    if (m_after) {
        // The same as the command line's `diff --format csv|html|markdown`.
        const ComparisonFormatter comparison(m_changes, m_hunks, m_beforeName, m_afterName);
        switch (format) {
        case ExportFormat::MatrixCsv:
            return comparison.csv();
        case ExportFormat::MatrixHtml:
            return comparison.html();
        default:
            return QStringLiteral("# ") + m_comparisonTitle + QStringLiteral("\n\n") + comparison.markdown();
        }
    }
    // The same tables as the command line's `matrix --format csv|html|markdown`, with the rows and
    // columns chosen.
    const QString title = policyName().isEmpty() ? tr("Decision matrix") : tr("Decision matrix: %1").arg(policyName());
    const DecisionMatrix matrix = selected(*m_matrix);
    MatrixFormatter formatter(matrix, {}, title);
    formatter.setStates(m_states);
    switch (format) {
    case ExportFormat::MatrixCsv:
        return formatter.csv();
    case ExportFormat::MatrixHtml:
        return formatter.html();
    default:
        return formatter.markdown();
    }
}

QString ExportWriter::text(ExportFormat format) const
{
    if (!isAvailable(format) || ExportFormats::isPicture(format))
        return {};
    if (ExportFormats::isPolicy(format))
        return policyText(format);
    if (ExportFormats::isFindings(format)) {
        const FindingsTable table(*m_findings, policyName());
        return format == ExportFormat::FindingsCsv ? table.csv()
            : format == ExportFormat::FindingsHtml ? table.html()
                                                   : table.markdown();
    }
    return matrixText(format);
}

QImage ExportWriter::preview(ExportFormat format, int width)
{
    const MatrixRenderer &painter = renderer(format);
    if (ExportFormats::isSlide(format)) {
        const QList<QImage> slides = painter.slides();
        return slides.isEmpty() ? QImage() : slides.constFirst().scaledToWidth(width, Qt::SmoothTransformation);
    }
    const QSizeF natural = painter.naturalSize();
    QImage image(QSize(width, int(width * natural.height() / natural.width())), QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    painter.paint(&p, QRectF(QPointF(0, 0), QSizeF(image.size())));
    p.end();
    return image;
}

bool ExportWriter::write(ExportFormat format, const QString &fileName, const QSize &imageSize, QString *error,
                         QStringList *written)
{
    bool ok = false;
    const MatrixRenderer &painter = renderer(format);
    switch (format) {
    case ExportFormat::MatrixPng:
        ok = painter.writePng(fileName, imageSize);
        break;
    case ExportFormat::MatrixSvg:
        ok = painter.writeSvg(fileName);
        break;
    case ExportFormat::MatrixPdf:
    case ExportFormat::MatrixSlidePdf:
        ok = painter.writePdf(fileName);
        break;
    case ExportFormat::MatrixSlidePng:
        ok = painter.writeSlidesPng(fileName, written);
        break;
    default: {
        QSaveFile file(fileName);
        ok = file.open(QIODevice::WriteOnly) && file.write(text(format).toUtf8()) >= 0 && file.commit();
        if (!ok && error)
            *error = file.errorString();
        break;
    }
    }
    if (ok && written && written->isEmpty())
        written->append(fileName);
    if (!ok && error && error->isEmpty())
        *error = tr("Could not write %1.").arg(fileName);
    return ok;
}

} // namespace mfapolicy
