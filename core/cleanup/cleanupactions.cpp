#include "cleanup/cleanupactions.h"

#include "model/personname.h"
#include "text/latexunicode.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>

#include <algorithm>
#include <map>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

// The registry, in pipeline order.
struct ActionEntry {
    QLatin1StringView id;
    const char *name;
    const char *description;
    bool suggestsOnly;
};

constexpr ActionEntry kActions[] = {
    {"mojibake"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "Repair mojibake"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Undo encoding accidents such as \"JosÃ©\" or \"L¨²cia\" in names and fields."),
     false},
    {"latex"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "LaTeX to Unicode"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Turn LaTeX accents and commands ({\\\"u}, \\'e, \\ss) into Unicode characters."),
     false},
    {"nfc"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "Unicode NFC"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Compose decomposed accents (e + combining acute becomes é)."),
     false},
    {"whitespace"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "Trim whitespace"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Trim fields and names and collapse runs of spaces."),
     false},
    {"names"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "Normalise person names"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Write names in one form, space initials (J. R. R.), give ALL-CAPS names proper case."),
     false},
    {"doi"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "Normalise DOIs"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Strip doi.org and doi: prefixes, lower-case, and move DOIs found in URL or note into the DOI field."),
     false},
    {"pages"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "Normalise page ranges"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Write page ranges (1-10, 1--10, 1–10, pp. 1 - 10) in the chosen form."),
     false},
    {"dates"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "Clean years"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Remove punctuation around years (\"2013.\", \"(2013)\", \"c2013\")."),
     false},
    {"isbn"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "Hyphenate ISSN/ISBN"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Write valid ISSNs as 1234-5679 and ISBN separators as hyphens (grouping kept as written)."),
     false},
    {"titlecase"_L1, QT_TRANSLATE_NOOP("refmend::CleanupActions", "ALL-CAPS titles"),
     QT_TRANSLATE_NOOP("refmend::CleanupActions",
                       "Suggest sentence case for titles written in capitals; never applied by \"all\"."),
     true},
};

// ---------------------------------------------------------------- small text helpers

bool hasLowercase(QStringView text)
{
    return std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
}

int uppercaseCount(QStringView text)
{
    return int(std::count_if(text.begin(), text.end(), [](QChar c) { return c.isUpper(); }));
}

//! Two or more capitals and no lower-case letter ("COSTA", "JEAN-LUC").
bool isAllCaps(QStringView text)
{
    return uppercaseCount(text) >= 2 && !hasLowercase(text);
}

//! "O'BRIEN" -> "O'Brien", "JEAN-LUC" -> "Jean-Luc", "MÜLLER" -> "Müller".
QString properCase(QStringView word)
{
    QString out = word.toString().toLower();
    bool startOfPart = true;
    for (qsizetype i = 0; i < out.size(); ++i) {
        const QChar c = out.at(i);
        if (c.isLetter()) {
            if (startOfPart)
                out[i] = c.toUpper();
            startOfPart = false;
        } else {
            startOfPart = c == u'-' || c == u'\'' || c == u'\u2019' || c.isSpace();
        }
    }
    return out;
}

bool isVowel(QChar c)
{
    const QString folded = foldForSearch(QStringView(&c, 1));
    return !folded.isEmpty() && QStringView(u"aeiouy").contains(folded.at(0));
}

// Particles that lower-case when an ALL-CAPS name is given proper case ("VAN DER BERG").
// "Di", "Le", "La", "Al", "El" are left out: as often capitalised parts of the family name.
bool isLowercaseParticle(QStringView lower)
{
    static const QStringList particles = {
        u"van"_s, u"von"_s, u"der"_s, u"den"_s, u"de"_s, u"da"_s, u"das"_s, u"do"_s, u"dos"_s,
        u"du"_s, u"des"_s, u"del"_s, u"della"_s, u"ten"_s, u"ter"_s, u"zu"_s, u"zum"_s,
        u"zur"_s, u"vom"_s, u"van't"_s};
    return particles.contains(lower);
}

// ---------------------------------------------------------------- change construction

CleanupChange fieldChange(int recordIndex, QStringView actionId, const Record &record, int fieldIndex,
                          const QString &after)
{
    const Field &field = record.fields.at(fieldIndex);
    CleanupChange change;
    change.recordIndex = recordIndex;
    change.actionId = actionId.toString();
    change.kind = CleanupChange::Kind::SetFieldValue;
    change.where.fieldIndex = fieldIndex;
    change.label = fieldLocationLabel(field);
    change.before = field.value;
    change.after = after;
    change.line = field.line;
    change.column = field.column;
    return change;
}

CleanupChange personChange(int recordIndex, QStringView actionId, PersonRole role, int index,
                           const Person &before, Person after)
{
    CleanupChange change;
    change.recordIndex = recordIndex;
    change.actionId = actionId.toString();
    change.kind = CleanupChange::Kind::SetPerson;
    change.where.role = role;
    change.where.personIndex = index;
    change.label = personLocationLabel(role, index);
    change.before = personText(before);
    after.line = before.line;
    after.column = before.column;
    change.after = personText(after);
    change.person = std::move(after);
    change.line = before.line;
    change.column = before.column;
    return change;
}

// Runs \a transform over every person of \a record; a person it changes becomes a change.
template<typename Transform>
void forEachPerson(const Record &record, int recordIndex, QStringView actionId,
                   QList<CleanupChange> &changes, Transform transform)
{
    for (int role = 0; role < int(PersonRole::Count); ++role) {
        const PersonList &persons = record.persons(PersonRole(role));
        for (int p = 0; p < persons.size(); ++p) {
            const Person &person = persons.at(p);
            Person after = transform(person);
            if (after != person)
                changes.append(personChange(recordIndex, actionId, PersonRole(role), p, person, std::move(after)));
        }
    }
}

