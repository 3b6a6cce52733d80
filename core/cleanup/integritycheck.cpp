#include "cleanup/integritycheck.h"

#include "model/personname.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

struct CheckEntry {
    QLatin1StringView id;
    const char *name;
};

constexpr CheckEntry kChecks[] = {
    {"missing-field"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "Missing required field")},
    {"invalid-doi"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "Invalid DOI")},
    {"issn-checksum"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "ISSN checksum")},
    {"isbn-checksum"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "ISBN checksum")},
    {"year-range"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "Year out of range")},
    {"mojibake"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "Suspected mojibake")},
    {"unicode-nfd"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "Decomposed Unicode (NFD)")},
    {"name-unsplit"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "Name not split")},
    {"name-swapped"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "Name parts swapped")},
    {"duplicate-key"_L1, QT_TRANSLATE_NOOP("refmend::IntegrityCheck", "Duplicate citation key")},
};

// What the whole collection says, for hints a single record cannot give.
struct CollectionContext {
    bool hasComposedText = false;    // some NFC text with precomposed accents
    QHash<QString, int> familyNames; // folded family names of persons with a given name
    QHash<QString, int> givenNames;  // folded first given tokens of at least two letters
};

QString firstGivenToken(const Person &person)
{
    const QString first = person.given.section(u' ', 0, 0);
    return first.size() >= 2 && !first.endsWith(u'.') ? foldForSearch(first) : QString();
}

bool hasLowercase(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
}

bool isAllCaps(QStringView text)
{
    return std::count_if(text.begin(), text.end(), [](QChar c) { return c.isUpper(); }) >= 2
            && !hasLowercase(text);
}

QString properCase(QStringView word)
{
    QString out = word.toString().toLower();
    bool start = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        if (out.at(i).isLetter()) {
            if (start)
                out[i] = out.at(i).toUpper();
            start = false;
        } else {
            start = out.at(i) == u'-' || out.at(i) == u'\'' || out.at(i).isSpace();
        }
    }
    return out;
}

bool mayNeedNfc(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.unicode() >= 0x300; });
}

bool hasPrecomposedLetter(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) {
        return c.unicode() >= 0xC0 && c.isLetter() && c.decompositionTag() == QChar::Canonical;
    });
}

bool isNfd(const QString &text)
{
    return mayNeedNfc(text) && text.normalized(QString::NormalizationForm_C) != text;
}

QString quoted(const QString &text, int maxLength = 60)
{
    QString shown = simplifiedText(text);
    if (shown.size() > maxLength)
        shown = shown.left(maxLength - 1) + u'\u2026';
    return u'"' + shown + u'"';
}

class RecordChecker
{
public:
    RecordChecker(const Record &record, int index, const IntegrityOptions &options,
                  const CollectionContext *context)
        : m_record(record), m_index(index), m_options(options), m_context(context)
    {}

    QList<IntegrityProblem> run()
    {
        if (enabled(u"missing-field"))
            checkRequiredFields();
        if (enabled(u"invalid-doi"))
            checkDoi();
        if (enabled(u"issn-checksum") || enabled(u"isbn-checksum"))
            checkStandardNumbers();
        if (enabled(u"year-range"))
            checkYear();
        if (enabled(u"mojibake"))
            checkMojibake();
        if (enabled(u"unicode-nfd"))
            checkNfd();
        if (enabled(u"name-unsplit") || enabled(u"name-swapped"))
            checkNames();
        return m_problems;
    }

private:
    bool enabled(QStringView id) const { return !m_options.disabledChecks.contains(id.toString()); }

    IntegrityProblem &add(QStringView checkId, Severity severity, const QString &message)
    {
        IntegrityProblem problem;
        problem.recordIndex = m_index;
        problem.severity = severity;
        problem.checkId = checkId.toString();
        problem.message = message;
        problem.line = m_record.line;
        m_problems.append(problem);
        return m_problems.back();
    }

    IntegrityProblem &addForField(QStringView checkId, Severity severity, int fieldIndex, const QString &message)
    {
        IntegrityProblem &problem = add(checkId, severity, message);
        const Field &field = m_record.fields.at(fieldIndex);
        problem.where.fieldIndex = fieldIndex;
        problem.location = fieldLocationLabel(field);
        if (field.line > 0) {
            problem.line = field.line;
            problem.column = field.column;
        }
        return problem;
    }

