#pragma once

#include "model/collection.h"

#include <QByteArray>
#include <QString>

class QSettings;

namespace refmend {

/*! \brief Bounds that keep a broken or hostile file from exhausting memory or time.
    A file beyond them gets an error that names the file and the limit instead of a crash or
    a frozen window. The defaults fit the largest real collections (a million RIS records
    are about 1.1 GB); tests set them low. The applications read them from QSettings
    (keys below) at start and make them the defaults. */
struct ReadLimits {
    qint64 maxFileBytes = qint64(1536) << 20;   //!< "limits/maxFileMB": larger files are refused
    qint64 maxLineBytes = qint64(64) << 20;     //!< "limits/maxLineMB": a longer line refuses the file
    int maxPersonsPerRecord = 10000;            //!< "limits/maxPersons": the rest kept as a note

    static ReadLimits fromSettings(const QSettings &settings);
};

//! The limits readFile() and readBytes() use when their options name none.
ReadLimits defaultReadLimits();
void setDefaultReadLimits(const ReadLimits &limits);

//! Why a file of \a size bytes is too large under \a limits, or an empty string.
QString fileSizeProblem(qint64 size, const QString &displayName, const ReadLimits &limits);

/*! Why \a bytes cannot be a citation file under \a limits (too large, a line too long), or
    an empty string. \a displayName names the file in the message. */
QString checkByteLimits(const QByteArray &bytes, const QString &displayName, const ReadLimits &limits);

/*! Why decoded \a text is binary data rather than text (control characters such as NUL
    in the first 64 KiB, where a text file has none or almost none), or an empty string. */
QString binaryDataProblem(const QString &text, const QString &displayName);

/*! Keeps at most limits.maxPersonsPerRecord names per role in each record; the names past
    the limit are kept as text in a note field (nothing is dropped), with a warning that
    says so at the record's line. */
void applyPersonLimit(Collection &collection, const ReadLimits &limits);

} // namespace refmend
