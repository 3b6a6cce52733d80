#include "library.h"

#include "schema.h"
#include "text/textfold.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTimer>
#include <QUuid>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

constexpr auto kChannel = "refmend_changes";
constexpr int kRetryMs = 2000;
constexpr int kPollMs = 1000;

QAtomicInteger<int> s_connectionCounter;

QString defaultUserName()
{
    for (const char *name : { "USER", "LOGNAME", "USERNAME" }) {
        const QString value = qEnvironmentVariable(name);
        if (!value.isEmpty())
            return value;
    }
    const QString home = QDir::home().dirName();
    return home.isEmpty() ? u"unknown"_s : home;
}

QString nowText()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::optional<PersonRole> personRoleFromId(QStringView id)
{
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        if (personRoleId(PersonRole(r)) == id)
            return PersonRole(r);
    }
    return std::nullopt;
}

// --- what the journal records: one text per field id ---------------------------------------

QString fieldIdOf(const Field &field)
{
    return field.key == FieldKey::Other ? u"tag:"_s + field.tag : fieldKeyId(field.key);
}

QString valuesToJson(const QStringList &values)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(values))
                                     .toJson(QJsonDocument::Compact));
}

QStringList valuesFromJson(const QString &json)
{
    QStringList values;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array)
        values.append(v.toString());
    return values;
}

//! The field ids of \a record in order of first appearance, each with its values.
QList<std::pair<QString, QStringList>> groupedFields(const Record &record)
{
    QList<std::pair<QString, QStringList>> groups;
    for (const Field &field : record.fields) {
        const QString id = fieldIdOf(field);
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&](const auto &g) { return g.first == id; });
        if (it == groups.end())
            groups.append({ id, { field.value } });
        else
            it->second.append(field.value);
    }
    return groups;
}

struct Change {
    QString field;
    QString before;
    QString after;
};

QList<Change> changesBetween(const Record &before, const Record &after)
{
    QList<Change> changes;
    if (before.type != after.type)
        changes.append({ u"type"_s, recordTypeId(before.type), recordTypeId(after.type) });
    if (before.sourceType != after.sourceType)
        changes.append({ u"source-type"_s, before.sourceType, after.sourceType });
    const auto oldFields = groupedFields(before);
    const auto newFields = groupedFields(after);
    auto valuesIn = [](const QList<std::pair<QString, QStringList>> &groups, const QString &id) {
        for (const auto &g : groups) {
            if (g.first == id)
                return g.second;
        }
        return QStringList();
    };
    QStringList ids;
    for (const auto &g : newFields)
        ids.append(g.first);
    for (const auto &g : oldFields) {
        if (!ids.contains(g.first))
            ids.append(g.first);
    }
    for (const QString &id : std::as_const(ids)) {
        const QStringList was = valuesIn(oldFields, id);
        const QStringList is = valuesIn(newFields, id);
        if (was != is) {
            changes.append({ id, was.isEmpty() ? QString() : valuesToJson(was),
                             is.isEmpty() ? QString() : valuesToJson(is) });
        }
    }
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        const PersonRole role = PersonRole(r);
        const PersonList &was = before.persons(role);
        const PersonList &is = after.persons(role);
        if (was != is) {
            changes.append({ personRoleId(role), was.isEmpty() ? QString() : personsToJson(was),
                             is.isEmpty() ? QString() : personsToJson(is) });
        }
    }
    // A record whose fields were only reordered still changed: say so rather than nothing.
    if (changes.isEmpty() && before != after)
        changes.append({ u"order"_s, QString(), QString() });
    return changes;
}

//! Sets \a record's field \a id to \a text (a journal value) as it was.
void applyJournalValue(Record &record, const QString &id, const QString &text)
{
    if (id == u"type"_s) {
        record.type = recordTypeFromId(text);
        return;
    }
    if (id == u"source-type"_s) {
        record.sourceType = text;
        return;
    }
    if (const auto role = personRoleFromId(id)) {
        record.setPersons(*role, personsFromJson(text));
        return;
    }
    FieldKey key = FieldKey::Other;
    QString tag;
    if (id.startsWith(u"tag:"_s))
        tag = id.mid(4);
    else
        key = fieldKeyFromId(id);
    int insertAt = -1;
    QString firstTag = tag;
    for (int i = int(record.fields.size()) - 1; i >= 0; --i) {
        const Field &f = record.fields.at(i);
        if (fieldIdOf(f) == id) {
            insertAt = i;
            firstTag = f.tag;
            record.fields.removeAt(i);
        }
    }
    if (insertAt < 0)
        insertAt = int(record.fields.size());
    for (const QString &value : valuesFromJson(text)) {
        Field field;
        field.key = key;
        field.tag = firstTag;
        field.value = value;
        record.fields.insert(insertAt++, field);
    }
}

// --- search text ------------------------------------------------------------------------------

//! Folded words separated by single spaces: what both engines index and match, so that they
//! tokenize alike ("10.1108/JD-01" is "10 1108 jd 01" in either).
QString searchWords(QStringView text)
{
    const QString folded = foldForSearch(text);
    QString out;
    out.reserve(folded.size());
    bool space = true;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.isMark()) {
            out.append(c);
            space = false;
        } else if (!space) {
            out.append(u' ');
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

struct SearchText {
    QString title;
    QString authors;
    QString body;
};

SearchText searchTextOf(const Record &record)
{
    SearchText text;
    QStringList title, body, authors;
    for (const Field &field : record.fields) {
        if (field.key == FieldKey::Title || field.key == FieldKey::ShortTitle)
            title.append(field.value);
        else
            body.append(field.value);
    }
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        for (const Person &p : record.persons(PersonRole(r)))
            authors.append(p.isLiteral() ? p.literal : p.naturalName());
    }
    if (record.unparsed && record.source.isValid())
        body.append(record.source.text().toString());
    text.title = searchWords(title.join(u' '));
    text.authors = searchWords(authors.join(u' '));
    text.body = searchWords(body.join(u' '));
    return text;
}

} // namespace

/*! The texts of the sources table, which never change once written: each is read once and
    shared by its records, as the records read from one file share its text. */
struct SourceCache {
    QHash<qint64, QString> byId;
    QHash<const QChar *, qint64> idByData;   // the texts held in byId, by their data