    IntegrityProblem &addForPerson(QStringView checkId, Severity severity, PersonRole role, int index,
                                   const QString &message)
    {
        IntegrityProblem &problem = add(checkId, severity, message);
        const Person &person = m_record.persons(role).at(index);
        problem.where.role = role;
        problem.where.personIndex = index;
        problem.location = personLocationLabel(role, index);
        if (person.line > 0) {
            problem.line = person.line;
            problem.column = person.column;
        }
        return problem;
    }

    void setFix(IntegrityProblem &problem, const QList<CleanupChange> &changes, const QString &description)
    {
        int applied = 0;
        RecordRepair repair;
        repair.recordIndex = m_index;
        repair.after = applyCleanupChanges(m_record, changes, &applied);
        repair.repairedTexts = applied;
        if (applied == 0)
            return;
        problem.fixChanges = changes;
        for (CleanupChange &change : problem.fixChanges)
            change.recordIndex = m_index;
        problem.fix = repair;
        problem.fixDescription = description;
    }

    bool hasText(FieldKey key) const
    {
        return std::any_of(m_record.fields.begin(), m_record.fields.end(), [&](const Field &f) {
            return f.key == key && !f.value.trimmed().isEmpty();
        });
    }

    void checkRequiredFields()
    {
        enum Need { Title = 1, Authors = 2, AuthorsOrEditors = 4, Container = 8, Publisher = 16,
                    Year = 32, Url = 64 };
        int need = Title;
        switch (m_record.type) {
        case RecordType::Article:
        case RecordType::ConferencePaper:
            need = Title | Authors | Container | Year;
            break;
        case RecordType::Book:
            need = Title | AuthorsOrEditors | Publisher | Year;
            break;
        case RecordType::Chapter:
            need = Title | AuthorsOrEditors | Container | Publisher | Year;
            break;
        case RecordType::Thesis:
            need = Title | Authors | Publisher | Year;   // the university is the publisher
            break;
        case RecordType::Report:
            need = Title | AuthorsOrEditors | Publisher | Year;   // the institution
            break;
        case RecordType::Patent:
            need = Title | Authors | Year;
            break;
        case RecordType::WebPage:
            need = Title | Url;
            break;
        case RecordType::Dataset:
            need = Title | Year;
            break;
        default:
            break;
        }
        const QString type = recordTypeDisplayName(m_record.type);
        auto missing = [&](const QString &what) {
            add(u"missing-field", Severity::Warning,
                QCoreApplication::translate("refmend::IntegrityCheck", "%1 without %2").arg(type, what));
        };
        if ((need & Title) && !hasText(FieldKey::Title))
            missing(fieldKeyDisplayName(FieldKey::Title));
        if ((need & Authors) && m_record.authors().isEmpty())
            missing(QCoreApplication::translate("refmend::IntegrityCheck", "authors"));
        if ((need & AuthorsOrEditors) && m_record.authors().isEmpty() && m_record.persons(PersonRole::Editor).isEmpty())
            missing(QCoreApplication::translate("refmend::IntegrityCheck", "authors or editors"));
        if ((need & Container) && !hasText(FieldKey::ContainerTitle))
            missing(fieldKeyDisplayName(FieldKey::ContainerTitle));
        if ((need & Publisher) && !hasText(FieldKey::Publisher))
            missing(fieldKeyDisplayName(FieldKey::Publisher));
        if ((need & Year) && !hasText(FieldKey::Year) && !hasText(FieldKey::Date))
            missing(fieldKeyDisplayName(FieldKey::Year));
        if ((need & Url) && !hasText(FieldKey::Url))
            missing(fieldKeyDisplayName(FieldKey::Url));
    }

    void checkDoi()
    {
        for (int f = 0; f < m_record.fields.size(); ++f) {
            const Field &field = m_record.fields.at(f);
            if (field.key != FieldKey::Doi || field.value.trimmed().isEmpty())
                continue;
            if (normaliseDoi(field.value).isEmpty()) {
                addForField(u"invalid-doi", Severity::Warning, f,
                            QCoreApplication::translate("refmend::IntegrityCheck", "%1 is not a DOI (10.NNNN/...)")
                                    .arg(quoted(field.value)));
            }
        }
    }

