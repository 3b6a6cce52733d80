#pragma once

// What the benchmark programs share: timing on a shared machine, and the gen_corpus files.

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QString>

namespace refmend::bench {

//! Runs \a f three times and returns the fastest in nanoseconds: the least disturbed run on
//! a shared machine.
template <typename F>
qint64 bestOfThree(F &&f)
{
    qint64 best = -1;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer timer;
        timer.start();
        f();
        const qint64 ns = timer.nsecsElapsed();
        if (best < 0 || ns < best)
            best = ns;
    }
    return best;
}

/*! Makes sure \a dir holds gen_corpus.py's file corpus-N.\a extension for \a records
    records, running \a generator when it is not there yet: for every format, or only for
    \a extension with \a onlyThat. Empty on success, else why not. */
inline QString ensureCorpus(const QString &generator, const QString &dir, int records,
                            const QString &extension = QStringLiteral("ris"), bool onlyThat = false)
{
    if (QFile::exists(dir + QStringLiteral("/corpus-") + QString::number(records) + u'.' + extension))
        return {};
    if (!QFile::exists(generator))
        return QStringLiteral("gen_corpus.py not found at ") + generator;
    QStringList arguments{generator, QStringLiteral("--records"), QString::number(records),
                          QStringLiteral("--out"), dir};
    if (onlyThat)
        arguments << QStringLiteral("--formats") << extension;
    QProcess python;
    python.start(QStringLiteral("python3"), arguments);
    if (!python.waitForFinished(30 * 60 * 1000) || python.exitCode() != 0)
        return QStringLiteral("could not generate the corpus: ")
                + QString::fromLocal8Bit(python.readAllStandardError());
    return {};
}

} // namespace refmend::bench