    QString text(const QSqlDatabase &db, qint64 id)
    {
        const auto it = byId.constFind(id);
        if (it != byId.constEnd())
            return *it;
        QSqlQuery q(db);
        q.prepare(u"SELECT text FROM sources WHERE id = ?"_s);
        q.addBindValue(id);
        if (!q.exec() || !q.next())
            return QString();
        const QString text = q.value(0).toString();
        remember(id, text);
        return text;
    }
    void remember(qint64 id, const QString &text)
    {
        byId.insert(id, text);
        idByData.insert(text.constData(), id);
    }
    qint64 idOf(const QString &text) const { return idByData.value(text.constData(), 0); }
};

// --- persons as JSON --------------------------------------------------------------------------

QString personsToJson(const PersonList &persons)
{
    QJsonArray array;
    for (const Person &p : persons) {
        QJsonObject o;
        auto put = [&](const char *name, const QString &value) {
            if (!value.isEmpty())
                o.insert(QLatin1String(name), value);
        };
        put("family", p.family);
        put("given", p.given);
        put("particle", p.particle);
        put("suffix", p.suffix);
        put("literal", p.literal);
        put("raw", p.raw);
        array.append(o);
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

PersonList personsFromJson(const QString &json)
{
    PersonList persons;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        Person p;
        p.family = o.value(u"family"_s).toString();
        p.given = o.value(u"given"_s).toString();
        p.particle = o.value(u"particle"_s).toString();
        p.suffix = o.value(u"suffix"_s).toString();
        p.literal = o.value(u"literal"_s).toString();
        p.raw = o.value(u"raw"_s).toString();
        persons.append(p);
    }
    return persons;
}

static QString displayValue(const QString &field, const QString &value)
{
    if (value.isEmpty() || field == u"type"_s || field == u"source-type"_s
        || field == u"record"_s || field == u"order"_s)
        return value;
    if (personRoleFromId(field)) {
        QStringList names;
        for (const Person &p : personsFromJson(value))
            names.append(p.displayName());
        return names.join(u"; "_s);
    }
    return valuesFromJson(value).join(u"; "_s);
}

QString JournalEntry::displayBefore() const { return displayValue(field, before); }
QString JournalEntry::displayAfter() const { return displayValue(field, after); }

// --- Library ------------------------------------------------------------------------------------

Library::Library(QObject *parent)
    : QObject(parent)
    , m_connection(u"refmend-library-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1)))
    , m_user(defaultUserName())
    , m_clientId(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_retry(new QTimer(this))
    , m_poll(new QTimer(this))
    , m_sources(std::make_unique<SourceCache>())
{
    m_retry->setInterval(kRetryMs);
    connect(m_retry, &QTimer::timeout, this, [this] { reconnect(); });
    m_poll->setInterval(kPollMs);
    connect(m_poll, &QTimer::timeout, this, &Library::pollForChanges);
}

Library::~Library()
{
    close();
}

int Library::currentSchemaVersion()
{
    return schema::currentVersion();
}

bool Library::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

bool Library::open(const LibraryLocation &location, QString *error)
{
    close();
    if (!location.isValid()) {
        if (error)
            *error = tr("No library given");
        return false;
    }
    m_location = location;
    if (m_location.engine == LibraryEngine::PostgreSQL && m_location.password.isEmpty())
        m_location.password = qEnvironmentVariable("PGPASSWORD");
    if (!connectDatabase(error)) {
        close();
        return false;
    }
    if (!migrate(error)) {
        close();
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"SELECT COALESCE(MAX(id), 0) FROM journal"_s) && q.next())
        m_lastJournalId = q.value(0).toLongLong();
    if (m_location.engine == LibraryEngine::SQLite) {
        if (q.exec(u"PRAGMA data_version"_s) && q.next())
            m_dataVersion = q.value(0).toLongLong();
        m_poll->start();
    }
    return true;
}

bool Library::connectDatabase(QString *error)
{
    const bool sqlite = m_location.engine == LibraryEngine::SQLite;
    const QString driver = sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        if (error) {
            *error = sqlite ? tr("The Qt SQLite driver (QSQLITE) is not installed")
                            : tr("The Qt PostgreSQL driver (QPSQL) is not installed "
                                 "(Debian package libqt6sql6-psql)");
        }
        return false;
    }
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
            ? QSqlDatabase::database(m_connection, false)
            : QSqlDatabase::addDatabase(driver, m_connection);
    if (sqlite) {
        const QFileInfo info(m_location.path);
        if (!info.dir().exists() && !QDir().mkpath(info.absolutePath())) {
            if (error)
                *error = tr("Cannot create the folder %1").arg(info.absolutePath());
            return false;
        }
        if (info.exists()) {
            QFile file(m_location.path);
            if (file.open(QIODevice::ReadOnly)) {
                const QByteArray head = file.read(16);
                if (!head.isEmpty() && head != QByteArrayLiteral("SQLite format 3\0")) {
                    if (error)
                        *error = tr("%1 is not a RefMend library (not an SQLite file)")
                                         .arg(m_location.path);
                    return false;
                }
            }
        }
        db.setDatabaseName(m_location.path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    } else {
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        db.setUserName(m_location.user);
        db.setPassword(m_location.password);
        db.setConnectOptions(u"connect_timeout=5;application_name=RefMend"_s);
    }
    if (!db.open()) {
        if (error) {
            *error = tr("Cannot open the library %1: %2")
                             .arg(m_location.displayName(), db.lastError().text());
        }
        return false;
    }
    QSqlQuery q(db);
    if (sqlite) {
        // WAL: readers (another window) do not block the writer; FULL: a commit is on disk
        // before it returns, so an acknowledged edit survives a crash or power cut.
        // A bigger page cache (64 MB) keeps an import's b-trees in memory.
        for (const auto &pragma : { u"PRAGMA journal_mode=WAL"_s, u"PRAGMA synchronous=FULL"_s,
                                    u"PRAGMA cache_size=-65536"_s,
                                    u"PRAGMA foreign_keys=ON"_s }) {
            if (!q.exec(pragma)) {
                if (error)
                    *error = tr("Cannot set up the library: %1").arg(q.lastError().text());
                return false;
            }
        }
    } else {
        db.driver()->subscribeToNotification(QString::fromLatin1(kChannel));
        connect(db.driver(), &QSqlDriver::notification, this, &Library::onNotification,
                Qt::UniqueConnection);
        // The journal names the person at the keyboard, and the database user when a team
        // shares one ("ana (lab)").
        if (m_user == defaultUserName() && !m_location.user.isEmpty() && m_location.user != m_user)
            m_user = u"%1 (%2)"_s.arg(m_user, m_location.user);
    }
    m_connected = true;
    return true;
}

void Library::close()
{
    *m_sources = SourceCache();
    m_poll->stop();
    m_retry->stop();
    m_connected = false;
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            if (db.isOpen() && db.driver())
                db.driver()->disconnect(this);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

bool Library::migrate(QString *error)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    return schema::migrate(db, m_location.engine, error);
}

int Library::schemaVersion() const
{
    return schema::storedVersion(QSqlDatabase::database(m_connection, false));
}

// --- reading ----------------------------------------------------------------------------------

namespace {

struct RecordRow {
    StoredRecord stored;
    qint64 sourceId = 0;
    qint64 gap = 0, start = 0, end = 0, tail = 0;
    bool pristine = false;
};

const QString kRecordColumns = u"id, version, position, type, source_type, source_format, "
        "unparsed, source_id, source_gap, source_start, source_end, source_tail, source_pristine"_s;

RecordRow recordRowFrom(const QSqlQuery &q)
{
    RecordRow row;
    Record &r = row.stored.record;
    r.id = q.value(0).toULongLong();
    row.stored.version = q.value(1).toLongLong();
    row.stored.position = q.value(2).toDouble();
    r.type = recordTypeFromId(q.value(3).toString());
    r.sourceType = q.value(4).toString();
    r.sourceFormat = q.value(5).toString();
    r.unparsed = q.value(6).toInt() != 0;
    row.sourceId = q.value(7).toLongLong();
    row.gap = q.value(8).toLongLong();
    row.start = q.value(9).toLongLong();
    row.end = q.value(10).toLongLong();
    row.tail = q.value(11).toLongLong();
    row.pristine = q.value(12).toInt() != 0;
    return row;
}

//! Gives \a row's record its source text back, once its fields and persons are loaded.
void finishRecord(RecordRow &row, SourceCache &sources, const QSqlDatabase &db)
{
    if (row.sourceId == 0)
        return;
    const QString text = sources.text(db, row.sourceId);
    if (text.isNull())
        return;
    Record &r = row.stored.record;
    const qsizetype n = text.size();
    const qsizetype gap = qBound<qsizetype>(0, row.gap, n);
    const qsizetype start = qBound<qsizetype>(gap, row.start, n);
    const qsizetype end = qBound<qsizetype>(start, row.end, n);
    r.setSource(text, gap, start, end);
    r.source.tailEnd = qBound<qsizetype>(end, row.tail, n);
    // Edited since it was read: the source text is context (macros, spacing), not the record.
    if (!row.pristine)
        r.source.fingerprint = r.contentFingerprint() + 1;
}

Field fieldFrom(const QSqlQuery &q, int first)
{
    Field field;
    const QString key = q.value(first).toString();
    field.key = key.isEmpty() ? FieldKey::Other : fieldKeyFromId(key);
    field.tag = q.value(first + 1).toString();
    field.value = q.value(first + 2).toString();
    return field;
}

Person personFrom(const QSqlQuery &q, int first)
{
    Person p;
    p.family = q.value(first).toString();
    p.given = q.value(first + 1).toString();
    p.particle = q.value(first + 2).toString();
    p.suffix = q.value(first + 3).toString();
    p.literal = q.value(first + 4).toString();
    p.raw = q.value(first + 5).toString();
    return p;
}

} // namespace

QList<StoredRecord> Library::records(QString *error) const
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QList<RecordRow> rows;
    QHash<RecordId, qsizetype> index;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    auto failed = [&](const QSqlQuery &query) {
        if (error)
            *error = tr("Cannot read the library: %1").arg(query.lastError().text());
        return QList<StoredRecord>();
    };
    if (!q.exec(u"SELECT "_s + kRecordColumns
                + u" FROM records WHERE deleted = 0 ORDER BY position, id"_s))
        return failed(q);
    while (q.next()) {
        index.insert(q.value(0).toULongLong(), rows.size());
        rows.append(recordRowFrom(q));
    }
    if (!q.exec(u"SELECT f.record_id, f.key, f.tag, f.value FROM fields f "
                "JOIN records r ON r.id = f.record_id AND r.deleted = 0 "
                "ORDER BY f.record_id, f.position"_s))
        return failed(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toULongLong());
        if (it != index.constEnd())
            rows[*it].stored.record.fields.append(fieldFrom(q, 1));
    }
    if (!q.exec(u"SELECT p.record_id, p.role, p.family, p.given, p.particle, p.suffix, "
                "p.literal, p.raw FROM persons p "
                "JOIN records r ON r.id = p.record_id AND r.deleted = 0 "
                "ORDER BY p.record_id, p.role, p.position"_s))
        return failed(q);
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toULongLong());
        const auto role = personRoleFromId(q.value(1).toString());
        if (it != index.constEnd() && role)
            rows[*it].stored.record.personsRef(*role).append(personFrom(q, 2));
    }
    QList<StoredRecord> out;
    out.reserve(rows.size());
    for (RecordRow &row : rows) {
        finishRecord(row, *m_sources, db);
        out.append(std::move(row.stored));
    }
    return out;
}

