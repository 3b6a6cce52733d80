#include "model/recorddiff.h"

#include "text/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

//! Identical for a writer: the same fields and persons, and for a record that could not be
//! read, the same text.
bool sameContent(const Record &a, const Record &b)
{
    if (!(a == b))
        return false;
    if (!a.unparsed)
        return true;
    const QStringView textA = a.source.isValid() ? a.source.text() : QStringView();
    const QStringView textB = b.source.isValid() ? b.source.text() : QStringView();
    return textA == textB;
}

QString normalisedDoi(const QString &value)
{
    static const QRegularExpression prefix(u"^\\s*(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)"_s,
                                           QRegularExpression::CaseInsensitiveOption);
    QString doi = value;
    doi.remove(prefix);
    return doi.trimmed().toLower();
}

//! What pairs a record with its other version at \a level; empty when it has none.
QString identity(const Record &record, int level)
{
    switch (level) {
    case 0:
        return record.value(FieldKey::Label).trimmed().toLower();
    case 1:
        return normalisedDoi(record.value(FieldKey::Doi));
    case 2: {
        const QString title = foldForSearch(simplifiedText(record.value(FieldKey::Title)));
        return title.isEmpty() ? QString() : title + u'|' + record.year();
    }
    default: {
        // Last: the same people, year and type (a record whose title was edited).
        const QString people = foldForSearch(record.authorsText());
        return people.isEmpty() ? QString()
                                : people + u'|' + record.year() + u'|' + QString::number(int(record.type));
    }
    }
}
constexpr int kIdentityLevels = 4;

//! Two records that name different citation keys or DOIs are different records, however
//! alike the rest.
bool mayBeTheSame(const Record &a, const Record &b)
{
    for (int level = 0; level < 2; ++level) {
        const QString idA = identity(a, level);
        const QString idB = identity(b, level);
        if (!idA.isEmpty() && !idB.isEmpty() && idA != idB)
            return false;
    }
    return true;
}

//! The values of each field, in order, grouped by canonical key (or tag for the others).
//! A canonical field's tag is part of its value, so that re-tagging shows as a change.
QMap<std::pair<int, QString>, QStringList> fieldValues(const Record &record)
{
    QMap<std::pair<int, QString>, QStringList> map;
    for (const Field &field : record.fields) {
        if (field.key == FieldKey::Other)
            map[{int(FieldKey::Other), field.tag}].append(field.value);
        else
            map[{int(field.key), QString()}].append(field.tag + QChar(0x1F) + field.value);
    }
    return map;
}

RecordDifference describeChange(const Record &a, const Record &b, int first, int second)
{
    RecordDifference d;
    d.kind = RecordDifference::Kind::Changed;
    d.first = first;
    d.second = second;
    d.typeChanged = a.type != b.type || a.sourceType != b.sourceType;
    for (int role = 0; role < int(PersonRole::Count); ++role) {
        if (a.persons(PersonRole(role)) != b.persons(PersonRole(role)))
            d.roles.append(PersonRole(role));
    }
    const auto valuesA = fieldValues(a);
    const auto valuesB = fieldValues(b);
    QList<std::pair<int, QString>> keys = valuesA.keys();
    for (const auto &key : valuesB.keys()) {
        if (!valuesA.contains(key))
            keys.append(key);
    }
    std::sort(keys.begin(), keys.end());
    for (const auto &key : std::as_const(keys)) {
        if (valuesA.value(key) == valuesB.value(key))
            continue;
        if (key.first == int(FieldKey::Other))
            d.otherTags.append(key.second);
        else
            d.fields.append(FieldKey(key.first));
    }
    return d;
}

} // namespace