// Applies \a transform to every part of a person (and its raw text).
template<typename Transform>
Person mapPersonParts(const Person &person, Transform transform)
{
    Person out = person;
    out.family = transform(person.family);
    out.given = transform(person.given);
    out.particle = transform(person.particle);
    out.suffix = transform(person.suffix);
    out.literal = transform(person.literal);
    out.raw = transform(person.raw);
    return out;
}

// ---------------------------------------------------------------- mojibake

void previewMojibake(const Record &record, int recordIndex, QList<CleanupChange> &changes)
{
    const QList<MojibakeFinding> findings = scanForMojibake({record});
    for (const MojibakeFinding &finding : findings) {
        if (finding.where.isPerson()) {
            const Person &before = record.persons(finding.where.role).at(finding.where.personIndex);
            changes.append(personChange(recordIndex, u"mojibake", finding.where.role,
                                        finding.where.personIndex, before,
                                        parsePersonName(finding.repair.after)));
        } else {
            changes.append(fieldChange(recordIndex, u"mojibake", record, finding.where.fieldIndex,
                                       finding.repair.after));
        }
    }
}

// ---------------------------------------------------------------- latex

// Fields whose text is code rather than prose: their "--" and "~" are not LaTeX.
bool latexApplies(FieldKey key)
{
    switch (key) {
    case FieldKey::Other:    // unknown tags keep their meaning (file paths, ids)
    case FieldKey::Url:
    case FieldKey::Doi:
    case FieldKey::Pages:    // the pages action owns the range dash
    case FieldKey::Label:
    case FieldKey::Isbn:
    case FieldKey::CallNumber:
    case FieldKey::AccessionNumber:
        return false;
    default:
        return true;
    }
}

bool isBibTeXSource(const Record &record)
{
    return record.sourceFormat.startsWith(u"bib"_s);
}

// Outside BibTeX "--" and "~" are plain text ("~50%"); only commands and braces count there.
bool looksLikeLatex(QStringView text, bool bibtexSource)
{
    if (!containsLatex(text))
        return false;
    return bibtexSource || text.contains(u'\\') || text.contains(u'{');
}

void previewLatex(const Record &record, int recordIndex, QList<CleanupChange> &changes)
{
    const bool bibtex = isBibTeXSource(record);
    forEachPerson(record, recordIndex, u"latex", changes, [&](const Person &person) {
        const bool any = looksLikeLatex(person.raw, bibtex) || looksLikeLatex(person.family, bibtex)
                || looksLikeLatex(person.given, bibtex) || looksLikeLatex(person.particle, bibtex)
                || looksLikeLatex(person.literal, bibtex) || looksLikeLatex(person.suffix, bibtex);
        if (!any)
            return person;
        Person out = mapPersonParts(person, [](const QString &part) { return latexToUnicode(part); });
        // The raw text keeps braces that protect a name from splitting ("{Costa Luis}").
        out.raw = latexToUnicode(person.raw, true);
        if (!out.raw.isEmpty() && !parsePersonName(out.raw).sameName(out))
            out.raw = out.displayName();
        return out;
    });
    for (int f = 0; f < record.fields.size(); ++f) {
        const Field &field = record.fields.at(f);
        if (!latexApplies(field.key) || !looksLikeLatex(field.value, bibtex))
            continue;
        const QString after = latexToUnicode(field.value);
        if (after != field.value)
            changes.append(fieldChange(recordIndex, u"latex", record, f, after));
    }
}

// ---------------------------------------------------------------- nfc

QString toNfc(const QString &text)
{
    // Below U+0300 every character is its own NFC form.
    const bool trivial = std::all_of(text.begin(), text.end(), [](QChar c) { return c.unicode() < 0x300; });
    return trivial ? text : text.normalized(QString::NormalizationForm_C);
}

void previewNfc(const Record &record, int recordIndex, QList<CleanupChange> &changes)
{
    forEachPerson(record, recordIndex, u"nfc", changes,
                  [](const Person &person) { return mapPersonParts(person, toNfc); });
    for (int f = 0; f < record.fields.size(); ++f) {
        const QString after = toNfc(record.fields.at(f).value);
        if (after != record.fields.at(f).value)
            changes.append(fieldChange(recordIndex, u"nfc", record, f, after));
    }
}

// ---------------------------------------------------------------- whitespace

// Text with paragraphs: lines are trimmed and their inner runs collapsed, blank lines kept
// (at most one in a row), newlines kept.
QString cleanMultilineWhitespace(const QString &text)
{
    const QStringList lines = text.split(u'\n');
    QStringList out;
    for (const QString &line : lines) {
        const QString clean = simplifiedText(line);
        if (clean.isEmpty() && (out.isEmpty() || out.back().isEmpty()))
            continue;
        out.append(clean);
    }
    while (!out.isEmpty() && out.back().isEmpty())
        out.removeLast();
    return out.join(u'\n');
}

