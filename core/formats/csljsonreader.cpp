#include "formats/csljsonreader.h"

#include "model/personname.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kCslJson = u"csl-json"_s;

struct VariableKey {
    QLatin1StringView variable;
    FieldKey key;
};

// CSL variables RefMend has a key for, in the order their fields are listed on a record
// (QJsonObject keeps no source order). The rest of the CSL variables are kept as Other.
constexpr VariableKey kVariableKeys[] = {
    {"title"_L1, FieldKey::Title},
    {"title-short"_L1, FieldKey::ShortTitle},
    {"shortTitle"_L1, FieldKey::ShortTitle},          // Zotero's name for it
    {"container-title"_L1, FieldKey::ContainerTitle},
    {"collection-title"_L1, FieldKey::SeriesTitle},
    {"volume"_L1, FieldKey::Volume},
    {"issue"_L1, FieldKey::Issue},
    {"page"_L1, FieldKey::Pages},
    {"edition"_L1, FieldKey::Edition},
    {"number-of-volumes"_L1, FieldKey::NumberOfVolumes},
    {"section"_L1, FieldKey::Section},
    {"publisher"_L1, FieldKey::Publisher},
    {"publisher-place"_L1, FieldKey::PublisherPlace},
    {"DOI"_L1, FieldKey::Doi},
    {"ISBN"_L1, FieldKey::Isbn},
    {"ISSN"_L1, FieldKey::Isbn},
    {"URL"_L1, FieldKey::Url},
    {"language"_L1, FieldKey::Language},
    {"call-number"_L1, FieldKey::CallNumber},
    {"source"_L1, FieldKey::Database},
    {"keyword"_L1, FieldKey::Keywords},
    {"abstract"_L1, FieldKey::Abstract},
    {"note"_L1, FieldKey::Note},
};

// Variables in upper case that some tools write in lower case ("doi", "url").
constexpr QLatin1StringView kCaseInsensitive[] = {"DOI"_L1, "ISBN"_L1, "ISSN"_L1, "URL"_L1};

constexpr QLatin1StringView kDateVariables[] = {
    "accessed"_L1, "available-date"_L1, "event-date"_L1, "issued"_L1, "original-date"_L1,
    "submitted"_L1,
};

constexpr QLatin1StringView kNameVariables[] = {
    "author"_L1, "chair"_L1, "collection-editor"_L1, "compiler"_L1, "composer"_L1,
    "container-author"_L1, "contributor"_L1, "curator"_L1, "director"_L1, "editor"_L1,
    "editor-translator"_L1, "editorial-director"_L1, "executive-producer"_L1, "guest"_L1,
    "host"_L1, "illustrator"_L1, "interviewer"_L1, "narrator"_L1, "organizer"_L1,
    "original-author"_L1, "performer"_L1, "producer"_L1, "recipient"_L1, "reviewed-author"_L1,
    "script-writer"_L1, "series-creator"_L1, "translator"_L1,
};

struct NameRole {
    QLatin1StringView variable;
    PersonRole role;
};
constexpr NameRole kNameRoles[] = {
    {"author"_L1, PersonRole::Author},
    {"editor"_L1, PersonRole::Editor},
    {"collection-editor"_L1, PersonRole::SeriesEditor},
    {"translator"_L1, PersonRole::Translator},
};

struct CslType {
    QLatin1StringView name;
    RecordType type;
};
constexpr CslType kCslTypes[] = {
    {"article-journal"_L1, RecordType::Article},
    {"article-magazine"_L1, RecordType::Article},
    {"article-newspaper"_L1, RecordType::Article},
    {"article"_L1, RecordType::Article},
    {"book"_L1, RecordType::Book},
    {"chapter"_L1, RecordType::Chapter},
    {"entry"_L1, RecordType::Chapter},
    {"entry-dictionary"_L1, RecordType::Chapter},
    {"entry-encyclopedia"_L1, RecordType::Chapter},
    {"paper-conference"_L1, RecordType::ConferencePaper},
    {"thesis"_L1, RecordType::Thesis},
    {"report"_L1, RecordType::Report},
    {"webpage"_L1, RecordType::WebPage},
    {"post"_L1, RecordType::WebPage},
    {"post-weblog"_L1, RecordType::WebPage},
    {"dataset"_L1, RecordType::Dataset},
    {"patent"_L1, RecordType::Patent},
    {"software"_L1, RecordType::Software},
};

