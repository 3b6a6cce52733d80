#include "formats/bibtexwriter.h"

#include "formats/bibtexsyntax.h"
#include "text/latexunicode.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

const QString kBibTeX = u"bibtex"_s;
const QString kBibLaTeX = u"biblatex"_s;

bool fromBibFamily(const Record &record)
{
    return record.sourceFormat == kBibTeX || record.sourceFormat == kBibLaTeX;
}

bool isAscii(QStringView text)
{
    for (QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

//! Letters and digits of \a text without their accents ("Müller" -> "Muller").
QString asciiWord(const QString &text)
{
    QString out;
    for (QChar c : text.normalized(QString::NormalizationForm_D)) {
        const char16_t u = c.unicode();
        if ((u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9'))
            out += c;
        else if (c == u'ß')
            out += u"ss"_s;
        else if (c == u'ø' || c == u'Ø' || c == u'ł' || c == u'Ł')
            out += QChar(c == u'ø' ? u'o' : c == u'Ø' ? u'O' : c == u'ł' ? u'l' : u'L');
    }
    return out;
}

//! Parts of a written entry, in order: "name = value".
struct Item {
    QString name;
    QString value;   // the whole value as written: "{...}" or an expression kept from the source
};

/*! Keys used in the output so far, and new ones (FamilyYear + a, b, ...) that clash with
    none of them nor with any key a record already has. */
class KeyBook
{
public:
    explicit KeyBook(const QList<Record> &records)
    {
        for (const Record &record : records) {
            const QString key = record.value(FieldKey::Label).trimmed();
            if (!key.isEmpty())
                m_taken.insert(key.toLower());
        }
    }

    bool isUsed(const QString &key) const { return m_used.contains(key.toLower()); }
    void use(const QString &key) { m_used.insert(key.toLower()); }

    QString generate(const Record &record)
    {
        QString base;
        for (PersonRole role : {PersonRole::Author, PersonRole::Editor}) {
            for (const Person &person : record.persons(role)) {
                const QString name = person.isLiteral() ? person.literal.section(u' ', 0, 0)
                                                        : person.family;
                base = asciiWord(name);
                if (!base.isEmpty())
                    break;
            }
            if (!base.isEmpty())
                break;
        }
        if (base.isEmpty())
            base = asciiWord(record.value(FieldKey::Title).section(u' ', 0, 0));
        if (base.isEmpty())
            base = u"ref"_s;
        base += record.year();
        // The first of base, base + "a", "b", ... that is free. Keys are only ever added, so
        // the search goes on where the last one for this base stopped (a collection with
        // 200 "Costa2013" tried 20,000 keys for them).
        const QString lowerBase = base.toLower();
        int n = m_next.value(lowerBase, -1);    // -1: base itself
        QString key = n < 0 ? base : base + suffix(n);
        while (m_taken.contains(key.toLower()) || m_used.contains(key.toLower()))
            key = base + suffix(++n);
        m_next.insert(lowerBase, n + 1);
        m_taken.insert(key.toLower());
        return key;
    }

private:
    static QString suffix(int n)
    {
        QString s;
        do {
            s.prepend(QChar(u'a' + n % 26));
            n = n / 26 - 1;
        } while (n >= 0);
        return s;
    }

    QSet<QString> m_taken;
    QSet<QString> m_used;
    QHash<QString, int> m_next;   // lower-case base: the suffix to try first next time
};

class EntryWriter
{
public:
    EntryWriter(bool biblatex, const QString &formatId, const bibtex::Macros &macros,
                KeyBook &keys, bibtex::NameCache &names, int recordIndex,
                QList<Diagnostic> *warnings, BibtexCharacters characters = BibtexCharacters::Auto,
                bool useSource = true)
        : m_biblatex(biblatex), m_formatId(formatId), m_macros(macros), m_keys(keys),
          m_nameCache(names), m_recordIndex(recordIndex), m_warnings(warnings),
          m_characters(characters), m_useSource(useSource) {}

    QString write(const Record &record);
    QString writeUnparsed(const Record &record);

private:
    void warn(const QString &message);
    QString encode(const QString &value, QStringView name) const;
    QString names(const PersonList &persons) const;
    QString key(const Record &record);
    QString entryType(const Record &record) const;
    //! The field name for \a field in this dialect, or empty when it has none.
    QString nameFor(const Record &record, const Field &field) const;
    void collectHomeless(const Record &record);
    void fromSource(const Record &record, const bibtex::RawBlock &source);
    void remaining(const Record &record);
    void add(const QString &name, const QString &value);
    void placeHomeless();

    bool m_biblatex;
    const QString &m_formatId;
    const bibtex::Macros &m_macros;
    KeyBook &m_keys;
    bibtex::NameCache &m_nameCache;
    int m_recordIndex;
    QList<Diagnostic> *m_warnings;
    BibtexCharacters m_characters;
    bool m_useSource;               // false: its source text is not in the characters asked for
    LatexOutput m_output = LatexOutput::Ascii;

    QList<Item> m_items;
    QSet<QString> m_names;           // lower-case names written so far
    QList<bool> m_fieldDone;         // per Record::fields
    std::array<bool, size_t(PersonRole::Count)> m_roleDone{};
    QStringList m_homeless;          // "tag: value" lines for the note
    int m_noteItem = -1;             // the item that holds the note, once written
    QString m_noteText;              // ... and its text
    qsizetype m_homelessPlaced = 0;  // lines of m_homeless in that text
};

void EntryWriter::warn(const QString &message)
{
    if (!m_warnings)
        return;
    Diagnostic d;
    d.severity = Severity::Warning;
    d.message = message;
    d.recordIndex = m_recordIndex;
    m_warnings->append(d);
}

QString EntryWriter::encode(const QString &value, QStringView name) const
{
    return bibtex::encodeValue(value, name, m_output);
}

QString EntryWriter::names(const PersonList &persons) const
{
    QStringList parts;
    for (const Person &person : persons) {
        if (!person.isEmpty())
            parts.append(bibtex::nameText(person, m_output == LatexOutput::KeepUnicode, &m_nameCache));
    }
    return u'{' + parts.join(u" and "_s) + u'}';
}

void EntryWriter::add(const QString &name, const QString &value)
{
    m_items.append({name, value});
    m_names.insert(name.toLower());
}

QString EntryWriter::key(const Record &record)
{
    const QString label = record.value(FieldKey::Label).trimmed();
    // A key read from BibTeX stays as it was, a repeated one too; one from elsewhere must also
    // be safe in \cite and is made unique.
    const bool usable = fromBibFamily(record) ? bibtex::readsBackAsKey(label)
                                              : bibtex::isValidKey(label);
    if (usable && (fromBibFamily(record) || !m_keys.isUsed(label))) {
        m_keys.use(label);
        return label;
    }
    const QString key = m_keys.generate(record);
    m_keys.use(key);
    if (!label.isEmpty()) {
        if (usable) {
            warn(u"the citation key \"%1\" is used by an earlier record; written as \"%2\""_s
                 .arg(label, key));
        } else {
            warn(u"\"%1\" cannot be a BibTeX citation key; written as \"%2\" (the label is kept in the note)"_s
                 .arg(label, key));
            m_homeless.append(u"label: "_s + label);
        }
    }
    return key;
}

QString EntryWriter::entryType(const Record &record) const
{
    if (fromBibFamily(record) && bibtex::acceptsEntryType(record.sourceType, record.type, m_biblatex))
        return record.sourceType;
    if (record.type == RecordType::Chapter && !record.has(FieldKey::ContainerTitle))
        return u"inbook"_s;
    return bibtex::entryTypeFor(record.type, m_biblatex);
}

QString EntryWriter::nameFor(const Record &record, const Field &field) const
{
    const bool bibSource = fromBibFamily(record);
    if (field.key == FieldKey::Other)
        return bibSource && bibtex::isValidFieldName(field.tag) ? field.tag : QString();
    if (bibSource && bibtex::acceptsFieldName(field.key, field.tag, m_biblatex))
        return field.tag;
    if (field.key == FieldKey::Year && m_biblatex && !record.has(FieldKey::Date))
        return u"date"_s;
    if (field.key == FieldKey::Isbn) {
        static const QRegularExpression issn(u"^\\s*\\d{4}-?\\d{3}[\\dXx]\\s*$"_s);
        if (issn.match(field.value).hasMatch())
            return u"issn"_s;
    }
    return bibtex::fieldNameFor(field.key, record.type, m_biblatex);
}

void EntryWriter::collectHomeless(const Record &record)
{
    m_fieldDone = QList<bool>(record.fields.size(), false);
    for (int i = 0; i < record.fields.size(); ++i) {
        const Field &field = record.fields.at(i);
        if (field.key == FieldKey::Label || field.key == FieldKey::Note || field.value.isEmpty())
            continue;
        if (nameFor(record, field).isEmpty()) {
            const QString tag = field.tag.isEmpty() ? fieldKeyId(field.key) : field.tag;
            m_homeless.append(tag + u": "_s + field.value);
            m_fieldDone[i] = true;
            warn(u"\"%1\" has no place in %2; written into the note"_s
                 .arg(tag, m_biblatex ? u"BibLaTeX"_s : u"BibTeX"_s));
        }
    }
    const PersonList &seriesEditors = record.persons(PersonRole::SeriesEditor);
    if (!seriesEditors.isEmpty()) {
        QStringList names;
        for (const Person &person : seriesEditors)
            names.append(person.displayName());
        m_homeless.append(u"series editor: "_s + names.join(u"; "_s));
        warn(u"series editors have no place in %1; written into the note"_s
             .arg(m_biblatex ? u"BibLaTeX"_s : u"BibTeX"_s));
    }
    m_roleDone[size_t(PersonRole::SeriesEditor)] = true;
}

//! Text copied from the source into a generated entry, whose lines end in '\n' until
//! appendWithLineEnding() gives them the file's line ends.
QString withNewlines(QStringView text)
{
    QString out = text.toString();
    if (out.contains(u'\r')) {
        out.replace(u"\r\n"_s, u"\n"_s);
        out.replace(u'\r', u'\n');
    }
    return out;
}

//! An edited record read from this format: the source's fields in their order, each one
//! that still reads as the record's value written exactly as before.
void EntryWriter::fromSource(const Record &record, const bibtex::RawBlock &source)
{
    for (const bibtex::RawField &raw : source.fields) {
        const bibtex::FieldMeaning meaning = bibtex::meaningOf(raw.name);
        const QString expanded = raw.isLiteral ? raw.literal.toString()
                                               : bibtex::expandValue(raw.value, m_macros);
        if (meaning.role) {
            const size_t role = size_t(*meaning.role);
            if (m_roleDone[role])
                continue;
            m_roleDone[role] = true;
            const PersonList &current = record.persons(*meaning.role);
            if (current == bibtex::parseNames(expanded, &m_nameCache))
                add(raw.name.toString(), withNewlines(raw.value));
            else if (!current.isEmpty())
                add(raw.name.toString(), names(current));
            continue;
        }
        int index = -1;
        for (int i = 0; i < record.fields.size() && index < 0; ++i) {
            if (!m_fieldDone[i] && record.fields.at(i).tag == raw.name
                && record.fields.at(i).key == meaning.key)
                index = i;
        }
        if (index < 0)
            continue;   // removed
        m_fieldDone[index] = true;
        const Field &field = record.fields.at(index);
        const bool isNote = field.key == FieldKey::Note
                && field.tag.compare(u"note"_s, Qt::CaseInsensitive) == 0;
        if (isNote && m_noteItem < 0 && !m_homeless.isEmpty()) {
            m_noteText = field.value;
            placeHomeless();
            continue;
        }
        const qsizetype before = m_items.size();
        if (field.value == bibtex::displayValue(expanded, bibtex::isVerbatimField(raw.name)))
            add(raw.name.toString(), withNewlines(raw.value));
        else if (!field.value.isEmpty())
            add(field.tag, encode(field.value, field.tag));
        if (isNote && m_noteItem < 0 && m_items.size() > before) {
            m_noteItem = int(before);
            m_noteText = field.value;
        }
    }
}

//! Names and fields not written from the source: every one, for records from elsewhere.
void EntryWriter::remaining(const Record &record)
{
    for (PersonRole role : {PersonRole::Author, PersonRole::Editor, PersonRole::Translator}) {
        if (m_roleDone[size_t(role)] || record.persons(role).isEmpty())
            continue;
        m_roleDone[size_t(role)] = true;
        const QString name = bibtex::fieldNameFor(role);
        if (m_names.contains(name)) {
            QStringList list;
            for (const Person &person : record.persons(role))
                list.append(person.displayName());
            m_homeless.append(name + u": "_s + list.join(u"; "_s));
            warn(u"a second \"%1\" list has no place; written into the note"_s.arg(name));
            continue;
        }
        add(name, names(record.persons(role)));
    }

    bool firstLabel = true;
    int keywordsItem = -1;
    QStringList keywords;
    for (int i = 0; i < record.fields.size(); ++i) {
        if (m_fieldDone[i])
            continue;
        m_fieldDone[i] = true;
        const Field &field = record.fields.at(i);
        if (field.value.isEmpty())
            continue;
        if (field.key == FieldKey::Label) {
            if (!firstLabel || field.value.trimmed() != record.value(FieldKey::Label).trimmed()) {
                m_homeless.append(u"label: "_s + field.value);
                warn(u"a second label has no place in a BibTeX entry; written into the note"_s);
            }
            firstLabel = false;
            continue;
        }
        QString name = nameFor(record, field);
        const bool ownName = fromBibFamily(record) && name == field.tag;
        // Repeated keywords and notes (one per line in RIS) make one field, where the first was.
        if (field.key == FieldKey::Keywords && !ownName) {
            keywords.append(field.value);
            if (keywordsItem < 0 && !m_names.contains(u"keywords"_s)) {
                keywordsItem = int(m_items.size());
                add(u"keywords"_s, QString());
            }
            continue;
        }
        // BibLaTeX's "annotation" beside a "note": kept under its own name.
        const bool keepOwnTag = fromBibFamily(record) && bibtex::isValidFieldName(field.tag)
                && !m_names.contains(field.tag.toLower());
        if (field.key == FieldKey::Note && !ownName && !(keepOwnTag && m_noteItem >= 0)) {
            if (m_noteItem < 0) {
                m_noteItem = int(m_items.size());
                m_noteText = field.value;
                add(m_names.contains(u"note"_s) ? u"annote"_s : u"note"_s, encode(m_noteText, u"note"));
            } else {
                m_homeless.append(field.value);
            }
            continue;
        }
        if (m_names.contains(name.toLower()) && !ownName) {
            // BibLaTeX's "location" beside "address": kept under its own name rather than lost.
            if (keepOwnTag) {
                name = field.tag;
            } else {
                m_homeless.append(name + u": "_s + field.value);
                warn(u"a second \"%1\" has no place in a BibTeX entry; written into the note"_s.arg(name));
                continue;
            }
        }
        if (field.key == FieldKey::Note && m_noteItem < 0
            && name.compare(u"note"_s, Qt::CaseInsensitive) == 0) {
            m_noteItem = int(m_items.size());
            m_noteText = field.value;
        }
        add(name, encode(field.value, name));
    }
    if (keywordsItem >= 0)
        m_items[keywordsItem].value = encode(keywords.join(u", "_s), u"keywords");
    else if (!keywords.isEmpty())
        m_homeless.append(u"keywords: "_s + keywords.join(u", "_s));
    placeHomeless();
}

//! Adds the homeless lines not placed yet to the note (written again), or starts one.
void EntryWriter::placeHomeless()
{
    if (m_homelessPlaced == m_homeless.size())
        return;
    QStringList lines = m_homeless.mid(m_homelessPlaced);
    m_homelessPlaced = m_homeless.size();
    if (!m_noteText.isEmpty())
        lines.prepend(m_noteText);
    m_noteText = lines.join(u'\n');
    const QString value = encode(m_noteText, u"note");
    if (m_noteItem >= 0 && m_noteItem < m_items.size()) {
        m_items[m_noteItem].value = value;
    } else {
        m_noteItem = int(m_items.size());
        add(m_names.contains(u"note"_s) ? u"annote"_s : u"note"_s, value);
    }
}

QString EntryWriter::write(const Record &record)
{
    const bool own = m_useSource && record.sourceFormat == m_formatId && record.source.isValid();
    // BibTeX is written in ASCII, except that an edited record of a file already in UTF-8
    // stays in UTF-8; unless the characters were chosen.
    if (m_characters == BibtexCharacters::Latex)
        m_output = LatexOutput::Ascii;
    else if (m_characters == BibtexCharacters::Unicode)
        m_output = LatexOutput::KeepUnicode;
    else
        m_output = m_biblatex || (own && !isAscii(record.source.text())) ? LatexOutput::KeepUnicode
                                                                         : LatexOutput::Ascii;
    collectHomeless(record);
    const QString entryKey = key(record);
    if (own) {
        bibtex::ScanError error;
        const bibtex::RawBlock source = bibtex::scanBlock(record.source.text(), 0, &error);
        if (!error.isError() && source.kind == bibtex::BlockKind::Entry)
            fromSource(record, source);
    }
    remaining(record);

    QString text = u'@' + entryType(record) + u'{' + entryKey + u",\n"_s;
    qsizetype size = text.size() + 2;
    for (const Item &item : std::as_const(m_items))
        size += item.name.size() + item.value.size() + 6;
    text.reserve(size);
    for (const Item &item : std::as_const(m_items)) {
        text += u"  "_s;
        text += item.name;
        text += u" = "_s;
        text += item.value;
        text += u",\n"_s;
    }
    text += u"}\n"_s;
    return text;
}

QString EntryWriter::writeUnparsed(const Record &record)
{
    m_output = m_characters == BibtexCharacters::Latex     ? LatexOutput::Ascii
            : m_characters == BibtexCharacters::Unicode || m_biblatex ? LatexOutput::KeepUnicode
                                                                      : LatexOutput::Ascii;
    QString source = record.source.isValid() ? record.source.text().toString() : QString();
    source.replace(u"\r\n"_s, u"\n"_s);
    const QString entryKey = m_keys.generate(record);
    m_keys.use(entryKey);
    warn(u"the record from line %1 could not be read in its own format; its text is kept as a note"_s
         .arg(record.line));
    return u"@misc{"_s + entryKey + u",\n  note = "_s + encode(source.trimmed(), u"note")
            + u",\n}\n"_s;
}

//! Ends the last line and leaves one blank line before the next entry, unless the text
//! already ends that way.
void separateEntries(QString &out, LineEnding ending)
{
    if (out.isEmpty())
        return;
    const QStringView newline = lineEndingText(ending);
    auto endsWithLineEnd = [](QStringView text) {
        return text.endsWith(u'\n') || text.endsWith(u'\r');
    };
    auto withoutLineEnd = [](QStringView text) {
        return text.endsWith(u"\r\n") ? text.chopped(2) : text.chopped(1);
    };
    if (!endsWithLineEnd(out))
        out += newline;
    if (!endsWithLineEnd(withoutLineEnd(out)))
        out += newline;
}

//! The @string definitions in \a gap (text between entries).
void defineMacros(QStringView gap, bibtex::Macros &macros)
{
    qsizetype pos = 0;
    for (qsizetype at = gap.indexOf(u'@'); at >= 0; at = gap.indexOf(u'@', pos)) {
        pos = at + 1;
        if (bibtex::startsBlock(gap, at) != bibtex::BlockKind::String)
            continue;
        bibtex::ScanError error;
        const bibtex::RawBlock block = bibtex::scanBlock(gap, at, &error);
        if (error.isError())
            continue;
        for (const bibtex::RawField &field : block.fields) {
            macros.define(field.name, field.isLiteral ? field.literal.toString()
                                                      : bibtex::expandValue(field.value, macros));
        }
        pos = block.bodyEnd;
    }
}

} // namespace

QString BibTeXWriter::write(const QList<Record> &records, const WriteOptions &options,
                            QList<Diagnostic> *warnings) const
{
    const QString &formatId = m_biblatex ? kBibLaTeX : kBibTeX;
    KeyBook keys(records);
    bibtex::NameCache names;
    bibtex::Macros macros;
    int macrosUpTo = 0;   // records whose text before them was read for @string
    QString out;
    // One allocation up front rather than a copy of the growing text at every doubling.
    qsizetype estimate = 0;
    for (const Record &record : records)
        estimate += record.source.isValid() ? record.source.tailEnd - record.source.gapStart : 1024;
    out.reserve(estimate + estimate / 8);
    for (int i = 0; i < records.size(); ++i) {
        if (!proceed(options.progress, i, records.size()))
            return QString();   // cancelled: writeBytes() says so
        const Record &record = records.at(i);
        const bool own = record.sourceFormat == formatId && record.source.isValid();
        // A record's own text is copied (or its unchanged values reused) only when it is in
        // the characters asked for: ASCII for LaTeX, no LaTeX commands for Unicode.
        const bool fits = !own || options.bibtexCharacters == BibtexCharacters::Auto
                || (options.bibtexCharacters == BibtexCharacters::Latex
                            ? isAscii(record.source.text())
                            : !record.source.text().contains(u'\\'));
        if (own)
            out += record.source.before();
        // (A record that could not be read is always copied: it cannot be re-encoded.)
        if (own && (record.unparsed || (fits && record.isPristine()))) {
            out += record.source.text();
            const QString label = record.value(FieldKey::Label).trimmed();
            if (!label.isEmpty())
                keys.use(label);
        } else {
            if (own) {
                for (; macrosUpTo <= i; ++macrosUpTo) {
                    const Record &earlier = records.at(macrosUpTo);
                    if (earlier.sourceFormat == formatId && earlier.source.isValid())
                        defineMacros(earlier.source.before(), macros);
                }
            } else {
                separateEntries(out, options.lineEnding);
            }
            EntryWriter writer(m_biblatex, formatId, macros, keys, names, i, warnings,
                               options.bibtexCharacters, fits);
            const QString text = record.unparsed ? writer.writeUnparsed(record) : writer.write(record);
            appendWithLineEnding(out, text, options.lineEnding);
        }
        if (own)
            out += record.source.after();
    }
    return out;
}

} // namespace refmend