// True when cleaning would change nothing: no whitespace at the ends, and every run of
// whitespace inside is one space (or, in multi-line text, one or two newlines).
bool whitespaceIsClean(QStringView text, bool multiline)
{
    if (text.isEmpty())
        return true;
    if (text.front().isSpace() || text.back().isSpace())
        return false;
    qsizetype i = 0;
    while (i < text.size()) {
        if (!text.at(i).isSpace()) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && text.at(end).isSpace())
            ++end;
        const QStringView run = text.mid(i, end - i);
        const bool ok = run == u" " || (multiline && (run == u"\n" || run == u"\n\n"));
        if (!ok)
            return false;
        i = end;
    }
    return true;
}

Person withSimplifiedWhitespace(const Person &person)
{
    const bool clean = whitespaceIsClean(person.family, false) && whitespaceIsClean(person.given, false)
            && whitespaceIsClean(person.particle, false) && whitespaceIsClean(person.suffix, false)
            && whitespaceIsClean(person.literal, false) && whitespaceIsClean(person.raw, false);
    if (clean)
        return person;
    return mapPersonParts(person, [](const QString &part) { return simplifiedText(part); });
}

bool isMultilineKey(FieldKey key)
{
    return key == FieldKey::Abstract || key == FieldKey::Note || key == FieldKey::Other;
}

void previewWhitespace(const Record &record, int recordIndex, QList<CleanupChange> &changes)
{
    forEachPerson(record, recordIndex, u"whitespace", changes, [](const Person &person) {
        return withSimplifiedWhitespace(person);
    });
    for (int f = 0; f < record.fields.size(); ++f) {
        const Field &field = record.fields.at(f);
        if (whitespaceIsClean(field.value, isMultilineKey(field.key)))
            continue;
        const QString after = isMultilineKey(field.key) ? cleanMultilineWhitespace(field.value)
                                                        : simplifiedText(field.value);
        if (after != field.value)
            changes.append(fieldChange(recordIndex, u"whitespace", record, f, after));
    }
}

// ---------------------------------------------------------------- names

// One given-name token of an ALL-CAPS name: initials stay capitals, names get proper case.
// Runs of 2-3 capitals without a vowel ("JRR", "MK") are initials; "LEE", "ANA" are names.
QString givenTokenFromCaps(const QString &token)
{
    const bool dotted = token.contains(u'.');
    int letters = 0;
    bool vowel = false;
    for (const QChar c : token) {
        if (c.isLetter()) {
            ++letters;
            vowel = vowel || isVowel(c);
        }
    }
    if (dotted || letters == 1 || (letters <= 3 && !vowel && !token.contains(u'-')))
        return normaliseInitials(token);
    return properCase(token);
}

// \a nameShouting: the family name is in capitals too ("TOLKIEN, JRR", not "Smith JA").
QString normaliseGiven(const QString &given, bool nameShouting)
{
    if (given.isEmpty())
        return given;
    const QStringList tokens = given.split(u' ', Qt::SkipEmptyParts);
    const bool shouting = nameShouting && isAllCaps(given);
    QStringList out;
    for (const QString &token : tokens)
        out.append(shouting ? givenTokenFromCaps(token) : normaliseInitials(token));
    return out.join(u' ');
}

QString normaliseSuffix(const QString &suffix)
{
    static const QRegularExpression roman(u"^[IVX]+$"_s);
    if (!isAllCaps(suffix) || roman.match(suffix).hasMatch())
        return suffix;
    QString out = properCase(suffix);
    if (out == u"Jr"_s || out == u"Sr"_s)
        out += u'.';
    return out;
}

// Compound family names ("García Márquez") that the collection writes family-first
// somewhere; they settle how "Mary García Márquez" splits.
using FamilyHints = QSet<QString>;

void collectFamilyHints(const Record &record, FamilyHints &hints)
{
    for (int role = 0; role < int(PersonRole::Count); ++role) {
        for (const Person &person : record.persons(PersonRole(role))) {
            if (!person.isLiteral() && person.family.contains(u' ')
                && (person.raw.isEmpty() || person.raw.contains(u','))) {
                hints.insert(foldForSearch(person.family));
            }
        }
    }
}

// "Mary García Márquez" read as given "Mary García", family "Márquez": moves given words
// into the family name when the longer family name is known.
void applyFamilyHints(Person &person, const FamilyHints &hints)
{
    if (hints.isEmpty() || person.raw.contains(u',') || !person.particle.isEmpty())
        return;
    const QStringList tokens = person.given.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype k = 1; k < tokens.size(); ++k) {
        const QString family = tokens.mid(k).join(u' ') + u' ' + person.family;
        if (hints.contains(foldForSearch(family))) {
            person.family = family;
            person.given = tokens.mid(0, k).join(u' ');
            return;
        }
    }
}

Person normalisePerson(const Person &person, NameForm form, const FamilyHints &hints)
{
    Person out = withSimplifiedWhitespace(person);
    if (out.isLiteral() || out.isEmpty())
        return out;
    applyFamilyHints(out, hints);

    // "VAN DER BERG" -> particle "van der", family "Berg".
    const bool familyShouting = isAllCaps(out.particle + out.family);
    if (familyShouting) {
        QStringList tokens = (out.particle + u' ' + out.family).split(u' ', Qt::SkipEmptyParts);
        QStringList particle;
        while (tokens.size() > 1) {
            const QString lower = tokens.front().toLower();
            const bool continuesDe = !particle.isEmpty() && particle.back() == u"de"_s
                    && (lower == u"la"_s || lower == u"las"_s || lower == u"los"_s);
            if (!isLowercaseParticle(lower) && !continuesDe)
                break;
            particle.append(lower);
            tokens.removeFirst();
        }
        out.particle = particle.join(u' ');
        out.family = properCase(tokens.join(u' '));
    }
    out.given = normaliseGiven(out.given, familyShouting || out.family.isEmpty());
    out.suffix = normaliseSuffix(out.suffix);

    const QString preferred = form == NameForm::FamilyFirst ? out.displayName() : out.naturalName();
    if (out.raw == preferred && out.sameName(person))
        return out;   // already in the chosen form (the common case: no parse needed)
    out.raw = parsePersonName(preferred).sameName(out) ? preferred : out.displayName();
    return out;
}

