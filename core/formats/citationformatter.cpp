#include "citationformatter.h"

#include "model/record.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace refmend {

namespace {

using Run = CitationFormatter::Run;

const QString kEllipsis = QStringLiteral(". . .");
const QChar kEnDash(0x2013);
const QChar kOpenQuote(0x201C);
const QChar kCloseQuote(0x201D);

//! An entry being built: runs of text, italic or not, with the punctuation rules every
//! style shares (no ".." after an initial or a title that ends in "?").
class Entry
{
public:
    void add(const QString &text, bool italic = false)
    {
        if (text.isEmpty())
            return;
        if (!m_runs.isEmpty() && m_runs.last().italic == italic)
            m_runs.last().text += text;
        else
            m_runs.append(Run{text, italic});
    }
    void italic(const QString &text) { add(text, true); }
    //! A space before the next element, unless the entry is empty or ends in one.
    void space()
    {
        if (!m_runs.isEmpty() && !m_runs.last().text.endsWith(u' '))
            add(QStringLiteral(" "));
    }
    //! Ends the element with a full stop unless it already ends with . ? or ! (also
    //! inside a closing quote).
    void stop()
    {
        if (m_runs.isEmpty() || endsSentence())
            return;
        add(QStringLiteral("."));
    }
    bool isEmpty() const { return m_runs.isEmpty(); }
    QList<Run> runs() const { return m_runs; }

private:
    bool endsSentence() const
    {
        QString text = m_runs.last().text;
        while (text.endsWith(kCloseQuote) || text.endsWith(u'"') || text.endsWith(u' '))
            text.chop(1);
        return text.endsWith(u'.') || text.endsWith(u'?') || text.endsWith(u'!')
               || text.endsWith(QChar(0x2026));
    }

