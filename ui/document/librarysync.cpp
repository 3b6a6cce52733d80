#include "librarysync.h"

#include "document.h"

#include "commands/recordcommands.h"

#include <QTimer>
#include <QUndoStack>

namespace refmend {

LibrarySync::LibrarySync(Document *document, Library *library, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_library(library)
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(0);
    connect(m_flushTimer, &QTimer::timeout, this, &LibrarySync::flush);

    connect(document, &Document::recordChanged, this, &LibrarySync::recordChanged);
    connect(document, &Document::recordsInserted, this, &LibrarySync::recordsInserted);
    connect(document, &Document::recordsAboutToBeRemoved, this,
            &LibrarySync::recordsAboutToBeRemoved);
    connect(document, &Document::reset, this, &LibrarySync::documentReset);
    connect(library, &Library::recordsChangedElsewhere, this, &LibrarySync::changedElsewhere);
    connect(library, &Library::queuedRecordAdded, this, &LibrarySync::queuedRecordAdded);
    connect(library, &Library::queuedUpdateConflicted, this,
            &LibrarySync::queuedUpdateConflicted);
    connect(library, &Library::connectionLost, this, [this](const QString &why) {
        Q_EMIT message(tr("The library %1 is offline (%2): changes wait here and are written "
                          "when it is back")
                               .arg(m_library->location().displayName(), why.simplified()));
    });
    connect(library, &Library::connectionRestored, this, [this] {
        Q_EMIT message(tr("The library %1 is back: waiting changes were written")
                               .arg(m_library->location().displayName()));
    });
}

LibrarySync::~LibrarySync()
{
    flush();
}

bool LibrarySync::load(QString *error)
{
    QString why;
    const QList<StoredRecord> stored = m_library->records(&why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    Collection collection;
    collection.records.reserve(stored.size());
    m_entries.clear();
    m_byLibraryId.clear();
    m_dirty.clear();
    m_removals.clear();
    for (const StoredRecord &s : stored) {
        collection.records.append(s.record);
        map(s.record.id, { s.record.id, s.version, s.position, s.record, false });
    }
    m_applying = true;
    m_document->setCollection(collection);
    m_applying = false;
    return true;
}

void LibrarySync::map(RecordId documentId, const Entry &entry)
{
    m_entries.insert(documentId, entry);
    if (entry.libraryId)
        m_byLibraryId.insert(entry.libraryId, documentId);
}

RecordId LibrarySync::libraryId(RecordId documentId) const
{
    return m_entries.value(documentId).libraryId;
}

RecordId LibrarySync::documentId(RecordId libraryId) const
{
    return m_byLibraryId.value(libraryId, 0);
}

qint64 LibrarySync::version(RecordId documentId) const
{
    return m_entries.value(documentId).version;
}

int LibrarySync::pendingCount() const
{
    return int(m_dirty.size() + m_removals.size()) + m_library->queuedCount();
}

Record LibrarySync::forLibrary(const Record &record, RecordId libraryId) const
{
    Record r = record;
    r.id = libraryId;
    return r;
}

void LibrarySync::scheduleFlush()
{
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

// --- the document changed ---------------------------------------------------------------------

void LibrarySync::recordChanged(int row)
{
    if (m_applying || !m_document->isValidRow(row))
        return;
    m_dirty.insert(m_document->record(row).id);
    scheduleFlush();
}

void LibrarySync::recordsInserted(int first, int last)
{
    if (m_applying)
        return;
    for (int row = first; row <= last; ++row) {
        const Record &record = m_document->record(row);
        Entry entry;
        entry.position = positionFor(row);
        m_entries.insert(record.id, entry);
        m_dirty.insert(record.id);
    }
    scheduleFlush();
}

double LibrarySync::positionFor(int row) const
{
    // The nearest neighbours already in the library.
    double before = 0, after = 0;
    for (int r = row - 1; r >= 0; --r) {
        const Entry e = m_entries.value(m_document->record(r).id);
        if (e.libraryId) {
            before = e.position;
            break;
        }
    }
    for (int r = row + 1; r < m_document->recordCount(); ++r) {
        const Entry e = m_entries.value(m_document->record(r).id);
        if (e.libraryId && !m_dirty.contains(m_document->record(r).id)) {
            after = e.position;
            break;
        }
    }
    if (after <= 0)
        return 0;   // at the end: the library puts it after the last one
    return (before + after) / 2;
}

void LibrarySync::recordsAboutToBeRemoved(int first, int last)
{
    if (m_applying)
        return;
    for (int row = first; row <= last; ++row) {
        const RecordId id = m_document->record(row).id;
        const Entry entry = m_entries.take(id);
        m_dirty.remove(id);
        if (entry.libraryId) {
            m_byLibraryId.remove(entry.libraryId);
            m_removals.append({ entry.libraryId, entry.version });
        }
    }
    scheduleFlush();
}

void LibrarySync::documentReset()
{
    if (m_applying)
        return;
    // Every record at once (a reload, an undo of one): compare with what the library has.
    QSet<RecordId> present;
    for (int row = 0; row < m_document->recordCount(); ++row) {
        const Record &record = m_document->record(row);
        present.insert(record.id);
        const auto it = m_entries.constFind(record.id);
        if (it == m_entries.constEnd()) {
            Entry entry;
            entry.position = 0;
            m_entries.insert(record.id, entry);
            m_dirty.insert(record.id);
        } else if (!it->libraryId || it->synced != record
                   || it->synced.sourceFormat != record.sourceFormat) {
            m_dirty.insert(record.id);
        }
    }
    for (auto it = m_entries.begin(); it != m_entries.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        if (it->libraryId) {
            m_byLibraryId.remove(it->libraryId);
            m_removals.append({ it->libraryId, it->version });
        }
        m_dirty.remove(it.key());
        it = m_entries.erase(it);
    }
    scheduleFlush();
}

// --- writing ----------------------------------------------------------------------------------

void LibrarySync::flush()
{
    m_flushTimer->stop();
    if (m_dirty.isEmpty() && m_removals.isEmpty())
        return;
    int saved = 0;
    QStringList failures;

    // Removals: the user's intent wins over a newer version (the journal keeps it).
    for (const auto &[libraryId, version] : std::exchange(m_removals, {})) {
        SaveResult result = m_library->removeRecord(libraryId, version);
        if (result.status == SaveResult::Status::Conflict && result.theirs)
            result = m_library->removeRecord(libraryId, result.theirs->version);
        if (result.ok())
            ++saved;
        else if (result.status != SaveResult::Status::Queued
                 && result.status != SaveResult::Status::Missing)
            failures.append(result.error);
    }

    // Additions and updates, in document order.
    QList<int> addRows;
    QList<std::pair<Record, qint64>> updates;
    QList<RecordId> updated;
    const QSet<RecordId> dirty = std::exchange(m_dirty, {});
    for (int row = 0; row < m_document->recordCount(); ++row) {
        const Record &record = m_document->record(row);
        if (!dirty.contains(record.id))
            continue;
        const Entry &entry = m_entries[record.id];
        if (entry.addQueued)
            m_dirty.insert(record.id);      // written once the add has its id
        else if (!entry.libraryId)
            addRows.append(row);
        else {
            updates.append({ forLibrary(record, entry.libraryId), entry.version });
            updated.append(record.id);
        }
    }

    // Records added at the end go in one transaction; the others one by one at their place.
    QList<StoredRecord> batch;
    QList<RecordId> batchIds;
    for (const int row : std::as_const(addRows)) {
        const Record &record = m_document->record(row);
        Entry &entry = m_entries[record.id];
        if (entry.position <= 0 && m_library->isConnected()) {
            batch.append({ forLibrary(record, 0), 0, 0 });
            batchIds.append(record.id);
            continue;
        }
        StoredRecord stored{ forLibrary(record, record.id), 0, entry.position };
        const SaveResult result = m_library->addRecord(stored);
        if (result.ok()) {
            entry.libraryId = stored.record.id;
            entry.version = result.version;
            entry.position = stored.position;
            entry.synced = record;
            m_byLibraryId.insert(entry.libraryId, record.id);
            ++saved;
        } else if (result.status == SaveResult::Status::Queued) {
            entry.addQueued = true;
        } else {
            failures.append(result.error);
            m_dirty.insert(record.id);
        }
    }
    if (!batch.isEmpty()) {
        QString error;
        if (m_library->addRecords(batch, &error)) {
            for (qsizetype i = 0; i < batch.size(); ++i) {
                Entry &entry = m_entries[batchIds.at(i)];
                entry.libraryId = batch.at(i).record.id;
                entry.version = batch.at(i).version;
                entry.position = batch.at(i).position;
                entry.synced = m_document->record(m_document->collection().indexOfId(batchIds.at(i)));
                m_byLibraryId.insert(entry.libraryId, batchIds.at(i));
            }
            saved += int(batch.size());
        } else {
            failures.append(error);
            for (const RecordId id : std::as_const(batchIds))
                m_dirty.insert(id);
        }
    }

    const QList<SaveResult> results = m_library->updateRecords(updates);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const SaveResult &result = results.at(i);
        const RecordId id = updated.at(i);
        Entry &entry = m_entries[id];
        switch (result.status) {
        case SaveResult::Status::Saved:
        case SaveResult::Status::Unchanged:
            entry.version = result.version;
            entry.synced = updates.at(i).first;
            entry.synced.id = id;
            saved += result.status == SaveResult::Status::Saved;
            break;
        case SaveResult::Status::Conflict:
            Q_EMIT conflict(id, updates.at(i).first, *result.theirs);
            break;
        case SaveResult::Status::Missing:
            // Removed by someone else meanwhile: the edit makes it a new record again.
            m_byLibraryId.remove(entry.libraryId);
            entry = Entry();
            m_dirty.insert(id);
            Q_EMIT message(tr("A record you edited had been removed by someone else: "
                              "it was added again with your changes"));
            scheduleFlush();
            break;
        case SaveResult::Status::Queued:
            break;      // the library keeps it; the message below says so
        case SaveResult::Status::Failed:
            failures.append(result.error);
            m_dirty.insert(id);
            break;
        }
    }

    if (!failures.isEmpty()) {
        Q_EMIT message(tr("Could not write to the library %1: %2")
                               .arg(m_library->location().displayName(), failures.first()));
    } else if (m_library->queuedCount() > 0) {
        Q_EMIT message(tr("Offline: %n change(s) waiting for the library", nullptr,
                          m_library->queuedCount()));
    } else if (saved > 0) {
        Q_EMIT message(tr("Saved to the library %1").arg(m_library->location().displayName()));
    }
}

// --- conflicts --------------------------------------------------------------------------------

void LibrarySync::resolveConflict(RecordId documentId, const Record &merged,
                                  const StoredRecord &theirs)
{
    const int row = m_document->collection().indexOfId(documentId);
    if (row < 0)
        return;
    Entry &entry = m_entries[documentId];
    entry.version = theirs.version;
    entry.synced = theirs.record;
    entry.synced.id = documentId;
    Record record = merged;
    record.id = documentId;
    m_document->undoStack()->push(new ReplaceRecordCommand(
            m_document, row, record, tr("Merge with the library's version")));
    scheduleFlush();
}

void LibrarySync::takeTheirs(RecordId documentId, const StoredRecord &theirs)
{
    const int row = m_document->collection().indexOfId(documentId);
    if (row < 0)
        return;
    Entry &entry = m_entries[documentId];
    entry.version = theirs.version;
    entry.synced = theirs.record;
    entry.synced.id = documentId;
    m_dirty.remove(documentId);
    Record record = theirs.record;
    record.id = documentId;
    m_applying = true;
    m_document->replaceRecord(row, record);
    m_applying = false;
}

void LibrarySync::queuedUpdateConflicted(const Record &mine, const SaveResult &result)
{
    const RecordId id = documentId(mine.id);
    if (!id)
        return;
    if (result.theirs)
        Q_EMIT conflict(id, mine, *result.theirs);
}

void LibrarySync::queuedRecordAdded(RecordId localKey, RecordId id, qint64 version)
{
    auto it = m_entries.find(localKey);
    if (it == m_entries.end())
        return;
    it->libraryId = id;
    it->version = version;
    it->addQueued = false;
    m_byLibraryId.insert(id, localKey);
    const int row = m_document->collection().indexOfId(localKey);
    if (row >= 0)
        it->synced = m_document->record(row);
    // Edits made while it waited follow as an update.
    if (m_dirty.contains(localKey))
        scheduleFlush();
}

// --- other clients ----------------------------------------------------------------------------

void LibrarySync::changedElsewhere(const QList<RecordId> &ids)
{
    bool removed = false;
    QList<StoredRecord> added;
    for (const RecordId libraryId : ids) {
        const std::optional<StoredRecord> stored = m_library->record(libraryId);
        const RecordId docId = documentId(libraryId);
        const int row = docId ? m_document->collection().indexOfId(docId) : -1;
        if (!stored) {
            if (row >= 0) {
                m_entries.remove(docId);
                m_byLibraryId.remove(libraryId);
                m_dirty.remove(docId);
                m_applying = true;
                m_document->removeRecords(row, 1);
                m_applying = false;
                removed = true;
            }
            continue;
        }
        if (row < 0) {
            added.append(*stored);
            continue;
        }
        Entry &entry = m_entries[docId];
        if (stored->version <= entry.version)
            continue;       // our own change, or one we already have
        if (m_dirty.contains(docId))
            continue;       // our pending edit will meet it as a conflict
        entry.version = stored->version;
        entry.position = stored->position;
        entry.synced = stored->record;
        entry.synced.id = docId;
        m_applying = true;
        m_document->replaceRecord(row, entry.synced);
        m_applying = false;
    }
    if (!added.isEmpty()) {
        // Appended: the undo steps' rows stay right.
        const int first = m_document->recordCount();
        QList<Record> records;
        for (const StoredRecord &s : std::as_const(added))
            records.append(s.record);
        m_applying = true;
        m_document->insertRecords(first, records);
        m_applying = false;
        for (int i = 0; i < added.size(); ++i) {
            const Record &record = m_document->record(first + i);   // its id may differ
            map(record.id, { added.at(i).record.id, added.at(i).version, added.at(i).position,
                             record, false });
        }
    }
    if (removed) {
        m_document->undoStack()->clear();
        Q_EMIT undoHistoryCleared(tr("Records were removed by someone else"));
    }
    Q_EMIT message(tr("%n record(s) updated from the library", nullptr, int(ids.size())));
}

void LibrarySync::refresh(RecordId libraryId)
{
    changedElsewhere({ libraryId });
}

} // namespace refmend
