#pragma once

#include "librarylocation.h"
#include "model/record.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QSqlDriver>
#include <QString>

#include <memory>
#include <optional>

class QTimer;

namespace refmend {

struct SourceCache;

//! A record as the library holds it: its contents and the version an update must name.
struct StoredRecord {
    Record record;          // record.id is the library's id
    qint64 version = 0;
    double position = 0;    // order in the library (the table's order)
};

/*! \brief One change of one record, as the journal keeps it.
    \c field is a field id ("title", "keyword", "tag:XY" for an unknown tag, "author" and the
    other person roles, "type"), or "record" for a record created ("" -> "created"), removed
    ("present" -> "removed") or brought back. Values are text (several values of one field,
    one per line; persons in the JSON form of personsToJson()). */
struct JournalEntry {
    qint64 id = 0;
    QDateTime at;           // UTC
    QString who;
    RecordId record = 0;
    qint64 version = 0;     // the record's version this change made
    QString field;
    QString before;
    QString after;

    //! before/after as a person reads them ("Smith, John; Doe, Jane" for persons).
    QString displayBefore() const;
    QString displayAfter() const;
};

struct SearchHit {
    RecordId id = 0;
    double rank = 0;        // higher is better
};

/*! \brief What an update of one record came to. */
struct SaveResult {
    enum class Status {
        Saved,      // written and committed; \c version is the new version
        Unchanged,  // the library already held this record; nothing written
        Conflict,   // another client saved a newer version first: \c theirs is it
        Missing,    // no such record (removed by another client)
        Queued,     // the connection is lost: kept and replayed on reconnection
        Failed      // \c error says why
    };
    Status status = Status::Failed;
    qint64 version = 0;
    std::optional<StoredRecord> theirs;
    QString error;
    bool ok() const { return status == Status::Saved || status == Status::Unchanged; }
};

/*! \brief A library of records in a database, through Qt Sql: a SQLite file (QSQLITE, the
    default) or a PostgreSQL database several people share (QPSQL).

    Every write is one transaction that also journals what changed (who, when, record,
    field, before, after), and is committed before the call returns: what a caller shows as
    saved survives a crash. Each record has a version; an update names the version it
    started from and is refused when the library holds a newer one (optimistic locking), so
    no client overwrites another's change unseen. On PostgreSQL every commit is announced
    with NOTIFY, and the other clients' Library objects emit recordsChangedElsewhere().

    One Library uses one connection, from the thread that opened it. */
class Library : public QObject
{
    Q_OBJECT
public:
    explicit Library(QObject *parent = nullptr);
    ~Library() override;

    //! The schema version this build writes (migrations bring older libraries to it).
    static int currentSchemaVersion();

    /*! Opens (creating a SQLite file or the tables in an empty PostgreSQL database when
        needed) and migrates the schema. False with \a error when it cannot. */
    bool open(const LibraryLocation &location, QString *error = nullptr);
    void close();
    bool isOpen() const;
    const LibraryLocation &location() const { return m_location; }
    int schemaVersion() const;
    //! The QSqlDatabase connection name (for tests that look at the tables).
    QString connectionName() const { return m_connection; }

    //! Name written into the journal; defaults to the login name ($USER).
    QString userName() const { return m_user; }
    void setUserName(const QString &name) { m_user = name; }

    // Reading.
    QList<StoredRecord> records(QString *error = nullptr) const;
    std::optional<StoredRecord> record(RecordId id) const;
    int recordCount() const;

    // Writing. Each call is one committed transaction.
    /*! Adds \a records after the last one (in their order). Their ids and versions are set
        to the library's. Returns false with \a error, having written nothing, on failure. */
    bool addRecords(QList<StoredRecord> &records, QString *error = nullptr);
    /*! Adds one record at its \c position (after the last one when 0); sets its id and
        version. Offline, it is queued: \c record.record.id is then the caller's key, given
        back by queuedRecordAdded() once it is written. */
    SaveResult addRecord(StoredRecord &record);
    /*! Writes \a record (by record.id) over the version \a baseVersion it was edited from.
        Refused with Conflict when the library's version is newer. */
    SaveResult updateRecord(const Record &record, qint64 baseVersion);
    /*! Several updates in one transaction (a clean-up of many records): each result as
        updateRecord() gives it; a refused one does not stop the others. */
    QList<SaveResult> updateRecords(const QList<std::pair<Record, qint64>> &changes);
    //! Removes a record (it stays in the journal and can be brought back by restore()).
    SaveResult removeRecord(RecordId id, qint64 baseVersion);
    //! Moves a record in the library's order.
    SaveResult setPosition(RecordId id, double position);

