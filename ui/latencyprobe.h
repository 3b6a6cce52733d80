#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QString>

#include <cstdio>

class QTimer;

namespace refmend {

/*! \brief Measures how long the GUI thread is kept from its event loop, so that "the UI
    never blocks for more than 100 ms" is measured, not guessed.

    A timer ticks every 10 ms; a tick that comes late means the thread was busy for that
    long (a stall). Each stall is put down to the activity last named with mark() ("open",
    "filter", "sort", "export", ...). Stalls of 50 ms or more are logged as they happen, and
    at exit one line per activity gives the longest stall and how many there were.

    Off unless REFMEND_LATENCY_PROBE is set: "1" logs to stderr, anything else is a file
    to append to. `refmend` starts it in main(); mark() costs nothing when it is off. */
class LatencyProbe : public QObject
{
    Q_OBJECT
public:
    //! Starts the probe when the environment asks for it; returns it, or null.
    static LatencyProbe *startIfRequested(QObject *parent = nullptr);
    static LatencyProbe *instance();
    //! Names what the GUI thread is about to do; later stalls count against it.
    static void mark(const QString &activity);

    explicit LatencyProbe(FILE *log, QObject *parent = nullptr);
    ~LatencyProbe() override;   // writes the summary

    struct Stats {
        int stalls = 0;          // at least kLogThresholdMs
        qint64 longestMs = 0;
        qint64 totalMs = 0;      // busy time beyond the tick interval, all stalls
    };
    Stats stats(const QString &activity) const { return m_stats.value(activity); }
    QStringList summary() const;

    static constexpr int kIntervalMs = 10;
    static constexpr int kLogThresholdMs = 50;

private:
    void tick();

    static LatencyProbe *s_instance;
    FILE *m_log = nullptr;
    bool m_ownsLog = false;
    QTimer *m_timer = nullptr;
    QElapsedTimer m_clock;
    qint64 m_lastTick = 0;
    QString m_activity = QStringLiteral("start");
    QHash<QString, Stats> m_stats;
    QStringList m_order;
};

} // namespace refmend
