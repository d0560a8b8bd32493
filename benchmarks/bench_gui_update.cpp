// The studio's work after one keystroke (parse, matrix, findings, model reset, underlines) for a
// policy at the managed-policy quota of 6,144 non-whitespace characters, then for one policy of a
// principal with six policies, ReadOnlyAccess among them. Prints figures only.
#include "checker.h"
#include "policyanalysis.h"
#include "policyeditor.h"
#include "policytab.h"
#include "principalsetup.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <optional>
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

    const auto keystrokes = [](PolicyTab &t) {
        std::vector<double> times;
        for (int i = 0; i < 50; ++i) {
            t.editor()->moveCursor(QTextCursor::End);
            t.editor()->insertPlainText(i % 2 ? QStringLiteral("\n") : QStringLiteral(" "));
            QElapsedTimer timer;
            timer.start();
            t.analyseNow();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        std::sort(times.begin(), times.end());
        return times;
    };
    std::vector<double> times = keystrokes(tab);
    std::printf("gui update after a keystroke, %zu non-whitespace characters, %zu statements: median %.2f ms, "
                "max %.2f ms (50 runs)\n",
                tab.analysis()->size, tab.analysis()->source.policy().statements.size(), times[times.size() / 2],
                times.back());

    // A principal of six policies: the edited one (AWS's current self-manage example), three
    // AWS managed ones and two more of AWS's examples as files.
    PrincipalSetup setup;
    PolicyTab edited;
    edited.resize(1400, 900);
    edited.show();
    QFile example(QStringLiteral(MFAPOLICY_SAMPLES_DIR "/mfa-selfmanage_current-live.json"));
    if (!example.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "error: cannot read %s; no figure is printed\n", qPrintable(example.fileName()));
        return 1;
    }
    edited.editor()->loadText(QString::fromUtf8(example.readAll()));
    edited.setPrincipalSetup(&setup);
    edited.analyseNow();
    setup.addPolicy(PrincipalSetup::entryFor(&edited));
    for (const char *name : {"ReadOnlyAccess", "IAMUserChangePassword", "IAMReadOnlyAccess"}) {
        std::optional<PrincipalSetup::Entry> entry = PrincipalSetup::entryForAwsManaged(QLatin1String(name));
        if (!entry) {
            std::fprintf(stderr, "error: the bundled data has no %s; no figure is printed\n", name);
            return 1;
        }
        setup.addPolicy(std::move(*entry));
    }
    for (const char *file : {"/sec-creds-self-manage_2022-11.json", "/ec2-require-mfa_2022-12.json"}) {
        QString error;
        std::optional<PrincipalSetup::Entry> entry
            = PrincipalSetup::entryForFile(QStringLiteral(MFAPOLICY_SAMPLES_DIR) + QLatin1String(file), &error);
        if (!entry) {
            std::fprintf(stderr, "error: %s; no figure is printed\n", qPrintable(error));
            return 1;
        }
        setup.addPolicy(std::move(*entry));
    }
    edited.analyseNow();
    times = keystrokes(edited);
    std::printf("gui update after a keystroke in one policy of a principal with %zu policies (ReadOnlyAccess among "
                "them): median %.2f ms, max %.2f ms (50 runs)\n",
                edited.analysis()->principal.principal.policies.size(), times[times.size() / 2], times.back());
    return 0;
}