void previewNames(const Record &record, int recordIndex, const CleanupOptions &options,
                  const FamilyHints *collectionHints, QList<CleanupChange> &changes)
{
    FamilyHints ownHints;
    if (!collectionHints)
        collectFamilyHints(record, ownHints);
    const FamilyHints &hints = collectionHints ? *collectionHints : ownHints;
    forEachPerson(record, recordIndex, u"names", changes, [&](const Person &person) {
        Person out = normalisePerson(person, options.nameForm, hints);
        // Same parts and the same text: nothing to show (a raw filled in for its own sake is not a change).
        if (out.sameName(person) && personText(out) == personText(person))
            return person;
        return out;
    });
}

// ---------------------------------------------------------------- doi

void previewDoi(const Record &record, int recordIndex, QList<CleanupChange> &changes)
{
    bool hasDoi = false;
    for (int f = 0; f < record.fields.size(); ++f) {
        const Field &field = record.fields.at(f);
        if (field.key != FieldKey::Doi)
            continue;
        hasDoi = hasDoi || !field.value.trimmed().isEmpty();
        const QString doi = normaliseDoi(field.value);
        if (!doi.isEmpty() && doi != field.value)
            changes.append(fieldChange(recordIndex, u"doi", record, f, doi));
    }
    if (hasDoi)
        return;
    for (int f = 0; f < record.fields.size(); ++f) {
        const Field &field = record.fields.at(f);
        if (field.key != FieldKey::Url && field.key != FieldKey::Note)
            continue;
        const QString doi = findDoiIn(field.value);
        if (doi.isEmpty())
            continue;
        CleanupChange change = fieldChange(recordIndex, u"doi", record, f, doi);
        change.kind = CleanupChange::Kind::MoveToField;
        change.targetKey = FieldKey::Doi;
        change.removeSource = normaliseDoi(field.value) == doi;
        change.label =
                QCoreApplication::translate("refmend::CleanupActions", "DOI (from %1)").arg(fieldLocationLabel(field));
        changes.append(std::move(change));
        return;
    }
}

// ---------------------------------------------------------------- pages

