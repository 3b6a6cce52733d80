#include "formats/modsreader.h"

#include "formats/endnotexmlreader.h"
#include "model/personname.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

using xmlrecords::Element;

const QString kMods = u"mods"_s;

struct GenreType {
    QLatin1StringView genre;
    RecordType type;
};

// Genre terms from marcgt, the MODS user guidelines, bibutils and Zotero, lower case.
constexpr GenreType kGenreTypes[] = {
    {"article"_L1, RecordType::Article},
    {"journal article"_L1, RecordType::Article},
    {"journalarticle"_L1, RecordType::Article},
    {"magazine article"_L1, RecordType::Article},
    {"newspaper article"_L1, RecordType::Article},
    {"periodical article"_L1, RecordType::Article},
    {"book"_L1, RecordType::Book},
    {"monograph"_L1, RecordType::Book},
    {"book chapter"_L1, RecordType::Chapter},
    {"chapter"_L1, RecordType::Chapter},
    {"book section"_L1, RecordType::Chapter},
    {"booksection"_L1, RecordType::Chapter},
    {"incollection"_L1, RecordType::Chapter},
    {"inbook"_L1, RecordType::Chapter},
    {"conference publication"_L1, RecordType::ConferencePaper},
    {"conference paper"_L1, RecordType::ConferencePaper},
    {"conferencepaper"_L1, RecordType::ConferencePaper},
    {"inproceedings"_L1, RecordType::ConferencePaper},
    {"thesis"_L1, RecordType::Thesis},
    {"theses"_L1, RecordType::Thesis},
    {"dissertation"_L1, RecordType::Thesis},
    {"academic thesis"_L1, RecordType::Thesis},
    {"masters thesis"_L1, RecordType::Thesis},
    {"mastersthesis"_L1, RecordType::Thesis},
    {"phd thesis"_L1, RecordType::Thesis},
    {"phdthesis"_L1, RecordType::Thesis},
    {"report"_L1, RecordType::Report},
    {"technical report"_L1, RecordType::Report},
    {"techreport"_L1, RecordType::Report},
    {"web site"_L1, RecordType::WebPage},
    {"website"_L1, RecordType::WebPage},
    {"web page"_L1, RecordType::WebPage},
    {"webpage"_L1, RecordType::WebPage},
    {"dataset"_L1, RecordType::Dataset},
    {"data set"_L1, RecordType::Dataset},
    {"patent"_L1, RecordType::Patent},
    {"software"_L1, RecordType::Software},
    {"computer program"_L1, RecordType::Software},
};

// What a host relatedItem's genre says about the record inside it.
constexpr GenreType kHostGenreTypes[] = {
    {"journal"_L1, RecordType::Article},
    {"academic journal"_L1, RecordType::Article},
    {"periodical"_L1, RecordType::Article},
    {"magazine"_L1, RecordType::Article},
    {"newspaper"_L1, RecordType::Article},
    {"book"_L1, RecordType::Chapter},
    {"collection"_L1, RecordType::Chapter},
    {"conference publication"_L1, RecordType::ConferencePaper},
    {"proceedings"_L1, RecordType::ConferencePaper},
};

template<typename List>
RecordType typeIn(const List &list, const QString &term)
{
    const QString lower = term.simplified().toLower();
    for (const GenreType &entry : list) {
        if (lower == entry.genre)
            return entry.type;
    }
    return RecordType::Generic;
}

//! "identifier[doi]", "extent[page]": the name with the attribute that says what it holds.
QString qualifiedName(const Element &element)
{
    QString kind = element.attribute(u"type");
    if (kind.isEmpty())
        kind = element.attribute(u"unit");
    return kind.isEmpty() ? element.name : element.name + u'[' + kind + u']';
}

class ModsBuilder
{
public:
    ModsBuilder(Record &record, QList<Diagnostic> &diagnostics)
        : m_record(record), m_diagnostics(diagnostics) {}

    void build(const Element &mods);

private:
    enum class Context { Record, Host, Series, Other };

