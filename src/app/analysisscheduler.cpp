#include "analysisscheduler.h"

#include <QTimer>

namespace mfapolicy {

AnalysisScheduler::AnalysisScheduler(std::function<Input()> input, QObject *parent)
    : QObject(parent), m_input(std::move(input)), m_timer(new QTimer(this)), m_background(new BackgroundAnalysis(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(delayMs);
    connect(m_timer, &QTimer::timeout, this, &AnalysisScheduler::start);
    connect(m_background, &BackgroundAnalysis::finished, this, &AnalysisScheduler::deliver);
    connect(m_background, &BackgroundAnalysis::runningChanged, this, &AnalysisScheduler::runningChanged);
}

bool AnalysisScheduler::isWaiting() const
{
    return m_timer->isActive();
}

void AnalysisScheduler::schedule()
{
    m_background->cancel(); // its text is out of date
    m_timer->start();
}

void AnalysisScheduler::cancel()
{
    m_timer->stop();
    m_background->cancel();
}

// One parse per change. Policy-sized text is analysed here; a huge paste goes to a worker so
// typing never waits for it: a new edit cancels it, and only the newest result is shown.
void AnalysisScheduler::start()
{
    m_timer->stop();
    Input input = m_input();
    if (input.text.size() <= PolicyAnalysis::backgroundThreshold) {
        m_background->cancel();
        deliver(PolicyAnalysis::run(input.text, std::move(input.principal), input.kind, input.name));
        return;
    }
    Q_EMIT backgroundStarted();
    m_outdated = false;
    m_background->start(input.text, input.principal, input.kind, input.name);
}

void AnalysisScheduler::analyseNow()
{
    Input input = m_input();
    if (!m_timer->isActive() && !m_outdated && m_latest && m_latest->text == input.text)
        return;
    m_timer->stop();
    m_background->cancel();
    deliver(PolicyAnalysis::run(input.text, std::move(input.principal), input.kind, input.name));
}

void AnalysisScheduler::invalidate(bool visible)
{
    m_outdated = true;
    if (visible && !m_timer->isActive())
        start();
}

void AnalysisScheduler::deliver(std::shared_ptr<const PolicyAnalysis> analysis)
{
    if (!analysis)
        return;
    m_outdated = false;
    m_latest = std::move(analysis);
    Q_EMIT analysed(m_latest);
}

} // namespace mfapolicy
