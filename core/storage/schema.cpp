#include "schema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace refmend::schema {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("refmend::Library", text);
}

//! The statements that take a database from version \a version - 1 to \a version.
QStringList stepTo(int version, LibraryEngine engine)
{
    const bool pg = engine == LibraryEngine::PostgreSQL;
    const QString id = pg ? u"BIGSERIAL PRIMARY KEY"_s : u"INTEGER PRIMARY KEY AUTOINCREMENT"_s;
    const QString big = pg ? u"BIGINT"_s : u"INTEGER"_s;
    const QString real = pg ? u"DOUBLE PRECISION"_s : u"REAL"_s;
    // SQLite: fields and persons are stored in their primary key's order, one b-tree each
    // instead of a table and an index (half the writes of an import).
    const QString withoutRowid = pg ? QString() : u" WITHOUT ROWID"_s;
    switch (version) {
    case 1:
        return {
            u"CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"_s,
            // The decoded text of an imported file, once: the records read from it point
            // into it, so that a writer of its format can copy what nobody edited as it was.
            u"CREATE TABLE sources (id %1, text TEXT NOT NULL)"_s.arg(id),
            u"CREATE TABLE records ("
            " id %1,"
            " version %2 NOT NULL DEFAULT 1,"
            " position %3 NOT NULL,"
            " deleted SMALLINT NOT NULL DEFAULT 0,"
            " type TEXT NOT NULL,"
            " source_type TEXT NOT NULL DEFAULT '',"
            " source_format TEXT NOT NULL DEFAULT '',"
            " unparsed SMALLINT NOT NULL DEFAULT 0,"
            " source_id %2 REFERENCES sources (id),"
            " source_gap %2 NOT NULL DEFAULT 0,"
            " source_start %2 NOT NULL DEFAULT 0,"
            " source_end %2 NOT NULL DEFAULT 0,"
            " source_tail %2 NOT NULL DEFAULT 0,"
            " source_pristine SMALLINT NOT NULL DEFAULT 0,"
            " created TEXT NOT NULL,"
            " modified TEXT NOT NULL)"_s.arg(id, big, real),
            u"CREATE INDEX records_order ON records (deleted, position)"_s,
            u"CREATE TABLE fields ("
            " record_id %1 NOT NULL REFERENCES records (id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " key TEXT NOT NULL,"
            " tag TEXT NOT NULL,"
            " value TEXT NOT NULL,"
            " PRIMARY KEY (record_id, position))%2"_s.arg(big, withoutRowid),
            u"CREATE TABLE persons ("
            " record_id %1 NOT NULL REFERENCES records (id) ON DELETE CASCADE,"
            " role TEXT NOT NULL,"
            " position INTEGER NOT NULL,"
            " family TEXT NOT NULL,"
            " given TEXT NOT NULL,"
            " particle TEXT NOT NULL,"
            " suffix TEXT NOT NULL,"
            " literal TEXT NOT NULL,"
            " raw TEXT NOT NULL,"
            " PRIMARY KEY (record_id, role, position))%2"_s.arg(big, withoutRowid),
            u"CREATE TABLE journal ("
            " id %1,"
            " at TEXT NOT NULL,"
            " who TEXT NOT NULL,"
            " record_id %2 NOT NULL,"
            " version %2 NOT NULL,"
            " field TEXT NOT NULL,"
            " before TEXT,"
            " after TEXT)"_s.arg(id, big),
            u"CREATE INDEX journal_record ON journal (record_id, id)"_s,
        };
    case 2:
        return {
            u"ALTER TABLE journal ADD COLUMN client TEXT NOT NULL DEFAULT ''"_s,
            pg ? u"CREATE TABLE record_search ("
                 " record_id BIGINT PRIMARY KEY REFERENCES records (id) ON DELETE CASCADE,"
                 " doc TSVECTOR NOT NULL)"_s
               : u"CREATE VIRTUAL TABLE record_search USING fts5"
                 " (title, authors, body, tokenize = 'unicode61 remove_diacritics 2')"_s,
            pg ? u"CREATE INDEX record_search_doc ON record_search USING GIN (doc)"_s : QString(),
        };
    default:
        return {};
    }
}

bool exec(QSqlQuery &q, const QString &sql, QString *error)
{
    if (sql.isEmpty() || q.exec(sql))
        return true;
    if (error)
        *error = tr("Cannot update the library's tables: %1 (%2)").arg(q.lastError().text(), sql);
    return false;
}

} // namespace

int currentVersion()
{
    return 2;
}

int storedVersion(const QSqlDatabase &db)
{
    const QStringList tables = db.tables();
    if (!tables.contains(u"meta"_s))
        return tables.isEmpty() ? 0 : -1;
    QSqlQuery q(db);
    if (q.exec(u"SELECT value FROM meta WHERE key = 'schema_version'"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool migrate(QSqlDatabase &db, LibraryEngine engine, QString *error, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = currentVersion();
    if (!db.transaction()) {
        if (error)
            *error = tr("Cannot update the library's tables: %1").arg(db.lastError().text());
        return false;
    }
    QSqlQuery q(db);
    // Two clients opening a new shared library at once: one makes the tables, the other waits.
    if (engine == LibraryEngine::PostgreSQL
        && !exec(q, u"SELECT pg_advisory_xact_lock(7308611042)"_s, error)) {
        db.rollback();
        return false;
    }
    const int stored = storedVersion(db);
    if (stored < 0) {
        db.rollback();
        if (error)
            *error = tr("This database holds other tables: it is not a RefMend library");
        return false;
    }
    if (stored > currentVersion()) {
        db.rollback();
        if (error) {
            *error = tr("This library was made by a newer RefMend (schema %1; this one knows %2)")
                             .arg(stored).arg(currentVersion());
        }
        return false;
    }
    for (int version = stored + 1; version <= targetVersion; ++version) {
        for (const QString &sql : stepTo(version, engine)) {
            if (!exec(q, sql, error)) {
                db.rollback();
                return false;
            }
        }
        if (version == 2 && !rebuildSearchIndex(db, engine, error)) {
            db.rollback();
            return false;
        }
    }
    if (targetVersion > stored) {
        q.prepare(stored == 0 ? u"INSERT INTO meta (key, value) VALUES ('schema_version', ?)"_s
                              : u"UPDATE meta SET value = ? WHERE key = 'schema_version'"_s);
        q.addBindValue(QString::number(targetVersion));
        if (!q.exec()) {
            if (error)
                *error = tr("Cannot update the library's tables: %1").arg(q.lastError().text());
            db.rollback();
            return false;
        }
    }
    if (!db.commit()) {
        if (error)
            *error = tr("Cannot update the library's tables: %1").arg(db.lastError().text());
        return false;
    }
    return true;
}

} // namespace refmend::schema