    void addField(FieldKey key, const QString &tag, const QString &value, const Element &at);
    void keepOther(const Element &element, const QString &path);
    void readTitleInfo(const Element &element, const QString &prefix, Context context);
    void readName(const Element &element, const QString &prefix, Context context);
    void readOriginInfo(const Element &element, const QString &prefix);
    void readDate(const Element &element, const QString &tag);
    void readPart(const Element &element, const QString &prefix);
    void readRelatedItem(const Element &element, const QString &prefix, int depth);
    void readIdentifier(const Element &element, const QString &prefix, Context context);
    void readSubject(const Element &element);
    void readLocation(const Element &element, const QString &prefix);
    void decideType();

    Record &m_record;
    QList<Diagnostic> &m_diagnostics;
    QStringList m_genres;
    QString m_typeOfResource;
    QString m_issuance;
    QStringList m_hostGenres;
    QString m_hostIssuance;
    bool m_hasHost = false;
};

void ModsBuilder::addField(FieldKey key, const QString &tag, const QString &value, const Element &at)
{
    if (value.isEmpty())
        return;
    Field field;
    field.key = key;
    field.tag = tag;
    field.value = value;
    field.line = at.line;
    field.column = at.column;
    m_record.fields.append(std::move(field));
}

//! Every leaf of \a element under its path, as Other.
void ModsBuilder::keepOther(const Element &element, const QString &path)
{
    addField(FieldKey::Other, path, element.value().simplified(), element);
    for (const Element &child : element.children)
        keepOther(child, path + u'/' + qualifiedName(child));
}

void ModsBuilder::build(const Element &mods)
{
    for (const Element &child : mods.children) {
        const QString &name = child.name;
        if (name == "titleInfo"_L1) {
            readTitleInfo(child, QString(), Context::Record);
        } else if (name == "name"_L1) {
            readName(child, QString(), Context::Record);
        } else if (name == "genre"_L1) {
            if (m_genres.isEmpty() && !child.value().isEmpty())
                m_genres.append(child.value().simplified()); // becomes the source type
            else
                addField(FieldKey::Other, qualifiedName(child), child.value().simplified(), child);
        } else if (name == "typeOfResource"_L1) {
            if (m_typeOfResource.isEmpty())
                m_typeOfResource = child.value().simplified();
            else
                addField(FieldKey::Other, name, child.value().simplified(), child);
        } else if (name == "originInfo"_L1) {
            readOriginInfo(child, QString());
        } else if (name == "part"_L1) {
            readPart(child, QString());
        } else if (name == "relatedItem"_L1) {
            readRelatedItem(child, QString(), 0);
        } else if (name == "identifier"_L1) {
            readIdentifier(child, QString(), Context::Record);
        } else if (name == "location"_L1) {
            readLocation(child, QString());
        } else if (name == "abstract"_L1) {
            addField(FieldKey::Abstract, qualifiedName(child), child.value(), child);
        } else if (name == "note"_L1) {
            addField(FieldKey::Note, qualifiedName(child), child.value(), child);
        } else if (name == "subject"_L1) {
            readSubject(child);
        } else if (name == "language"_L1) {
            for (const Element &term : child.children) {
                if (term.name == "languageTerm"_L1)
                    addField(FieldKey::Language, u"language/"_s + qualifiedName(term), term.value().simplified(), term);
                else
                    keepOther(term, u"language/"_s + qualifiedName(term));
            }
            addField(FieldKey::Language, u"language"_s, child.value().simplified(), child);
        } else {
            keepOther(child, qualifiedName(child));
        }
    }
    // A type of resource is kept as a field when the genre is the source type.
    if (!m_genres.isEmpty() && !m_typeOfResource.isEmpty())
        addField(FieldKey::Other, u"typeOfResource"_s, m_typeOfResource, mods);
    decideType();
    if (m_record.fields.isEmpty() && m_record.authors().isEmpty()) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.line = mods.line;
        d.message = u"MODS record has no fields"_s;
        m_diagnostics.append(d);
    }
}

