#pragma once

// What tst_library (SQLite) and tst_sharedlibrary (PostgreSQL) share: test records, and the
// child process that edits a library until it is killed.

#include "storage/library.h"

#include <QCoreApplication>
#include <QProcess>
#include <QTextStream>

namespace refmend::test {

//! The argument that makes a test executable run runEditingChild() instead of its tests.
inline const QString kEditingChild = QStringLiteral("--editing-child");

inline Record article(const QString &title, const QString &family, const QString &given,
                      const QString &year = QStringLiteral("2020"))
{
    Record r;
    r.type = RecordType::Article;
    r.sourceType = QStringLiteral("Journal Article");
    r.setValue(FieldKey::Title, title);
    r.setValue(FieldKey::Year, year);
    Person p;
    p.family = family;
    p.given = given;
    r.setPersons(PersonRole::Author, { p });
    return r;
}

inline QList<StoredRecord> stored(const QList<Record> &records)
{
    QList<StoredRecord> out;
    for (const Record &r : records)
        out.append({ r, 0, 0 });
    return out;
}

/*! The child of the kill -9 tests: edits record 1 of the library at \a url for ever (title
    "edit N", note "note N"), printing "ack N" once edit N is committed. */
inline int runEditingChild(const QString &url)
{
    Library library;
    QString error;
    if (!library.open(LibraryLocation::fromUrl(url), &error)) {
        qCritical("%s", qPrintable(error));
        return 2;
    }
    auto current = library.record(1);
    if (!current)
        return 3;
    qint64 version = current->version;
    Record r = current->record;
    QTextStream out(stdout);
    for (int n = 1;; ++n) {
        r.setValue(FieldKey::Title, QStringLiteral("edit %1").arg(n));
        r.setValue(FieldKey::Note, QStringLiteral("note %1").arg(n));
        const SaveResult result = library.updateRecord(r, version);
        if (result.status != SaveResult::Status::Saved)
            return 4;
        version = result.version;
        out << "ack " << n << Qt::endl;
    }
}

/*! Starts this executable as runEditingChild() on \a url, kills it (SIGKILL) once it has
    acknowledged at least \a atLeast edits, and gives the last edit it acknowledged; -1 with
    \a why when the child could not be run or was not killed in the middle of its work. */
inline int killEditingChildAfter(const QString &url, int atLeast, QString *why)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    child.start(QCoreApplication::applicationFilePath(), { kEditingChild, url });
    if (!child.waitForStarted()) {
        *why = QStringLiteral("the child did not start");
        return -1;
    }
    QByteArray out;
    int acked = 0;
    auto readAcks = [&] {
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("ack "))
                acked = qMax(acked, line.mid(4).toInt());
        }
    };
    while (acked < atLeast) {
        if (!child.waitForReadyRead(60000)) {
            *why = QStringLiteral("the child stopped after: ") + QString::fromUtf8(out);
            return -1;
        }
        out += child.readAllStandardOutput();
        readAcks();
    }
    child.kill();   // SIGKILL in the middle of a stream of commits
    if (!child.waitForFinished() || child.exitStatus() != QProcess::CrashExit) {
        *why = QStringLiteral("the child was not killed");
        return -1;
    }
    out += child.readAllStandardOutput();
    readAcks();
    return acked;
}

} // namespace refmend::test
