#include "autosaver.h"

#include "document/document.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUndoStack>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

constexpr int kDefaultInterval = 5000;
constexpr int kInfoVersion = 1;
const QString kInfoSuffix = u".recovery.json"_s;
//! Written when the document's own format cannot be written (MODS) or it has none.
const QString kFallbackFormat = u"endnote"_s;

QString lineEndingId(LineEnding ending)
{
    switch (ending) {
    case LineEnding::CrLf: return u"crlf"_s;
    case LineEnding::Cr: return u"cr"_s;
    case LineEnding::Lf: break;
    }
    return u"lf"_s;
}

LineEnding lineEndingFromId(const QString &id)
{
    if (id == "crlf"_L1)
        return LineEnding::CrLf;
    return id == "cr"_L1 ? LineEnding::Cr : LineEnding::Lf;
}

QString absolute(const QString &path)
{
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

//! One name per file: the same file always autosaves to the same place.
QString keyForPath(const QString &path)
{
    if (path.isEmpty())
        return u"untitled-"_s + QUuid::createUuid().toString(QUuid::Id128).left(8);
    return QString::fromLatin1(
            QCryptographicHash::hash(absolute(path).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

std::unique_ptr<QLockFile> makeLock(const QString &directory, const QString &key)
{
    auto lock = std::make_unique<QLockFile>(directory + u'/' + key + u".lock"_s);
    // Never stale by age: an autosaver keeps its lock for as long as the document is open.
    // A lock whose process is gone is still found stale (QLockFile checks the PID).
    lock->setStaleLockTime(0);
    return lock;
}

//! A format the recovery file can be written in and read back from.
const FormatInfo *recoveryFormat(const QString &documentFormat)
{
    const FormatInfo *info = FormatRegistry::instance().find(documentFormat);
    if (info && info->makeReader && info->makeWriter)
        return info;
    return FormatRegistry::instance().find(kFallbackFormat);
}

} // namespace

// --- RecoveryFile ---

Collection RecoveryFile::load(QString *error) const
{
    ReadFileOptions options;
    options.formatId = formatId;
    options.encoding = u"UTF-8"_s;
    Collection collection = readFile(dataPath, options);
    if (collection.records.isEmpty() && collection.hasErrors()) {
        if (error)
            *error = collection.errorMessages();
        return Collection();
    }
    collection.sourcePath = originalPath;
    collection.formatId = documentFormatId.isEmpty() ? formatId : documentFormatId;
    collection.encoding = encoding.isEmpty() ? u"UTF-8"_s : encoding;
    collection.hadBom = hadBom;
    collection.lineEnding = lineEnding;
    return collection;
}

void RecoveryFile::remove()
{
    QFile::remove(dataPath);
    QFile::remove(infoPath);
    claim.reset();
}

// --- Autosaver ---

Autosaver::Autosaver(Document *document, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(kDefaultInterval);
    connect(m_timer, &QTimer::timeout, this, [this] {
        if (hasChanges())
            saveNow();
        else
            discard();      // e.g. typing taken back before it was applied
    });
    QUndoStack *stack = document->undoStack();
    connect(stack, &QUndoStack::indexChanged, this, &Autosaver::changed);
    connect(stack, &QUndoStack::cleanChanged, this, [this](bool clean) {
        if (clean && !hasChanges())
            discard();      // the file holds what the document holds
        else
            changed();      // e.g. kept after the file changed on disk
    });
}

Autosaver::~Autosaver() = default;

QString Autosaver::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/recovery"_s;
}

void Autosaver::setDirectory(const QString &directory)
{
    if (directory == m_directory)
        return;
    removeFiles();
    m_directory = directory;
    if (m_directory.isEmpty())
        m_timer->stop();
    else if (m_dirty)
        m_timer->start();
}

void Autosaver::setInterval(int ms)
{
    m_timer->setInterval(qMax(0, ms));
}

int Autosaver::interval() const
{
    return m_timer->interval();
}

void Autosaver::setPendingEditSource(PendingEditSource source)
{
    m_pending = std::move(source);
}

void Autosaver::pendingEditsChanged()
{
    changed();
}

bool Autosaver::hasChanges() const
{
    // A library keeps every applied change itself; no recovery file of its records.
    if (!m_document || m_document->isLibrary())
        return false;
    if (m_document->isModified())
        return true;
    int row = -1;
    Record record;
    return m_pending && m_pending(&row, &record);
}

void Autosaver::changed()
{
    m_dirty = true;
    // Not restarted by every edit: steady typing is still saved once per interval.
    if (!m_directory.isEmpty() && !m_timer->isActive())
        m_timer->start();
}

bool Autosaver::prepareKey()
{
    const QString path = absolute(m_document->filePath());
    if (!m_key.isEmpty() && path == m_keyPath)
        return true;
    removeFiles();   // the files of the document's previous path
    if (!QDir().mkpath(m_directory)) {
        m_lastError = tr("cannot create the folder %1").arg(QDir::toNativeSeparators(m_directory));
        return false;
    }
    const QString base = keyForPath(path);
    for (const QString &key : {base, base + u'-' + QUuid::createUuid().toString(QUuid::Id128).left(8)}) {
        // A recovery file already there is someone else's: a RefMend that has the same
        // file open, or one the user chose to decide about later.
        if (QFileInfo::exists(m_directory + u'/' + key + kInfoSuffix))
            continue;
        std::unique_ptr<QLockFile> lock = makeLock(m_directory, key);
        if (!lock->tryLock(0))
            continue;
        m_lock = std::move(lock);
        m_key = key;
        m_keyPath = path;
        return true;
    }
    m_lastError = tr("cannot lock a recovery file in %1").arg(QDir::toNativeSeparators(m_directory));
    return false;
}

bool Autosaver::saveNow()
{
    if (!m_document || m_directory.isEmpty() || !m_dirty || m_document->isLibrary())
        return false;
    int pendingRow = -1;
    Record pendingRecord;
    const bool pending = m_pending && m_pending(&pendingRow, &pendingRecord)
            && m_document->isValidRow(pendingRow);
    if (!pending && !m_document->isModified())
        return false;
    m_timer->stop();
    auto fail = [this](const QString &error) {
        m_lastError = error;
        Q_EMIT failed(error);
        return false;
    };
    if (!prepareKey())
        return fail(m_lastError);

    const Collection &collection = m_document->collection();
    const FormatInfo *format = recoveryFormat(collection.formatId);
    if (!format)
        return fail(tr("no format to write a recovery file in"));
    // Always UTF-8: the recovery must not fail on a character the file's encoding lacks.
    WriteOptions options;
    options.lineEnding = collection.lineEnding;
    options.encoding = u"UTF-8"_s;
    WriteResult written;
    QList<Record> records = collection.records;
    if (pending)
        records[pendingRow] = pendingRecord;   // a copy of the list: the document keeps its own
    const QByteArray bytes = writeBytes(records, format->id, options, &written);
    if (!written.ok)
        return fail(written.error);

    const QString extension = format->extensions.isEmpty() ? u"txt"_s : format->extensions.constFirst();
    const QString dataPath = m_directory + u'/' + m_key + u'.' + extension;
    const QString infoPath = m_directory + u'/' + m_key + kInfoSuffix;
    if (!m_dataPath.isEmpty() && m_dataPath != dataPath)
        QFile::remove(m_dataPath);
    m_dataPath = dataPath;
    m_infoPath = infoPath;
    const WriteResult data = saveBytes(dataPath, bytes);
    if (!data.ok)
        return fail(data.error);

    // The description goes second: a recovery file counts only once it is complete.
    const QJsonObject info{
        {u"version"_s, kInfoVersion},
        {u"originalPath"_s, m_keyPath},
        {u"savedAt"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"data"_s, QFileInfo(dataPath).fileName()},
        {u"format"_s, format->id},
        {u"documentFormat"_s, collection.formatId},
        {u"encoding"_s, collection.encoding},
        {u"bom"_s, collection.hadBom},
        {u"lineEnding"_s, lineEndingId(collection.lineEnding)},
        {u"records"_s, collection.records.size()},
        {u"pid"_s, QCoreApplication::applicationPid()},
    };
    const WriteResult described = saveBytes(infoPath, QJsonDocument(info).toJson());
    if (!described.ok)
        return fail(described.error);
    m_dirty = false;
    m_lastError.clear();
    Q_EMIT saved(dataPath);
    return true;
}

void Autosaver::discard()
{
    m_timer->stop();
    m_dirty = false;
    removeFiles();
}

void Autosaver::removeFiles()
{
    if (!m_infoPath.isEmpty())
        QFile::remove(m_infoPath);
    if (!m_dataPath.isEmpty())
        QFile::remove(m_dataPath);
    m_lock.reset();   // unlocks: removes the lock file
    m_key.clear();
    m_keyPath.clear();
    m_dataPath.clear();
    m_infoPath.clear();
}

QList<RecoveryFile> Autosaver::orphaned(const QString &directory, const QString &originalPath)
{
    QList<RecoveryFile> found;
    if (directory.isEmpty())
        return found;
    const QString wanted = absolute(originalPath);
    const QDir dir(directory);
    const QFileInfoList infos = dir.entryInfoList({u"*"_s + kInfoSuffix}, QDir::Files);
    for (const QFileInfo &infoFile : infos) {
        QFile file(infoFile.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject info = QJsonDocument::fromJson(file.readAll()).object();
        if (info.value(u"version"_s).toInt() != kInfoVersion)
            continue;
        RecoveryFile recovery;
        recovery.infoPath = infoFile.filePath();
        // Only a name in the same folder, whatever the file says.
        recovery.dataPath = dir.filePath(QFileInfo(info.value(u"data"_s).toString()).fileName());
        if (!QFileInfo(recovery.dataPath).isFile())
            continue;
        recovery.originalPath = info.value(u"originalPath"_s).toString();
        if (!originalPath.isEmpty() && absolute(recovery.originalPath) != wanted)
            continue;
        recovery.savedAt = QDateTime::fromString(info.value(u"savedAt"_s).toString(), Qt::ISODateWithMs);
        recovery.formatId = info.value(u"format"_s).toString();
        recovery.documentFormatId = info.value(u"documentFormat"_s).toString();
        recovery.encoding = info.value(u"encoding"_s).toString();
        recovery.hadBom = info.value(u"bom"_s).toBool();
        recovery.lineEnding = lineEndingFromId(info.value(u"lineEnding"_s).toString());
        recovery.recordCount = info.value(u"records"_s).toInt();

        const QString key = infoFile.fileName().chopped(kInfoSuffix.size());
        std::shared_ptr<QLockFile> claim = makeLock(directory, key);
        if (!claim->tryLock(0))
            continue;   // a running RefMend is keeping it
        recovery.claim = std::move(claim);
        found.append(recovery);
    }
    std::sort(found.begin(), found.end(), [](const RecoveryFile &a, const RecoveryFile &b) {
        return a.savedAt > b.savedAt;
    });
    return found;
}

} // namespace refmend