void ModsBuilder::readTitleInfo(const Element &element, const QString &prefix, Context context)
{
    const Element *title = element.child(u"title");
    QString text = title ? title->value().simplified() : QString();
    if (const Element *nonSort = element.child(u"nonSort"); nonSort && !nonSort->value().isEmpty()) {
        const QString article = nonSort->value().simplified();
        const bool joined = article.endsWith(u'\'') || article.endsWith(u'\u2019');
        text = article + (joined ? QString() : u" "_s) + text;
    }
    if (const Element *subTitle = element.child(u"subTitle"); subTitle && !subTitle->value().isEmpty())
        text += (text.isEmpty() ? QString() : u": "_s) + subTitle->value().simplified();
    for (const Element &child : element.children) {
        if (child.name == "partNumber"_L1 || child.name == "partName"_L1) {
            if (!child.value().isEmpty())
                text += (text.isEmpty() ? QString() : u". "_s) + child.value().simplified();
        } else if (child.name != "title"_L1 && child.name != "subTitle"_L1 && child.name != "nonSort"_L1) {
            keepOther(child, prefix + qualifiedName(element) + u'/' + qualifiedName(child));
        }
    }

    const QString kind = element.attribute(u"type");
    const QString tag = prefix + qualifiedName(element) + u"/title"_s;
    FieldKey key = FieldKey::Other;
    if (kind.isEmpty()) {
        switch (context) {
        case Context::Record: key = FieldKey::Title; break;
        case Context::Host: key = FieldKey::ContainerTitle; break;
        case Context::Series: key = FieldKey::SeriesTitle; break;
        case Context::Other: break;
        }
    } else if (kind == "abbreviated"_L1 && context == Context::Record) {
        key = FieldKey::ShortTitle;
    }
    addField(key, tag, text, element);
}

void ModsBuilder::readName(const Element &element, const QString &prefix, Context context)
{
    const QString kind = element.attribute(u"type");
    const QString path = prefix + qualifiedName(element);
    QStringList untyped, family, given, address;
    QStringList roles;
    QString displayForm;
    for (const Element &child : element.children) {
        const QString value = child.value().simplified();
        if (child.name == "namePart"_L1) {
            const QString partType = child.attribute(u"type");
            if (partType == "family"_L1)
                family.append(value);
            else if (partType == "given"_L1)
                given.append(value);
            else if (partType == "termsOfAddress"_L1)
                address.append(value);
            else if (partType.isEmpty())
                untyped.append(value);
            else
                addField(FieldKey::Other, path + u"/namePart["_s + partType + u']', value, child);
        } else if (child.name == "role"_L1) {
            for (const Element &term : child.children) {
                if (term.name == "roleTerm"_L1 && !term.value().isEmpty())
                    roles.append(term.value().simplified().toLower());
            }
        } else if (child.name == "affiliation"_L1) {
            addField(FieldKey::AuthorAddress, path + u"/affiliation"_s, value, child);
        } else if (child.name == "displayForm"_L1 && displayForm.isEmpty()) {
            displayForm = value; // the name as a library displays it: used without name parts
        } else {
            keepOther(child, path + u'/' + qualifiedName(child));
        }
    }
    untyped.removeAll(QString());
    family.removeAll(QString());
    given.removeAll(QString());
    address.removeAll(QString());
    if (untyped.isEmpty() && family.isEmpty() && given.isEmpty() && !displayForm.isEmpty())
        untyped.append(displayForm);

    Person person;
    if (kind == "corporate"_L1 || kind == "conference"_L1) {
        QStringList parts = untyped + family + given;
        person.literal = parts.join(u". "_s);
        person.raw = person.literal;
    } else if (!family.isEmpty() || !given.isEmpty()) {
        QString text = family.join(u' ');
        if (!given.isEmpty())
            text += (text.isEmpty() ? QString() : u", "_s) + given.join(u' ');
        if (!address.isEmpty())
            text += u", "_s + address.join(u' ');
        person = parsePersonName(text);
    } else if (!untyped.isEmpty()) {
        QString text = untyped.join(u' ');
        if (!address.isEmpty())
            text += u", "_s + address.join(u' ');
        person = parsePersonName(text);
    }
    if (person.isEmpty())
        return;
    person.line = element.line;
    person.column = element.column;

    // The first role RefMend knows decides; no role at all means author.
    std::optional<PersonRole> role;
    QString unknownRole;
    for (const QString &term : std::as_const(roles)) {
        if (term == "aut"_L1 || term == "author"_L1 || term == "cre"_L1 || term == "creator"_L1)
            role = PersonRole::Author;
        else if (term == "edt"_L1 || term == "editor"_L1)
            role = PersonRole::Editor;
        else if (term == "trl"_L1 || term == "translator"_L1)
            role = PersonRole::Translator;
        else if (unknownRole.isEmpty())
            unknownRole = term;
        if (role)
            break;
    }
    if (!role && unknownRole.isEmpty())
        role = PersonRole::Author;
    if (role && context == Context::Series && *role == PersonRole::Editor)
        role = PersonRole::SeriesEditor;
    // The authors of a host (a book's authors, for a chapter) are not this record's authors.
    const bool ownRole = role && (context == Context::Record
                                  || ((context == Context::Host || context == Context::Series)
                                      && *role != PersonRole::Author));
    if (ownRole) {
        m_record.personsRef(*role).append(std::move(person));
        return;
    }
    const QString tag = role ? path : path + u'[' + unknownRole + u']';
    addField(FieldKey::Other, tag, person.displayName(), element);
}