QString normalisePages(const QString &value, PageRangeForm form)
{
    static const QRegularExpression prefix(u"^(?:pages?\\b\\.?|pp?\\.|pp?\\b)\\s*"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression range(u"^(\\d+)\\s*(?:-{1,3}|[\u2010\u2011\u2012\u2013\u2014\u2212])\\s*(\\d+)$"_s);
    static const QRegularExpression single(u"^\\d+$"_s);

    QString text = simplifiedText(value);
    text.remove(prefix);
    const QString dash = form == PageRangeForm::Hyphen ? u"-"_s
            : form == PageRangeForm::DoubleHyphen ? u"--"_s : u"\u2013"_s;
    const QStringList items = text.split(u',');
    QStringList out;
    bool anyRange = false;
    for (const QString &item : items) {
        const QString trimmed = item.trimmed();
        const QRegularExpressionMatch m = range.match(trimmed);
        if (m.hasMatch()) {
            anyRange = true;
            out.append(m.captured(1) + dash + m.captured(2));
        } else if (single.match(trimmed).hasMatch()) {
            out.append(trimmed);
        } else {
            return value;   // "e1234", "S12-S15", "xi-xv": left as written
        }
    }
    return anyRange ? out.join(u", "_s) : value;
}

void previewPages(const Record &record, int recordIndex, const CleanupOptions &options,
                  QList<CleanupChange> &changes)
{
    for (int f = 0; f < record.fields.size(); ++f) {
        const Field &field = record.fields.at(f);
        if (field.key != FieldKey::Pages)
            continue;
        const QString after = normalisePages(field.value, options.pageRangeForm);
        if (after != field.value)
            changes.append(fieldChange(recordIndex, u"pages", record, f, after));
    }
}

// ---------------------------------------------------------------- dates

QString normaliseYear(const QString &value)
{
    static const QRegularExpression year(u"^\\d{4}[a-z]?$"_s);
    QString text = simplifiedText(value);
    for (;;) {
        const QString before = text;
        if ((text.startsWith(u'(') && text.endsWith(u')')) || (text.startsWith(u'[') && text.endsWith(u']')))
            text = text.mid(1, text.size() - 2).trimmed();
        while (!text.isEmpty() && QStringView(u".,;:").contains(text.back()))
            text.chop(1);
        if (text.startsWith(u'\u00A9'))            // "©2013"
            text = text.mid(1).trimmed();
        else if (text.startsWith(u"(c)"_s, Qt::CaseInsensitive))
            text = text.mid(3).trimmed();
        else if (text.size() == 5 && (text.front() == u'c' || text.front() == u'C') && text.at(1).isDigit())
            text = text.mid(1);                     // "c2013": the copyright year of books
        if (text == before)
            break;
    }
    return year.match(text).hasMatch() ? text : value;
}

void previewDates(const Record &record, int recordIndex, QList<CleanupChange> &changes)
{
    for (int f = 0; f < record.fields.size(); ++f) {
        const Field &field = record.fields.at(f);
        if (field.key != FieldKey::Year)
            continue;
        const QString after = normaliseYear(field.value);
        if (after != field.value)
            changes.append(fieldChange(recordIndex, u"dates", record, f, after));
    }
}

// ---------------------------------------------------------------- isbn

// Without the ISBN range table the grouping of an ISBN cannot be known: separators become
// hyphens and a final x becomes X, but the groups stay as written (or unhyphenated).
QString formatStandardNumber(const StandardNumber &number, QStringView written)
{
    if (number.kind == StandardNumber::Kind::Issn)
        return number.compact.left(4) + u'-' + number.compact.mid(4);
    QString out;
    bool pendingSeparator = false;
    for (const QChar c : written) {
        if (c.isDigit() || c == u'X' || c == u'x') {
            if (pendingSeparator && !out.isEmpty())
                out += u'-';
            pendingSeparator = false;
            out += c.toUpper();
        } else {
            pendingSeparator = true;
        }
    }
    return out;
}

QString normaliseIsbnField(const QString &value)
{
    const QList<StandardNumber> numbers = findStandardNumbers(value);
    QString out = value;
    bool any = false;
    for (auto it = numbers.crbegin(); it != numbers.crend(); ++it) {
        if (!it->valid)
            continue;
        any = true;
        out.replace(it->start, it->length, formatStandardNumber(*it, QStringView(value).mid(it->start, it->length)));
    }
    if (!any)
        return value;
    // "ISSN: 1234-5679" -> "1234-5679" when the label is all there is besides the number.
    static const QRegularExpression labelled(u"^\\s*(?:ISSN|ISBN(?:-?1[03])?)\\s*:?\\s*([0-9Xx-]+)\\s*$"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = labelled.match(out);
    if (m.hasMatch() && numbers.size() == 1)
        out = m.captured(1);
    return out;
}

void previewIsbn(const Record &record, int recordIndex, QList<CleanupChange> &changes)
{
    for (int f = 0; f < record.fields.size(); ++f) {
        const Field &field = record.fields.at(f);
        if (field.key != FieldKey::Isbn)
            continue;
        const QString after = normaliseIsbnField(field.value);
        if (after != field.value)
            changes.append(fieldChange(recordIndex, u"isbn", record, f, after));
    }
}

// ---------------------------------------------------------------- titlecase

// Acronyms with their written form; others are caught by the "digit" and "no vowel" rules.
const QHash<QString, QString> &knownAcronyms()
{
    static const QHash<QString, QString> acronyms = [] {
        QHash<QString, QString> map;
        for (const QString &a : {u"DNA"_s, u"RNA"_s, u"HIV"_s, u"AIDS"_s, u"USA"_s, u"UK"_s,
                                 u"EU"_s, u"UN"_s, u"COVID"_s, u"SARS"_s, u"MERS"_s, u"MRI"_s,
                                 u"ATP"_s, u"NASA"_s, u"NATO"_s, u"UNESCO"_s, u"UNICEF"_s,
                                 u"OECD"_s, u"IEEE"_s, u"IBM"_s, u"GDP"_s, u"HPV"_s, u"ICU"_s,
                                 u"BMI"_s, u"ADHD"_s, u"LGBT"_s, u"IQ"_s, u"IVF"_s, u"AI"_s,
                                 u"NGO"_s, u"API"_s, u"CPU"_s, u"GPU"_s, u"SQL"_s, u"HTML"_s,
                                 u"PDF"_s, u"GPS"_s, u"UV"_s, u"LED"_s, u"ECG"_s, u"EEG"_s,
                                 u"RCT"_s, u"NSCLC"_s, u"COPD"_s, u"ROS"_s, u"EGFR"_s,
                                 u"HER2"_s, u"NET"_s, u"NETS"_s, u"GEP"_s, u"PET"_s,
                                 u"OECD"_s, u"ISRN"_s, u"ACM"_s, u"CD4"_s})
            map.insert(a, a);
        map.insert(u"MRNA"_s, u"mRNA"_s);
        map.insert(u"SIRNA"_s, u"siRNA"_s);
        map.insert(u"MIRNA"_s, u"miRNA"_s);
        map.insert(u"NETS"_s, u"NETs"_s);
        map.insert(u"PH"_s, u"pH"_s);
        return map;
    }();
    return acronyms;
}

bool isRomanNumeral(const QString &word)
{
    static const QRegularExpression roman(u"^(?=[MDCLXVI])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$"_s);
    return word.size() >= 2 && roman.match(word).hasMatch();
}

// One word (no hyphen) of an ALL-CAPS title, in sentence case.
QString sentenceCaseWord(const QString &word)
{
    if (word.isEmpty())
        return word;
    const auto known = knownAcronyms().constFind(word);
    if (known != knownAcronyms().constEnd())
        return *known;
    const bool digit = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
    const int letters = int(std::count_if(word.begin(), word.end(), [](QChar c) { return c.isLetter(); }));
    const bool vowel = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isLetter() && isVowel(c); });
    if (digit || isRomanNumeral(word) || (letters >= 2 && !vowel) || word == u"I"_s)
        return word;
    return word.toLower();
}