    void checkStandardNumbers()
    {
        for (int f = 0; f < m_record.fields.size(); ++f) {
            const Field &field = m_record.fields.at(f);
            if (field.key != FieldKey::Isbn)
                continue;
            for (const StandardNumber &number : findStandardNumbers(field.value)) {
                if (number.valid)
                    continue;
                const bool issn = number.kind == StandardNumber::Kind::Issn;
                if (!enabled(issn ? u"issn-checksum" : u"isbn-checksum"))
                    continue;
                const QString written = field.value.mid(number.start, number.length);
                const QString message = issn
                        ? QCoreApplication::translate("refmend::IntegrityCheck", "ISSN %1 fails its checksum").arg(quoted(written))
                        : number.kind == StandardNumber::Kind::Isbn13 && !number.compact.startsWith(u"978"_s)
                                        && !number.compact.startsWith(u"979"_s)
                        ? QCoreApplication::translate("refmend::IntegrityCheck", "ISBN %1 does not start with 978 or 979")
                                  .arg(quoted(written))
                        : QCoreApplication::translate("refmend::IntegrityCheck", "ISBN %1 fails its checksum").arg(quoted(written));
                addForField(issn ? u"issn-checksum" : u"isbn-checksum", Severity::Warning, f, message);
            }
        }
    }

    void checkYear()
    {
        const QString year = m_record.year();
        if (year.isEmpty())
            return;
        const int value = year.toInt();
        const int now = m_options.currentYear > 0 ? m_options.currentYear : QDate::currentDate().year();
        if (value >= 1400 && value <= now + 2)
            return;
        int f = m_record.indexOf(FieldKey::Year);
        if (f < 0 || !m_record.fields.at(f).value.contains(year))
            f = m_record.indexOf(FieldKey::Date);
        const QString message = QCoreApplication::translate("refmend::IntegrityCheck", "year %1 is out of range (1400-%2)")
                                        .arg(year).arg(now + 2);
        if (f >= 0)
            addForField(u"year-range", Severity::Warning, f, message);
        else
            add(u"year-range", Severity::Warning, message);
    }

    void checkMojibake()
    {
        for (const CleanupChange &change : previewCleanupRecord(m_record, m_index, u"mojibake")) {
            TextRepair repair;
            repair.before = change.before;
            repair.after = change.after;
            const RepairExcerpt excerpt = excerptOfRepair(repair, 12);
            const QString message = QCoreApplication::translate("refmend::IntegrityCheck", "suspected mojibake: %1 should read %2")
                                            .arg(quoted(excerpt.before), quoted(excerpt.after));
            IntegrityProblem &problem = change.where.isPerson()
                    ? addForPerson(u"mojibake", Severity::Warning, change.where.role, change.where.personIndex, message)
                    : addForField(u"mojibake", Severity::Warning, change.where.fieldIndex, message);
            setFix(problem, {change},
                   QCoreApplication::translate("refmend::IntegrityCheck", "Repair as %1").arg(quoted(excerpt.after)));
        }
    }

    void checkNfd()
    {
        const bool mixed = m_context && m_context->hasComposedText;
        const QString message = mixed
                ? QCoreApplication::translate("refmend::IntegrityCheck",
                                              "text uses decomposed accents (NFD) while the collection uses composed "
                                              "ones (NFC)")
                : QCoreApplication::translate("refmend::IntegrityCheck", "text uses decomposed accents (NFD)");
        for (const CleanupChange &change : previewCleanupRecord(m_record, m_index, u"nfc")) {
            IntegrityProblem &problem = change.where.isPerson()
                    ? addForPerson(u"unicode-nfd", Severity::Warning, change.where.role, change.where.personIndex, message)
                    : addForField(u"unicode-nfd", Severity::Warning, change.where.fieldIndex, message);
            setFix(problem, {change}, QCoreApplication::translate("refmend::IntegrityCheck", "Convert to NFC"));
        }
    }

    // How many persons of the collection use \a name as a family (given) name.
    int familyUses(const QString &name) const
    {
        return m_context ? m_context->familyNames.value(foldForSearch(name)) : 0;
    }

    int givenUses(const QString &name) const
    {
        return m_context ? m_context->givenNames.value(foldForSearch(name)) : 0;
    }

    CleanupChange personFix(PersonRole role, int index, Person after) const
    {
        const Person &before = m_record.persons(role).at(index);
        after.raw = after.displayName();
        CleanupChange change;
        change.recordIndex = m_index;
        change.actionId = u"integrity"_s;
        change.kind = CleanupChange::Kind::SetPerson;
        change.where.role = role;
        change.where.personIndex = index;
        change.label = personLocationLabel(role, index);
        change.before = personText(before);
        change.after = after.raw;
        change.person = after;
        return change;
    }

