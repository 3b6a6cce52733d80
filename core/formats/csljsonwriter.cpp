#include "formats/csljsonwriter.h"

#include "formats/csljsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kCslJson = u"csl-json"_s;

QString cslType(RecordType type)
{
    switch (type) {
    case RecordType::Article:
        return u"article-journal"_s;
    case RecordType::Book:
        return u"book"_s;
    case RecordType::Chapter:
        return u"chapter"_s;
    case RecordType::ConferencePaper:
        return u"paper-conference"_s;
    case RecordType::Thesis:
        return u"thesis"_s;
    case RecordType::Report:
        return u"report"_s;
    case RecordType::WebPage:
        return u"webpage"_s;
    case RecordType::Dataset:
        return u"dataset"_s;
    case RecordType::Patent:
        return u"patent"_s;
    case RecordType::Software:
        return u"software"_s;
    case RecordType::Generic:
    case RecordType::Count:
        break;
    }
    return u"document"_s;
}

//! The CSL variable a key is written to; empty for keys handled apart or with no place.
QString cslVariable(FieldKey key)
{
    switch (key) {
    case FieldKey::Title: return u"title"_s;
    case FieldKey::ShortTitle: return u"title-short"_s;
    case FieldKey::ContainerTitle: return u"container-title"_s;
    case FieldKey::SeriesTitle: return u"collection-title"_s;
    case FieldKey::Volume: return u"volume"_s;
    case FieldKey::Issue: return u"issue"_s;
    case FieldKey::Pages: return u"page"_s;
    case FieldKey::Edition: return u"edition"_s;
    case FieldKey::Publisher: return u"publisher"_s;
    case FieldKey::PublisherPlace: return u"publisher-place"_s;
    case FieldKey::Doi: return u"DOI"_s;
    case FieldKey::Url: return u"URL"_s;
    case FieldKey::Abstract: return u"abstract"_s;
    case FieldKey::Language: return u"language"_s;
    case FieldKey::CallNumber: return u"call-number"_s;
    case FieldKey::NumberOfVolumes: return u"number-of-volumes"_s;
    case FieldKey::Section: return u"section"_s;
    case FieldKey::Database: return u"source"_s;
    default: return QString();
    }
}

QJsonValue cslName(const Person &person)
{
    // A name read from CSL-JSON with more than Person holds (a string name, a
    // dropping-particle, comma-suffix ...) keeps its JSON in raw: written back while unedited.
    const QString raw = person.raw.trimmed();
    if (raw.startsWith(u'{') || raw.startsWith(u'"')) {
        const QJsonValue value = csl::parseJson(raw);
        if ((value.isObject() || value.isString()) && csl::personFromName(value).sameName(person))
            return value;
    }
    QJsonObject name;
    if (person.isLiteral()) {
        name.insert(u"literal"_s, person.literal);
        return name;
    }
    if (!person.family.isEmpty())
        name.insert(u"family"_s, person.family);
    if (!person.given.isEmpty())
        name.insert(u"given"_s, person.given);
    if (!person.particle.isEmpty())
        name.insert(u"non-dropping-particle"_s, person.particle);
    if (!person.suffix.isEmpty())
        name.insert(u"suffix"_s, person.suffix);
    if (name.isEmpty() && !person.raw.trimmed().isEmpty())
        name.insert(u"literal"_s, person.raw.trimmed());
    return name;
}

int monthFromName(QStringView word)
{
    static const char *const months[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                         "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    for (int i = 0; i < 12; ++i) {
        if (word.startsWith(QLatin1StringView(months[i]), Qt::CaseInsensitive))
            return i + 1;
    }
    return 0;
}

//! Date parts from "2013/05/12", "2013-05", "September  1, 2021", "12 May 2013", "May 12"
//! (the year then comes from \a year). Empty when the text is not a date like these.
QJsonArray dateParts(const QString &date, const QString &year)
{
    static const QRegularExpression numeric(
            u"^\\s*(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?/?\\s*$"_s);
    static const QRegularExpression monthFirst(
            u"^\\s*([A-Za-z]+)\\.?(?:\\s+(\\d{1,2}))?(?:,?\\s+(\\d{4}))?\\s*$"_s);
    static const QRegularExpression dayFirst(
            u"^\\s*(\\d{1,2})\\s+([A-Za-z]+)\\.?(?:,?\\s+(\\d{4}))?\\s*$"_s);

    int y = 0, m = 0, d = 0;
    if (const auto match = numeric.match(date); match.hasMatch()) {
        y = match.captured(1).toInt();
        m = match.captured(2).toInt();
        d = match.captured(3).toInt();
    } else if (const auto match = monthFirst.match(date); match.hasMatch()) {
        m = monthFromName(match.capturedView(1));
        d = match.captured(2).toInt();
        y = match.captured(3).isEmpty() ? year.toInt() : match.captured(3).toInt();
    } else if (const auto match = dayFirst.match(date); match.hasMatch()) {
        d = match.captured(1).toInt();
        m = monthFromName(match.capturedView(2));
        y = match.captured(3).isEmpty() ? year.toInt() : match.captured(3).toInt();
    }
    if (y <= 0 || m < 0 || m > 12 || d < 0 || d > 31 || (m == 0 && d > 0))
        return {};
    if (m == 0 && !date.trimmed().startsWith(QString::number(y)))
        return {}; // a month name we did not know
    QJsonArray parts{y};
    if (m > 0)
        parts.append(m);
    if (m > 0 && d > 0)
        parts.append(d);
    return parts;
}