// Name parts Person holds; a name with any other key keeps its JSON in Person::raw.
constexpr QLatin1StringView kPlainNameKeys[] = {
    "family"_L1, "given"_L1, "non-dropping-particle"_L1, "suffix"_L1, "literal"_L1,
};

template<typename List>
bool contains(const List &list, QStringView name)
{
    return std::any_of(std::begin(list), std::end(list),
                       [&](QLatin1StringView entry) { return name == entry; });
}

QString compactJsonText(const QJsonValue &value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    // Scalars: wrap them in an array, then strip the brackets.
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QJsonValue parseJsonText(QStringView text)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + text.toUtf8() + ']', &error);
    if (error.error != QJsonParseError::NoError || document.array().size() != 1)
        return QJsonValue(QJsonValue::Undefined);
    return document.array().at(0);
}

//! A number as its text: 12 -> "12", 1.5 -> "1.5".
QString numberText(double number)
{
    if (std::abs(number) < 9.0e15 && number == double(qint64(number)))
        return QString::number(qint64(number));
    return QString::number(number, 'g', 17);
}

//! The text of a scalar; a null string for objects, arrays and null.
QString scalarText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Double:
        return numberText(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    default:
        return QString();
    }
}

//! An integer date part (a number or a numeric string), or nullopt.
std::optional<qint64> datePart(const QJsonValue &value)
{
    if (value.isDouble()) {
        const double d = value.toDouble();
        // Range first: converting a double beyond qint64 (3e83) is undefined behaviour.
        if (std::abs(d) < 1.0e9 && d == double(qint64(d)))
            return qint64(d);
        return std::nullopt;
    }
    if (value.isString()) {
        bool ok = false;
        const qint64 n = value.toString().toLongLong(&ok);
        if (ok && QString::number(n) == value.toString())
            return n;
    }
    return std::nullopt;
}

//! "1999", "1999-03", "1999-03-22" from one date-parts entry; empty when not plain numbers.
QString partsText(const QJsonValue &entry)
{
    const QJsonArray parts = entry.toArray();
    if (!entry.isArray() || parts.isEmpty() || parts.size() > 3)
        return QString();
    QString text;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const std::optional<qint64> n = datePart(parts.at(i));
        if (!n)
            return QString();
        if (i == 0) {
            if (std::abs(*n) < 100)
                return QString(); // read back by dateFromText() only as JSON
            text = QString::number(*n);
        } else {
            if (*n < 1 || *n > 99)
                return QString();
            text += u'-' + QString::number(*n).rightJustified(2, u'0');
        }
    }
    return text;
}

// --- Where the items are in the text --------------------------------------------------

struct ItemSpan {
    qsizetype start = -1;
    qsizetype end = -1;
    QString key;              // for an object keyed by id
    int line = 0;
    int column = 0;
};

/*! \brief Finds the top-level values of a JSON array or object (where each item starts
    and ends, and an object's keys) in one pass, without decoding anything. */
