#pragma once

#include "policyanalysis.h"

#include <QObject>

#include <functional>
#include <memory>

class QTimer;

namespace mfapolicy {

/// When a document is analysed: a short while after the last keystroke, at once when asked, on a
/// worker for a huge text, and again when the principal it is part of changes. Only the newest
/// analysis is delivered.
class AnalysisScheduler final : public QObject
{
    Q_OBJECT
public:
    /// Debounce between the last keystroke and the analysis.
    static constexpr int delayMs = 150;

    /// What to analyse, asked for each time an analysis starts.
    struct Input {
        QString text;
        PrincipalView principal;
        PolicyKind kind = PolicyKind::Managed;
        QString name;
    };

    explicit AnalysisScheduler(std::function<Input()> input, QObject *parent = nullptr);

    /// The text changed: analyse it once typing pauses. A running analysis is out of date.
    void schedule();
    /// Starts the analysis now: here for policy-sized text, on a worker for a huge one.
    void start();
    /// Analyses here and now unless the last analysis is of the current input.
    void analyseNow();
    /// The principal changed: analyse again now when `visible`, else when next shown (`isOutdated`).
    void invalidate(bool visible);
    bool isOutdated() const { return m_outdated; }
    bool isWaiting() const;
    void cancel();
    std::shared_ptr<const PolicyAnalysis> latest() const { return m_latest; }

Q_SIGNALS:
    void analysed(std::shared_ptr<const PolicyAnalysis> analysis);
    /// A huge text went to a worker thread.
    void backgroundStarted();
    void runningChanged(bool running);

private:
    void deliver(std::shared_ptr<const PolicyAnalysis> analysis);

    std::function<Input()> m_input;
    QTimer *m_timer;
    BackgroundAnalysis *m_background;
    std::shared_ptr<const PolicyAnalysis> m_latest;
    bool m_outdated = false;
};

} // namespace mfapolicy
