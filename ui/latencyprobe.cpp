#include "latencyprobe.h"

#include <QTimer>

using namespace Qt::StringLiterals;

namespace refmend {

LatencyProbe *LatencyProbe::s_instance = nullptr;

LatencyProbe *LatencyProbe::startIfRequested(QObject *parent)
{
    if (s_instance)
        return s_instance;
    const QByteArray setting = qgetenv("REFMEND_LATENCY_PROBE");
    if (setting.isEmpty() || setting == "0")
        return nullptr;
    FILE *log = stderr;
    bool owns = false;
    if (setting != "1") {
        log = std::fopen(setting.constData(), "a");
        owns = log != nullptr;
        if (!log)
            log = stderr;
    }
    auto *probe = new LatencyProbe(log, parent);
    probe->m_ownsLog = owns;
    return probe;
}

LatencyProbe *LatencyProbe::instance()
{
    return s_instance;
}

void LatencyProbe::mark(const QString &activity)
{
    if (!s_instance)
        return;
    // What the thread did before this mark still counts against the previous activity.
    s_instance->tick();
    s_instance->m_activity = activity;
    std::fprintf(s_instance->m_log, "latency: %s begins at %.2f s\n", qPrintable(activity),
                 s_instance->m_clock.elapsed() / 1000.0);
    std::fflush(s_instance->m_log);
    if (!s_instance->m_order.contains(activity))
        s_instance->m_order.append(activity);
}

LatencyProbe::LatencyProbe(FILE *log, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_timer(new QTimer(this))
{
    s_instance = this;
    m_order.append(m_activity);
    m_clock.start();
    m_timer->setTimerType(Qt::PreciseTimer);
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &LatencyProbe::tick);
    m_timer->start();
    std::fprintf(m_log, "latency probe: on (a tick every %d ms; stalls of %d ms or more logged)\n",
                 kIntervalMs, kLogThresholdMs);
    std::fflush(m_log);
}

LatencyProbe::~LatencyProbe()
{
    tick();
    for (const QString &line : summary())
        std::fprintf(m_log, "%s\n", qPrintable(line));
    std::fflush(m_log);
    if (m_ownsLog)
        std::fclose(m_log);
    if (s_instance == this)
        s_instance = nullptr;
}

void LatencyProbe::tick()
{
    const qint64 now = m_clock.elapsed();
    const qint64 stall = now - m_lastTick - kIntervalMs;
    m_lastTick = now;
    if (stall <= 0)
        return;
    Stats &s = m_stats[m_activity];
    s.totalMs += stall;
    s.longestMs = qMax(s.longestMs, stall);
    if (stall >= kLogThresholdMs) {
        ++s.stalls;
        std::fprintf(m_log, "latency: %lld ms stall during %s (at %.1f s)\n",
                     static_cast<long long>(stall), qPrintable(m_activity), now / 1000.0);
        std::fflush(m_log);
    }
}

QStringList LatencyProbe::summary() const
{
    QStringList lines;
    for (const QString &activity : m_order) {
        const Stats s = m_stats.value(activity);
        lines << u"latency summary: %1: longest stall %2 ms, %3 stall(s) of %4 ms or more"_s
                         .arg(activity).arg(s.longestMs).arg(s.stalls).arg(kLogThresholdMs);
    }
    return lines;
}

} // namespace refmend