namespace {

/*! Record \a id, or nothing: when there is no such record, or (then \a error says what)
    when reading failed, e.g. because the connection went. */
std::optional<StoredRecord> loadRecord(QSqlDatabase db, SourceCache &sources, RecordId id,
                                       bool includeRemoved = false, QString *error = nullptr)
{
    QSqlQuery q(db);
    auto failed = [&]() -> std::optional<StoredRecord> {
        if (error)
            *error = q.lastError().text();
        return std::nullopt;
    };
    q.prepare(u"SELECT "_s + kRecordColumns + u" FROM records WHERE id = ?"_s
              + (includeRemoved ? QString() : u" AND deleted = 0"_s));
    q.addBindValue(qint64(id));
    if (!q.exec())
        return failed();
    if (!q.next())
        return std::nullopt;
    RecordRow row = recordRowFrom(q);
    q.prepare(u"SELECT key, tag, value FROM fields WHERE record_id = ? ORDER BY position"_s);
    q.addBindValue(qint64(id));
    if (!q.exec())
        return failed();
    while (q.next())
        row.stored.record.fields.append(fieldFrom(q, 0));
    q.prepare(u"SELECT role, family, given, particle, suffix, literal, raw FROM persons "
              "WHERE record_id = ? ORDER BY role, position"_s);
    q.addBindValue(qint64(id));
    if (!q.exec())
        return failed();
    while (q.next()) {
        if (const auto role = personRoleFromId(q.value(0).toString()))
            row.stored.record.personsRef(*role).append(personFrom(q, 1));
    }
    finishRecord(row, sources, db);
    return row.stored;
}

} // namespace

