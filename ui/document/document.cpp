#include "document.h"

#include "commands/recordcommands.h"

#include "formats/fileio.h"
#include "formats/formatregistry.h"

#include <QFileInfo>
#include <QSet>
#include <QUndoStack>

namespace refmend {

Document::Document(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
    connect(m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { Q_EMIT modifiedChanged(isModified()); });
}

Document::~Document() = default;

bool Document::isModified() const
{
    return !isLibrary() && !m_undoStack->isClean();
}

void Document::setLibraryName(const QString &name)
{
    if (name == m_libraryName)
        return;
    m_libraryName = name;
    Q_EMIT modifiedChanged(isModified());
    Q_EMIT formatChanged();
}

QString Document::formatName() const
{
    if (const FormatInfo *info = FormatRegistry::instance().find(m_collection.formatId))
        return info->name;
    return m_collection.formatId;
}

bool Document::loadFile(const QString &path, QString *error)
{
    return adoptLoaded(readFile(path), path, error);
}

bool Document::adoptLoaded(Collection loaded, const QString &path, QString *error)
{
    if (loaded.records.isEmpty() && loaded.hasErrors()) {
        if (error)
            *error = loaded.errorMessages();
        return false;
    }
    if (loaded.sourcePath.isEmpty())
        loaded.sourcePath = path;
    setCollection(loaded);
    Q_EMIT syncedWithFile(m_collection.sourcePath);
    return true;
}

void Document::setCollection(const Collection &collection)
{
    const QString oldPath = m_collection.sourcePath;
    Q_EMIT aboutToReset();
    m_collection = collection;
    m_collection.assignIds();
    m_undoStack->clear();          // a fresh document is clean
    m_undoStack->setClean();
    Q_EMIT reset();
    Q_EMIT formatChanged();
    if (oldPath != m_collection.sourcePath)
        Q_EMIT filePathChanged(m_collection.sourcePath);
}

bool Document::canSave() const
{
    if (isLibrary() || m_collection.sourcePath.isEmpty())
        return false;
    const FormatInfo *info = FormatRegistry::instance().find(m_collection.formatId);
    return info && info->makeWriter;
}

bool Document::save(QString *error)
{
    if (!canSave()) {
        if (error)
            *error = tr("This file's format can be read but not written; use Save As.");
        return false;
    }
    return saveAs(m_collection.sourcePath, m_collection.formatId, error);
}

bool Document::saveAs(const QString &path, const QString &formatId, QString *error)
{
    const WriteResult result = write(path, formatId, m_backupCount, error);
    m_backupError = result.backupError;
    if (!result.ok)
        return false;
    const QString oldPath = m_collection.sourcePath;
    const WriteOptions written = writeOptionsFor(formatId);
    const bool formatDiffers = formatId != m_collection.formatId
                               || written.encoding != m_collection.encoding;
    m_collection.sourcePath = path;
    m_collection.formatId = formatId;
    m_collection.encoding = written.encoding;
    m_collection.hadBom = written.writeBom;
    m_undoStack->setClean();
    if (oldPath != path)
        Q_EMIT filePathChanged(path);
    if (formatDiffers)
        Q_EMIT formatChanged();
    Q_EMIT syncedWithFile(path);
    return true;
}

bool Document::exportTo(const QString &path, const QString &formatId, QString *error,
                        QList<Diagnostic> *warnings)
{
    const WriteResult result = write(path, formatId, 0, error);
    if (warnings)
        *warnings = result.warnings;
    return result.ok;
}

Document::WriteJob Document::fileWriteJob(const QString &path, const QList<Record> &records,
                                          const QString &formatId, const WriteOptions &options,
                                          int backupCount)
{
    return [path, records, formatId, options, backupCount](WriteProgress *progress) {
        WriteOptions withProgress = options;
        withProgress.progress = progress;
        return writeFile(path, records, formatId, withProgress, backupCount);
    };
}

WriteResult Document::runWrite(const QString &path, WriteJob job) const
{
    return m_writeRunner ? m_writeRunner(path, std::move(job)) : job(nullptr);
}

WriteResult Document::write(const QString &path, const QString &formatId, int backupCount,
                            QString *error)
{
    Q_EMIT writing(true);
    const WriteResult result = runWrite(path, fileWriteJob(path, m_collection.records, formatId,
                                                           writeOptionsFor(formatId), backupCount));
    Q_EMIT writing(false);
    if (!result.ok && error) {
        *error = result.error.isEmpty()
                 ? tr("Could not write %1.").arg(QFileInfo(path).fileName())
                 : result.error;
    }
    return result;
}

void Document::reloadFrom(const Collection &disk)
{
    const QString name = QFileInfo(m_collection.sourcePath).fileName();
    m_undoStack->push(new ReplaceRecordsCommand(this, disk.records,
                                                tr("Reload %1 from Disk").arg(name)));
    m_undoStack->setClean();
    m_collection.encoding = disk.encoding;
    m_collection.hadBom = disk.hadBom;
    m_collection.lineEnding = disk.lineEnding;
    if (!disk.formatId.isEmpty())
        m_collection.formatId = disk.formatId;
    m_collection.diagnostics = disk.diagnostics;
    Q_EMIT diagnosticsChanged();
    Q_EMIT formatChanged();
    Q_EMIT syncedWithFile(m_collection.sourcePath);
}

void Document::markModified()
{
    m_undoStack->resetClean();
}

WriteOptions Document::writeOptionsFor(const QString &formatId) const
{
    // The file's own format keeps its encoding, BOM and line endings (an unedited save
    // changes no byte); another format is written as UTF-8 with the same line endings.
    if (formatId == m_collection.formatId) {
        WriteOptions options = WriteOptions::sameAs(m_collection);
        options.bibtexCharacters = m_bibtexCharacters;
        return options;
    }
    WriteOptions options;
    options.bibtexCharacters = m_bibtexCharacters;
    options.lineEnding = m_collection.lineEnding;
    options.encoding = QStringLiteral("UTF-8");
    return options;
}

void Document::replaceRecord(int row, const Record &record)
{
    Q_ASSERT(isValidRow(row));
    if (!isValidRow(row))
        return;
    m_collection.records[row] = record;
    Q_EMIT recordChanged(row);
}

void Document::insertRecords(int row, const QList<Record> &records)
{
    if (records.isEmpty())
        return;
    row = qBound(0, row, recordCount());
    QSet<RecordId> taken;
    RecordId next = 1;
    for (const Record &record : std::as_const(m_collection.records)) {
        taken.insert(record.id);
        next = qMax(next, record.id + 1);
    }
    const int last = row + int(records.size()) - 1;
    Q_EMIT recordsAboutToBeInserted(row, last);
    int at = row;
    for (Record record : records) {
        if (record.id == 0 || taken.contains(record.id))
            record.id = next++;
        taken.insert(record.id);
        m_collection.records.insert(at++, std::move(record));
    }
    // Diagnostics keep pointing at their own records.
    for (Diagnostic &d : m_collection.diagnostics)
        d.recordIndex = rowAfterInsert(d.recordIndex, row, last);
    Q_EMIT recordsInserted(row, last);
}

void Document::removeRecords(int row, int count)
{
    if (count <= 0 || !isValidRow(row) || !isValidRow(row + count - 1))
        return;
    const int last = row + count - 1;
    Q_EMIT recordsAboutToBeRemoved(row, last);
    m_collection.records.remove(row, count);
    for (Diagnostic &d : m_collection.diagnostics)
        d.recordIndex = rowAfterRemove(d.recordIndex, row, last);
    Q_EMIT recordsRemoved(row, last);
}

int Document::rowAfterInsert(int row, int first, int last)
{
    return row >= first ? row + (last - first + 1) : row;
}

int Document::rowAfterRemove(int row, int first, int last)
{
    if (row < first)
        return row;
    return row > last ? row - (last - first + 1) : -1;
}

bool Document::importFile(const QString &path, QString *error)
{
    Collection imported = readFile(path);
    if (imported.records.isEmpty()) {
        if (error) {
            const QString messages = imported.errorMessages();
            *error = messages.isEmpty() ? tr("%1 holds no records.").arg(QFileInfo(path).fileName())
                                        : messages;
        }
        return false;
    }
    const int first = recordCount();
    // The imported file's problems join the list, pointing at their records' new rows.
    const QString name = QFileInfo(path).fileName();
    for (Diagnostic d : std::as_const(imported.diagnostics)) {
        if (d.recordIndex >= 0)
            d.recordIndex += first;
        d.message = name + QStringLiteral(": ") + d.message;
        m_collection.diagnostics.append(d);
    }
    Q_EMIT diagnosticsChanged();
    m_undoStack->push(new InsertRecordsCommand(this, first, imported.records,
                                               tr("Import %1").arg(name)));
    return true;
}

void Document::setRecords(const QList<Record> &records)
{
    Q_EMIT aboutToReset();
    m_collection.records = records;
    Q_EMIT reset();
}

} // namespace refmend