QList<ItemSpan> scanItems(const QString &text, qsizetype from)
{
    QList<ItemSpan> items;
    const QChar *data = text.constData();
    const qsizetype size = text.size();
    if (from >= size)
        return items;
    const QChar top = data[from];
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectValue = false;
    bool expectKey = false;
    bool readingKey = false;
    bool openScalar = false;     // a number, literal or string at depth 1 that has no end yet
    bool valueIsString = false;
    qsizetype keyStart = 0;
    QString pendingKey;

    auto startValue = [&](qsizetype at, bool scalar, bool string) {
        ItemSpan span;
        span.start = at;
        span.key = pendingKey;
        items.append(span);
        expectValue = false;
        openScalar = scalar;
        valueIsString = string;
    };
    auto endScalar = [&](qsizetype at) {
        while (at > 0 && data[at - 1].isSpace())
            --at;
        if (openScalar && !items.isEmpty())
            items.last().end = at;
        openScalar = false;
    };

    for (qsizetype i = from; i < size; ++i) {
        const QChar c = data[i];
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == u'\\') {
                escaped = true;
            } else if (c == u'"') {
                inString = false;
                if (readingKey) {
                    readingKey = false;
                    pendingKey = text.mid(keyStart + 1, i - keyStart - 1);
                    if (pendingKey.contains(u'\\'))
                        pendingKey = parseJsonText(QStringView(text).sliced(keyStart, i + 1 - keyStart)).toString();
                } else if (depth == 1 && valueIsString) {
                    items.last().end = i + 1;
                    openScalar = false;
                    valueIsString = false;
                }
            }
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            inString = true;
            if (depth == 1 && expectValue) {
                startValue(i, false, true);
            } else if (depth == 1 && top == u'{' && expectKey) {
                readingKey = true;
                keyStart = i;
                expectKey = false;
            }
            break;
        case u'{':
        case u'[':
            if (depth == 1 && expectValue)
                startValue(i, false, false);
            ++depth;
            if (depth == 1) {
                expectValue = c == u'[';
                expectKey = c == u'{';
            }
            break;
        case u'}':
        case u']':
            if (depth == 1)
                endScalar(i);
            --depth;
            if (depth == 1 && !items.isEmpty() && items.last().end < 0)
                items.last().end = i + 1;
            if (depth <= 0)
                return items;
            break;
        case u',':
            if (depth == 1) {
                endScalar(i);
                expectValue = top == u'[';
                expectKey = top == u'{';
            }
            break;
        case u':':
            if (depth == 1 && top == u'{')
                expectValue = true;
            break;
        default:
            if (depth == 1 && expectValue && !c.isSpace())
                startValue(i, true, false);
            break;
        }
    }
    return items;
}

//! Line and column (1-based) of each item's start, in one pass over the text.
void locateItems(const QString &text, QList<ItemSpan> &items)
{
    int line = 1;
    qsizetype lineStart = 0;
    qsizetype at = 0;
    for (ItemSpan &item : items) {
        if (item.start < at)
            continue;   // never for a well-formed scan; keeps the pass linear regardless
        for (; at < item.start; ++at) {
            if (text.at(at) == u'\n') {
                ++line;
                lineStart = at + 1;
            }
        }
        item.line = line;
        item.column = int(item.start - lineStart) + 1;
    }
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Bool:
        return u"boolean"_s;
    case QJsonValue::Double:
        return u"number"_s;
    case QJsonValue::String:
        return u"string"_s;
    case QJsonValue::Array:
        return u"array"_s;
    case QJsonValue::Object:
        return u"object"_s;
    case QJsonValue::Undefined:
        break;
    }
    return u"value"_s;
}

// --- One item --------------------------------------------------------------------------

class ItemReader
{
public:
    ItemReader(Collection &out, const QString &text) : m_out(out), m_text(text) {}

    void readItem(const QJsonObject &item, const ItemSpan &span, const QString &keyedId);
    void keepUnparsed(const QJsonValue &value, const ItemSpan &span, int number);

private:
    void warn(int line, const QString &message);
    void addField(FieldKey key, const QString &tag, const QString &value);
    void readNames(PersonRole role, const QString &variable, const QJsonValue &value);
    void readIssued(const QJsonValue &value);

    Collection &m_out;
    const QString &m_text;
    Record m_record;
    QList<Diagnostic> m_diagnostics;
};

void ItemReader::warn(int line, const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Warning;
    d.line = line;
    d.message = message;
    m_diagnostics.append(d);
}

void ItemReader::addField(FieldKey key, const QString &tag, const QString &value)
{
    if (value.isEmpty())
        return;
    Field field;
    field.key = key;
    field.tag = tag;
    field.value = value;
    field.line = m_record.line;
    m_record.fields.append(std::move(field));
}