QString sentenceCase(const QString &title)
{
    // Words are runs of letters and digits; a hyphenated token ("COVID-19") is judged whole
    // for the digit rule, its letter runs one by one otherwise ("NON-SMALL" -> "non-small").
    QString out;
    out.reserve(title.size());
    qsizetype i = 0;
    while (i < title.size()) {
        if (!title.at(i).isLetterOrNumber()) {
            out += title.at(i++);
            continue;
        }
        qsizetype end = i;
        while (end < title.size() && title.at(end).isLetterOrNumber())
            ++end;
        qsizetype tokenStart = i;
        qsizetype tokenEnd = end;
        while (tokenStart > 0 && (title.at(tokenStart - 1) == u'-' || title.at(tokenStart - 1).isLetterOrNumber()))
            --tokenStart;
        while (tokenEnd < title.size() && (title.at(tokenEnd) == u'-' || title.at(tokenEnd).isLetterOrNumber()))
            ++tokenEnd;
        const QStringView token = QStringView(title).mid(tokenStart, tokenEnd - tokenStart);
        const bool tokenHasDigit = std::any_of(token.begin(), token.end(), [](QChar c) { return c.isDigit(); });
        const QString word = title.mid(i, end - i);
        out += tokenHasDigit ? word : sentenceCaseWord(word);
        i = end;
    }
    // Capitals at the start and after ":", ".", "?", "!".
    bool capitaliseNext = true;
    for (qsizetype k = 0; k < out.size(); ++k) {
        const QChar c = out.at(k);
        if (c.isLetter()) {
            if (capitaliseNext && c.isLower()) {
                // A word the rules wrote in mixed case ("mRNA", "pH") keeps it.
                qsizetype end = k;
                while (end < out.size() && out.at(end).isLetterOrNumber())
                    ++end;
                const QString word = out.mid(k, end - k);
                if (knownAcronyms().value(word.toUpper()) != word)
                    out[k] = c.toUpper();
            }
            capitaliseNext = false;
        } else if (c.isDigit()) {
            capitaliseNext = false;
        } else if (QStringView(u":.?!").contains(c)) {
            capitaliseNext = true;
        }
    }
    return out;
}

bool isShoutedTitle(const QString &title)
{
    int words = 0;
    static const QRegularExpression letters(u"\\p{L}{2,}"_s);
    QRegularExpressionMatchIterator it = letters.globalMatch(title);
    while (it.hasNext() && words < 2) {
        it.next();
        ++words;
    }
    return words >= 2 && !hasLowercase(title) && uppercaseCount(title) >= 4;
}

void previewTitleCase(const Record &record, int recordIndex, QList<CleanupChange> &changes)
{
    for (int f = 0; f < record.fields.size(); ++f) {
        const Field &field = record.fields.at(f);
        if (field.key != FieldKey::Title || !isShoutedTitle(field.value))
            continue;
        const QString after = sentenceCase(field.value);
        if (after == field.value)
            continue;
        CleanupChange change = fieldChange(recordIndex, u"titlecase", record, f, after);
        change.flaggedOnly = true;
        changes.append(std::move(change));
    }
}

// ---------------------------------------------------------------- identifiers

int isbnDigitValue(QChar c)
{
    return (c == u'X' || c == u'x') ? 10 : c.digitValue();
}

} // namespace

// ==================================================================== registry

QList<CleanupActionInfo> cleanupActions()
{
    QList<CleanupActionInfo> list;
    for (const ActionEntry &entry : kActions)
        list.append({QString(entry.id), QCoreApplication::translate("refmend::CleanupActions", entry.name),
                     QCoreApplication::translate("refmend::CleanupActions", entry.description), entry.suggestsOnly});
    return list;
}

QStringList cleanupActionIds()
{
    QStringList ids;
    for (const ActionEntry &entry : kActions)
        ids.append(QString(entry.id));
    return ids;
}

bool isCleanupAction(QStringView id)
{
    return std::any_of(std::begin(kActions), std::end(kActions),
                       [&](const ActionEntry &entry) { return entry.id == id; });
}

QStringList parseCleanupActionList(QStringView list, QString *error)
{
    QStringList wanted;
    QStringList unknown;
    for (QStringView part : list.split(u',', Qt::SkipEmptyParts)) {
        const QString id = part.trimmed().toString().toLower();
        if (id.isEmpty())
            continue;
        if (id == u"all"_s) {
            for (const ActionEntry &entry : kActions) {
                if (!entry.suggestsOnly)
                    wanted.append(QString(entry.id));
            }
        } else if (isCleanupAction(id)) {
            wanted.append(id);
        } else {
            unknown.append(id);
        }
    }
    if (!unknown.isEmpty()) {
        if (error) {
            *error = QCoreApplication::translate("refmend::CleanupActions", "unknown cleanup action(s): %1; valid: %2, all")
                             .arg(unknown.join(u", "_s), cleanupActionIds().join(u", "_s));
        }
        return {};
    }
    QStringList ordered;
    for (const QString &id : cleanupActionIds()) {
        if (wanted.contains(id))
            ordered.append(id);
    }
    if (error)
        error->clear();
    return ordered;
}

// ==================================================================== preview and apply

namespace {

QList<CleanupChange> previewRecord(const Record &record, int recordIndex, QStringView actionId,
                                   const CleanupOptions &options, const FamilyHints *hints)
{
    QList<CleanupChange> changes;
    if (actionId == u"mojibake")
        previewMojibake(record, recordIndex, changes);
    else if (actionId == u"latex")
        previewLatex(record, recordIndex, changes);
    else if (actionId == u"nfc")
        previewNfc(record, recordIndex, changes);
    else if (actionId == u"whitespace")
        previewWhitespace(record, recordIndex, changes);
    else if (actionId == u"names")
        previewNames(record, recordIndex, options, hints, changes);
    else if (actionId == u"doi")
        previewDoi(record, recordIndex, changes);
    else if (actionId == u"pages")
        previewPages(record, recordIndex, options, changes);
    else if (actionId == u"dates")
        previewDates(record, recordIndex, changes);
    else if (actionId == u"isbn")
        previewIsbn(record, recordIndex, changes);
    else if (actionId == u"titlecase")
        previewTitleCase(record, recordIndex, changes);
    return changes;
}

} // namespace

