#include "model/record.h"

#include <QHash>

namespace refmend {

QString Record::value(FieldKey key) const
{
    for (const Field &field : fields) {
        if (field.key == key)
            return field.value;
    }
    return QString();
}

QStringList Record::values(FieldKey key) const
{
    QStringList result;
    for (const Field &field : fields) {
        if (field.key == key)
            result.append(field.value);
    }
    return result;
}

bool Record::has(FieldKey key) const
{
    return indexOf(key) >= 0;
}

int Record::indexOf(FieldKey key, QStringView tag) const
{
    for (int i = 0; i < fields.size(); ++i) {
        const Field &field = fields.at(i);
        if (field.key != key)
            continue;
        if (key == FieldKey::Other && field.tag != tag)
            continue;
        return i;
    }
    return -1;
}

void Record::setValue(FieldKey key, const QString &value, const QString &tag)
{
    const int index = indexOf(key, tag);
    if (value.isEmpty()) {
        if (index >= 0)
            fields.removeAt(index);
        return;
    }
    if (index >= 0) {
        fields[index].value = value;
        return;
    }
    Field field;
    field.key = key;
    field.tag = tag;
    field.value = value;
    fields.append(field);
}

QString Record::year() const
{
    // The first run of four digits that looks like a year, from Year, else Date.
    for (FieldKey key : {FieldKey::Year, FieldKey::Date}) {
        const QString text = value(key);
        int run = 0;
        for (int i = 0; i < text.size(); ++i) {
            if (text.at(i).isDigit() && text.at(i).unicode() < 128) {
                ++run;
                const bool endsHere = i + 1 == text.size() || !text.at(i + 1).isDigit();
                if (run == 4 && endsHere)
                    return text.mid(i - 3, 4);
            } else {
                run = 0;
            }
        }
    }
    return QString();
}

QString Record::authorsText() const
{
    QString text;
    for (const Person &person : authors()) {
        if (!text.isEmpty())
            text += QStringLiteral("; ");
        text += person.displayName();
    }
    return text;
}

void Record::setSource(const QString &file, qsizetype gapStart, qsizetype start, qsizetype end)
{
    Q_ASSERT(0 <= gapStart && gapStart <= start && start <= end && end <= file.size());
    source.file = file;
    source.gapStart = gapStart;
    source.start = start;
    source.end = end;
    source.tailEnd = end;
    source.fingerprint = contentFingerprint();
}

size_t Record::contentFingerprint() const
{
    size_t seed = qHashMulti(0, int(type), sourceType, unparsed, fields.size());
    for (const Field &field : fields)
        seed = qHashMulti(seed, int(field.key), field.tag, field.value);
    for (const PersonList &list : m_persons) {
        seed = qHash(list.size(), seed);
        for (const Person &p : list)
            seed = qHashMulti(seed, p.family, p.given, p.particle, p.suffix, p.literal, p.raw);
    }
    return seed;
}

bool operator==(const Record &a, const Record &b)
{
    return a.type == b.type && a.sourceType == b.sourceType && a.unparsed == b.unparsed
            && a.fields == b.fields && a.m_persons == b.m_persons;
}

} // namespace refmend