std::optional<StoredRecord> Library::record(RecordId id) const
{
    return loadRecord(QSqlDatabase::database(m_connection, false), *m_sources, id);
}

int Library::recordCount() const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(u"SELECT COUNT(*) FROM records WHERE deleted = 0"_s) && q.next())
        return q.value(0).toInt();
    return 0;
}

// --- writing ----------------------------------------------------------------------------------

namespace {

/*! The statements one transaction writes with, prepared once (a bulk add reuses them for
    every record). */
class Writer
{
public:
    Writer(QSqlDatabase db, LibraryEngine engine, QString who, QString client,
           SourceCache *sources)
        : m_db(db), m_engine(engine), m_who(std::move(who)), m_client(std::move(client))
        , m_at(nowText()), m_sources(sources)
    {}

    QString error() const { return m_error; }

    bool begin()
    {
        if (!m_db.transaction())
            return fail(m_db.lastError().text());
        return true;
    }
    bool commit()
    {
        if (m_engine == LibraryEngine::PostgreSQL && !m_changed.isEmpty()) {
            // Delivered to every listener when (and only if) the transaction commits.
            QStringList ids;
            for (RecordId id : std::as_const(m_changed))
                ids.append(QString::number(id));
            QSqlQuery q(m_db);
            q.prepare(u"SELECT pg_notify(?, ?)"_s);
            q.addBindValue(QString::fromLatin1(kChannel));
            q.addBindValue(m_client);
            if (!q.exec())
                return fail(q.lastError().text());
        }
        if (!m_db.commit())
            return fail(m_db.lastError().text());
        for (const auto &[id, text] : std::as_const(m_newSources))
            m_sources->remember(id, text);
        return true;
    }
    void rollback() { m_db.rollback(); }

    //! Inserts a record row; returns its id, or 0.
    RecordId insertRecord(const StoredRecord &stored)
    {
        QSqlQuery &q = prepared(m_insertRecord,
                u"INSERT INTO records (version, position, deleted, type, source_type, "
                "source_format, unparsed, source_id, source_gap, source_start, source_end, "
                "source_tail, source_pristine, created, modified) "
                "VALUES (1, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        const Record &r = stored.record;
        const qint64 source = sourceIdFor(r);
        if (source < 0)
            return 0;
        q.addBindValue(stored.position);
        bindRecordColumns(q, r, source);
        q.addBindValue(m_at);
        q.addBindValue(m_at);
        if (!q.exec() || !q.next())
            return fail(q.lastError().text()), 0;
        const RecordId id = q.value(0).toULongLong();
        q.finish();
        return id;
    }

    //! Sets a record's columns and bumps its version, if it is still at \a baseVersion.
    bool updateRecordRow(const Record &r, qint64 baseVersion, bool *stale)
    {
        QSqlQuery &q = prepared(m_updateRecord,
                u"UPDATE records SET version = version + 1, type = ?, source_type = ?, "
                "source_format = ?, unparsed = ?, source_id = ?, source_gap = ?, "
                "source_start = ?, source_end = ?, source_tail = ?, source_pristine = ?, "
                "modified = ? WHERE id = ? AND version = ? AND deleted = 0"_s);
        const qint64 source = sourceIdFor(r);
        if (source < 0)
            return false;
        bindRecordColumns(q, r, source);
        q.addBindValue(m_at);
        q.addBindValue(qint64(r.id));
        q.addBindValue(baseVersion);
        if (!q.exec())
            return fail(q.lastError().text());
        *stale = q.numRowsAffected() != 1;
        return true;
    }

    //! Writes \a r's fields and persons (and, with \a search, its full-text row).
    bool writeContent(const Record &r, bool replace, bool search = true)
    {
        if (replace) {
            for (const auto &table : { u"fields"_s, u"persons"_s }) {
                QSqlQuery q(m_db);
                q.prepare(u"DELETE FROM "_s + table + u" WHERE record_id = ?"_s);
                q.addBindValue(qint64(r.id));
                if (!q.exec())
                    return fail(q.lastError().text());
            }
        }
        // A record's fields in one statement, its persons in another: an import makes
        // three statements per record instead of a dozen or two.
        QVariantList values;
        values.reserve(r.fields.size() * 5);
        for (int i = 0; i < r.fields.size(); ++i) {
            const Field &f = r.fields.at(i);
            values << qint64(r.id) << i
                   << (f.key == FieldKey::Other ? QString(u""_s) : fieldKeyId(f.key))
                   << dbText(f.tag) << dbText(f.value);
        }
        if (!insertRows(m_insertFields, u"fields (record_id, position, key, tag, value)"_s, 5,
                        values))
            return false;
        values.clear();
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            const PersonList &list = r.persons(PersonRole(role));
            for (int i = 0; i < list.size(); ++i) {
                const Person &p = list.at(i);
                values << qint64(r.id) << personRoleId(PersonRole(role)) << i;
                for (const QString *part : { &p.family, &p.given, &p.particle, &p.suffix,
                                             &p.literal, &p.raw })
                    values << dbText(*part);
            }
        }
        if (!insertRows(m_insertPersons, u"persons (record_id, role, position, family, given, "
                                         "particle, suffix, literal, raw)"_s, 9, values))
            return false;
        return !search || writeSearch(r, replace);
    }

    bool removeSearch(RecordId id)
    {
        QSqlQuery q(m_db);
        q.prepare(m_engine == LibraryEngine::SQLite
                          ? u"DELETE FROM record_search WHERE rowid = ?"_s
                          : u"DELETE FROM record_search WHERE record_id = ?"_s);
        q.addBindValue(qint64(id));
        if (!q.exec())
            return fail(q.lastError().text());
        return true;
    }

