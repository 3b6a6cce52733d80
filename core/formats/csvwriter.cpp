#include "formats/csvwriter.h"

#include <QSet>

#include <functional>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kSeparator = u"; "_s;

QString quoted(const QString &value)
{
    bool needsQuotes = false;
    for (QChar c : value) {
        if (c == u',' || c == u'"' || c == u'\n' || c == u'\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes)
        return value;
    // Line breaks inside a value become "\n"; the file's line ending is applied when the
    // text is encoded, so a lone CR here would come out doubled.
    QString text = value;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
    text.replace(u'"', u"\"\""_s);
    return u'"' + text + u'"';
}

QString personsText(const Record &record, PersonRole role)
{
    QStringList names;
    for (const Person &person : record.persons(role)) {
        const QString name = person.displayName();
        if (!name.isEmpty())
            names.append(name);
    }
    return names.join(kSeparator);
}

QString fieldText(const Record &record, FieldKey key)
{
    QStringList values;
    for (const Field &field : record.fields) {
        if (field.key != key)
            continue;
        // Keywords written one per line (EndNote %K) become separate items too.
        if (key == FieldKey::Keywords) {
            for (const QString &keyword : field.value.split(u'\n', Qt::SkipEmptyParts)) {
                if (!keyword.trimmed().isEmpty())
                    values.append(keyword.trimmed());
            }
        } else if (!field.value.isEmpty()) {
            values.append(field.value);
        }
    }
    return values.join(kSeparator);
}

using Column = std::function<QString(const Record &)>;

//! The column for \a id, or an empty function when there is none.
Column columnFor(const QString &id)
{
    const QString lower = id.trimmed().toLower();
    if (lower == u"type")
        return [](const Record &r) { return recordTypeId(r.type); };
    if (lower == u"id")
        return [](const Record &r) { return QString::number(r.id); };
    if (lower == u"year")
        return [](const Record &r) { return r.year(); };
    if (lower == u"authors")
        return [](const Record &r) { return personsText(r, PersonRole::Author); };
    if (lower == u"editors")
        return [](const Record &r) { return personsText(r, PersonRole::Editor); };
    if (lower == u"translators")
        return [](const Record &r) { return personsText(r, PersonRole::Translator); };
    if (lower == u"series-editors")
        return [](const Record &r) { return personsText(r, PersonRole::SeriesEditor); };
    const FieldKey key = fieldKeyFromId(lower);
    if (key == FieldKey::Other)
        return {};
    return [key](const Record &r) { return fieldText(r, key); };
}

const QString kOtherColumn = u"other"_s;

//! Which fields and people the chosen columns show, to find what they leave out.
class Coverage
{
public:
    void add(const QString &columnId)
    {
        if (columnId == u"authors")
            m_roles.insert(int(PersonRole::Author));
        else if (columnId == u"editors")
            m_roles.insert(int(PersonRole::Editor));
        else if (columnId == u"translators")
            m_roles.insert(int(PersonRole::Translator));
        else if (columnId == u"series-editors")
            m_roles.insert(int(PersonRole::SeriesEditor));
        else if (columnId == u"year")
            m_keys.insert(int(FieldKey::Year));
        else if (const FieldKey key = fieldKeyFromId(columnId); key != FieldKey::Other)
            m_keys.insert(int(key));
    }

    //! (name, value) of each field and person list no column shows, in record order.
    QList<std::pair<QString, QString>> uncovered(const Record &record) const
    {
        QList<std::pair<QString, QString>> rest;
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            if (!m_roles.contains(role) && !record.persons(PersonRole(role)).isEmpty())
                rest.append({personRoleId(PersonRole(role)), personsText(record, PersonRole(role))});
        }
        for (const Field &field : record.fields) {
            if (field.value.isEmpty() || m_keys.contains(int(field.key)))
                continue;
            const QString name = field.key == FieldKey::Other
                    ? (field.tag.isEmpty() ? u"other"_s : field.tag)
                    : fieldKeyId(field.key);
            rest.append({name, field.value});
        }
        return rest;
    }

private:
    QSet<int> m_keys;
    QSet<int> m_roles;
};

} // namespace

QStringList CsvWriter::defaultColumns()
{
    return {u"type"_s,
            u"authors"_s,
            u"year"_s,
            fieldKeyId(FieldKey::Title),
            fieldKeyId(FieldKey::ContainerTitle),
            fieldKeyId(FieldKey::Volume),
            fieldKeyId(FieldKey::Issue),
            fieldKeyId(FieldKey::Pages),
            fieldKeyId(FieldKey::Publisher),
            fieldKeyId(FieldKey::Doi),
            fieldKeyId(FieldKey::Url),
            fieldKeyId(FieldKey::Abstract),
            fieldKeyId(FieldKey::Keywords),
            u"editors"_s,
            kOtherColumn};
}

QString CsvWriter::write(const QList<Record> &records, const WriteOptions &options,
                         QList<Diagnostic> *warnings) const
{
    const QStringList requested = options.csvColumns.isEmpty() ? defaultColumns()
                                                               : options.csvColumns;
    QStringList header;
    QList<Column> columns;
    Coverage coverage;
    bool otherColumn = false;
    for (const QString &id : requested) {
        const QString lower = id.trimmed().toLower();
        if (lower == kOtherColumn) {
            otherColumn = true;
            header.append(kOtherColumn);
            columns.append(Column()); // filled per record below
            continue;
        }
        Column column = columnFor(id);
        if (!column) {
            if (warnings) {
                Diagnostic d;
                d.severity = Severity::Warning;
                d.message = u"unknown CSV column \"%1\"; left out"_s.arg(id);
                warnings->append(d);
            }
            continue;
        }
        coverage.add(lower);
        header.append(quoted(id.trimmed()));
        columns.append(std::move(column));
    }

    const QStringView newline = lineEndingText(options.lineEnding);
    QString out = header.join(u',');
    out += newline;
    for (int r = 0; r < records.size(); ++r) {
        if (!proceed(options.progress, r, records.size()))
            return QString();   // cancelled: writeBytes() says so
        const Record &record = records.at(r);
        // Whatever no chosen column shows goes into "other" (or is reported as left out).
        const QList<std::pair<QString, QString>> rest = coverage.uncovered(record);
        if (warnings) {
            for (const auto &[name, value] : rest) {
                Q_UNUSED(value);
                Diagnostic d;
                d.severity = Severity::Warning;
                d.recordIndex = r;
                d.field = name;
                d.message = otherColumn
                        ? u"field \"%1\" has no CSV column; written in the \"other\" column"_s.arg(name)
                        : u"field \"%1\" is not among the chosen CSV columns; left out"_s.arg(name);
                warnings->append(d);
            }
        }
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += u',';
            if (columns.at(i)) {
                out += quoted(columns.at(i)(record));
            } else {
                QStringList lines;
                for (const auto &[name, value] : rest)
                    lines.append(name + u": "_s + value);
                out += quoted(lines.join(u'\n'));
            }
        }
        out += newline;
    }
    return out;
}

} // namespace refmend