QList<CleanupChange> previewCleanupRecord(const Record &record, int recordIndex, QStringView actionId,
                                          const CleanupOptions &options)
{
    return previewRecord(record, recordIndex, actionId, options, nullptr);
}

QList<CleanupChange> previewCleanup(const QList<Record> &records, QStringView actionId,
                                    const CleanupOptions &options)
{
    FamilyHints hints;
    if (actionId == u"names") {
        for (const Record &record : records)
            collectFamilyHints(record, hints);
    }
    QList<CleanupChange> changes;
    for (int r = 0; r < records.size(); ++r)
        changes.append(previewRecord(records.at(r), r, actionId, options, &hints));
    return changes;
}

Record applyCleanupChanges(const Record &record, const QList<CleanupChange> &changes, int *appliedCount)
{
    Record out = record;
    int applied = 0;
    QList<int> removals;
    for (const CleanupChange &change : changes) {
        const TextLocation &where = change.where;
        switch (change.kind) {
        case CleanupChange::Kind::SetFieldValue: {
            if (where.fieldIndex < 0 || where.fieldIndex >= out.fields.size())
                break;
            Field &field = out.fields[where.fieldIndex];
            if (field.value != change.before)   // edited since the preview: the edit wins
                break;
            field.value = change.after;
            ++applied;
            break;
        }
        case CleanupChange::Kind::SetPerson: {
            if (where.role == PersonRole::Count || where.personIndex < 0)
                break;
            PersonList &persons = out.personsRef(where.role);
            if (where.personIndex >= persons.size())
                break;
            Person &person = persons[where.personIndex];
            if (personText(person) != change.before)
                break;
            const int line = person.line;
            const int column = person.column;
            person = change.person;
            person.line = line;
            person.column = column;
            ++applied;
            break;
        }
        case CleanupChange::Kind::MoveToField: {
            if (where.fieldIndex < 0 || where.fieldIndex >= out.fields.size()
                || out.fields.at(where.fieldIndex).value != change.before)
                break;
            const int existing = out.indexOf(change.targetKey);
            if (existing >= 0 && !out.fields.at(existing).value.trimmed().isEmpty())
                break;   // the target has a value now: nothing to move into
            Field moved;
            moved.key = change.targetKey;
            moved.value = change.after;
            if (existing >= 0) {
                out.fields[existing].value = change.after;
                if (change.removeSource)
                    removals.append(where.fieldIndex);   // at the end, so indexes stay valid
            } else if (change.removeSource) {
                // Takes the place (and the source position) of the field it came from.
                moved.line = out.fields.at(where.fieldIndex).line;
                moved.column = out.fields.at(where.fieldIndex).column;
                out.fields[where.fieldIndex] = moved;
            } else {
                out.fields.append(moved);
            }
            ++applied;
            break;
        }
        }
    }
    std::sort(removals.begin(), removals.end(), std::greater<int>());
    removals.erase(std::unique(removals.begin(), removals.end()), removals.end());
    for (int index : std::as_const(removals))
        out.fields.removeAt(index);
    if (appliedCount)
        *appliedCount = applied;
    return out;
}

QList<RecordRepair> planCleanup(const QList<Record> &records, const QList<CleanupChange> &changes)
{
    std::map<int, QList<CleanupChange>> byRecord;
    for (const CleanupChange &change : changes) {
        if (change.recordIndex >= 0 && change.recordIndex < records.size())
            byRecord[change.recordIndex].append(change);
    }
    QList<RecordRepair> repairs;
    for (const auto &[index, list] : byRecord) {
        RecordRepair repair;
        repair.recordIndex = index;
        repair.after = applyCleanupChanges(records.at(index), list, &repair.repairedTexts);
        if (repair.repairedTexts > 0 && repair.after != records.at(index))
            repairs.append(std::move(repair));
    }
    return repairs;
}

// ==================================================================== identifiers