void ModsBuilder::readDate(const Element &element, const QString &tag)
{
    static const QRegularExpression yearPattern(u"(?<!\\d)(\\d{4})(?!\\d)"_s);
    const QString text = element.value().simplified();
    if (text.isEmpty())
        return;
    const QString year = m_record.value(FieldKey::Year);
    const QString date = m_record.value(FieldKey::Date);
    if (year.isEmpty() && date.isEmpty()) {
        const QRegularExpressionMatch match = yearPattern.match(text);
        if (match.hasMatch())
            addField(FieldKey::Year, tag, match.captured(1), element);
        if (!match.hasMatch() || match.captured(1) != text)
            addField(FieldKey::Date, tag, text, element);
        return;
    }
    // A second date: the same one in another encoding ("c1999" and "1999") says nothing new.
    if (text == year || text == date)
        return;
    addField(FieldKey::Other, tag, text, element);
}

void ModsBuilder::readOriginInfo(const Element &element, const QString &prefix)
{
    const QString path = prefix + qualifiedName(element);
    for (const Element &child : element.children) {
        const QString value = child.value().simplified();
        if (child.name == "dateIssued"_L1) {
            readDate(child, path + u'/' + qualifiedName(child));
        } else if (child.name == "publisher"_L1) {
            addField(FieldKey::Publisher, path + u"/publisher"_s, value, child);
        } else if (child.name == "edition"_L1) {
            addField(FieldKey::Edition, path + u"/edition"_s, value, child);
        } else if (child.name == "issuance"_L1) {
            if (prefix.isEmpty())
                m_issuance = value.toLower();
            else if (m_hostIssuance.isEmpty())
                m_hostIssuance = value.toLower();
        } else if (child.name == "place"_L1) {
            for (const Element &term : child.children) {
                const QString termPath = path + u"/place/"_s + qualifiedName(term);
                if (term.name == "placeTerm"_L1 && term.attribute(u"type") != "code"_L1)
                    addField(FieldKey::PublisherPlace, termPath, term.value().simplified(), term);
                else
                    keepOther(term, termPath);
            }
        } else {
            keepOther(child, path + u'/' + qualifiedName(child));
        }
    }
}