//! "issued" from Year and Date; \a dateUsed tells whether Date's text went into it.
QJsonObject issued(const Record &record, bool fromCsl, bool *dateUsed)
{
    *dateUsed = false;
    const QString year = record.year();
    const QString date = record.value(FieldKey::Date).trimmed();
    const QString yearText = record.value(FieldKey::Year).trimmed();
    if (!date.isEmpty()) {
        // The forms CslJsonReader writes into Date: "1999-03-22", "1999/2001", JSON.
        const QJsonObject parsed = csl::dateFromText(date);
        if (!parsed.isEmpty() && (yearText.isEmpty() || csl::dateYear(parsed) == yearText)) {
            *dateUsed = true;
            return parsed;
        }
        if (parsed.isEmpty() && fromCsl && yearText.isEmpty()) {
            *dateUsed = true;
            return QJsonObject{{u"raw"_s, date}};
        }
        // Years before 1000 are written as text: a number would lose "0876"'s zero.
        const QJsonArray parts = dateParts(date, year);
        if (!parts.isEmpty() && parts.first().toInt() >= 1000
            && (year.isEmpty() || parts.first().toInt() == year.toInt())) {
            *dateUsed = true;
            return QJsonObject{{u"date-parts"_s, QJsonArray{parts}}};
        }
    }
    if (!year.isEmpty() && !year.startsWith(u'0') && (yearText.isEmpty() || yearText == year))
        return QJsonObject{{u"date-parts"_s, QJsonArray{QJsonArray{year.toInt()}}}};
    static const QRegularExpression integer(u"^-?[1-9]\\d{0,8}$"_s);
    if (integer.match(yearText).hasMatch())
        return QJsonObject{{u"date-parts"_s, QJsonArray{QJsonArray{yearText.toLongLong()}}}};
    if (!yearText.isEmpty())
        return QJsonObject{{u"raw"_s, yearText}};
    if (!date.isEmpty()) {
        *dateUsed = true;
        return QJsonObject{{u"raw"_s, date}};
    }
    return {};
}

//! The JSON of a variable kept as FieldKey::Other by CslJsonReader: dates from their text,
//! objects and arrays from their compact JSON, the rest as strings.
QJsonValue otherVariableValue(const QString &variable, const QString &value)
{
    if (csl::isDateVariable(variable)) {
        const QJsonObject date = csl::dateFromText(value);
        return date.isEmpty() ? QJsonValue(QJsonObject{{u"raw"_s, value}}) : QJsonValue(date);
    }
    if (value.startsWith(u'{') || value.startsWith(u'[')) {
        const QJsonValue json = csl::parseJson(value);
        if (json.isObject() || json.isArray())
            return json;
    }
    return value;
}

bool looksLikeIssn(QStringView text)
{
    static const QRegularExpression issn(u"^\\s*\\d{4}-?\\d{3}[\\dXx]\\s*$"_s);
    return issn.match(text.toString()).hasMatch();
}

class ObjectBuilder
{
public:
    ObjectBuilder(int recordIndex, QList<Diagnostic> *warnings)
        : m_recordIndex(recordIndex), m_warnings(warnings) {}

    QJsonObject build(const Record &record);

private:
    void keepInNote(const QString &name, const QString &value, const QString &why);

    int m_recordIndex;
    QList<Diagnostic> *m_warnings;
    QStringList m_noteLines;
};

void ObjectBuilder::keepInNote(const QString &name, const QString &value, const QString &why)
{
    m_noteLines.append(name + u": "_s + value);
    if (!m_warnings)
        return;
    Diagnostic d;
    d.severity = Severity::Warning;
    d.message = why.arg(name);
    d.field = name;
    d.recordIndex = m_recordIndex;
    m_warnings->append(d);
}