    bool writeSearch(const Record &r, bool replace)
    {
        if (replace && !removeSearch(r.id))
            return false;
        const SearchText text = searchTextOf(r);
        QSqlQuery &q = prepared(m_insertSearch, m_engine == LibraryEngine::SQLite
                ? u"INSERT INTO record_search (rowid, title, authors, body) VALUES (?, ?, ?, ?)"_s
                : u"INSERT INTO record_search (record_id, doc) VALUES (?, "
                  "setweight(to_tsvector('simple', ?), 'A') || "
                  "setweight(to_tsvector('simple', ?), 'B') || to_tsvector('simple', ?))"_s);
        q.addBindValue(qint64(r.id));
        q.addBindValue(text.title);
        q.addBindValue(text.authors);
        q.addBindValue(text.body);
        if (!q.exec())
            return fail(q.lastError().text());
        return true;
    }

    bool journal(RecordId id, qint64 version, const QString &field, const QString &before,
                 const QString &after)
    {
        QSqlQuery &q = prepared(m_insertJournal,
                u"INSERT INTO journal (at, who, client, record_id, version, field, before, after) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(m_at);
        q.addBindValue(m_who.isNull() ? QString(u""_s) : m_who);
        q.addBindValue(m_client.isNull() ? QString(u""_s) : m_client);
        q.addBindValue(qint64(id));
        q.addBindValue(version);
        q.addBindValue(dbText(field));
        q.addBindValue(dbText(before));
        q.addBindValue(dbText(after));
        if (!q.exec())
            return fail(q.lastError().text());
        m_changed.insert(id);
        return true;
    }

    bool setDeleted(RecordId id, qint64 baseVersion, bool deleted, bool *stale)
    {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE records SET deleted = ?, version = version + 1, modified = ? "
                  "WHERE id = ? AND version = ? AND deleted = ?"_s);
        q.addBindValue(deleted ? 1 : 0);
        q.addBindValue(m_at);
        q.addBindValue(qint64(id));
        q.addBindValue(baseVersion);
        q.addBindValue(deleted ? 0 : 1);
        if (!q.exec())
            return fail(q.lastError().text());
        *stale = q.numRowsAffected() != 1;
        return true;
    }

    bool setPosition(RecordId id, double position)
    {
        QSqlQuery q(m_db);
        q.prepare(u"UPDATE records SET position = ? WHERE id = ?"_s);
        q.addBindValue(position);
        q.addBindValue(qint64(id));
        if (!q.exec())
            return fail(q.lastError().text());
        m_changed.insert(id);
        return true;
    }

    double nextPosition()
    {
        QSqlQuery q(m_db);
        if (q.exec(u"SELECT COALESCE(MAX(position), 0) FROM records"_s) && q.next())
            return q.value(0).toDouble() + 1;
        return 1;
    }

    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

private:
    QSqlQuery &prepared(std::optional<QSqlQuery> &slot, const QString &sql)
    {
        if (!slot) {
            slot.emplace(m_db);
            slot->prepare(sql);
        }
        return *slot;
    }

    /*! \a s as a non-null text column. QSQLITE binds UTF-16, and SQLite takes a leading
        U+FEFF for a byte order mark and drops it: one more keeps the one that is text. */
    QString dbText(const QString &s) const
    {
        if (s.isNull())
            return u""_s;
        if (m_engine == LibraryEngine::SQLite && s.startsWith(QChar(0xFEFF)))
            return QChar(0xFEFF) + s;
        return s;
    }

    /*! Inserts \a values (\a columns per row) into \a table in statements of up to 32
        rows, each prepared once per row count. */
    bool insertRows(std::map<int, QSqlQuery> &cache, const QString &table, int columns,
                    const QVariantList &values)
    {
        constexpr int kMaxRows = 32;
        const int rows = int(values.size()) / columns;
        for (int first = 0; first < rows; first += kMaxRows) {
            const int n = qMin(kMaxRows, rows - first);
            auto it = cache.find(n);
            if (it == cache.end()) {
                QString tuple = u"("_s;
                for (int c = 0; c < columns; ++c)
                    tuple += c ? u", ?"_s : u"?"_s;
                tuple += u')';
                QStringList tuples;
                for (int i = 0; i < n; ++i)
                    tuples.append(tuple);
                it = cache.emplace(n, QSqlQuery(m_db)).first;
                if (!it->second.prepare(u"INSERT INTO "_s + table + u" VALUES "_s
                                        + tuples.join(u", "_s)))
                    return fail(it->second.lastError().text());
            }
            QSqlQuery &q = it->second;
            for (int v = first * columns, end = (first + n) * columns; v < end; ++v)
                q.addBindValue(values.at(v));
            if (!q.exec())
                return fail(q.lastError().text());
        }
        return true;
    }

    //! The id of \a r's source text in the sources table (written now if it is not there
    //! yet), 0 when it has none, -1 on failure.
    qint64 sourceIdFor(const Record &r)
    {
        if (!r.source.isValid())
            return 0;
        const QString &file = r.source.file;
        if (const qint64 id = m_sources->idOf(file))
            return id;
        for (const auto &[id, text] : std::as_const(m_newSources)) {
            if (text.constData() == file.constData())
                return id;
        }
        QSqlQuery &q = prepared(m_insertSource, u"INSERT INTO sources (text) VALUES (?) RETURNING id"_s);
        q.addBindValue(dbText(file));
        if (!q.exec() || !q.next())
            return fail(q.lastError().text()), -1;
        const qint64 id = q.value(0).toLongLong();
        q.finish();
        m_newSources.append({ id, file });
        return id;
    }

    void bindRecordColumns(QSqlQuery &q, const Record &r, qint64 source) const
    {
        q.addBindValue(recordTypeId(r.type));
        q.addBindValue(dbText(r.sourceType));
        q.addBindValue(dbText(r.sourceFormat));
        q.addBindValue(r.unparsed ? 1 : 0);
        if (source > 0) {
            q.addBindValue(source);
            q.addBindValue(qint64(r.source.gapStart));
            q.addBindValue(qint64(r.source.start));
            q.addBindValue(qint64(r.source.end));
            q.addBindValue(qint64(r.source.tailEnd));
            q.addBindValue(r.isPristine() ? 1 : 0);
        } else {
            q.addBindValue(QVariant(QMetaType::fromType<qint64>()));
            for (int i = 0; i < 5; ++i)
                q.addBindValue(0);
        }
    }

