#include "cleanup/mojibakescan.h"

#include "model/personname.h"

#include <map>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

QString personText(const Person &person)
{
    return person.raw.isEmpty() ? person.displayName() : person.raw;
}

QString fieldLabel(const Field &field)
{
    if (field.key == FieldKey::Other)
        return field.tag.isEmpty() ? fieldKeyDisplayName(FieldKey::Other) : field.tag;
    return fieldKeyDisplayName(field.key);
}

} // namespace

QList<MojibakeFinding> scanForMojibake(const QList<Record> &records)
{
    QList<MojibakeFinding> findings;
    for (int r = 0; r < records.size(); ++r) {
        const Record &record = records.at(r);

        for (int role = 0; role < int(PersonRole::Count); ++role) {
            const PersonList &persons = record.persons(PersonRole(role));
            for (int p = 0; p < persons.size(); ++p) {
                const Person &person = persons.at(p);
                const QString text = personText(person);
                if (!mayContainMojibake(text))
                    continue;
                std::optional<TextRepair> repair = proposeMojibakeRepair(text);
                if (!repair)
                    continue;
                MojibakeFinding finding;
                finding.recordIndex = r;
                finding.where.role = PersonRole(role);
                finding.where.personIndex = p;
                finding.label = personRoleDisplayName(PersonRole(role)) + u' ' + QString::number(p + 1);
                finding.repair = std::move(*repair);
                finding.line = person.line;
                finding.column = person.column;
                findings.append(std::move(finding));
            }
        }

        for (int f = 0; f < record.fields.size(); ++f) {
            const Field &field = record.fields.at(f);
            if (!mayContainMojibake(field.value))
                continue;
            std::optional<TextRepair> repair = proposeMojibakeRepair(field.value);
            if (!repair)
                continue;
            MojibakeFinding finding;
            finding.recordIndex = r;
            finding.where.fieldIndex = f;
            finding.label = fieldLabel(field);
            finding.repair = std::move(*repair);
            finding.line = field.line;
            finding.column = field.column;
            findings.append(std::move(finding));
        }
    }
    return findings;
}

Record applyMojibakeRepairs(const Record &record, const QList<MojibakeFinding> &findings)
{
    Record repaired = record;
    for (const MojibakeFinding &finding : findings) {
        const TextLocation &where = finding.where;
        if (!where.isPerson()) {
            if (where.fieldIndex >= repaired.fields.size())
                continue;
            Field &field = repaired.fields[where.fieldIndex];
            // Only text that is still what was scanned; an edit since then wins.
            if (field.value == finding.repair.before)
                field.value = finding.repair.after;
            continue;
        }
        if (where.role == PersonRole::Count || where.personIndex < 0)
            continue;
        PersonList &persons = repaired.personsRef(where.role);
        if (where.personIndex >= persons.size())
            continue;
        Person &person = persons[where.personIndex];
        if (personText(person) != finding.repair.before)
            continue;
        Person parsed = parsePersonName(finding.repair.after);
        parsed.line = person.line;
        parsed.column = person.column;
        person = std::move(parsed);
    }
    return repaired;
}

QList<RecordRepair> planMojibakeRepairs(const QList<Record> &records,
                                        const QList<MojibakeFinding> &findings)
{
    std::map<int, QList<MojibakeFinding>> byRecord; // ordered, so repairs come in record order
    for (const MojibakeFinding &finding : findings) {
        if (finding.recordIndex >= 0 && finding.recordIndex < records.size())
            byRecord[finding.recordIndex].append(finding);
    }

    QList<RecordRepair> repairs;
    for (const auto &[index, list] : byRecord) {
        const Record &record = records.at(index);
        RecordRepair repair;
        repair.recordIndex = index;
        repair.after = applyMojibakeRepairs(record, list);
        for (const MojibakeFinding &finding : list) {
            const TextLocation &where = finding.where;
            const bool differs = where.isPerson()
                    ? personText(repair.after.persons(where.role).at(where.personIndex))
                            != personText(record.persons(where.role).at(where.personIndex))
                    : repair.after.fields.at(where.fieldIndex).value != record.fields.at(where.fieldIndex).value;
            if (differs)
                ++repair.repairedTexts;
        }
        if (repair.repairedTexts > 0)
            repairs.append(std::move(repair));
    }
    return repairs;
}

int repairAllMojibake(QList<Record> &records)
{
    int changed = 0;
    const QList<RecordRepair> repairs = planMojibakeRepairs(records, scanForMojibake(records));
    for (const RecordRepair &repair : repairs) {
        records[repair.recordIndex] = repair.after;
        changed += repair.repairedTexts;
    }
    return changed;
}

} // namespace refmend