    void checkNames()
    {
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            const PersonList &persons = m_record.persons(PersonRole(role));
            for (int p = 0; p < persons.size(); ++p) {
                const Person &person = persons.at(p);
                if (person.isLiteral() || person.family.isEmpty())
                    continue;
                if (enabled(u"name-unsplit"))
                    checkUnsplit(PersonRole(role), p, person);
                if (enabled(u"name-swapped"))
                    checkSwapped(PersonRole(role), p, person);
            }
        }
    }

    // "Costa Luis" in the family field with no given name.
    void checkUnsplit(PersonRole role, int index, const Person &person)
    {
        if (!person.given.isEmpty())
            return;
        const QStringList tokens = person.family.split(u' ', Qt::SkipEmptyParts);
        if (tokens.size() < 2)
            return;
        IntegrityProblem &problem = addForPerson(
                u"name-unsplit", Severity::Warning, role, index,
                QCoreApplication::translate("refmend::IntegrityCheck", "%1 looks like a whole name in the family-name field")
                        .arg(quoted(person.family)));
        // Family first when the collection knows the first word as a family name and not
        // the last one; otherwise the parser's reading ("First Last").
        Person split;
        if (familyUses(tokens.front()) > 0 && familyUses(tokens.back()) == 0) {
            split.family = tokens.front();
            split.given = tokens.mid(1).join(u' ');
        } else {
            split = parsePersonName(person.family);
        }
        split.particle = person.particle;
        split.suffix = person.suffix;
        if (split.given.isEmpty())
            return;
        split.raw = split.displayName();
        setFix(problem, {personFix(role, index, split)},
               QCoreApplication::translate("refmend::IntegrityCheck", "Split as %1").arg(quoted(split.displayName())));
    }

    // "Luis, COSTA" (a capitalised surname in the given field), or a given name that the
    // collection knows only as a family name while the family is known only as a given name.
    void checkSwapped(PersonRole role, int index, const Person &person)
    {
        if (person.given.isEmpty() || !person.particle.isEmpty())
            return;
        const bool givenShouts = isAllCaps(person.given) && hasLowercase(person.family)
                && normaliseInitials(person.given) == person.given && !person.given.contains(u'.')
                && person.given.size() > 3;
        // The person counts itself once as a family name and (maybe) once as a given name.
        const QString first = firstGivenToken(person);
        const bool crossed = !first.isEmpty() && familyUses(first) > 0 && givenUses(first) == 1
                && givenUses(person.family) > 0 && familyUses(person.family) == 1;
        if (!givenShouts && !crossed)
            return;
        IntegrityProblem &problem = addForPerson(
                u"name-swapped", Severity::Warning, role, index,
                QCoreApplication::translate("refmend::IntegrityCheck", "given name %1 looks like a family name (swapped with %2?)")
                        .arg(quoted(person.given), quoted(person.family)));
        Person swapped = person;
        swapped.family = givenShouts ? properCase(person.given) : person.given;
        swapped.given = person.family;
        setFix(problem, {personFix(role, index, swapped)},
               QCoreApplication::translate("refmend::IntegrityCheck", "Swap to %1").arg(quoted(swapped.displayName())));
    }

    const Record &m_record;
    int m_index;
    const IntegrityOptions &m_options;
    const CollectionContext *m_context;
    QList<IntegrityProblem> m_problems;
};

CollectionContext buildContext(const QList<Record> &records, const IntegrityOptions &options)
{
    CollectionContext context;
    const bool wantNfd = !options.disabledChecks.contains(u"unicode-nfd"_s);
    const bool wantNames = !options.disabledChecks.contains(u"name-unsplit"_s)
            || !options.disabledChecks.contains(u"name-swapped"_s);
    for (const Record &record : records) {
        if (wantNfd && !context.hasComposedText) {
            for (const Field &field : record.fields) {
                if (hasPrecomposedLetter(field.value) && !isNfd(field.value)) {
                    context.hasComposedText = true;
                    break;
                }
            }
        }
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            for (const Person &person : record.persons(PersonRole(role))) {
                if (person.isLiteral() || person.family.isEmpty())
                    continue;
                if (wantNfd && !context.hasComposedText && hasPrecomposedLetter(person.family + person.given)
                    && !isNfd(person.family + person.given))
                    context.hasComposedText = true;
                if (!wantNames || person.given.isEmpty())
                    continue;
                ++context.familyNames[foldForSearch(person.family)];
                const QString first = firstGivenToken(person);
                if (!first.isEmpty())
                    ++context.givenNames[first];
            }
        }
    }
    return context;
}

// Source order, as a compiler reports; problems of the whole record (its first line) first.
void sortByPosition(QList<IntegrityProblem> &problems)
{
    std::stable_sort(problems.begin(), problems.end(), [](const IntegrityProblem &a, const IntegrityProblem &b) {
        return std::make_pair(a.line, a.column) < std::make_pair(b.line, b.column);
    });
}

} // namespace