    QSqlDatabase m_db;
    LibraryEngine m_engine;
    QString m_who;
    QString m_client;
    QString m_at;
    QString m_error;
    QSet<RecordId> m_changed;
    SourceCache *m_sources;
    QList<std::pair<qint64, QString>> m_newSources;   // written, known to the cache on commit
    std::optional<QSqlQuery> m_insertSource, m_insertRecord, m_updateRecord, m_insertSearch,
            m_insertJournal;
    std::map<int, QSqlQuery> m_insertFields, m_insertPersons;     // by row count
};

} // namespace

bool schema::rebuildSearchIndex(QSqlDatabase &db, LibraryEngine engine, QString *error)
{
    QList<RecordId> ids;
    QSqlQuery q(db);
    if (!q.exec(u"SELECT id FROM records WHERE deleted = 0"_s)) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        ids.append(q.value(0).toULongLong());
    SourceCache sources;
    Writer w(db, engine, QString(), QString(), &sources);
    for (const RecordId id : std::as_const(ids)) {
        const std::optional<StoredRecord> stored = loadRecord(db, sources, id);
        if (!stored || !w.writeSearch(stored->record, true)) {
            if (error)
                *error = stored ? w.error() : db.lastError().text();
            return false;
        }
    }
    return true;
}

bool Library::addRecords(QList<StoredRecord> &records, QString *error)
{
    if (!m_connected) {
        if (error)
            *error = tr("The library %1 is not connected").arg(m_location.displayName());
        return false;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Writer w(db, m_location.engine, m_user, m_clientId, m_sources.get());
    bool ok = w.begin();
    double position = ok ? w.nextPosition() : 0;
    QList<RecordId> ids;
    ids.reserve(records.size());
    for (qsizetype i = 0; ok && i < records.size(); ++i) {
        StoredRecord stored = records.at(i);
        stored.position = position++;
        const RecordId id = w.insertRecord(stored);
        stored.record.id = id;
        ok = id != 0 && w.writeContent(stored.record, false, false)
                && w.journal(id, 1, u"record"_s, QString(), u"created"_s);
        ids.append(id);
    }
    // The full-text rows last: SQLite's FTS5 writes its pending index out at each statement
    // of the transaction that touches another table, which would make one segment per record.
    for (qsizetype i = 0; ok && i < records.size(); ++i) {
        Record r = records.at(i).record;
        r.id = ids.at(i);
        ok = w.writeSearch(r, false);
    }
    if (ok)
        ok = w.commit();
    if (!ok) {
        w.rollback();
        checkConnectionLost(w.error());
        if (error)
            *error = tr("Nothing was added to the library: %1").arg(w.error());
        return false;
    }
    position -= records.size();
    for (qsizetype i = 0; i < records.size(); ++i) {
        records[i].record.id = ids.at(i);
        records[i].version = 1;
        records[i].position = position++;
    }
    return true;
}

SaveResult Library::enqueue(const QueuedWrite &write)
{
    // Several edits of one record while offline are one update from the first base.
    const auto same = std::find_if(m_queue.begin(), m_queue.end(), [&](const QueuedWrite &q) {
        return write.kind == QueuedWrite::Kind::Update && q.kind == QueuedWrite::Kind::Update
                && q.record.record.id == write.record.record.id;
    });
    if (same != m_queue.end()) {
        same->record.record = write.record.record;
    } else {
        m_queue.append(write);
        Q_EMIT queueChanged(queuedCount());
    }
    return { SaveResult::Status::Queued, 0, std::nullopt, {} };
}

SaveResult Library::addRecord(StoredRecord &record)
{
    const SaveResult result = m_connected ? writeAdd(record) : SaveResult{ SaveResult::Status::Queued };
    if (result.status == SaveResult::Status::Queued)
        return enqueue({ QueuedWrite::Kind::Add, record, 0 });
    return result;
}

SaveResult Library::writeAdd(StoredRecord &record)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Writer w(db, m_location.engine, m_user, m_clientId, m_sources.get());
    StoredRecord stored = record;
    bool ok = w.begin();
    if (ok && stored.position <= 0)
        stored.position = w.nextPosition();
    const RecordId id = ok ? w.insertRecord(stored) : 0;
    stored.record.id = id;
    ok = ok && id != 0 && w.writeContent(stored.record, false)
            && w.journal(id, 1, u"record"_s, QString(), u"created"_s) && w.commit();
    if (!ok) {
        w.rollback();
        if (checkConnectionLost(w.error()))
            return { SaveResult::Status::Queued, 0, std::nullopt, {} };
        return { SaveResult::Status::Failed, 0, std::nullopt, w.error() };
    }
    record.record.id = id;
    record.version = 1;
    record.position = stored.position;
    return { SaveResult::Status::Saved, 1, std::nullopt, {} };
}

SaveResult Library::updateRecord(const Record &record, qint64 baseVersion)
{
    const SaveResult result = m_connected ? writeUpdate(record, baseVersion)
                                          : SaveResult{ SaveResult::Status::Queued };
    if (result.status == SaveResult::Status::Queued)
        return enqueue({ QueuedWrite::Kind::Update, { record, baseVersion, 0 }, baseVersion });
    return result;
}

namespace {

/*! Writes \a record over \a baseVersion inside \a w's transaction. A Conflict, Missing or
    Unchanged result wrote nothing (the transaction can go on); Failed (\a w.error() says
    why) means it must be rolled back. */
SaveResult updateIn(Writer &w, QSqlDatabase db, SourceCache &sources, const Record &record,
                    qint64 baseVersion)
{
    QString readError;
    const std::optional<StoredRecord> stored = loadRecord(db, sources, record.id, false, &readError);
    if (!stored) {
        // A failed read (the connection went) is not a removal: the caller retries or queues.
        if (!readError.isEmpty()) {
            w.fail(readError);
            return { SaveResult::Status::Failed, 0, std::nullopt, w.error() };
        }
        return { SaveResult::Status::Missing, 0, std::nullopt,
                 Library::tr("Record %1 is not in the library (removed by someone else?)")
                         .arg(record.id) };
    }
    if (stored->version != baseVersion)
        return { SaveResult::Status::Conflict, stored->version, stored, {} };
    const QList<Change> changes = changesBetween(stored->record, record);
    if (changes.isEmpty() && stored->record.sourceFormat == record.sourceFormat)
        return { SaveResult::Status::Unchanged, baseVersion, std::nullopt, {} };
    bool stale = false;
    if (!w.updateRecordRow(record, baseVersion, &stale))
        return { SaveResult::Status::Failed, 0, std::nullopt, w.error() };
    if (stale) {
        // Another client committed between our read and our write.
        const auto theirs = loadRecord(db, sources, record.id);
        if (!theirs)
            return { SaveResult::Status::Missing, 0, std::nullopt, {} };
        return { SaveResult::Status::Conflict, theirs->version, theirs, {} };
    }
    const qint64 version = baseVersion + 1;
    bool ok = w.writeContent(record, true);
    for (const Change &change : changes) {
        if (!ok)
            break;
        ok = w.journal(record.id, version, change.field, change.before, change.after);
    }
    if (!ok)
        return { SaveResult::Status::Failed, 0, std::nullopt, w.error() };
    return { SaveResult::Status::Saved, version, std::nullopt, {} };
}

} // namespace