    QList<Run> m_runs;
};

QString tidy(const QString &text)
{
    return simplifiedText(text);
}

//! "45-67", "45 -- 67", "45—67" -> "45–67"; lists of ranges too.
QString pageRange(const QString &pages)
{
    static const QRegularExpression dash(QStringLiteral(R"((\w)\s*(?:-{1,3}|\x{2010}|\x{2011}|\x{2012}|\x{2013}|\x{2014}|\x{2212})\s*(\w))"));
    QString text = tidy(pages);
    text.replace(dash, QStringLiteral("\\1") + kEnDash + QStringLiteral("\\2"));
    return text;
}

bool isPageRange(const QString &pages)
{
    return pages.contains(kEnDash) || pages.contains(u',');
}

//! "10.1155/x" from "https://doi.org/10.1155/x", "doi:10.1155/x" or the bare DOI.
QString bareDoi(const QString &value)
{
    static const QRegularExpression prefix(
            QStringLiteral(R"(^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*))"),
            QRegularExpression::CaseInsensitiveOption);
    QString doi = value;
    doi.remove(prefix);
    return doi.trimmed();
}

enum class Degree { Doctoral, Masters, Unknown };

//! What a thesis is, from the type of work the source gave (EndNote %9, RIS M3, CSL genre).
Degree degreeOf(const Record &record)
{
    QString genre;
    for (const Field &field : record.fields) {
        if (field.key != FieldKey::Other)
            continue;
        const QString tag = field.tag.toLower();
        if (tag == QLatin1String("9") || tag == QLatin1String("m3") || tag == QLatin1String("genre")
            || tag == QLatin1String("type") || tag == QLatin1String("thesis-type")) {
            genre += field.value + u' ';
        }
    }
    genre += record.sourceType;
    static const QRegularExpression doctoral(QStringLiteral(R"(doctor|ph\.?\s?d|dissertation)"),
                                             QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression masters(QStringLiteral(R"(master|m\.?\s?sc|m\.?\s?a\b|mphil)"),
                                            QRegularExpression::CaseInsensitiveOption);
    if (genre.contains(doctoral))
        return Degree::Doctoral;
    if (genre.contains(masters))
        return Degree::Masters;
    return Degree::Unknown;
}

//! "2nd" for 2, the text as written otherwise.
QString ordinal(const QString &edition)
{
    bool numeric = false;
    const int n = edition.toInt(&numeric);
    if (!numeric || n <= 0)
        return edition;
    const int lastTwo = n % 100;
    const char *suffix = "th";
    if (lastTwo < 11 || lastTwo > 13) {
        switch (n % 10) {
        case 1: suffix = "st"; break;
        case 2: suffix = "nd"; break;
        case 3: suffix = "rd"; break;
        default: break;
        }
    }
    return QString::number(n) + QLatin1String(suffix);
}

//! "2nd ed." from "2", "Rev. ed." from "Rev. ed."; empty for a first edition.
QString editionText(const QString &edition)
{
    const QString text = tidy(edition);
    if (text.isEmpty() || text == QLatin1String("1") || text.compare(QLatin1String("1st"), Qt::CaseInsensitive) == 0)
        return {};
    if (text.contains(QLatin1String("ed"), Qt::CaseInsensitive))
        return text;
    return ordinal(text) + QLatin1String(" ed.");
}

// --- names ---------------------------------------------------------------------------------------

//! Initials of \a given: "Jean-Paul" -> "J.-P." (with periods) or "JP"; "Maria Clara" ->
//! "M. C." or "MC"; "JA" (initials written together) -> "J. A." or "JA".
QString initials(const QString &given, bool periods)
{
    static const QRegularExpression separators(QStringLiteral(R"([\s.]+)"));
    const QStringList tokens = given.split(separators, Qt::SkipEmptyParts);
    QStringList parts;
    auto firstLetter = [](QStringView word) -> QString {
        for (qsizetype i = 0; i < word.size(); ++i) {
            if (word.at(i).isLetter()) {
                if (word.at(i).isHighSurrogate() && i + 1 < word.size())
                    return word.mid(i, 2).toString();
                return QString(word.at(i)).toUpper();
            }
        }
        return {};
    };
    for (const QString &token : tokens) {
        const bool allCapitals = token.size() <= 3 && token == token.toUpper()
                                 && token != token.toLower() && !token.contains(u'-');
        if (allCapitals && token.size() > 1) {
            for (const QChar c : token) {
                if (c.isLetter())
                    parts << QString(c);
            }
            continue;
        }
        if (token.contains(u'-')) {
            QStringList hyphened;
            for (const QString &piece : token.split(u'-', Qt::SkipEmptyParts)) {
                const QString letter = firstLetter(piece);
                if (!letter.isEmpty())
                    hyphened << (periods ? letter + u'.' : letter);
            }
            // APA keeps the hyphen ("J.-P."); NLM drops it ("JP").
            if (!hyphened.isEmpty())
                parts << QStringLiteral("\x01") + hyphened.join(periods ? QStringLiteral("-") : QString());
            continue;
        }
        const QString letter = firstLetter(token);
        if (!letter.isEmpty())
            parts << letter;
    }
    QString result;
    for (const QString &part : std::as_const(parts)) {
        if (part.startsWith(u'\x01')) {
            if (periods && !result.isEmpty())
                result += u' ';
            result += part.mid(1);
            continue;
        }
        if (periods && !result.isEmpty())
            result += u' ';
        result += periods ? part + u'.' : part;
    }
    return result;
}

//! "van der" + "Berg" -> "van der Berg"; "d'" + "Alembert" -> "d'Alembert".
QString withParticle(const QString &particle, const QString &family)
{
    if (particle.isEmpty())
        return family;
    if (family.isEmpty())
        return particle;
    if (particle.endsWith(u'\'') || particle.endsWith(QChar(0x2019)))
        return particle + family;
    return particle + u' ' + family;
}

struct NameParts {
    QString family, given, particle, suffix, literal;
};

NameParts partsOf(const Person &person)
{
    NameParts n{tidy(person.family), tidy(person.given), tidy(person.particle),
                tidy(person.suffix), tidy(person.literal)};
    if (n.literal.isEmpty() && n.family.isEmpty() && n.particle.isEmpty()) {
        n.family = n.given;   // a lone name
        n.given.clear();
    }
    return n;
}

//! "van der Berg, J., Jr."
QString apaInverted(const Person &person)
{
    const NameParts n = partsOf(person);
    if (!n.literal.isEmpty())
        return n.literal;
    QString name = withParticle(n.particle, n.family);
    const QString init = initials(n.given, true);
    if (!init.isEmpty())
        name += QLatin1String(", ") + init;
    if (!n.suffix.isEmpty())
        name += QLatin1String(", ") + n.suffix;
    return name;
}

//! "J. van der Berg Jr." (editors of a book in APA).
QString apaNatural(const Person &person)
{
    const NameParts n = partsOf(person);
    if (!n.literal.isEmpty())
        return n.literal;
    QString name = initials(n.given, true);
    if (!name.isEmpty())
        name += u' ';
    name += withParticle(n.particle, n.family);
    if (!n.suffix.isEmpty())
        name += u' ' + n.suffix;
    return name;
}

//! NLM: "Jr." -> "Jr", "III" -> "3rd".
QString vancouverSuffix(const QString &suffix)
{
    QString s = suffix;
    s.remove(u'.');
    static const QStringList romans{QStringLiteral("II"), QStringLiteral("III"), QStringLiteral("IV"),
                                    QStringLiteral("V"), QStringLiteral("VI")};
    const int index = int(romans.indexOf(s));
    return index >= 0 ? ordinal(QString::number(index + 2)) : s;
}

//! "van der Berg J Jr".
QString vancouverName(const Person &person)
{
    const NameParts n = partsOf(person);
    if (!n.literal.isEmpty())
        return n.literal;
    QString name = withParticle(n.particle, n.family);
    const QString init = initials(n.given, false);
    if (!init.isEmpty())
        name += u' ' + init;
    if (!n.suffix.isEmpty())
        name += u' ' + vancouverSuffix(n.suffix);
    return name;
}

//! "Berg, Jan van der, Jr." (a particle that ends in an apostrophe stays: "d'Alembert, Jean").
QString chicagoInverted(const Person &person)
{
    const NameParts n = partsOf(person);
    if (!n.literal.isEmpty())
        return n.literal;
    const bool attached = n.particle.endsWith(u'\'') || n.particle.endsWith(QChar(0x2019));
    QString name = attached ? withParticle(n.particle, n.family) : n.family;
    QString given = n.given;
    if (!attached && !n.particle.isEmpty())
        given = given.isEmpty() ? n.particle : given + u' ' + n.particle;
    if (!given.isEmpty())
        name += QLatin1String(", ") + given;
    if (!n.suffix.isEmpty())
        name += QLatin1String(", ") + n.suffix;
    return name;
}

//! "Jan van der Berg Jr."
QString chicagoNatural(const Person &person)
{
    const NameParts n = partsOf(person);
    if (!n.literal.isEmpty())
        return n.literal;
    QString name = n.given;
    if (!name.isEmpty())
        name += u' ';
    name += withParticle(n.particle, n.family);
    if (!n.suffix.isEmpty())
        name += u' ' + n.suffix;
    return name;
}

//! The persons with a name; one the parser could not split is cited as written.
PersonList named(const PersonList &persons)
{
    PersonList list;
    for (const Person &p : persons) {
        if (!p.isEmpty()) {
            list << p;
        } else if (!p.raw.trimmed().isEmpty()) {
            Person asWritten;
            asWritten.literal = p.raw;
            list << asWritten;
        }
    }
    return list;
}

//! A, B, & C; more than 20: the first 19, ". . ." and the last.
QString apaAuthorList(const PersonList &persons)
{
    QStringList names;
    for (const Person &p : persons)
        names << apaInverted(p);
    if (names.size() == 1)
        return names.constFirst();
    if (names.size() > 20)
        return names.mid(0, 19).join(QLatin1String(", ")) + QLatin1String(", ") + kEllipsis
               + u' ' + names.constLast();
    return names.mid(0, names.size() - 1).join(QLatin1String(", ")) + QLatin1String(", & ")
           + names.constLast();
}

//! "A & B", "A, B, & C" (editors, initials first).
QString apaEditorList(const PersonList &persons)
{
    QStringList names;
    for (const Person &p : persons)
        names << apaNatural(p);
    if (names.size() <= 1)
        return names.join(QString());
    if (names.size() == 2)
        return names.join(QLatin1String(" & "));
    return names.mid(0, names.size() - 1).join(QLatin1String(", ")) + QLatin1String(", & ")
           + names.constLast();
}

//! Up to six names; more: the first six and "et al.".
QString vancouverList(const PersonList &persons)
{
    QStringList names;
    for (const Person &p : persons)
        names << vancouverName(p);
    if (names.size() > 6)
        return names.mid(0, 6).join(QLatin1String(", ")) + QLatin1String(", et al");
    return names.join(QLatin1String(", "));
}

//! First name inverted, the rest natural; more than ten: the first seven and "et al.".
QString chicagoAuthorList(const PersonList &persons)
{
    QStringList names;
    for (int i = 0; i < persons.size(); ++i)
        names << (i == 0 ? chicagoInverted(persons.at(i)) : chicagoNatural(persons.at(i)));
    if (names.size() == 1)
        return names.constFirst();
    if (names.size() > 10)
        return names.mid(0, 7).join(QLatin1String(", ")) + QLatin1String(", et al.");
    return names.mid(0, names.size() - 1).join(QLatin1String(", ")) + QLatin1String(", and ")
           + names.constLast();
}

//! "A and B", "A, B, and C" (natural order).
QString chicagoEditorList(const PersonList &persons)
{
    QStringList names;
    for (const Person &p : persons)
        names << chicagoNatural(p);
    if (names.size() <= 1)
        return names.join(QString());
    if (names.size() == 2)
        return names.join(QLatin1String(" and "));
    return names.mid(0, names.size() - 1).join(QLatin1String(", ")) + QLatin1String(", and ")
           + names.constLast();
}

// --- the record's parts ------------------------------------------------------------------------

struct Parts {
    RecordType type = RecordType::Generic;
    PersonList authors;
    PersonList editors;
    QString year;   // empty: no date
    QString title, container, volume, issue, pages, edition, publisher, place, doi, url;
    Degree degree = Degree::Unknown;

    //! Editors stand in for missing authors (an edited book).
    bool editorsAsAuthors() const
    {
        return authors.isEmpty() && !editors.isEmpty() && type != RecordType::Chapter
               && type != RecordType::ConferencePaper;
    }
    //! The title is the work itself (italic in APA and Chicago), not a part of a container.
    bool standalone() const
    {
        switch (type) {
        case RecordType::Book:
        case RecordType::Report:
            return true;
        case RecordType::Article:
        case RecordType::Chapter:
        case RecordType::ConferencePaper:
            return false;
        case RecordType::Thesis:
        case RecordType::WebPage:
            return true;   // APA italicises them; Chicago quotes them (see chicago())
        default:
            return container.isEmpty();
        }
    }
    //! Like an article: container, volume, issue and pages.
    bool periodical() const
    {
        return type == RecordType::Article
               || (!standalone() && type != RecordType::Chapter && type != RecordType::ConferencePaper);
    }
    //! The only author is the publisher (an institution's report): said once.
    bool publisherIsAuthor() const
    {
        return authors.size() == 1 && authors.constFirst().isLiteral()
               && tidy(authors.constFirst().literal) == publisher;
    }
};

Parts partsOf(const Record &record)
{
    Parts p;
    switch (record.type) {
    case RecordType::Article:
    case RecordType::Book:
    case RecordType::Chapter:
    case RecordType::ConferencePaper:
    case RecordType::Thesis:
    case RecordType::Report:
    case RecordType::WebPage:
        p.type = record.type;
        break;
    default:
        p.type = RecordType::Generic;
        break;
    }
    p.authors = named(record.authors());
    p.editors = named(record.persons(PersonRole::Editor));
    p.year = record.year();
    if (p.year.isEmpty()) {
        const QString written = tidy(record.value(FieldKey::Year));
        if (written.contains(QLatin1String("press"), Qt::CaseInsensitive))
            p.year = QStringLiteral("in press");
    }
    p.title = tidy(record.value(FieldKey::Title));
    p.container = tidy(record.value(FieldKey::ContainerTitle));
    p.volume = tidy(record.value(FieldKey::Volume));
    p.issue = tidy(record.value(FieldKey::Issue));
    p.pages = pageRange(record.value(FieldKey::Pages));
    p.edition = editionText(record.value(FieldKey::Edition));
    p.publisher = tidy(record.value(FieldKey::Publisher));
    p.place = tidy(record.value(FieldKey::PublisherPlace));
    for (const QString &doi : record.values(FieldKey::Doi)) {
        p.doi = bareDoi(doi);
        if (!p.doi.isEmpty())
            break;
    }
    for (const QString &url : record.values(FieldKey::Url)) {
        p.url = url.trimmed();
        if (!p.url.isEmpty())
            break;
    }
    if (p.type == RecordType::Thesis)
        p.degree = degreeOf(record);
    return p;
}

QString doiLink(const QString &doi)
{
    return QStringLiteral("https://doi.org/") + doi;
}

// --- APA 7 -------------------------------------------------------------------------------------

void apa(const Parts &p, Entry &e)
{
    const bool standalone = p.standalone();
    auto title = [&] {
        if (p.title.isEmpty())
            return;
        if (standalone)
            e.italic(p.title);
        else
            e.add(p.title);
        QStringList notes;
        if (p.type == RecordType::Book && !p.edition.isEmpty())
            notes << p.edition;
        if (p.type == RecordType::Report && !p.issue.isEmpty())
            notes << QStringLiteral("Report No. ") + p.issue;
        if (!notes.isEmpty())
            e.add(QStringLiteral(" (") + notes.join(QLatin1String(", ")) + u')');
        if (p.type == RecordType::Thesis) {
            QString what = p.degree == Degree::Doctoral ? QStringLiteral("Doctoral dissertation")
                         : p.degree == Degree::Masters ? QStringLiteral("Master's thesis")
                                                       : QStringLiteral("Thesis");
            if (!p.publisher.isEmpty())
                what += QLatin1String(", ") + p.publisher;
            e.add(QStringLiteral(" [") + what + u']');
        }
        e.stop();
    };

    bool titleDone = false;
    if (!p.authors.isEmpty()) {
        e.add(apaAuthorList(p.authors));
    } else if (p.editorsAsAuthors()) {
        e.add(apaAuthorList(p.editors)
              + (p.editors.size() == 1 ? QStringLiteral(" (Ed.)") : QStringLiteral(" (Eds.)")));
    } else {
        title();   // no author: the title takes its place
        titleDone = true;
    }
    e.stop();   // "World Health Organization. (2023)."
    e.space();
    e.add(QStringLiteral("(%1)").arg(p.year.isEmpty() ? QStringLiteral("n.d.") : p.year));
    e.stop();
    if (!titleDone) {
        e.space();
        title();
    }

    auto publisher = [&] {
        if (!p.publisher.isEmpty() && !p.publisherIsAuthor()) {
            e.space();
            e.add(p.publisher);
            e.stop();
        }
    };

    switch (p.type) {
    case RecordType::Chapter:
    case RecordType::ConferencePaper: {
        if (!p.container.isEmpty() || !p.editors.isEmpty()) {
            e.space();
            e.add(QStringLiteral("In "));
            if (!p.editors.isEmpty()) {
                e.add(apaEditorList(p.editors)
                      + (p.editors.size() == 1 ? QStringLiteral(" (Ed.)") : QStringLiteral(" (Eds.)")));
                if (!p.container.isEmpty())
                    e.add(QStringLiteral(", "));
            }
            e.italic(p.container);
            QStringList notes;
            if (!p.edition.isEmpty())
                notes << p.edition;
            if (!p.pages.isEmpty())
                notes << (isPageRange(p.pages) ? QStringLiteral("pp. ") : QStringLiteral("p. ")) + p.pages;
            if (!notes.isEmpty())
                e.add(QStringLiteral(" (") + notes.join(QLatin1String(", ")) + u')');
            e.stop();
        }
        publisher();
        break;
    }
    case RecordType::Thesis:
        break;   // the university is in the brackets after the title
    case RecordType::WebPage: {
        const QString site = !p.container.isEmpty() ? p.container : p.publisher;
        if (!site.isEmpty() && !(p.authors.size() == 1 && tidy(p.authors.constFirst().literal) == site)) {
            e.space();
            e.add(site);
            e.stop();
        }
        break;
    }
    case RecordType::Book:
    case RecordType::Report:
        publisher();
        break;
    default:
        if (p.periodical()) {
            if (!p.container.isEmpty()) {
                e.space();
                e.italic(p.container);
            }
            if (!p.volume.isEmpty()) {
                e.add(QStringLiteral(", "));
                e.italic(p.volume);
            }
            if (!p.issue.isEmpty())
                e.add((p.volume.isEmpty() ? QStringLiteral(", (") : QStringLiteral("(")) + p.issue + u')');
            if (!p.pages.isEmpty())
                e.add(QStringLiteral(", ") + p.pages);
            e.stop();
            if (p.type != RecordType::Article)
                publisher();
        } else {
            publisher();
        }
        break;
    }

    if (!p.doi.isEmpty()) {
        e.space();
        e.add(doiLink(p.doi));
    } else if (!p.url.isEmpty()) {
        e.space();
        e.add(p.url);
    }
}

// --- Vancouver ---------------------------------------------------------------------------------

void vancouver(const Parts &p, Entry &e)
{
    const QString year = p.year.isEmpty() ? QStringLiteral("[date unknown]") : p.year;
    if (!p.authors.isEmpty()) {
        e.add(vancouverList(p.authors));
        e.stop();
    } else if (p.editorsAsAuthors()) {
        e.add(vancouverList(p.editors)
              + (p.editors.size() == 1 ? QStringLiteral(", editor") : QStringLiteral(", editors")));
        e.stop();
    }
    if (!p.title.isEmpty()) {
        e.space();
        e.add(p.title);
        if (p.type == RecordType::Thesis) {
            e.add(p.degree == Degree::Doctoral ? QStringLiteral(" [dissertation]")
                  : p.degree == Degree::Masters ? QStringLiteral(" [master's thesis]")
                                                : QStringLiteral(" [thesis]"));
        } else if (p.type == RecordType::WebPage) {
            e.add(QStringLiteral(" [Internet]"));
        }
        e.stop();
    }

    // "Place: Publisher; Year."
    auto publication = [&] {
        e.space();
        const QString publisher = p.type == RecordType::WebPage && p.publisher.isEmpty()
                                  ? p.container : p.publisher;
        if (!p.place.isEmpty() && !publisher.isEmpty())
            e.add(p.place + QLatin1String(": ") + publisher + QLatin1String("; "));
        else if (!p.place.isEmpty() || !publisher.isEmpty())
            e.add((p.place.isEmpty() ? publisher : p.place) + QLatin1String("; "));
        e.add(year);
        e.stop();
    };
    auto edition = [&] {
        if (!p.edition.isEmpty()) {
            e.space();
            e.add(p.edition);
            e.stop();
        }
    };

    switch (p.type) {
    case RecordType::Chapter:
    case RecordType::ConferencePaper:
        if (!p.container.isEmpty() || !p.editors.isEmpty()) {
            e.space();
            e.add(QStringLiteral("In: "));
            if (!p.editors.isEmpty()) {
                e.add(vancouverList(p.editors)
                      + (p.editors.size() == 1 ? QStringLiteral(", editor") : QStringLiteral(", editors")));
                e.stop();
                e.space();
            }
            e.add(p.container);
            e.stop();
        }
        edition();
        publication();
        if (!p.pages.isEmpty()) {
            e.space();
            e.add(QStringLiteral("p. ") + p.pages);
            e.stop();
        }
        break;
    case RecordType::Book:
    case RecordType::Report:
    case RecordType::Thesis:
    case RecordType::WebPage:
        edition();
        publication();
        if (p.type == RecordType::Report && !p.issue.isEmpty()) {
            e.space();
            e.add(QStringLiteral("Report No.: ") + p.issue);
            e.stop();
        }
        break;
    default:
        if (p.periodical()) {
            // "Journal. 2013;12(3):45–67."
            if (!p.container.isEmpty()) {
                e.space();
                e.add(p.container);
                e.stop();
            }
            e.space();
            QString source = year;
            if (!p.volume.isEmpty() || !p.issue.isEmpty())
                source += u';' + p.volume + (p.issue.isEmpty() ? QString() : u'(' + p.issue + u')');
            if (!p.pages.isEmpty())
                source += u':' + p.pages;
            e.add(source);
            e.stop();
        } else {
            publication();
        }
        break;
    }

    if (!p.doi.isEmpty()) {
        e.space();
        e.add(doiLink(p.doi));
    } else if (!p.url.isEmpty()) {
        e.space();
        e.add(QStringLiteral("Available from: ") + p.url);
    }
}

// --- Chicago author-date -----------------------------------------------------------------------

void chicago(const Parts &p, Entry &e)
{
    // Books and reports are italic; parts of something (and theses, web pages) are quoted.
    const bool italicTitle = p.type == RecordType::Book || p.type == RecordType::Report
                             || (p.type == RecordType::Generic && p.container.isEmpty());
    auto title = [&] {
        if (p.title.isEmpty())
            return;
        if (italicTitle) {
            e.italic(p.title);
            e.stop();
        } else {
            QString quoted = p.title;
            const QChar last = quoted.isEmpty() ? QChar() : quoted.back();
            if (last != u'.' && last != u'?' && last != u'!')
                quoted += u'.';
            e.add(kOpenQuote + quoted + kCloseQuote);
        }
        if (p.type == RecordType::Book && !p.edition.isEmpty()) {
            e.space();
            e.add(p.edition);
            e.stop();
        }
    };

    bool titleDone = false;
    if (!p.authors.isEmpty()) {
        e.add(chicagoAuthorList(p.authors));
    } else if (p.editorsAsAuthors()) {
        e.add(chicagoAuthorList(p.editors)
              + (p.editors.size() == 1 ? QStringLiteral(", ed.") : QStringLiteral(", eds.")));
    } else {
        title();
        titleDone = true;
    }
    e.stop();
    e.space();
    e.add(p.year.isEmpty() ? QStringLiteral("n.d.") : p.year);
    e.stop();
    if (!titleDone) {
        e.space();
        title();
    }

    // "Place: Publisher."
    auto publication = [&] {
        if (p.place.isEmpty() && p.publisher.isEmpty())
            return;
        e.space();
        if (!p.place.isEmpty() && !p.publisher.isEmpty())
            e.add(p.place + QLatin1String(": ") + p.publisher);
        else
            e.add(p.place.isEmpty() ? p.publisher : p.place);
        e.stop();
    };

    switch (p.type) {
    case RecordType::Chapter:
    case RecordType::ConferencePaper:
        if (!p.container.isEmpty() || !p.editors.isEmpty()) {
            e.space();
            e.add(QStringLiteral("In "));
            e.italic(p.container);
            if (!p.editors.isEmpty()) {
                e.add((p.container.isEmpty() ? QStringLiteral("edited by ") : QStringLiteral(", edited by "))
                      + chicagoEditorList(p.editors));
            }
            if (!p.pages.isEmpty())
                e.add(QStringLiteral(", ") + p.pages);
            e.stop();
        }
        publication();
        break;
    case RecordType::Thesis: {
        e.space();
        QString what = p.degree == Degree::Doctoral ? QStringLiteral("PhD diss.")
                     : p.degree == Degree::Masters ? QStringLiteral("Master's thesis")
                                                   : QStringLiteral("Thesis");
        if (!p.publisher.isEmpty())
            what += QLatin1String(", ") + p.publisher;
        e.add(what);
        e.stop();
        break;
    }
    case RecordType::WebPage: {
        const QString site = !p.container.isEmpty() ? p.container : p.publisher;
        if (!site.isEmpty()) {
            e.space();
            e.add(site);
            e.stop();
        }
        break;
    }
    case RecordType::Book:
        publication();
        break;
    case RecordType::Report:
        if (!p.issue.isEmpty()) {
            e.space();
            e.add(QStringLiteral("Report No. ") + p.issue);
            e.stop();
        }
        publication();
        break;
    default:
        if (p.periodical()) {
            // "Journal 12 (3): 45–67."
            e.space();
            e.italic(p.container);
            if (!p.volume.isEmpty())
                e.add(u' ' + p.volume);
            if (!p.issue.isEmpty())
                e.add(p.volume.isEmpty() ? QStringLiteral(", no. ") + p.issue : QStringLiteral(" (") + p.issue + u')');
            if (!p.pages.isEmpty())
                e.add((p.volume.isEmpty() && p.issue.isEmpty() ? QStringLiteral(", ") : QStringLiteral(": ")) + p.pages);
            e.stop();
            if (p.type != RecordType::Article)
                publication();
        } else {
            publication();
        }
        break;
    }

    if (!p.doi.isEmpty()) {
        e.space();
        e.add(doiLink(p.doi));
        e.stop();
    } else if (!p.url.isEmpty()) {
        e.space();
        e.add(p.url);
        e.stop();
    }
}

} // namespace

QString citationStyleId(CitationStyle style)
{
    switch (style) {
    case CitationStyle::Vancouver: return QStringLiteral("vancouver");
    case CitationStyle::ChicagoAuthorDate: return QStringLiteral("chicago-author-date");
    default: return QStringLiteral("apa");
    }
}

CitationStyle citationStyleFromId(QStringView id, CitationStyle fallback)
{
    for (int s = 0; s < int(CitationStyle::Count); ++s) {
        if (id.compare(citationStyleId(CitationStyle(s)), Qt::CaseInsensitive) == 0)
            return CitationStyle(s);
    }
    return fallback;
}

QString citationStyleDisplayName(CitationStyle style)
{
    switch (style) {
    case CitationStyle::Vancouver:
        return QCoreApplication::translate("refmend::CitationStyle", "Vancouver");
    case CitationStyle::ChicagoAuthorDate:
        return QCoreApplication::translate("refmend::CitationStyle", "Chicago author-date");
    default:
        return QCoreApplication::translate("refmend::CitationStyle", "APA 7");
    }
}

QList<CitationFormatter::Run> CitationFormatter::runs(const Record &record) const
{
    const Parts parts = partsOf(record);
    Entry entry;
    switch (m_style) {
    case CitationStyle::Vancouver: vancouver(parts, entry); break;
    case CitationStyle::ChicagoAuthorDate: chicago(parts, entry); break;
    default: apa(parts, entry); break;
    }
    return entry.runs();
}

QString CitationFormatter::toText(const Record &record) const
{
    QString text;
    for (const Run &run : runs(record))
        text += run.text;
    return text.trimmed();
}

QString CitationFormatter::toHtml(const Record &record) const
{
    QString html;
    for (const Run &run : runs(record)) {
        const QString escaped = run.text.toHtmlEscaped();
        html += run.italic ? QStringLiteral("<i>") + escaped + QStringLiteral("</i>") : escaped;
    }
    return html.trimmed();
}

QString CitationFormatter::toText(const QList<Record> &records) const
{
    QStringList entries;
    for (const Record &record : records)
        entries << toText(record);
    return entries.join(u'\n');
}

QString CitationFormatter::toHtml(const QList<Record> &records) const
{
    QString html;
    for (const Record &record : records)
        html += QStringLiteral("<p>") + toHtml(record) + QStringLiteral("</p>\n");
    return html;
}

} // namespace refmend