void ItemReader::readNames(PersonRole role, const QString &variable, const QJsonValue &value)
{
    const QJsonArray names = value.isArray() ? value.toArray() : QJsonArray{value};
    if (!value.isArray()) {
        warn(m_record.line, u"\"%1\" is a single %2, not a list of names; read as one name"_s
             .arg(variable, jsonTypeName(value)));
    }
    for (const QJsonValue &name : names) {
        if (!name.isObject() && !name.isString()) {
            if (name.isNull())
                continue;
            warn(m_record.line, u"a name in \"%1\" is a %2; read as written"_s
                 .arg(variable, jsonTypeName(name)));
        }
        Person person = csl::personFromName(name.isObject() || name.isString()
                                                    ? name : QJsonValue(compactJsonText(name)));
        if (person.isEmpty() && person.raw.isEmpty())
            continue;
        person.line = m_record.line;
        m_record.personsRef(role).append(std::move(person));
    }
}

void ItemReader::readIssued(const QJsonValue &value)
{
    if (!value.isObject()) {
        // Not CSL, but some tools write "issued": "2013" or 2013.
        const QString text = value.isString() || value.isDouble() ? scalarText(value) : compactJsonText(value);
        addField(FieldKey::Date, u"issued"_s, text);
        return;
    }
    const QJsonObject date = value.toObject();
    const QString year = csl::dateYear(date);
    const QString text = csl::dateText(date);
    addField(FieldKey::Year, u"issued"_s, year);
    if (text != year)
        addField(FieldKey::Date, u"issued"_s, text);
}

//! What a key of an item is, looked up once per key rather than through the tables.
struct KeyInfo {
    enum Kind { Id, Type, Issued, Names, Date, Variable } kind = Variable;
    int rank = 0;                     // reading order of the record's fields
    FieldKey key = FieldKey::Other;
    PersonRole role = PersonRole::Author;
    QString tag;                      // one shared string per known variable
};

const KeyInfo *keyInfo(const QString &key)
{
    static const QHash<QString, KeyInfo> table = [] {
        QHash<QString, KeyInfo> t;
        constexpr int otherRank = 2 * int(std::size(kVariableKeys));
        for (size_t i = 0; i < std::size(kVariableKeys); ++i) {
            const QString name(kVariableKeys[i].variable);
            t.insert(name, {KeyInfo::Variable, 2 * int(i), kVariableKeys[i].key, PersonRole::Author, name});
        }
        for (QLatin1StringView variable : kDateVariables)
            t.insert(QString(variable), {KeyInfo::Date, otherRank, FieldKey::Other, PersonRole::Author, QString(variable)});
        for (const NameRole &entry : kNameRoles)
            t.insert(QString(entry.variable), {KeyInfo::Names, otherRank, FieldKey::Other, entry.role, QString(entry.variable)});
        t.insert(u"id"_s, {KeyInfo::Id, -1, FieldKey::Label, PersonRole::Author, u"id"_s});
        t.insert(u"type"_s, {KeyInfo::Type, -1, FieldKey::Other, PersonRole::Author, u"type"_s});
        // Just before "volume".
        t.insert(u"issued"_s, {KeyInfo::Issued, 2 * 5 - 1, FieldKey::Other, PersonRole::Author, u"issued"_s});
        return t;
    }();
    const auto it = table.constFind(key);
    return it == table.constEnd() ? nullptr : &*it;
}