    // Search and history.
    /*! Records matching every word of \a query (case and diacritics ignored, each word a
        prefix: "lucia cost" finds "Lúcia Costa"), best first. SQLite FTS5 (bm25) or
        PostgreSQL full text (ts_rank on a GIN-indexed tsvector). */
    QList<SearchHit> search(const QString &query, int limit = 0, QString *error = nullptr) const;
    //! The journal of record \a id, oldest first.
    QList<JournalEntry> history(RecordId id) const;
    //! Who made the last change of record \a id ("" when unknown).
    QString lastEditor(RecordId id) const;
    /*! Sets entry \a entryId's field of its record back to the value it had before that
        change (for "record": brings back a removed record), as a new journaled change. */
    SaveResult restore(qint64 entryId);

    // Shared libraries.
    //! True while the connection is usable (always for SQLite).
    bool isConnected() const { return m_connected; }
    //! Updates, additions and removals waiting for the connection to come back.
    int queuedCount() const { return int(m_queue.size()); }
    //! Tries to reconnect now and replays the queue; true when connected afterwards.
    bool reconnect();

Q_SIGNALS:
    //! Another client changed, added or removed these records (PostgreSQL NOTIFY).
    void recordsChangedElsewhere(const QList<RecordId> &ids);
    void connectionLost(const QString &why);
    void connectionRestored();
    //! A queued update replayed on reconnection was refused: \a result.theirs is the newer one.
    void queuedUpdateConflicted(const Record &mine, const SaveResult &result);
    //! A record added while offline reached the library: \a localKey is the id the caller
    //! gave addRecord(), \a id the library's.
    void queuedRecordAdded(RecordId localKey, RecordId id, qint64 version);
    void queueChanged(int count);

private:
    struct QueuedWrite {
        enum class Kind { Update, Add, Remove } kind = Kind::Update;
        StoredRecord record;
        qint64 baseVersion = 0;
    };
    bool migrate(QString *error);
    bool connectDatabase(QString *error);
    //! Handles a failed statement: true when it was the connection (now marked lost).
    bool checkConnectionLost(const QString &error);
    void onNotification(const QString &name, QSqlDriver::NotificationSource source,
                        const QVariant &payload);
    //! Keeps \a write for replayQueue() (an update of a record already waiting replaces its
    //! record there) and says Queued.
    SaveResult enqueue(const QueuedWrite &write);
    //! The writes themselves, connected; Queued when the connection went (nothing kept).
    SaveResult writeUpdate(const Record &record, qint64 baseVersion);
    SaveResult writeRemove(RecordId id, qint64 baseVersion);
    SaveResult writeAdd(StoredRecord &record);
    void replayQueue();
    //! Emits recordsChangedElsewhere() for journal entries other clients wrote since the last look.
    void pollJournal();
    //! SQLite: looks for commits of other connections (PRAGMA data_version), once a second.
    void pollForChanges();

    LibraryLocation m_location;
    QString m_connection;
    QString m_user;
    QString m_clientId;     // tells this client's NOTIFY payloads from others'
    bool m_connected = false;
    QList<QueuedWrite> m_queue;
    QTimer *m_retry = nullptr;
    QTimer *m_poll = nullptr;
    qint64 m_lastJournalId = 0;
    qint64 m_dataVersion = 0;
    std::unique_ptr<SourceCache> m_sources;
};

//! Persons as a JSON array of objects with the non-empty parts ({"family":...}).
QString personsToJson(const PersonList &persons);
PersonList personsFromJson(const QString &json);

} // namespace refmend