void ModsBuilder::readPart(const Element &element, const QString &prefix)
{
    const QString path = prefix + qualifiedName(element);
    for (const Element &child : element.children) {
        const QString childPath = path + u'/' + qualifiedName(child);
        if (child.name == "detail"_L1) {
            const QString kind = child.attribute(u"type").toLower();
            const Element *number = child.child(u"number");
            const QString value = number ? number->value().simplified() : QString();
            FieldKey key = FieldKey::Other;
            if (kind == "volume"_L1)
                key = FieldKey::Volume;
            else if (kind == "issue"_L1 || kind == "number"_L1)
                key = FieldKey::Issue;
            else if (kind == "section"_L1)
                key = FieldKey::Section;
            if (key == FieldKey::Other || !number) {
                keepOther(child, childPath);
                continue;
            }
            addField(key, childPath + u"/number"_s, value, child);
            for (const Element &rest : child.children) {
                if (&rest != number)
                    keepOther(rest, childPath + u'/' + qualifiedName(rest));
            }
        } else if (child.name == "extent"_L1) {
            const QString unit = child.attribute(u"unit").toLower();
            if (unit != "page"_L1 && unit != "pages"_L1 && unit != "pp"_L1 && unit != "pp."_L1) {
                keepOther(child, childPath);
                continue;
            }
            const Element *start = child.child(u"start");
            const Element *end = child.child(u"end");
            QString pages = start ? start->value().simplified() : QString();
            if (end && !end->value().isEmpty())
                pages += (pages.isEmpty() ? QString() : u"-"_s) + end->value().simplified();
            addField(FieldKey::Pages, childPath, pages, child);
            for (const Element &rest : child.children) {
                if (rest.name == "list"_L1 && pages.isEmpty())
                    addField(FieldKey::Pages, childPath + u"/list"_s, rest.value().simplified(), rest);
                else if (rest.name != "start"_L1 && rest.name != "end"_L1)
                    keepOther(rest, childPath + u'/' + qualifiedName(rest));
            }
        } else if (child.name == "date"_L1) {
            readDate(child, childPath);
        } else {
            keepOther(child, childPath);
        }
    }
}

void ModsBuilder::readRelatedItem(const Element &element, const QString &prefix, int depth)
{
    const QString kind = element.attribute(u"type");
    const QString path = prefix + qualifiedName(element);
    if (depth > 3 || (kind != "host"_L1 && kind != "series"_L1)) {
        keepOther(element, path);
        return;
    }
    const bool host = kind == "host"_L1;
    if (host && depth == 0)
        m_hasHost = true;
    // The host of the record, a series anywhere above it; a host of the host is only kept.
    const Context context = !host ? Context::Series : depth == 0 ? Context::Host : Context::Other;
    const QString inner = path + u'/';
    for (const Element &child : element.children) {
        const QString &name = child.name;
        if (name == "titleInfo"_L1) {
            readTitleInfo(child, inner, context);
        } else if (name == "name"_L1) {
            readName(child, inner, context);
        } else if (name == "originInfo"_L1 && context == Context::Host) {
            readOriginInfo(child, inner);
        } else if (name == "part"_L1 && context == Context::Host) {
            readPart(child, inner); // a series' volume is not the record's
        } else if (name == "identifier"_L1) {
            readIdentifier(child, inner, context);
        } else if (name == "relatedItem"_L1) {
            readRelatedItem(child, inner, depth + 1);
        } else if (name == "location"_L1 && context == Context::Host) {
            readLocation(child, inner);
        } else {
            if (name == "genre"_L1 && context == Context::Host)
                m_hostGenres.append(child.value().simplified());
            keepOther(child, inner + qualifiedName(child));
        }
    }
}

