// The studio's work after one keystroke (parse, matrix, findings, model reset, underlines) for a
// policy at the managed-policy quota of 6,144 non-whitespace characters. Prints a figure only.
#include "checker.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace mfapolicy;

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);

    QFile sample(QStringLiteral(MFAPOLICY_SAMPLES_DIR "/mfa-selfmanage_current-live.json"));
    if (!sample.open(QIODevice::ReadOnly) || sample.size() == 0) {
        std::fprintf(stderr, "error: cannot read the benchmark input %s; no figure is printed\n",
                     qPrintable(sample.fileName()));
        return 1;
    }
    QString text = QString::fromUtf8(sample.readAll());
    // Grow the sample with more statements until it reaches the quota.
    const QString extra
        = QStringLiteral("        {\n            \"Sid\": \"ReadBucket%1\",\n            \"Effect\": \"Allow\",\n"
                         "            \"Action\": [\"s3:GetObject\", \"s3:ListBucket\"],\n"
                         "            \"Resource\": \"arn:aws:s3:::example-bucket-%1/*\"\n        },\n");
    const qsizetype insertAt = text.indexOf(QStringLiteral("\"Statement\": [")) + 15;
    for (int i = 0; policySize(text.toStdString()) < 6144; ++i)
        text.insert(insertAt, extra.arg(i));
    while (policySize(text.toStdString()) > 6144) {
        const qsizetype cut = text.indexOf(QStringLiteral("example-bucket-"));
        text.remove(cut, 1);
    }

    PolicyTab tab;
    tab.resize(1400, 900);
    tab.show();
    tab.editor()->loadText(text);
    tab.analyseNow();

    std::vector<double> times;
    for (int i = 0; i < 50; ++i) {
        tab.editor()->moveCursor(QTextCursor::End);
        tab.editor()->insertPlainText(i % 2 ? QStringLiteral("\n") : QStringLiteral(" "));
        QElapsedTimer timer;
        timer.start();
        tab.analyseNow();
        times.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(times.begin(), times.end());
    std::printf("gui update after a keystroke, %zu non-whitespace characters, %zu statements: median %.2f ms, "
                "max %.2f ms (50 runs)\n",
                tab.analysis()->size, tab.analysis()->source.policy().statements.size(), times[times.size() / 2],
                times.back());
    return 0;
}