void ItemReader::readItem(const QJsonObject &item, const ItemSpan &span, const QString &keyedId)
{
    m_record = Record();
    m_diagnostics.clear();
    m_record.sourceFormat = kCslJson;
    m_record.line = span.line;

    // Known variables first, in a reading order; the rest as QJsonObject keeps them (sorted).
    struct Entry {
        int rank;
        const KeyInfo *info;
        QString key;
        QJsonValue value;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(item.size()));
    for (auto it = item.constBegin(); it != item.constEnd(); ++it) {
        const QString key = it.key();
        const KeyInfo *info = keyInfo(key);
        entries.push_back({info ? info->rank : 2 * int(std::size(kVariableKeys)), info, info ? info->tag : key,
                           it.value()});
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const Entry &a, const Entry &b) { return a.rank < b.rank; });

    bool hasId = false;
    for (const Entry &entry : entries) {
        const QString &key = entry.key;
        const QJsonValue &value = entry.value;
        if (value.isNull() || value.isUndefined())
            continue;
        const KeyInfo::Kind kind = entry.info ? entry.info->kind : KeyInfo::Variable;
        if (kind == KeyInfo::Type && value.isString()) {
            m_record.sourceType = value.toString();
            continue;
        }
        if (kind == KeyInfo::Id && (value.isString() || value.isDouble())) {
            hasId = true;
            addField(FieldKey::Label, key, scalarText(value));
            continue;
        }
        if (kind == KeyInfo::Issued) {
            readIssued(value);
            continue;
        }
        if (kind == KeyInfo::Names) {
            readNames(entry.info->role, key, value);
            continue;
        }
        if (kind == KeyInfo::Date && value.isObject()) {
            addField(FieldKey::Other, key, csl::dateText(value.toObject()));
            continue;
        }
        const QString text = scalarText(value);
        if (text.isNull()) {
            // Objects and arrays: kept whole, so the writer can give them back.
            addField(FieldKey::Other, key, compactJsonText(value));
            continue;
        }
        const FieldKey fieldKey = kind == KeyInfo::Variable && entry.info ? entry.info->key
                : kind == KeyInfo::Variable ? csl::fieldKeyForVariable(key) : FieldKey::Other;
        addField(fieldKey, key, text);
    }

    if (!hasId && !keyedId.isEmpty()) {
        Field field;
        field.key = FieldKey::Label;
        field.tag = u"id"_s;
        field.value = keyedId;
        field.line = m_record.line;
        m_record.fields.prepend(field);
    } else if (hasId && !keyedId.isEmpty() && m_record.value(FieldKey::Label) != keyedId) {
        warn(m_record.line, u"item keyed \"%1\" has the id \"%2\"; the id is kept"_s
             .arg(keyedId, m_record.value(FieldKey::Label)));
    }
    if (m_record.sourceType.isEmpty())
        warn(m_record.line, u"item has no \"type\"; read as a generic reference"_s);
    m_record.type = csl::recordTypeForCslType(m_record.sourceType);

    const int recordIndex = int(m_out.records.size());
    m_out.records.append(std::move(m_record));
    for (Diagnostic &d : m_diagnostics) {
        d.recordIndex = recordIndex;
        m_out.diagnostics.append(std::move(d));
    }
    m_diagnostics.clear();
}

void ItemReader::keepUnparsed(const QJsonValue &value, const ItemSpan &span, int number)
{
    Record record;
    record.sourceFormat = kCslJson;
    record.unparsed = true;
    record.line = span.line;
    if (span.start >= 0 && span.end > span.start) {
        record.setSource(m_text, span.start, span.start, span.end);
    } else {
        const QString json = compactJsonText(value);
        record.setSource(json, 0, 0, json.size());
    }
    Diagnostic d;
    d.severity = Severity::Error;
    d.line = span.line;
    d.column = span.column;
    d.message = u"item %1 is a %2, not an object; kept as raw text"_s.arg(number).arg(jsonTypeName(value));
    d.recordIndex = int(m_out.records.size());
    m_out.records.append(std::move(record));
    m_out.diagnostics.append(d);
}

Diagnostic syntaxError(const QString &text, const QByteArray &utf8, qsizetype skipped,
                       const QJsonParseError &error)
{
    // QJsonParseError::offset counts UTF-8 bytes; lines and columns count characters.
    const qsizetype byteOffset = qBound(qsizetype(0), qsizetype(error.offset), utf8.size());
    const qsizetype offset = qMin(text.size(),
                                  skipped + QString::fromUtf8(utf8.constData(), byteOffset).size());
    const QStringView before = QStringView(text).first(offset);
    const qsizetype lineStart = before.lastIndexOf(u'\n') + 1;
    Diagnostic d;
    d.severity = Severity::Error;
    d.line = int(before.count(u'\n')) + 1;
    d.column = int(offset - lineStart) + 1;
    d.message = u"not valid JSON: %1. JSON cannot be read on past a syntax error, so no records "
                "were loaded; fix the file at this point and open it again"_s.arg(error.errorString());
    return d;
}

} // namespace

// --- The CSL vocabulary ------------------------------------------------------------------