QJsonObject ObjectBuilder::build(const Record &record)
{
    // Records read from CSL-JSON keep their variable names, type and extra variables.
    const bool fromCsl = record.sourceFormat == kCslJson;
    QJsonObject object;
    const QString label = record.value(FieldKey::Label).trimmed();
    object.insert(u"id"_s, label.isEmpty() ? u"refmend-%1"_s.arg(record.id) : label);
    const QString sourceType = record.sourceType.trimmed();
    const bool keepType = fromCsl && !sourceType.isEmpty()
            && csl::recordTypeForCslType(sourceType) == record.type;
    // An item read without a type is written back without one, as it was.
    if (!(fromCsl && sourceType.isEmpty() && record.type == RecordType::Generic))
        object.insert(u"type"_s, keepType ? sourceType : cslType(record.type));

    static const std::pair<PersonRole, QString> roles[] = {
        {PersonRole::Author, u"author"_s},
        {PersonRole::Editor, u"editor"_s},
        {PersonRole::SeriesEditor, u"collection-editor"_s},
        {PersonRole::Translator, u"translator"_s},
    };
    for (const auto &[role, variable] : roles) {
        QJsonArray names;
        for (const Person &person : record.persons(role)) {
            const QJsonValue name = cslName(person);
            if (!(name.isObject() && name.toObject().isEmpty()))
                names.append(name);
        }
        if (!names.isEmpty())
            object.insert(variable, names);
    }

    bool dateUsed = false;
    if (const QJsonObject date = issued(record, fromCsl, &dateUsed); !date.isEmpty())
        object.insert(u"issued"_s, date);

    QStringList keywords;
    QStringList notes;
    bool labelUsed = false;
    const QString secondValue = u"a second \"%1\" has no place in CSL-JSON; kept in the note"_s;
    for (const Field &field : record.fields) {
        const QString value = field.value.trimmed();
        if (value.isEmpty())
            continue;
        switch (field.key) {
        case FieldKey::Year:
            continue; // in "issued"
        case FieldKey::Date:
            if (!dateUsed) {
                keepInNote(fieldKeyId(field.key), value,
                           u"\"%1\" is not a date CSL-JSON can carry here; kept in the note"_s);
            }
            dateUsed = false; // a second Date is never used
            continue;
        case FieldKey::Keywords:
            for (const QString &keyword : value.split(u'\n', Qt::SkipEmptyParts)) {
                if (!keyword.trimmed().isEmpty())
                    keywords.append(keyword.trimmed());
            }
            continue;
        case FieldKey::Note:
            notes.append(value);
            continue;
        case FieldKey::Label:
            if (!labelUsed && value == label) {
                labelUsed = true;
                continue;
            }
            break; // a citation key of its own, or a second label
        case FieldKey::Isbn: {
            QString variable = looksLikeIssn(value) ? u"ISSN"_s : u"ISBN"_s;
            if (field.tag.compare("ISSN"_L1, Qt::CaseInsensitive) == 0
                || field.tag.compare("ISBN"_L1, Qt::CaseInsensitive) == 0) {
                variable = fromCsl ? field.tag : field.tag.toUpper();
            }
            if (!object.contains(variable))
                object.insert(variable, value);
            else if (object.value(variable).toString() != value)
                keepInNote(variable, value, secondValue);
            continue;
        }
        case FieldKey::Other: {
            const QString name = field.tag.isEmpty() ? u"other"_s : field.tag;
            if (fromCsl && !field.tag.isEmpty() && !object.contains(field.tag)) {
                object.insert(field.tag, otherVariableValue(field.tag, value));
                continue;
            }
            keepInNote(name, value, u"field \"%1\" has no place in CSL-JSON; kept in the note"_s);
            continue;
        }
        default:
            break;
        }
        const QString variable = fromCsl && !field.tag.isEmpty()
                        && csl::fieldKeyForVariable(field.tag) == field.key
                ? field.tag : cslVariable(field.key);
        if (variable.isEmpty() || variable == "id"_L1) {
            keepInNote(fieldKeyId(field.key), value,
                       u"field \"%1\" has no place in CSL-JSON; kept in the note"_s);
        } else if (object.contains(variable)) {
            // The same value twice (EndNote XML's secondary-title and periodical) loses nothing.
            if (object.value(variable).toString() != value)
                keepInNote(fieldKeyId(field.key), value, secondValue);
        } else {
            object.insert(variable, value);
        }
    }

    if (!keywords.isEmpty())
        object.insert(u"keyword"_s, keywords.join(u", "_s));
    notes.append(m_noteLines);
    if (!notes.isEmpty())
        object.insert(u"note"_s, notes.join(u'\n'));
    return object;
}

//! A record that its reader could not parse: CSL-JSON's own goes back as it was, another
//! format's text goes into a note.
QJsonValue unparsedItem(const Record &record, int recordIndex, QList<Diagnostic> *warnings)
{
    const QString text = record.source.isValid() ? record.source.text().toString() : QString();
    if (record.sourceFormat == kCslJson) {
        const QJsonValue value = csl::parseJson(text);
        if (!value.isUndefined())
            return value;
    }
    if (warnings) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.message = u"record from line %1 could not be read in its own format; its text is kept as a note"_s
                .arg(record.line);
        d.recordIndex = recordIndex;
        warnings->append(d);
    }
    return QJsonObject{{u"id"_s, u"refmend-%1"_s.arg(record.id)},
                       {u"type"_s, cslType(RecordType::Generic)},
                       {u"note"_s, text.trimmed()}};
}

} // namespace

QString CslJsonWriter::write(const QList<Record> &records, const WriteOptions &options,
                             QList<Diagnostic> *warnings) const
{
    QJsonArray array;
    for (int i = 0; i < records.size(); ++i) {
        if (!proceed(options.progress, i, records.size()))
            return QString();   // cancelled: writeBytes() says so
        const Record &record = records.at(i);
        if (record.unparsed)
            array.append(unparsedItem(record, i, warnings));
        else
            array.append(ObjectBuilder(i, warnings).build(record));
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

} // namespace refmend