QList<RecordDifference> compareRecords(const QList<Record> &first, const QList<Record> &second)
{
    QList<int> partner(second.size(), -1);   // second row -> first row
    QList<bool> taken(first.size(), false);

    // Identical records pair first, in order, so that moving one does not show as a change.
    QHash<size_t, QList<int>> byContent;
    for (int i = 0; i < first.size(); ++i)
        byContent[first.at(i).contentFingerprint()].append(i);
    for (int j = 0; j < second.size(); ++j) {
        QList<int> &candidates = byContent[second.at(j).contentFingerprint()];
        for (qsizetype c = 0; c < candidates.size(); ++c) {
            const int i = candidates.at(c);
            if (sameContent(first.at(i), second.at(j))) {
                partner[j] = i;
                taken[i] = true;
                candidates.remove(c);
                break;
            }
        }
    }

    for (int level = 0; level < kIdentityLevels; ++level) {
        QHash<QString, QList<int>> byIdentity;
        for (int i = 0; i < first.size(); ++i) {
            if (taken.at(i))
                continue;
            const QString id = identity(first.at(i), level);
            if (!id.isEmpty())
                byIdentity[id].append(i);
        }
        for (int j = 0; j < second.size(); ++j) {
            if (partner.at(j) >= 0)
                continue;
            const QString id = identity(second.at(j), level);
            auto it = byIdentity.find(id);
            if (id.isEmpty() || it == byIdentity.end())
                continue;
            for (qsizetype c = 0; c < it->size(); ++c) {
                const int i = it->at(c);
                if (mayBeTheSame(first.at(i), second.at(j))) {
                    partner[j] = i;
                    taken[i] = true;
                    it->remove(c);
                    break;
                }
            }
        }
    }

    QList<RecordDifference> differences;
    for (int j = 0; j < second.size(); ++j) {
        const int i = partner.at(j);
        if (i < 0) {
            RecordDifference d;
            d.kind = RecordDifference::Kind::OnlyInSecond;
            d.second = j;
            differences.append(d);
        } else if (!sameContent(first.at(i), second.at(j))) {
            differences.append(describeChange(first.at(i), second.at(j), i, j));
        }
    }
    for (int i = 0; i < first.size(); ++i) {
        if (taken.at(i))
            continue;
        RecordDifference d;
        d.kind = RecordDifference::Kind::OnlyInFirst;
        d.first = i;
        differences.append(d);
    }
    return differences;
}

QString recordSummary(const Record &record)
{
    QString text;
    const QString key = record.value(FieldKey::Label).trimmed();
    if (!key.isEmpty())
        text += key + u": "_s;
    if (!record.authors().isEmpty()) {
        const Person &person = record.authors().constFirst();
        text += person.family.isEmpty() ? person.displayName() : person.family;
        if (record.authors().size() > 1)
            text += u" et al."_s;
        text += u' ';
    }
    const QString year = record.year();
    if (!year.isEmpty())
        text += u'(' + year + u") "_s;
    QString title = simplifiedText(record.value(FieldKey::Title));
    if (title.isEmpty() && record.unparsed && record.source.isValid())
        title = simplifiedText(record.source.text().left(80));
    text += title;
    text = text.trimmed();
    if (text.size() > 120)
        text = text.left(119) + u'…';
    if (text.isEmpty())
        text = QCoreApplication::translate("refmend::RecordDifference", "(no title)");
    return text;
}

namespace {

QString partId(const Field &field)
{
    return field.key == FieldKey::Other ? QStringLiteral("tag:") + field.tag : fieldKeyId(field.key);
}

QList<Field> fieldsWithId(const Record &record, const QString &id)
{
    QList<Field> out;
    for (const Field &f : record.fields) {
        if (partId(f) == id)
            out.append(f);
    }
    return out;
}

//! Which side a part comes from: 0 theirs (also when both agree), 1 mine; 2 a conflict.
template<typename T>
int side(const T &base, const T &mine, const T &theirs)
{
    if (mine == theirs || mine == base)
        return 0;
    if (theirs == base)
        return 1;
    return 2;
}

} // namespace

Record mergeThreeWay(const Record &base, const Record &mine, const Record &theirs,
                     QStringList *conflicts)
{
    Record merged = theirs;
    auto note = [conflicts](const QString &id) {
        if (conflicts)
            conflicts->append(id);
    };
    const int type = side(std::pair(base.type, base.sourceType),
                          std::pair(mine.type, mine.sourceType),
                          std::pair(theirs.type, theirs.sourceType));
    if (type != 0) {
        merged.type = mine.type;
        merged.sourceType = mine.sourceType;
        if (type == 2)
            note(QStringLiteral("type"));
    }
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        const PersonRole role = PersonRole(r);
        const int which = side(base.persons(role), mine.persons(role), theirs.persons(role));
        if (which != 0) {
            merged.setPersons(role, mine.persons(role));
            if (which == 2)
                note(personRoleId(role));
        }
    }
    QStringList ids;
    for (const Record *record : { &theirs, &mine, &base }) {
        for (const Field &f : record->fields) {
            const QString id = partId(f);
            if (!ids.contains(id))
                ids.append(id);
        }
    }
    for (const QString &id : std::as_const(ids)) {
        const QList<Field> was = fieldsWithId(base, id);
        const QList<Field> ours = fieldsWithId(mine, id);
        const int which = side(was, ours, fieldsWithId(theirs, id));
        if (which == 0)
            continue;
        if (which == 2)
            note(id);
        // Mine replaces theirs at the place of theirs' first one (else at the end).
        qsizetype at = -1;
        for (qsizetype i = merged.fields.size() - 1; i >= 0; --i) {
            if (partId(merged.fields.at(i)) == id) {
                at = i;
                merged.fields.removeAt(i);
            }
        }
        if (at < 0)
            at = merged.fields.size();
        for (const Field &f : ours)
            merged.fields.insert(at++, f);
    }
    return merged;
}

} // namespace refmend