Diagnostic IntegrityProblem::toDiagnostic() const
{
    Diagnostic diagnostic;
    diagnostic.severity = severity;
    diagnostic.line = line;
    diagnostic.column = column;
    diagnostic.recordIndex = recordIndex;
    diagnostic.message = (location.isEmpty() ? message : location + u": "_s + message)
            + u" ["_s + checkId + u']';
    return diagnostic;
}

QString IntegrityProblem::toString(const QString &fileName) const
{
    return toDiagnostic().toString(fileName);
}

QList<IntegrityCheckInfo> integrityChecks()
{
    QList<IntegrityCheckInfo> list;
    for (const CheckEntry &entry : kChecks)
        list.append({QString(entry.id), QCoreApplication::translate("refmend::IntegrityCheck", entry.name)});
    return list;
}

QList<IntegrityProblem> checkRecord(const Record &record, int recordIndex, const IntegrityOptions &options)
{
    QList<IntegrityProblem> problems = RecordChecker(record, recordIndex, options, nullptr).run();
    sortByPosition(problems);
    return problems;
}

QList<IntegrityProblem> checkIntegrity(const QList<Record> &records, const IntegrityOptions &options)
{
    const CollectionContext context = buildContext(records, options);
    QList<QList<IntegrityProblem>> perRecord(records.size());
    for (int r = 0; r < records.size(); ++r)
        perRecord[r] = RecordChecker(records.at(r), r, options, &context).run();

    if (!options.disabledChecks.contains(u"duplicate-key"_s)) {
        QHash<QString, int> firstWithKey;
        QSet<QString> used;
        for (const Record &record : records) {
            for (const QString &key : record.values(FieldKey::Label))
                used.insert(key.trimmed());
        }
        for (int r = 0; r < records.size(); ++r) {
            const Record &record = records.at(r);
            const int f = record.indexOf(FieldKey::Label);
            if (f < 0)
                continue;
            const QString key = record.fields.at(f).value.trimmed();
            if (key.isEmpty())
                continue;
            const auto first = firstWithKey.constFind(key);
            if (first == firstWithKey.constEnd()) {
                firstWithKey.insert(key, r);
                continue;
            }
            const Record &original = records.at(*first);
            IntegrityProblem problem;
            problem.recordIndex = r;
            problem.severity = Severity::Error;
            problem.checkId = u"duplicate-key"_s;
            problem.where.fieldIndex = f;
            problem.location = fieldLocationLabel(record.fields.at(f));
            problem.line = record.fields.at(f).line > 0 ? record.fields.at(f).line : record.line;
            problem.column = record.fields.at(f).line > 0 ? record.fields.at(f).column : 0;
            problem.message = original.line > 0
                    ? QCoreApplication::translate("refmend::IntegrityCheck",
                                                  "citation key %1 is also used by record %2 (line %3)")
                              .arg(quoted(key)).arg(*first + 1).arg(original.line)
                    : QCoreApplication::translate("refmend::IntegrityCheck", "citation key %1 is also used by record %2")
                              .arg(quoted(key)).arg(*first + 1);
            // "smith2013" -> "smith2013b", the next suffix letter no record uses.
            QString unique;
            for (char16_t letter = u'b'; letter <= u'z'; ++letter) {
                const QString candidate = key + QChar(letter);
                if (!used.contains(candidate)) {
                    unique = candidate;
                    break;
                }
            }
            if (!unique.isEmpty()) {
                used.insert(unique);
                CleanupChange change;
                change.recordIndex = r;
                change.actionId = u"integrity"_s;
                change.where.fieldIndex = f;
                change.label = problem.location;
                change.before = record.fields.at(f).value;
                change.after = unique;
                RecordRepair repair;
                repair.recordIndex = r;
                repair.after = applyCleanupChanges(record, {change}, &repair.repairedTexts);
                problem.fix = repair;
                problem.fixChanges = {change};
                problem.fixDescription =
                        QCoreApplication::translate("refmend::IntegrityCheck", "Rename to %1").arg(quoted(unique));
            }
            perRecord[r].append(problem);
        }
    }

    QList<IntegrityProblem> problems;
    for (QList<IntegrityProblem> &list : perRecord) {
        sortByPosition(list);
        problems.append(list);
    }
    return problems;
}

QList<RecordRepair> planIntegrityFixes(const QList<Record> &records, const QList<IntegrityProblem> &problems)
{
    QList<CleanupChange> changes;
    for (const IntegrityProblem &problem : problems)
        changes.append(problem.fixChanges);
    return planCleanup(records, changes);
}

} // namespace refmend