SaveResult Library::writeUpdate(const Record &record, qint64 baseVersion)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Writer w(db, m_location.engine, m_user, m_clientId, m_sources.get());
    auto failed = [&]() -> SaveResult {
        w.rollback();
        if (checkConnectionLost(w.error()))
            return { SaveResult::Status::Queued, 0, std::nullopt, {} };
        return { SaveResult::Status::Failed, 0, std::nullopt, w.error() };
    };
    if (!w.begin())
        return failed();
    const SaveResult result = updateIn(w, db, *m_sources, record, baseVersion);
    if (result.status == SaveResult::Status::Failed)
        return failed();
    if (result.status != SaveResult::Status::Saved) {
        w.rollback();
        return result;
    }
    if (!w.commit())
        return failed();
    return result;
}

QList<SaveResult> Library::updateRecords(const QList<std::pair<Record, qint64>> &changes)
{
    QList<SaveResult> results;
    if (!m_connected) {
        for (const auto &[record, base] : changes)
            results.append(updateRecord(record, base));
        return results;
    }
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Writer w(db, m_location.engine, m_user, m_clientId, m_sources.get());
    bool ok = w.begin();
    for (qsizetype i = 0; ok && i < changes.size(); ++i) {
        results.append(updateIn(w, db, *m_sources, changes.at(i).first, changes.at(i).second));
        ok = results.last().status != SaveResult::Status::Failed;
    }
    if (ok)
        ok = w.commit();
    if (ok)
        return results;
    w.rollback();
    results.clear();
    if (checkConnectionLost(w.error())) {
        for (const auto &[record, base] : changes)
            results.append(updateRecord(record, base));     // queued, now that we are offline
        return results;
    }
    for (qsizetype i = 0; i < changes.size(); ++i)
        results.append({ SaveResult::Status::Failed, 0, std::nullopt, w.error() });
    return results;
}

SaveResult Library::removeRecord(RecordId id, qint64 baseVersion)
{
    const SaveResult result = m_connected ? writeRemove(id, baseVersion)
                                          : SaveResult{ SaveResult::Status::Queued };
    if (result.status != SaveResult::Status::Queued)
        return result;
    QueuedWrite write{ QueuedWrite::Kind::Remove, {}, baseVersion };
    write.record.record.id = id;
    return enqueue(write);
}

SaveResult Library::writeRemove(RecordId id, qint64 baseVersion)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Writer w(db, m_location.engine, m_user, m_clientId, m_sources.get());
    bool stale = false;
    const bool ok = w.begin() && w.setDeleted(id, baseVersion, true, &stale);
    if (!ok) {
        w.rollback();
        if (checkConnectionLost(w.error()))
            return { SaveResult::Status::Queued, 0, std::nullopt, {} };
        return { SaveResult::Status::Failed, 0, std::nullopt, w.error() };
    }
    if (stale) {
        w.rollback();
        const auto theirs = loadRecord(db, *m_sources, id);
        if (!theirs)
            return { SaveResult::Status::Missing, 0, std::nullopt, {} };
        return { SaveResult::Status::Conflict, theirs->version, theirs, {} };
    }
    if (!w.removeSearch(id) || !w.journal(id, baseVersion + 1, u"record"_s, u"present"_s, u"removed"_s)
        || !w.commit()) {
        w.rollback();
        return { SaveResult::Status::Failed, 0, std::nullopt, w.error() };
    }
    return { SaveResult::Status::Saved, baseVersion + 1, std::nullopt, {} };
}

SaveResult Library::setPosition(RecordId id, double position)
{
    if (!m_connected)
        return { SaveResult::Status::Failed, 0, std::nullopt, tr("Not connected") };
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    Writer w(db, m_location.engine, m_user, m_clientId, m_sources.get());
    if (!w.begin() || !w.setPosition(id, position) || !w.commit()) {
        w.rollback();
        checkConnectionLost(w.error());
        return { SaveResult::Status::Failed, 0, std::nullopt, w.error() };
    }
    return { SaveResult::Status::Saved, 0, std::nullopt, {} };
}

// --- search and history -----------------------------------------------------------------------

QList<SearchHit> Library::search(const QString &query, int limit, QString *error) const
{
    QList<SearchHit> hits;
    const QStringList words = searchWords(query).split(u' ', Qt::SkipEmptyParts);
    if (words.isEmpty())
        return hits;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    QString match;
    if (m_location.engine == LibraryEngine::SQLite) {
        QStringList terms;
        for (const QString &w : words)
            terms.append(u'"' + w + u"\"*"_s);
        match = terms.join(u' ');
        // bm25: lower is better; a title hit weighs most, then authors.
        q.prepare(u"SELECT s.rowid, bm25(record_search, 10.0, 5.0, 1.0) AS score "
                  "FROM record_search s JOIN records r ON r.id = s.rowid AND r.deleted = 0 "
                  "WHERE record_search MATCH ? ORDER BY score, s.rowid"_s
                  + (limit > 0 ? u" LIMIT %1"_s.arg(limit) : QString()));
    } else {
        QStringList terms;
        for (const QString &w : words)
            terms.append(w + u":*"_s);
        match = terms.join(u" & "_s);
        q.prepare(u"SELECT s.record_id, -ts_rank(s.doc, to_tsquery('simple', ?)) AS score "
                  "FROM record_search s JOIN records r ON r.id = s.record_id AND r.deleted = 0 "
                  "WHERE s.doc @@ to_tsquery('simple', ?) ORDER BY score, s.record_id"_s
                  + (limit > 0 ? u" LIMIT %1"_s.arg(limit) : QString()));
        q.addBindValue(match);
    }
    q.addBindValue(match);
    if (!q.exec()) {
        if (error)
            *error = q.lastError().text();
        return hits;
    }
    while (q.next())
        hits.append({ q.value(0).toULongLong(), -q.value(1).toDouble() });
    return hits;
}

