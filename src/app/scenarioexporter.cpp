#include "scenarioexporter.h"

#include "scenarioformatter.h"
#include "writeall.h"

#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace mfapolicy {

namespace {
// A picture wide enough for the table on a slide or a printed page, drawn at twice the pixels
// so that it stays sharp when scaled.
constexpr int pictureWidth = 1100;
constexpr qreal pictureScale = 2.0;

QImage picture(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    document.setTextWidth(pictureWidth);
    const QSizeF size = document.size();
    QImage image(QSize(int(size.width() * pictureScale), int(size.height() * pictureScale)),
                 QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(pictureScale, pictureScale);
    document.drawContents(&painter);
    painter.end();
    return image;
}
} // namespace

bool ScenarioExporter::write(Format format, const ScenarioFormatter &formatter, const QString &path, QString *error)
{
    QSaveFile file(path);
    bool written = file.open(QIODevice::WriteOnly);
    if (written) {
        switch (format) {
        case Format::Png:
            written = picture(formatter.html()).save(&file, "PNG");
            break;
        case Format::Pdf: {
            QPdfWriter pdf(&file);
            pdf.setTitle(formatter.title());
            pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(15, 15, 15, 15),
                                          QPageLayout::Millimeter));
            QTextDocument document;
            document.setHtml(formatter.html());
            document.print(&pdf);
            break;
        }
        case Format::Html:
            written = writeAll(file, formatter.html().toUtf8());
            break;
        case Format::Markdown:
            written = writeAll(file, formatter.markdown().toUtf8());
            break;
        }
    }
    if (written && file.commit())
        return true;
    if (error)
        *error = tr("%1 could not be written: %2").arg(path, file.errorString());
    return false;
}

QString ScenarioExporter::menuText(Format format)
{
    switch (format) {
    case Format::Png:
        return tr("PNG picture…");
    case Format::Pdf:
        return tr("PDF document…");
    case Format::Html:
        return tr("HTML page…");
    case Format::Markdown:
        break;
    }
    return tr("Markdown text…");
}

QString ScenarioExporter::fileFilter(Format format)
{
    switch (format) {
    case Format::Png:
        return tr("PNG pictures (*.png)");
    case Format::Pdf:
        return tr("PDF documents (*.pdf)");
    case Format::Html:
        return tr("HTML pages (*.html *.htm)");
    case Format::Markdown:
        break;
    }
    return tr("Markdown files (*.md)");
}

QString ScenarioExporter::suffix(Format format)
{
    switch (format) {
    case Format::Png:
        return QStringLiteral("png");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Markdown:
        break;
    }
    return QStringLiteral("md");
}

} // namespace mfapolicy
