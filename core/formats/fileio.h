#pragma once

#include "format.h"
#include "readlimits.h"

#include <QString>

#include <optional>

namespace refmend {

struct ReadFileOptions {
    QString formatId;    // empty: detect from content, then extension
    QString encoding;    // empty: detect (BOM, UTF-8, uchardet)
    std::optional<ReadLimits> limits;   // empty: defaultReadLimits()
    //! Reports how far the read has got and stops it when cancelled (then the result has no
    //! records and an error saying so); null for neither. Not owned.
    ReadProgress *progress = nullptr;
};

/*! \brief Reads a whole file: bytes, encoding, format, records. Never throws; problems
    (unreadable file, unknown format) are diagnostics with severity Error on the result. */
Collection readFile(const QString &path, const ReadFileOptions &options = {});

/*! \brief The records in the first \a bytes of the file at \a path, to show while the
    whole file is read: the head is cut at its last line end and read as a file of its own,
    and its last record, which the cut may have shortened, is left out. Its diagnostics are
    not kept (the whole read gives them). Empty when the file is not larger than \a bytes,
    when the head is UTF-16 (a cut could split a character), or when nothing in it reads. */
Collection readFileHead(const QString &path, qint64 bytes, const ReadFileOptions &options = {});

//! Same, from bytes already in memory (stdin, clipboard); \a name is used for detection.
Collection readBytes(const QByteArray &bytes, const QString &name,
                     const ReadFileOptions &options = {});

/*! The encoding a file names for itself in its first kilobyte: an XML declaration
    (encoding="ISO-8859-1") or JabRef's "% Encoding: windows-1252" header; empty if none.
    readBytes() uses it for files that are not Unicode, instead of a guess. */
QString declaredEncoding(const QByteArray &bytes);

struct WriteResult {
    bool ok = false;
    QString error;                   // why it failed, for the user
    QList<Diagnostic> warnings;      // what the format could not carry
    QString backupError;             // saved, but the previous version's backup is incomplete
    bool cancelled = false;          // stopped through WriteOptions::progress; nothing written
};

/*! Encodes \a text in options.encoding (UTF-8 when empty), with a BOM if asked. A character
    the encoding cannot hold is an error (set in \a error), never a silent '?'. */
QByteArray encodeText(const QString &text, const WriteOptions &options, QString *error);

//! Runs the writer of \a formatId (line endings are the writer's) and encodes its text.
QByteArray writeBytes(const QList<Record> &records, const QString &formatId,
                      const WriteOptions &options, WriteResult *result = nullptr);

/*! \brief One line saying what a write could not carry across, from the writer's warnings:
    "12 records: 31 fields have no place in RIS: custom1 (12), foo (19)".
    Empty when nothing was displaced. */
QString lossSummary(const QList<Diagnostic> &warnings, const QString &formatName);

/*! Writes through QSaveFile, so the old file stays intact when anything fails. With
    \a backupCount > 0 the file as it was is kept as a backup (see saveBytes()). */
WriteResult writeFile(const QString &path, const QList<Record> &records,
                      const QString &formatId, const WriteOptions &options = {},
                      int backupCount = 0);

/*! \brief Where saving \a path keeps its previous versions, newest first: "refs.bib.bak"
    (the file as it was before the last save), "refs.bib.bak2" (before the one before), ...
    up to "refs.bib.bak<count>". */
QStringList backupPaths(const QString &path, int count);

/*! \brief Writes \a bytes to \a path through QSaveFile (atomic: the old file stays whole
    until the new one is complete).
    With \a backupCount > 0 and a file already at \a path whose bytes differ, the old file
    becomes path.bak and the older backups move down one (.bak to .bak2, ...); the one that
    would pass \a backupCount is removed, backups beyond it are left alone. The copy is made
    before the commit and the backups rotate only after it, so a save that fails leaves the
    file and every backup as they were. A backup that cannot be copied fails the save; one
    that cannot be rotated after the commit is reported in WriteResult::backupError. */
WriteResult saveBytes(const QString &path, const QByteArray &bytes, int backupCount = 0);

} // namespace refmend