QList<JournalEntry> Library::history(RecordId id) const
{
    QList<JournalEntry> entries;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT id, at, who, record_id, version, field, before, after FROM journal "
              "WHERE record_id = ? ORDER BY id"_s);
    q.addBindValue(qint64(id));
    if (!q.exec())
        return entries;
    while (q.next()) {
        JournalEntry e;
        e.id = q.value(0).toLongLong();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.who = q.value(2).toString();
        e.record = q.value(3).toULongLong();
        e.version = q.value(4).toLongLong();
        e.field = q.value(5).toString();
        e.before = q.value(6).toString();
        e.after = q.value(7).toString();
        entries.append(e);
    }
    return entries;
}

QString Library::lastEditor(RecordId id) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT who FROM journal WHERE record_id = ? ORDER BY id DESC LIMIT 1"_s);
    q.addBindValue(qint64(id));
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

SaveResult Library::restore(qint64 entryId)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery q(db);
    q.prepare(u"SELECT record_id, field, before, after FROM journal WHERE id = ?"_s);
    q.addBindValue(entryId);
    if (!q.exec() || !q.next())
        return { SaveResult::Status::Failed, 0, std::nullopt, tr("No journal entry %1").arg(entryId) };
    const RecordId id = q.value(0).toULongLong();
    const QString field = q.value(1).toString();
    const QString before = q.value(2).toString();
    const QString after = q.value(3).toString();
    q.finish();

    if (field == u"record"_s) {
        if (after != u"removed"_s)
            return { SaveResult::Status::Failed, 0, std::nullopt,
                     tr("Only a removal can be undone from the journal") };
        auto removed = loadRecord(db, *m_sources, id, true);
        if (!removed)
            return { SaveResult::Status::Missing, 0, std::nullopt, {} };
        Writer w(db, m_location.engine, m_user, m_clientId, m_sources.get());
        bool stale = false;
        if (!w.begin() || !w.setDeleted(id, removed->version, false, &stale) || stale
            || !w.writeSearch(removed->record, true)
            || !w.journal(id, removed->version + 1, u"record"_s, u"removed"_s, u"present"_s)
            || !w.commit()) {
            w.rollback();
            return { SaveResult::Status::Failed, 0, std::nullopt,
                     stale ? tr("The record is not removed") : w.error() };
        }
            return { SaveResult::Status::Saved, removed->version + 1, std::nullopt, {} };
    }
    const std::optional<StoredRecord> current = loadRecord(db, *m_sources, id);
    if (!current)
        return { SaveResult::Status::Missing, 0, std::nullopt, {} };
    if (field == u"order"_s)
        return { SaveResult::Status::Unchanged, current->version, std::nullopt, {} };
    Record record = current->record;
    applyJournalValue(record, field, before);
    return updateRecord(record, current->version);
}

// --- shared libraries -------------------------------------------------------------------------

bool Library::checkConnectionLost(const QString &error)
{
    if (m_location.engine != LibraryEngine::PostgreSQL || !m_connected)
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    QSqlQuery probe(db);
    if (db.isOpen() && probe.exec(u"SELECT 1"_s))
        return false;   // the statement failed, not the connection
    m_connected = false;
    db.close();
    Q_EMIT connectionLost(error.isEmpty() ? db.lastError().text() : error);
    m_retry->start();
    return true;
}

bool Library::reconnect()
{
    if (m_connected)
        return true;
    QString error;
    if (!connectDatabase(&error))
        return false;
    m_retry->stop();
    Q_EMIT connectionRestored();
    replayQueue();
    // What others did meanwhile.
    pollJournal();
    return m_connected;
}

void Library::replayQueue()
{
    const QList<QueuedWrite> queue = std::exchange(m_queue, {});
    for (qsizetype i = 0; i < queue.size(); ++i) {
        QueuedWrite write = queue.at(i);
        SaveResult result;
        switch (write.kind) {
        case QueuedWrite::Kind::Update:
            result = writeUpdate(write.record.record, write.baseVersion);
            if (result.status == SaveResult::Status::Conflict
                || result.status == SaveResult::Status::Missing)
                Q_EMIT queuedUpdateConflicted(write.record.record, result);
            break;
        case QueuedWrite::Kind::Add: {
            const RecordId localKey = write.record.record.id;
            result = writeAdd(write.record);
            if (result.ok())
                Q_EMIT queuedRecordAdded(localKey, write.record.record.id, result.version);
            break;
        }
        case QueuedWrite::Kind::Remove:
            result = writeRemove(write.record.record.id, write.baseVersion);
            break;
        }
        if (result.status == SaveResult::Status::Queued) {
            // Lost again: this one and what is left wait for the next try.
            m_queue.append(queue.mid(i));
            break;
        }
    }
    Q_EMIT queueChanged(queuedCount());
}

void Library::onNotification(const QString &name, QSqlDriver::NotificationSource source,
                             const QVariant &payload)
{
    if (name != QLatin1String(kChannel) || source == QSqlDriver::SelfSource
        || payload.toString() == m_clientId)
        return;
    pollJournal();
}

void Library::pollForChanges()
{
    if (!m_connected || m_location.engine != LibraryEngine::SQLite)
        return;
    // PRAGMA data_version changes when another connection commits to the file.
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (!q.exec(u"PRAGMA data_version"_s) || !q.next())
        return;
    const qint64 version = q.value(0).toLongLong();
    if (version == m_dataVersion)
        return;
    m_dataVersion = version;
    pollJournal();
}

void Library::pollJournal()
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(u"SELECT id, record_id, client FROM journal WHERE id > ? ORDER BY id"_s);
    q.addBindValue(m_lastJournalId);
    if (!q.exec())
        return;
    QList<RecordId> ids;
    while (q.next()) {
        m_lastJournalId = qMax(m_lastJournalId, q.value(0).toLongLong());
        const RecordId id = q.value(1).toULongLong();
        if (q.value(2).toString() != m_clientId && !ids.contains(id))
            ids.append(id);
    }
    if (!ids.isEmpty())
        Q_EMIT recordsChangedElsewhere(ids);
}

} // namespace refmend
