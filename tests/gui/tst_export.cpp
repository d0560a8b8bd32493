#include "checker.h"
#include "comparison.h"
#include "comparisonformatter.h"
#include "exportdialog.h"
#include "exporter.h"
#include "filedialog.h"
#include "matrixselection.h"
#include "settings.h"
#include "testdata.h"

#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace mfapolicy;

namespace {
PolicySource sample(const char *name)
{
    return PolicySource::parse(testing::readSampleText(QLatin1String(name)), name);
}

QByteArray readAll(const QString &fileName)
{
    QFile file(fileName);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// RFC 4180 reader: enough to check what spreadsheet programs will see.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                field += c;
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            quoted = true;
        } else if (c == QLatin1Char(',')) {
            row.append(field);
            field.clear();
        } else if (c == QLatin1Char('\n')) {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
        } else if (c != QLatin1Char('\r')) {
            field += c;
        }
    }
    return rows;
}

// The page objects of a PDF ("/Type /Page", not the "/Type /Pages" tree).
int pdfPageCount(const QByteArray &pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![a-zA-Z])"));
    int count = 0;
    for (QRegularExpressionMatchIterator it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

QString pdfText(const QString &fileName)
{
    QProcess process;
    process.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), fileName, QStringLiteral("-")});
    process.waitForFinished();
    return QString::fromUtf8(process.readAllStandardOutput());
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The dialog remembers its last format and reads the matrix filter: not in the user's settings.
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void init()
    {
        QVERIFY(m_dir.isValid());
        Settings::instance().setExportFormat(QString());
        Settings::instance().setMatrixFilter(MatrixSelection::AllRows);
        m_source = sample("sec-creds-self-manage_2022-06_pre-nov-2022.json");
        const Policy *policies[] = {&m_source.policy()};
        m_matrix = computeMatrix(policies, SimulationIdentity());
        m_dialog = std::make_unique<ExportDialog>();
        m_dialog->setPolicy(m_source);
        m_dialog->setMatrix(m_matrix);
        m_dialog->setFindings(checkPolicy(m_source));
        m_dialog->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    void cleanup() { m_dialog.reset(); }

    void png()
    {
        m_dialog->setFormat(ExportDialog::Format::MatrixPng);
        m_dialog->findChild<QSpinBox *>(QStringLiteral("imageWidthSpin"))->setValue(1600);
        m_dialog->findChild<QSpinBox *>(QStringLiteral("imageHeightSpin"))->setValue(1200);
        const QString path = saveThroughDialog(QStringLiteral("matrix.png"));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), QSize(1600, 1200));
        // The picture is not blank: it holds the red of the explicit denials.
        bool red = false;
        for (int y = 0; y < image.height() && !red; y += 3) {
            for (int x = 0; x < image.width() && !red; x += 3)
                red = image.pixelColor(x, y) == MatrixRenderer::decisionStyle(Decision::ExplicitDeny).background;
        }
        QVERIFY(red);
    }

    void svg()
    {
        m_dialog->setFormat(ExportDialog::Format::MatrixSvg);
        const QString path = saveThroughDialog(QStringLiteral("matrix.svg"));
        QVERIFY(QSvgRenderer(path).isValid());
        const QByteArray data = readAll(path);
        QXmlStreamReader xml(data);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(data.contains("iam:CreateVirtualMFADevice"));
    }

    void pdf()
    {
        m_dialog->setFormat(ExportDialog::Format::MatrixPdf);
        const QString path = saveThroughDialog(QStringLiteral("matrix.pdf"));
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        // The full matrix does not fit on one A4 page: it continues on a second one.
        QVERIFY2(pdfPageCount(pdf) >= 2, qPrintable(QString::number(pdfPageCount(pdf))));
        // The words on the pages need a PDF reader to extract them; without one, the page count is
        // what this test checks.
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            qInfo("pdftotext (poppler-utils) is not installed: the text of the PDF was not checked");
            return;
        }
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("sec-creds-self-manage_2022-06_pre-nov-2022.json")));
        QVERIFY(text.contains(QStringLiteral("CreateVirtualMFADevice")));
        QVERIFY(text.contains(QStringLiteral("arn:aws:iam::123456789012:user/alice")));
        QVERIFY(text.contains(QStringLiteral("Explicit deny")));
        // The full matrix does not fit on one A4 page: it continues with its header repeated.
        QVERIFY(text.contains(QStringLiteral("Page 2 of")));
        QVERIFY(text.count(QStringLiteral("Action")) >= 2);
    }

    void csv()
    {
        m_dialog->setFormat(ExportDialog::Format::MatrixCsv);
        const QString path = saveThroughDialog(QStringLiteral("matrix.csv"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(readAll(path)));
        QCOMPARE(rows.size(), int(m_matrix.rows.size()) + 1);
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 6);
        bool found = false;
        for (const QStringList &row : rows) {
            if (row.at(0) == QStringLiteral("iam:CreateVirtualMFADevice")
                && row.at(2) == QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone")) {
                found = true;
                QVERIFY(row.at(4).contains(QStringLiteral("Implicit deny")));
            }
        }
        QVERIFY(found);
    }

    void html()
    {
        // The same page as `mfa-policy matrix --format html`: a row header per action, then the
        // resource and one classed cell per way of signing in.
        m_dialog->setFormat(ExportDialog::Format::MatrixHtml);
        const QString path = saveThroughDialog(QStringLiteral("matrix.html"));
        const QString page = QString::fromUtf8(readAll(path));
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QVERIFY(page.contains(QStringLiteral("<meta charset=\"utf-8\">")));
        const int rows = int(m_matrix.rows.size());
        QCOMPARE(int(page.count(QStringLiteral("<th scope=\"row\">"))), rows);
        QCOMPARE(int(page.count(QStringLiteral("<td class=\""))), rows * 3);
        QCOMPARE(int(page.count(QStringLiteral("<td"))), rows * 4);
        QCOMPARE(page.count(QStringLiteral("<tr>")), page.count(QStringLiteral("</tr>")));
        QVERIFY(page.contains(QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone")));
        // The custom device name is refused without MFA by this pre-November-2022 policy.
        const qsizetype row = page.indexOf(QStringLiteral("(arn:aws:iam::123456789012:mfa/alice-phone)"));
        QVERIFY(row >= 0);
        const qsizetype rowEnd = page.indexOf(QStringLiteral("</tr>"), row);
        const QString cells = page.mid(row, rowEnd - row);
        QVERIFY(cells.contains(QStringLiteral("<td class=\"implicit-deny\">")));
    }

    void markdown()
    {
        m_dialog->setFormat(ExportDialog::Format::MatrixMarkdown);
        const QString text = m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("textPreview"))->toPlainText();
        QVERIFY(text.contains(QStringLiteral("| Action | Resource | MFA session |")));
        QVERIFY(text.contains(QStringLiteral("| `iam:CreateVirtualMFADevice` |")));
        // One table row per matrix row.
        QCOMPARE(int(text.count(QStringLiteral("\n| `"))), int(m_matrix.rows.size()));
    }

    void rowsFollowTheMatrixFilter()
    {
        // The matrix view shows MFA actions only: the export starts with the same rows.
        Settings::instance().setMatrixFilter(MatrixSelection::MfaActions);
        ExportDialog dialog;
        dialog.setMatrix(m_matrix);
        dialog.setFormat(ExportDialog::Format::MatrixCsv);
        const QString csv = dialog.exportText();
        QVERIFY(csv.contains(QStringLiteral("iam:CreateVirtualMFADevice")));
        QVERIFY(csv.contains(QStringLiteral("iam:EnableMFADevice")));
        // Representative actions unrelated to MFA are left out.
        QVERIFY(!csv.contains(QStringLiteral("s3:ListAllMyBuckets")));
        QVERIFY(!csv.contains(QStringLiteral("ec2:DescribeInstances")));
        QVERIFY(parseCsv(csv).size() < int(m_matrix.rows.size()) + 1);
        // All rows again when the trainer asks for them.
        dialog.matrixSelection()->setRowFilter(MatrixSelection::AllRows);
        QCOMPARE(parseCsv(dialog.exportText()).size(), int(m_matrix.rows.size()) + 1);
    }

    void trainerChoosesRowsAndColumns()
    {
        MatrixSelection *selection = m_dialog->matrixSelection();
        QVERIFY(selection->setActionChecked(QStringLiteral("iam:DeleteVirtualMFADevice"), false));
        selection->setStateChecked(AuthState::NoMfa, false);
        selection->setStateChecked(AuthState::AccessKey, false);
        m_dialog->setFormat(ExportDialog::Format::MatrixCsv);
        const QList<QStringList> rows = parseCsv(m_dialog->exportText());
        QCOMPARE(rows.first(),
                 (QStringList {QStringLiteral("Action"), QStringLiteral("Resource pattern"), QStringLiteral("Resource"),
                               QStringLiteral("MFA session")}));
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 4);
            QVERIFY(row.at(0) != QStringLiteral("iam:DeleteVirtualMFADevice"));
        }
        QVERIFY(rows.size() > 5);
        m_dialog->setFormat(ExportDialog::Format::MatrixMarkdown);
        QVERIFY(
            m_dialog->exportText().contains(QStringLiteral("| Action | Resource | MFA session |\n|---|---|:-:|\n")));
        m_dialog->setFormat(ExportDialog::Format::MatrixHtml);
        QVERIFY(m_dialog->exportText().contains(QStringLiteral("MFA session")));
        QVERIFY(!m_dialog->exportText().contains(QStringLiteral("No MFA")));
        // The last column cannot be unchecked: a table without decisions says nothing.
        selection->setStateChecked(AuthState::MfaSession, false);
        QCOMPARE(selection->states(), std::vector<AuthState> {AuthState::MfaSession});
        // The picture shows the choice too.
        m_dialog->setFormat(ExportDialog::Format::MatrixSvg);
        const QString path = saveThroughDialog(QStringLiteral("chosen.svg"));
        const QByteArray svg = readAll(path);
        QVERIFY(svg.contains("iam:CreateVirtualMFADevice"));
        QVERIFY(!svg.contains("iam:DeleteVirtualMFADevice"));
        QVERIFY(!svg.contains("Access keys"));
        QVERIFY(!svg.contains("No MFA"));
    }

    void slidesAsPngAndPdf()
    {
        m_dialog->setFormat(ExportDialog::Format::MatrixSlidePng);
        const QString path = saveThroughDialog(QStringLiteral("slides.png"));
        const QStringList files = m_dialog->writtenFiles();
        QVERIFY(files.size() >= 2); // the full matrix does not fit one slide in large type
        QCOMPARE(files.first(), path);
        QCOMPARE(files.at(1), m_dir.filePath(QStringLiteral("slides-2.png")));
        const QImage first(path);
        QCOMPARE(first.size(), QSize(1920, 1080));
        if (const QByteArray dir = qgetenv("MFAPOLICY_SCREENSHOT_DIR"); !dir.isEmpty())
            first.save(QString::fromLocal8Bit(dir) + QStringLiteral("/slide-1.png"));
        QCOMPARE(QImage(files.at(1)).size(), QSize(1920, 1080));
        // Large type: a table row (a run of one decision colour down a column) is at least 36
        // pixels high on a 1080-pixel slide, readable from the back of a room.
        const QColor allow = MatrixRenderer::decisionStyle(Decision::Allow).background;
        int longest = 0;
        for (int x = 0; x < first.width(); x += 7) {
            int run = 0;
            for (int y = 0; y < first.height(); ++y) {
                run = first.pixelColor(x, y) == allow ? run + 1 : 0;
                longest = std::max(longest, run);
            }
        }
        QVERIFY2(longest >= 36, qPrintable(QString::number(longest)));

        m_dialog->setFormat(ExportDialog::Format::MatrixSlidePdf);
        const QByteArray pdf = readAll(saveThroughDialog(QStringLiteral("slides.pdf")));
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPageCount(pdf), int(files.size()));
        // 13.33 × 7.5 inches: 960 × 540 points, 16:9.
        static const QRegularExpression mediaBox(
            QStringLiteral("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)"));
        const QRegularExpressionMatch box = mediaBox.match(QString::fromLatin1(pdf));
        QVERIFY(box.hasMatch());
        QCOMPARE(qRound(box.captured(1).toDouble()), 960);
        QCOMPARE(qRound(box.captured(2).toDouble()), 540);
        // Fewer rows fit one slide.
        m_dialog->matrixSelection()->setRowFilter(MatrixSelection::DifferingRows);
        m_dialog->setFormat(ExportDialog::Format::MatrixSlidePng);
        saveThroughDialog(QStringLiteral("few.png"));
        QVERIFY(m_dialog->writtenFiles().size() < files.size());
    }

    void lastFormatIsRemembered()
    {
        m_dialog->setFormat(ExportDialog::Format::MatrixMarkdown);
        QVERIFY(m_dialog->exportTo(m_dir.filePath(QStringLiteral("last.md"))));
        ExportDialog next;
        next.setPolicy(m_source);
        next.setMatrix(m_matrix);
        QCOMPARE(next.format(), ExportDialog::Format::MatrixMarkdown);
        // Without a matrix the format is not offered: the first one is.
        ExportDialog policyOnly;
        policyOnly.setPolicy(m_source);
        QCOMPARE(policyOnly.format(), ExportDialog::Format::PolicyPretty);
    }

    void findingsTables()
    {
        m_dialog->setFormat(ExportDialog::Format::FindingsCsv);
        const QList<QStringList> rows = parseCsv(m_dialog->exportText());
        QCOMPARE(rows.size(), int(checkPolicy(m_source).size()) + 1);
        QVERIFY(rows.size() > 1); // the stale device resource is a finding
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), 3);
    }

    void policyExportsWithPreviewAndCopy()
    {
        auto *combo = m_dialog->findChild<QComboBox *>(QStringLiteral("formatCombo"));
        m_dialog->setFormat(ExportDialog::Format::PolicyMinified);
        QCOMPARE(ExportDialog::Format(combo->currentData().toInt()), ExportDialog::Format::PolicyMinified);
        const QString preview = m_dialog->findChild<QPlainTextEdit *>(QStringLiteral("textPreview"))->toPlainText();
        QCOMPARE(preview, QString::fromStdString(minifiedPolicy(m_source.json())));
        QVERIFY(!preview.contains(QLatin1Char('\n')));
        // The size is counted the way IAM counts it and set against the quotas.
        QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("infoLabel"))
                    ->text()
                    .contains(QString::number(policySize(minifiedPolicy(m_source.json())))));
        QGuiApplication::clipboard()->clear();
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("copyButton")), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), preview);

        m_dialog->findChild<QLineEdit *>(QStringLiteral("policyNameEdit"))->setText(QStringLiteral("TeamForceMFA"));
        m_dialog->setFormat(ExportDialog::Format::PolicyCommand);
        QVERIFY(m_dialog->exportText().contains(QStringLiteral("create-policy-version")));
        QVERIFY(m_dialog->exportText().contains(QStringLiteral("TeamForceMFA")));
        m_dialog->setFormat(ExportDialog::Format::CloudFormationYaml);
        QVERIFY(m_dialog->exportText().contains(QStringLiteral("AWS::IAM::ManagedPolicy")));
        m_dialog->setFormat(ExportDialog::Format::TerraformJsonEncode);
        QVERIFY(m_dialog->exportText().contains(QStringLiteral("aws_iam_policy")));
        // Terraform would expand ${aws:username}; the export escapes it.
        QVERIFY(m_dialog->exportText().contains(QStringLiteral("$${aws:username}")));
    }

    void cliCommandsDeployTheEditorText_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QString>("principal");
        QTest::addColumn<QString>("command");
        const QString document = QStringLiteral(" --policy-document file://TeamForceMFA.json");
        QTest::newRow("create-policy") << int(ExportDialog::Format::PolicyCreateCommand) << QString()
                                       << QStringLiteral("aws iam create-policy --policy-name TeamForceMFA") + document;
        QTest::newRow("create-policy-version")
            << int(ExportDialog::Format::PolicyCommand) << QString()
            << QStringLiteral("aws iam create-policy-version --policy-arn arn:aws:iam::123456789012:policy/"
                              "TeamForceMFA")
                + document + QStringLiteral(" --set-as-default");
        QTest::newRow("put-user-policy") << int(ExportDialog::Format::PolicyPutUserCommand) << QStringLiteral("alice")
                                         << QStringLiteral("aws iam put-user-policy --user-name alice --policy-name "
                                                           "TeamForceMFA")
                + document;
        QTest::newRow("put-group-policy")
            << int(ExportDialog::Format::PolicyPutGroupCommand) << QStringLiteral("Developers")
            << QStringLiteral("aws iam put-group-policy --group-name Developers --policy-name TeamForceMFA") + document;
    }

    void cliCommandsDeployTheEditorText()
    {
        QFETCH(int, format);
        QFETCH(QString, principal);
        QFETCH(QString, command);
        // The editor holds an unsaved, one-line edit of the file: the script deploys that text.
        const std::string edited = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":"
                                   "\"iam:ListMFADevices\",\"Resource\":\"arn:aws:iam::*:user/${aws:username}\"}]}";
        m_dialog->setPolicy(PolicySource::parse(edited, "TeamForceMFA.json"));
        m_dialog->findChild<QLineEdit *>(QStringLiteral("policyArnEdit"))
            ->setText(QStringLiteral("arn:aws:iam::123456789012:policy/TeamForceMFA"));
        m_dialog->findChild<QLineEdit *>(QStringLiteral("principalNameEdit"))->setText(principal);
        m_dialog->setFormat(ExportDialog::Format(format));
        QCOMPARE(int(m_dialog->format()), format);
        const QString expected = QStringLiteral("cat > TeamForceMFA.json <<'END_OF_POLICY'\n")
            + QString::fromStdString(edited) + QStringLiteral("\nEND_OF_POLICY\n") + command + QLatin1Char('\n');
        QCOMPARE(m_dialog->exportText(), expected);
        QVERIFY(m_dialog->findChild<QLabel *>(QStringLiteral("infoLabel"))
                    ->text()
                    .contains(QStringLiteral("writes the text in the editor to TeamForceMFA.json")));

        // Run by a shell (with a stand-in for the aws command), the script writes exactly the text.
        const QString shell = QStandardPaths::findExecutable(QStringLiteral("sh"));
        if (shell.isEmpty())
            QSKIP("no sh");
        QTemporaryDir dir;
        QFile aws(dir.filePath(QStringLiteral("aws")));
        QVERIFY(aws.open(QIODevice::WriteOnly));
        aws.write("#!/bin/sh\nprintf '%s\\n' \"$*\" > aws-arguments\n");
        aws.close();
        aws.setPermissions(aws.permissions() | QFileDevice::ExeOwner);
        QProcess process;
        process.setWorkingDirectory(dir.path());
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("PATH"),
                           dir.path() + QLatin1Char(':') + environment.value(QStringLiteral("PATH")));
        process.setProcessEnvironment(environment);
        process.start(shell, {QStringLiteral("-c"), m_dialog->exportText()});
        QVERIFY(process.waitForFinished());
        QCOMPARE(process.exitCode(), 0);
        QFile written(dir.filePath(QStringLiteral("TeamForceMFA.json")));
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll(), QByteArray::fromStdString(edited + '\n'));
        QFile arguments(dir.filePath(QStringLiteral("aws-arguments")));
        QVERIFY(arguments.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(arguments.readAll()), command.mid(4) + QLatin1Char('\n'));
    }

    void invalidJsonOffersNoPolicyExport()
    {
        ExportDialog dialog;
        dialog.setPolicy(PolicySource::parse("{\"Version\": \"2012-10-17\", \"Statement\": [", "broken.json"));
        QVERIFY(!dialog.isAvailable(ExportDialog::Format::PolicyPretty));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("saveButton"))->isEnabled());
    }

    void printThroughInjectedDialog()
    {
        const QString path = m_dir.filePath(QStringLiteral("printed.pdf"));
        bool asked = false;
        m_dialog->setPrintDialogRunner([&](QPrinter *printer, QWidget *) {
            asked = true;
            printer->setOutputFormat(QPrinter::PdfFormat);
            printer->setOutputFileName(path);
            return true;
        });
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("printButton")), Qt::LeftButton);
        QVERIFY(asked);
        QVERIFY(readAll(path).startsWith("%PDF"));

        // Cancelling the print dialog prints nothing.
        QFile::remove(path);
        m_dialog->setPrintDialogRunner([](QPrinter *, QWidget *) { return false; });
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("printButton")), Qt::LeftButton);
        QVERIFY(!QFile::exists(path));
    }

    void comparisonPicture()
    {
        const PolicySource after = sample("sec-creds-self-manage_2022-11.json");
        const Policy *policies[] = {&after.policy()};
        const DecisionMatrix afterMatrix = computeMatrix(policies, SimulationIdentity());
        const std::vector<CellChange> changes = compareMatrices(m_matrix, afterMatrix);
        const std::string beforeText = prettyPolicy(m_source.json());
        const std::string afterText = prettyPolicy(after.json());
        m_dialog->setComparison(m_matrix, afterMatrix, QStringLiteral("Migration"), changes,
                                textDiff(beforeText, afterText), QStringLiteral("before.json"),
                                QStringLiteral("after.json"));
        // A comparison exports the changed cells (as `mfa-policy diff --format csv|html|markdown`):
        // one CSV row per change, each with the decision before and after.
        QVERIFY(!changes.empty());
        m_dialog->setFormat(ExportDialog::Format::MatrixCsv);
        const QList<QStringList> rows = parseCsv(m_dialog->exportText());
        QCOMPARE(rows.size(), int(changes.size()) + 1);
        bool customDevice = false;
        for (const QStringList &row : rows) {
            QCOMPARE(row.size(), 6);
            // Without MFA, a device with a custom name: implicit deny before, allow after.
            if (row.at(0) == QStringLiteral("iam:CreateVirtualMFADevice")
                && row.at(2) == QStringLiteral("arn:aws:iam::123456789012:mfa/alice-phone")
                && row.at(3) == QStringLiteral("No MFA")) {
                customDevice = true;
                QCOMPARE(row.at(4), QStringLiteral("Implicit deny"));
                QCOMPARE(row.at(5), QStringLiteral("Allow"));
            }
        }
        QVERIFY(customDevice);
        m_dialog->setFormat(ExportDialog::Format::MatrixHtml);
        const QString page = m_dialog->exportText();
        QVERIFY(page.startsWith(QStringLiteral("<!DOCTYPE html>")));
        QCOMPARE(int(page.count(QStringLiteral("<th scope=\"row\">"))), int(changes.size()));
        QCOMPARE(page.count(QStringLiteral("<tr>")), page.count(QStringLiteral("</tr>")));
        QVERIFY(page.contains(QStringLiteral("<pre>--- before.json\n+++ after.json\n")));
        m_dialog->setFormat(ExportDialog::Format::MatrixMarkdown);
        const QString markdown = m_dialog->exportText();
        for (const CellChange &change : changes)
            QVERIFY2(markdown.contains(ComparisonFormatter::changeSentence(change)), qPrintable(markdown));
        // Without MFA, a device with a custom name changes from implicit deny to allow.
        QVERIFY(markdown.contains(QStringLiteral("Without MFA, iam:CreateVirtualMFADevice on a device named "
                                                 "alice-phone: implicit deny \u2192 allow")));
        QVERIFY(markdown.contains(QStringLiteral("```diff\n--- before.json\n+++ after.json\n")));
    }

private:
    QString saveThroughDialog(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        FileDialog::instance().setNextFileNames({path});
        QTest::mouseClick(m_dialog->findChild<QPushButton *>(QStringLiteral("saveButton")), Qt::LeftButton);
        return path;
    }

    QTemporaryDir m_dir;
    PolicySource m_source;
    DecisionMatrix m_matrix;
    std::unique_ptr<ExportDialog> m_dialog;
};

QTEST_MAIN(TestExport)
#include "tst_export.moc"