namespace csl {

FieldKey fieldKeyForVariable(QStringView variable)
{
    for (const VariableKey &entry : kVariableKeys) {
        if (variable == entry.variable)
            return entry.key;
    }
    for (QLatin1StringView name : kCaseInsensitive) {
        if (variable.compare(name, Qt::CaseInsensitive) == 0)
            return fieldKeyForVariable(QString(name));
    }
    if (variable == "id"_L1)
        return FieldKey::Label;
    return FieldKey::Other;
}

bool isDateVariable(QStringView variable)
{
    return contains(kDateVariables, variable);
}

bool isNameVariable(QStringView variable)
{
    return contains(kNameVariables, variable);
}

RecordType recordTypeForCslType(QStringView type)
{
    for (const CslType &entry : kCslTypes) {
        if (type.trimmed().compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return RecordType::Generic;
}

QString dateYear(const QJsonObject &date)
{
    const QJsonArray first = date.value(u"date-parts").toArray().at(0).toArray();
    if (first.isEmpty())
        return QString();
    const std::optional<qint64> year = datePart(first.at(0));
    return year ? QString::number(*year) : QString();
}

QString dateText(const QJsonObject &date)
{
    const QStringList keys = date.keys();
    if (keys == QStringList{u"date-parts"_s}) {
        const QJsonArray ranges = date.value(u"date-parts").toArray();
        if (ranges.size() == 1 || ranges.size() == 2) {
            QStringList parts;
            for (const QJsonValue &entry : ranges)
                parts.append(partsText(entry));
            if (!parts.contains(QString()))
                return parts.join(u'/');
        }
    } else if (keys == QStringList{u"raw"_s} && date.value(u"raw").isString()) {
        const QString raw = date.value(u"raw").toString();
        // Text that reads back as another form keeps its JSON, so nothing changes meaning.
        if (!raw.trimmed().isEmpty() && dateFromText(raw).isEmpty())
            return raw;
    }
    if (date.isEmpty())
        return QString();
    return compactJsonText(date);
}

QJsonObject dateFromText(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.startsWith(u'{')) {
        const QJsonValue value = parseJsonText(trimmed);
        return value.isObject() ? value.toObject() : QJsonObject();
    }
    // Years of three digits or more, so that "2013/05" is no range of the years 2013 and 5,
    // and without a leading zero, which a number would not keep ("0876").
    static const QRegularExpression simple(
            u"^(-?[1-9]\\d{2,8})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?$"_s);
    QJsonArray ranges;
    const QList<QStringView> pieces = trimmed.split(u'/');
    if (pieces.size() > 2)
        return {};
    for (QStringView piece : pieces) {
        const QRegularExpressionMatch match = simple.match(piece);
        if (!match.hasMatch())
            return {};
        QJsonArray parts{match.captured(1).toLongLong()};
        for (int group : {2, 3}) {
            if (match.capturedLength(group) > 0)
                parts.append(match.captured(group).toInt());
        }
        ranges.append(parts);
    }
    return QJsonObject{{u"date-parts"_s, ranges}};
}

QString compactJson(const QJsonValue &value)
{
    return compactJsonText(value);
}

QJsonValue parseJson(QStringView text)
{
    return parseJsonText(text);
}

Person personFromName(const QJsonValue &name)
{
    if (name.isString()) {
        Person person = parsePersonName(name.toString());
        // The quotes tell the writer that this was a string name, to be written as one.
        person.raw = compactJsonText(name);
        return person;
    }
    const QJsonObject object = name.toObject();
    Person person;
    auto part = [&](QLatin1StringView key) {
        const QJsonValue value = object.value(key);
        const QString text = value.isString() ? value.toString() : scalarText(value);
        return text.trimmed();
    };
    person.literal = part("literal"_L1);
    if (person.literal.isEmpty()) {
        person.family = part("family"_L1);
        person.given = part("given"_L1);
        person.suffix = part("suffix"_L1);
        // citeproc-js's input shorthand: given "John,! Jr." is "John" with the suffix "Jr."
        // (set off by a comma), as in the CSL test suite.
        if (const qsizetype bang = person.given.indexOf(u",!"_s); bang >= 0 && person.suffix.isEmpty()) {
            person.suffix = person.given.mid(bang + 2).trimmed();
            person.given = person.given.left(bang).trimmed();
        }
        // Person has one particle: "Ludwig van Beethoven" (dropping) and "de Gaulle"
        // (non-dropping) both go there; the JSON in raw keeps which one it was.
        const QString dropping = part("dropping-particle"_L1);
        const QString nonDropping = part("non-dropping-particle"_L1);
        person.particle = (dropping + u' ' + nonDropping).trimmed();
        const QJsonValue institution = object.value(u"isInstitution");
        if ((institution.toBool() || institution.toString() == "true"_L1)
            && person.given.isEmpty() && person.particle.isEmpty() && person.suffix.isEmpty()) {
            person.literal = person.family;
            person.family.clear();
        }
        if (person.isEmpty() && object.value(u"raw").isString())
            person = parsePersonName(object.value(u"raw").toString());
    }
    person.raw.clear();
    qsizetype plainKeys = 0;
    bool plain = true;
    for (QLatin1StringView key : kPlainNameKeys) {
        const auto it = object.constFind(key);
        if (it != object.constEnd()) {
            ++plainKeys;
            plain = plain && it.value().isString();
        }
    }
    if (!plain || plainKeys != object.size())
        person.raw = compactJsonText(object);
    return person;
}

} // namespace csl

void CslJsonReader::read(const QString &text, Collection &out) const
{
    qsizetype skipped = 0;
    while (skipped < text.size() && (text.at(skipped).isSpace() || text.at(skipped) == QChar(0xFEFF)))
        ++skipped;
    if (skipped == text.size())
        return; // an empty file holds no records

    QJsonParseError error;
    QJsonDocument document;
    {
        const QByteArray utf8 = QStringView(text).sliced(skipped).toUtf8();
        document = QJsonDocument::fromJson(utf8, &error);
        if (error.error != QJsonParseError::NoError) {
            out.diagnostics.append(syntaxError(text, utf8, skipped, error));
            return;
        }
    }

    QList<ItemSpan> spans = scanItems(text, skipped);
    locateItems(text, spans);
    ItemReader reader(out, text);

    if (document.isArray()) {
        const QJsonArray items = document.array();
        const bool located = spans.size() == items.size();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (!proceed(progress(), i, items.size()))
                return;     // cancelled: the result is thrown away
            const ItemSpan span = located ? spans.at(i) : ItemSpan();
            const QJsonValue item = items.at(i);
            if (item.isObject())
                reader.readItem(item.toObject(), span, QString());
            else
                reader.keepUnparsed(item, span, int(i) + 1);
        }
        return;
    }