void ModsBuilder::readIdentifier(const Element &element, const QString &prefix, Context context)
{
    const QString kind = element.attribute(u"type").toLower();
    const QString value = element.value().simplified();
    const QString tag = prefix + qualifiedName(element);
    FieldKey key = FieldKey::Other;
    if (kind == "isbn"_L1 || kind == "issn"_L1) {
        key = context == Context::Other ? FieldKey::Other : FieldKey::Isbn;
    } else if (context == Context::Record) {
        if (kind == "doi"_L1)
            key = FieldKey::Doi;
        else if (kind == "uri"_L1 || kind == "url"_L1)
            key = FieldKey::Url;
        else if (kind == "pmid"_L1)
            key = FieldKey::AccessionNumber;
        else if (kind == "citekey"_L1)
            key = FieldKey::Label;
    }
    if (!element.attribute(u"invalid").isEmpty())
        key = FieldKey::Other; // an identifier marked invalid is kept, not used
    addField(key, tag, value, element);
}

void ModsBuilder::readSubject(const Element &element)
{
    for (const Element &child : element.children) {
        const QString path = u"subject/"_s + qualifiedName(child);
        if (child.name == "topic"_L1)
            addField(FieldKey::Keywords, path, child.value().simplified(), child);
        else
            keepOther(child, path);
    }
    addField(FieldKey::Keywords, u"subject"_s, element.value().simplified(), element);
}

void ModsBuilder::readLocation(const Element &element, const QString &prefix)
{
    const QString path = prefix + qualifiedName(element);
    for (const Element &child : element.children) {
        // A preview (thumbnail) is not the work's address.
        if (child.name == "url"_L1 && child.attribute(u"access") != "preview"_L1)
            addField(FieldKey::Url, path + u"/url"_s, child.value().simplified(), child);
        else if (child.name == "url"_L1)
            addField(FieldKey::Other, path + u"/url[preview]"_s, child.value().simplified(), child);
        else
            keepOther(child, path + u'/' + qualifiedName(child));
    }
}

void ModsBuilder::decideType()
{
    m_record.sourceType = !m_genres.isEmpty() ? m_genres.first() : m_typeOfResource;
    RecordType type = m_genres.isEmpty() ? RecordType::Generic : typeIn(kGenreTypes, m_genres.first());
    if (type == RecordType::Generic && m_hasHost) {
        for (const QString &genre : std::as_const(m_hostGenres)) {
            type = typeIn(kHostGenreTypes, genre);
            if (type != RecordType::Generic)
                break;
        }
        if (type == RecordType::Generic && m_hostIssuance == "continuing"_L1)
            type = RecordType::Article;
        else if (type == RecordType::Generic && m_hostIssuance == "monographic"_L1)
            type = RecordType::Chapter;
    }
    if (type == RecordType::Generic && !m_hasHost && m_issuance == "monographic"_L1
        && (m_typeOfResource.isEmpty() || m_typeOfResource.compare("text"_L1, Qt::CaseInsensitive) == 0)) {
        type = RecordType::Book;
    }
    m_record.type = type;
}

QString notMods(const QString &root)
{
    const QString local = root.section(u':', -1);
    if (local == "xml"_L1 || local == "records"_L1)
        return u"the root element is <%1>: this is EndNote XML, not MODS; open it as EndNote XML"_s.arg(root);
    return u"the root element is <%1>, not MODS's <modsCollection> or <mods>: this XML is not a "
           "supported citation format"_s.arg(root);
}

} // namespace

void ModsReader::read(const QString &text, Collection &out) const
{
    static const xmlrecords::Format format = [] {
        xmlrecords::Format f;
        f.id = kMods;
        f.name = u"MODS"_s;
        f.recordName = u"mods"_s;
        f.wrapperNames = {u"modsCollection"_s};
        f.build = [](const Element &element, Record &record, QList<Diagnostic> &diagnostics) {
            ModsBuilder(record, diagnostics).build(element);
        };
        f.notThisFormat = notMods;
        return f;
    }();
    xmlrecords::readRecords(text, format, out, progress());
}

int sniffMods(QStringView head)
{
    const QString root = xmlrecords::rootElement(head).section(u':', -1);
    if (root != "mods"_L1 && root != "modsCollection"_L1)
        return 0;
    return head.contains(u"http://www.loc.gov/mods/") ? 95 : 70;
}

} // namespace refmend
