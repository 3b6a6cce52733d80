#include "formats/csvwriter.h"

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
            u"editors"_s};
}

QString CsvWriter::write(const QList<Record> &records, const WriteOptions &options,
                         QList<Diagnostic> *warnings) const
{
    const QStringList requested = options.csvColumns.isEmpty() ? defaultColumns()
                                                               : options.csvColumns;
    QStringList header;
    QList<Column> columns;
    for (const QString &id : requested) {
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
        header.append(quoted(id.trimmed()));
        columns.append(std::move(column));
    }

    const QStringView newline = lineEndingText(options.lineEnding);
    QString out = header.join(u',');
    out += newline;
    for (const Record &record : records) {
        for (int i = 0; i < columns.size(); ++i) {
            if (i > 0)
                out += u',';
            out += quoted(columns.at(i)(record));
        }
        out += newline;
    }
    return out;
}

} // namespace refmend