    const QJsonObject top = document.object();
    const bool keyedById = !top.isEmpty()
            && std::all_of(top.constBegin(), top.constEnd(),
                           [](const QJsonValue &value) { return value.isObject(); });
    if (!keyedById) {
        ItemSpan span;
        span.start = skipped;
        span.line = int(QStringView(text).first(skipped).count(u'\n')) + 1;
        reader.readItem(top, span, QString());
        return;
    }

    // An object keyed by id: the items in the order of the file, not QJsonObject's.
    QStringList order;
    QHash<QString, ItemSpan> spanOfKey;
    for (const ItemSpan &span : std::as_const(spans)) {
        if (spanOfKey.contains(span.key)) {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.line = span.line;
            d.column = span.column;
            d.message = u"the key \"%1\" appears twice; only one of its items can be read"_s.arg(span.key);
            out.diagnostics.append(d);
            spanOfKey.insert(span.key, span);
            continue;
        }
        order.append(span.key);
        spanOfKey.insert(span.key, span);
    }
    if (order.size() != top.size())
        order = top.keys();
    int number = 0;
    for (const QString &key : std::as_const(order)) {
        if (!proceed(progress(), number, order.size()))
            return;
        ++number;
        const QJsonValue item = top.value(key);
        if (item.isObject())
            reader.readItem(item.toObject(), spanOfKey.value(key), key);
        else
            reader.keepUnparsed(item, spanOfKey.value(key), number);
    }
}

} // namespace refmend