QString normaliseDoi(QStringView text)
{
    static const QRegularExpression resolver(
            u"^(?:https?://)?(?:dx\\.|www\\.)?doi\\.org/"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression label(u"^doi\\s*:?\\s*"_s, QRegularExpression::CaseInsensitiveOption);

    QString s = simplifiedText(text);
    bool fromUrl = false;
    for (;;) {
        QRegularExpressionMatch m = resolver.match(s);
        if (m.hasMatch()) {
            s = s.mid(m.capturedLength());
            fromUrl = true;
            continue;
        }
        m = label.match(s);
        if (m.hasMatch() && m.capturedLength() > 0 && !s.startsWith(u"doi.org"_s, Qt::CaseInsensitive)) {
            s = s.mid(m.capturedLength());
            continue;
        }
        break;
    }
    if (fromUrl && s.contains(u'%'))
        s = QUrl::fromPercentEncoding(s.toUtf8());
    // Trailing punctuation of the sentence around it; a closing bracket only when unbalanced.
    for (;;) {
        if (s.isEmpty())
            break;
        const QChar last = s.back();
        if (QStringView(u".,;:'\"").contains(last)) {
            s.chop(1);
            continue;
        }
        const QChar open = last == u')' ? u'(' : last == u']' ? u'[' : last == u'>' ? u'<' : QChar();
        if (!open.isNull() && s.count(open) < s.count(last)) {
            s.chop(1);
            continue;
        }
        break;
    }
    if (!isValidDoi(s))
        return {};
    return s.toLower();
}

bool isValidDoi(QStringView doi)
{
    static const QRegularExpression pattern(u"^10\\.\\d{4,9}(?:\\.\\d+)*/\\S+$"_s);
    return pattern.match(doi).hasMatch();
}

QString findDoiIn(QStringView text)
{
    const QString whole = normaliseDoi(text);
    if (!whole.isEmpty())
        return whole;
    static const QRegularExpression embedded(u"(?<![\\w.])10\\.\\d{4,9}(?:\\.\\d+)*/[^\\s\"<>]+"_s);
    QRegularExpressionMatch m = embedded.match(text);
    if (!m.hasMatch() && text.contains(u'%'))
        m = embedded.match(QUrl::fromPercentEncoding(text.toString().toUtf8()));
    return m.hasMatch() ? normaliseDoi(m.capturedView()) : QString();
}

bool isValidIssn(QStringView compact)
{
    if (compact.size() != 8)
        return false;
    int sum = 0;
    for (int i = 0; i < 7; ++i) {
        if (!compact.at(i).isDigit())
            return false;
        sum += compact.at(i).digitValue() * (8 - i);
    }
    const int check = isbnDigitValue(compact.at(7));
    return check >= 0 && (sum + check) % 11 == 0;
}

bool isValidIsbn10(QStringView compact)
{
    if (compact.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 10; ++i) {
        const int v = isbnDigitValue(compact.at(i));
        if (v < 0 || (v == 10 && i != 9))
            return false;
        sum += v * (10 - i);
    }
    return sum % 11 == 0;
}

bool isValidIsbn13(QStringView compact)
{
    if (compact.size() != 13 || !(compact.startsWith(u"978") || compact.startsWith(u"979")))
        return false;
    int sum = 0;
    for (int i = 0; i < 13; ++i) {
        if (!compact.at(i).isDigit())
            return false;
        sum += compact.at(i).digitValue() * (i % 2 == 0 ? 1 : 3);
    }
    return sum % 10 == 0;
}

QList<StandardNumber> findStandardNumbers(QStringView text)
{
    auto isSeparator = [](QChar c) {
        return c == u'-' || c == u' ' || c == u'\u2010' || c == u'\u2011' || c == u'\u2013';
    };
    auto isNumberChar = [](QChar c) { return (c.isDigit() && c.unicode() < 128) || c == u'X' || c == u'x'; };

    QList<StandardNumber> found;
    auto consider = [&](qsizetype start, qsizetype end) {
        QString compact;
        for (qsizetype i = start; i < end; ++i) {
            if (isNumberChar(text.at(i)))
                compact += text.at(i).toUpper();
        }
        StandardNumber number;
        number.start = start;
        number.length = end - start;
        number.compact = compact;
        switch (compact.size()) {
        case 8:
            number.kind = StandardNumber::Kind::Issn;
            number.valid = isValidIssn(compact);
            break;
        case 10:
            number.kind = StandardNumber::Kind::Isbn10;
            number.valid = isValidIsbn10(compact);
            break;
        case 13:
            number.kind = StandardNumber::Kind::Isbn13;
            number.valid = isValidIsbn13(compact);
            break;
        default:
            return false;
        }
        // An X only as the check digit.
        if (compact.indexOf(u'X') >= 0 && compact.indexOf(u'X') != compact.size() - 1)
            return false;
        found.append(number);
        return true;
    };

    qsizetype i = 0;
    while (i < text.size()) {
        if (!(text.at(i).isDigit() && text.at(i).unicode() < 128) || (i > 0 && isNumberChar(text.at(i - 1)))) {
            ++i;
            continue;
        }
        // A run of digits joined by single separators; an X ends it.
        qsizetype end = i;
        while (end < text.size()) {
            const QChar c = text.at(end);
            if (c == u'X' || c == u'x') {
                ++end;
                break;
            }
            if (c.isDigit() && c.unicode() < 128) {
                ++end;
            } else if (isSeparator(c) && end + 1 < text.size() && isNumberChar(text.at(end + 1))) {
                ++end;
            } else {
                break;
            }
        }
        if (end < text.size() && text.at(end).isLetterOrNumber()) {
            i = end;   // glued to more text ("12345679abc"): not a number on its own
            continue;
        }
        if (!consider(i, end) && text.mid(i, end - i).contains(u' ')) {
            // Two numbers separated by a space ("0306406152 9780306406157"): try each piece.
            qsizetype pieceStart = i;
            for (qsizetype k = i; k <= end; ++k) {
                if (k == end || text.at(k) == u' ') {
                    consider(pieceStart, k);
                    pieceStart = k + 1;
                }
            }
        }
        i = end;
    }
    return found;
}

// ==================================================================== labels

QString personText(const Person &person)
{
    return person.raw.isEmpty() ? person.displayName() : person.raw;
}

QString fieldLocationLabel(const Field &field)
{
    if (field.key == FieldKey::Other)
        return field.tag.isEmpty() ? fieldKeyDisplayName(FieldKey::Other) : field.tag;
    return fieldKeyDisplayName(field.key);
}

QString personLocationLabel(PersonRole role, int index)
{
    return personRoleDisplayName(role) + u' ' + QString::number(index + 1);
}

} // namespace refmend
