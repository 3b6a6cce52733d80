#pragma once

#include "librarylocation.h"

#include <QSqlDatabase>
#include <QString>

namespace refmend::schema {

/*! \brief The library's tables, one schema for SQLite and PostgreSQL.

    Version 1: meta (key/value: schema_version), records (id, version, position, deleted,
    type, source type and format, the source text a writer of that format can copy, created,
    modified), fields (record, position, key, tag, value: ordered, unknown tags kept under
    their tag), persons (record, role, position, family, given, particle, suffix, literal,
    raw) and journal (at, who, record, version, field, before, after).
    Version 2: journal.client (which connection wrote a change, so that each client sees
    the others' changes) and the full-text index, filled from the records already there
    (SQLite FTS5; PostgreSQL a tsvector with a GIN index). */
int currentVersion();

//! The version a database holds (0 for an empty one), -1 when it cannot be read.
int storedVersion(const QSqlDatabase &db);

/*! Brings \a db to \a targetVersion (default: currentVersion()) in one transaction.
    Refuses a database made by a newer RefMend, or one that is not a RefMend library. */
bool migrate(QSqlDatabase &db, LibraryEngine engine, QString *error, int targetVersion = -1);

//! Fills the full-text index from the records (in the caller's transaction). Defined in
//! library.cpp, where the search text of a record is made.
bool rebuildSearchIndex(QSqlDatabase &db, LibraryEngine engine, QString *error);

} // namespace refmend::schema
