#include "model/personname.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>
#include <initializer_list>

using namespace Qt::StringLiterals;

// The rules, in the order parsePersonName() applies them:
//  1. A name wrapped in one pair of braces ("{World Health Organization}") is a literal.
//  2. "others" / "et al." (BibTeX's "and others") is a literal.
//  3. A name with an institutional word (Organization, University, Inc., ...), a connector
//     word ("of", "for", "the", "and"), "&" or a digit is a literal (institution).
//  4. Commas at brace depth 0 split "Last, First", "Last, Jr, First" and "Last, First, Jr";
//     a part after "Last" that is a suffix ("Jr.", "III") is the suffix.
//  5. Without a comma: a trailing run of 1-3 capitals ("Smith JA", "Tolkien J R R") after a
//     surname is PubMed style, family first; all-CJK tokens are family first too; otherwise
//     the last word is the family name ("First Middle Last").
//  Particles: lowercase "van der", "de la", "von" go to Person::particle; capitalised ones
//  ("Van Rossum", "Vincent Van Gogh") stay part of the family name, as BibTeX does.
//  Elided particles ("d'Alembert") and "O'Brien" stay one family name.

namespace refmend {

namespace {

bool isIn(const QString &word, std::initializer_list<QStringView> list)
{
    return std::any_of(list.begin(), list.end(), [&](QStringView w) { return w == word; });
}

QString withoutBraces(QString text)
{
    text.remove(u'{');
    text.remove(u'}');
    return text;
}

bool bracesBalanced(QStringView text)
{
    int depth = 0;
    for (QChar c : text) {
        if (c == u'{')
            ++depth;
        else if (c == u'}' && --depth < 0)
            return false;
    }
    return depth == 0;
}

// "{...}" where the first brace closes at the very end.
bool isWrappedInBraces(QStringView text)
{
    if (text.size() < 2 || text.front() != u'{' || text.back() != u'}')
        return false;
    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'{')
            ++depth;
        else if (text[i] == u'}' && --depth == 0)
            return i == text.size() - 1;
    }
    return false;
}

// Splits on \a separator (a space or a comma) outside braces; parts are trimmed, empty ones dropped.
QStringList splitTopLevel(const QString &text, QChar separator)
{
    QStringList parts;
    int depth = 0;
    qsizetype start = 0;
    auto flush = [&](qsizetype end) {
        const QString part = text.mid(start, end - start).trimmed();
        if (!part.isEmpty())
            parts << part;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            depth = std::max(0, depth - 1);
        } else if (depth == 0 && c == separator) {
            flush(i);
            start = i + 1;
        }
    }
    flush(text.size());
    return parts;
}

bool isCjk(char32_t ucs4)
{
    switch (QChar::script(ucs4)) {
    case QChar::Script_Han:
    case QChar::Script_Hiragana:
    case QChar::Script_Katakana:
    case QChar::Script_Hangul:
        return true;
    default:
        return false;
    }
}

bool isAllCjk(const QString &token)
{
    const QList<uint> codePoints = token.toUcs4();
    bool any = false;
    for (uint cp : codePoints) {
        if (!isCjk(cp) && cp != 0x30FB /* katakana middle dot */)
            return false;
        any = true;
    }
    return any;
}

bool startsLowercase(const QString &token)
{
    return !token.isEmpty() && token.front().isLower();
}

bool isSuffix(const QString &token)
{
    if (isIn(token, {u"II", u"III", u"IV"}))
        return true;
    QString word = token.toLower();
    if (word.endsWith(u'.'))
        word.chop(1);
    return isIn(word, {u"jr", u"jnr", u"sr", u"snr", u"2nd", u"3rd", u"4th"});
}

// Lowercase particles; capitalised ones are left in the family name.
bool isParticle(const QString &token)
{
    return isIn(token, {u"van", u"von", u"der", u"den", u"de", u"del", u"della", u"delle",
                        u"dello", u"degli", u"dei", u"di", u"da", u"dal", u"dalla", u"das",
                        u"dos", u"do", u"du", u"des", u"la", u"le", u"lo", u"ten", u"ter",
                        u"te", u"zu", u"zum", u"zur", u"vom", u"van't", u"'t", u"op", u"af",
                        u"av", u"ibn", u"bin", u"bint", u"al", u"el", u"d'", u"l'"});
}

// A capitalised particle that, before the last word, belongs to the family name
// ("Vincent Van Gogh"). "Di", "Le", "La" are left out: they are also CJK and Vietnamese names.
bool isCapitalisedParticle(const QString &token)
{
    return isIn(token, {u"Van", u"Von", u"Der", u"Den", u"De", u"Del", u"Della", u"Da",
                        u"Dos", u"Das", u"Du", u"Des", u"Ten", u"Ter", u"Vom", u"Zu", u"Zur"});
}

const QRegularExpression &initialsPattern()
{
    // "J", "J.", "JRR", "J.R.R", "J.R.R.", "J.-P.", "J-P"
    static const QRegularExpression re(u"^\\p{Lu}\\.?(?:-?\\p{Lu}\\.?)*$"_s);
    return re;
}

// One whitespace-free token of initials; runs of capitals without a dot count only up to 3
// letters ("JRR"; "IEEE" and "NASA" are words).
bool isInitialsToken(const QString &token)
{
    if (token.isEmpty() || !initialsPattern().match(token).hasMatch())
        return false;
    if (token.contains(u'.'))
        return true;
    // Hyphenated without dots, only single letters are initials ("J-P"): "MARY-KATE" in an
    // all-capitals name is a given name.
    if (token.contains(u'-')) {
        const QList<QStringView> parts = QStringView(token).split(u'-');
        return std::all_of(parts.cbegin(), parts.cend(),
                           [](QStringView part) { return part.size() == 1; });
    }
    return token.size() <= 3;
}

QString expandInitialsToken(const QString &token)
{
    QString out;
    for (qsizetype i = 0; i < token.size(); ++i) {
        const QChar c = token[i];
        if (c == u'.')
            continue;
        if (c == u'-') {
            out += u'-';
            continue;
        }
        if (!out.isEmpty() && !out.endsWith(u'-'))
            out += u' ';
        out += c;
        out += u'.';
    }
    return out;
}

// Words that make a name an institution. Compared case-folded, trailing dots removed.
bool isInstitutionalWord(const QString &word)
{
    return isIn(word, {
        u"organization", u"organisation", u"organizations", u"organisations",
        u"organización", u"organizzazione", u"organisatie",
        u"institute", u"institutes", u"institut", u"instituto", u"istituto", u"institution",
        u"university", u"universität", u"universitat", u"université", u"universite",
        u"università", u"universidad", u"universidade", u"universiteit", u"universitet",
        u"association", u"associação", u"asociación", u"associazione", u"society",
        u"societies", u"société", u"società", u"sociedad", u"sociedade", u"gesellschaft",
        u"consortium", u"consortia", u"group", u"groups", u"gruppe", u"groupe", u"committee",
        u"comité", u"comitato", u"kommission", u"commission", u"council", u"department",
        u"departamento", u"département", u"ministry", u"ministerio", u"ministère",
        u"ministero", u"ministerium", u"agency", u"agencies", u"foundation", u"fundación",
        u"fundação", u"stiftung", u"centre", u"center", u"centers", u"centres", u"centro",
        u"zentrum", u"inc", u"incorporated", u"ltd", u"limited", u"gmbh", u"llc", u"plc",
        u"corporation", u"corp", u"company", u"collaboration", u"collaborative",
        u"network", u"initiative", u"office", u"bureau", u"laboratory", u"laboratories",
        u"hospital", u"college", u"academy", u"akademie", u"federation", u"alliance",
        u"administration", u"authority", u"board", u"trust", u"panel", u"taskforce",
        u"registry", u"programme", u"program", u"project", u"publishers", u"publishing",
        u"library", u"museum", u"investigators", u"team"});
}

// Connector words that a personal name never holds ("National Institutes of Health").
bool isConnectorWord(const QString &word)
{
    return isIn(word, {u"of", u"for", u"the", u"and", u"und", u"&", u"et"});
}

bool looksInstitutional(const QString &text)
{
    static const QRegularExpression wordSplit(u"[\\s,;:()\\[\\]{}/]+"_s);
    const QStringList words = text.split(wordSplit, Qt::SkipEmptyParts);
    // A digit makes a name without a comma an institution ("3M", "COVID-19 Study Group"); in
    // "Family, Given" form it is part of a person's name ("Doe10, John" in test data).
    const bool commaForm = text.contains(u',');
    for (const QString &word : words) {
        // "AT&T"; "3rd" is a suffix.
        const bool hasDigit = std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
        if (word.contains(u'&') || (hasDigit && !commaForm && !isSuffix(word)))
            return true;
    }
    QString previous;
    for (QString word : words) {
        while (word.endsWith(u'.'))
            word.chop(1);
        // Capitals after a comma are initials: "Lu, ET" is no "et" (Web of Science style).
        const bool initials = commaForm && word.size() <= 3
                && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isUpper(); });
        word = word.toCaseFolded();
        // "und" in the German particle "von und zu(m)" is not a connector.
        const bool particleUnd = word == u"und"_s && previous == u"von"_s;
        if (isInstitutionalWord(word) || (isConnectorWord(word) && !particleUnd && !initials))
            return true;
        previous = word;
    }
    // Chinese and Japanese institution names ("世界卫生组织", "北京大学").
    for (QStringView ending : {u"大学", u"学院", u"研究所", u"研究院", u"研究会", u"协会",
                               u"學會", u"学会", u"委员会", u"委員会", u"中心", u"公司",
                               u"组织", u"組織", u"医院", u"病院", u"株式会社"}) {
        if (text.contains(ending))
            return true;
    }
    return false;
}

/* Drops trailing commas, semicolons and stray periods ("Smith ."). With \a sentenceEnd, also
   the period that ends a sentence after a name in natural order, as in a copied reference
   list ("Jean-Paul Sartre." -> "Jean-Paul Sartre"), but keeps the dot of initials and
   abbreviations ("J.", "Jr.", "Inc."). A name in "Family, Given" order keeps a final dot:
   there it is part of the given name as written ("(Netherlands), Ler Mater."), and
   dropping it would make a name written by a "Family, Given" format read back changed. */
QString withoutTrailingPunctuation(QString text, bool sentenceEnd)
{
    for (;;) {
        while (!text.isEmpty() && (text.back() == u',' || text.back() == u';' || text.back().isSpace()))
            text.chop(1);
        if (!text.endsWith(u'.'))
            return text;
        const qsizetype start = std::max(text.lastIndexOf(u' '), text.lastIndexOf(u',')) + 1;
        QString word = text.mid(start);
        while (word.endsWith(u'.'))
            word.chop(1);
        if (word.isEmpty()) {   // a stray "." after a space or a comma
            text.chop(text.size() - start);
            continue;
        }
        const bool keepDot = word.size() < 3 || word.contains(u'.') || isSuffix(word)
                || word.size() - word.lastIndexOf(u'-') == 2   // "Dieter-W."
                || isIn(word.toLower(), {u"inc", u"ltd", u"co", u"corp", u"bros", u"chas",
                                         u"geo", u"jas", u"jos", u"esq", u"al"});
        if (keepDot || !sentenceEnd)
            return text;
        text.chop(1);
    }
}

// Moves trailing suffix tokens ("Jr.", "III") from \a tokens to \a suffixes (keeps one token).
void takeTrailingSuffixes(QStringList &tokens, QStringList &suffixes)
{
    while (tokens.size() > 1 && isSuffix(tokens.back()))
        suffixes.prepend(tokens.takeLast());
}

// The family part of a family-first form: leading lowercase particles, then the family name.
void parseFamilyPart(QStringList tokens, Person &person, QStringList &suffixes)
{
    takeTrailingSuffixes(tokens, suffixes);
    qsizetype i = 0;
    while (i < tokens.size() - 1 && startsLowercase(tokens[i]) && isParticle(tokens[i]))
        ++i;
    person.particle = tokens.mid(0, i).join(u' ');
    person.family = tokens.mid(i).join(u' ');
}

// "First Middle von Last Jr.", "F. Last", "Smith JA", "张 伟".
void parseNaturalOrder(const QString &text, Person &person, QStringList &suffixes)
{
    QStringList tokens = splitTopLevel(text, u' ');
    takeTrailingSuffixes(tokens, suffixes);
    const qsizetype n = tokens.size();
    if (n == 0)
        return;
    if (n == 1) {
        person.family = tokens.front();
        return;
    }
    if (std::all_of(tokens.begin(), tokens.end(), isAllCjk)) {
        person.family = tokens.front();
        person.given = tokens.mid(1).join(u' ');
        return;
    }
    if (tokens.front().compare(u"ibn"_s, Qt::CaseInsensitive) == 0) {
        person.family = tokens.join(u' ');   // "Ibn Khaldun": a nasab, not given + family
        return;
    }

    // PubMed / Vancouver: "Smith JA", "van der Berg J", "Tolkien J R R".
    qsizetype k = n;
    while (k > 1 && isInitialsToken(tokens[k - 1]))
        --k;
    if (k < n && !isInitialsToken(tokens.front())) {
        QStringList unused;
        parseFamilyPart(tokens.mid(0, k), person, unused);
        person.given = tokens.mid(k).join(u' ');
        return;
    }

    const qsizetype last = n - 1;
    // Spanish compound surnames: "José Ortega y Gasset".
    for (qsizetype i = 2; i < last; ++i) {
        if (tokens[i] == u"y"_s) {
            person.given = tokens.mid(0, i - 1).join(u' ');
            person.family = tokens.mid(i - 1).join(u' ');
            return;
        }
    }
    // Lowercase particles: "Jan van der Berg", "de Gaulle".
    for (qsizetype i = 0; i < last; ++i) {
        if (startsLowercase(tokens[i]) && isParticle(tokens[i])) {
            qsizetype j = i;
            while (j < last && startsLowercase(tokens[j]) && isParticle(tokens[j]))
                ++j;
            person.given = tokens.mid(0, i).join(u' ');
            person.particle = tokens.mid(i, j - i).join(u' ');
            person.family = tokens.mid(j).join(u' ');
            return;
        }
    }
    // Capitalised particles stay in the family name: "Vincent Van Gogh".
    qsizetype f = last;
    while (f > 1 && isCapitalisedParticle(tokens[f - 1]))
        --f;
    person.given = tokens.mid(0, f).join(u' ');
    person.family = tokens.mid(f).join(u' ');
}

QString normaliseInitialsImpl(QStringView given)
{
    const QString text = given.toString();
    const QStringList tokens = text.split(u' ', Qt::SkipEmptyParts);
    if (tokens.isEmpty())
        return text;
    QStringList out;
    for (const QString &token : tokens) {
        if (!isInitialsToken(token))
            return text;
        out << expandInitialsToken(token);
    }
    return out.join(u' ');
}

} // namespace

Person parsePersonName(QStringView text)
{
    Person person;
    person.raw = text.trimmed().toString();

    // EndNote marks a corporate name with a trailing comma ("World Health Organization,");
    // an institution keeps its final dot ("Library of Congress. Music Division.").
    QString s = person.raw.simplified();
    while (!s.isEmpty() && (s.back() == u',' || s.back() == u';' || s.back().isSpace()))
        s.chop(1);
    if (!bracesBalanced(s))
        s = withoutBraces(s).simplified();
    if (s.isEmpty())
        return person;

    if (isWrappedInBraces(s)) {
        person.literal = withoutBraces(s).simplified();
        return person;
    }
    const QString plain = withoutBraces(s).simplified();
    if (plain.compare(u"others"_s, Qt::CaseInsensitive) == 0 || looksInstitutional(plain)) {
        person.literal = plain;
        return person;
    }
    s = withoutTrailingPunctuation(s, splitTopLevel(s, u',').size() == 1);
    if (s.isEmpty())
        return person;

    const QStringList parts = splitTopLevel(s, u',');
    if (parts.isEmpty())
        return person;

    QStringList suffixes;
    if (parts.size() == 1) {
        parseNaturalOrder(parts.front(), person, suffixes);
    } else if (parts.size() == 2 && isSuffix(parts[1])) {
        // "Martin Luther King, Jr."
        parseNaturalOrder(parts.front(), person, suffixes);
        suffixes << parts[1];
    } else {
        parseFamilyPart(splitTopLevel(parts.front(), u' '), person, suffixes);
        const QStringList rest = parts.mid(1);
        QStringList givenTokens;
        if (isSuffix(rest.front())) {
            // BibTeX "von Last, Jr, First"
            suffixes << rest.front();
            givenTokens = splitTopLevel(rest.mid(1).join(u' '), u' ');
        } else {
            // "Last, First, Jr." and anything else after the given name ("Last, First, PhD")
            givenTokens = splitTopLevel(rest.front(), u' ');
            suffixes << rest.mid(1);
        }
        takeTrailingSuffixes(givenTokens, suffixes);   // "Smith, John Jr."
        person.given = givenTokens.join(u' ');
    }
    person.suffix = suffixes.join(u", "_s);

    // The parts keep their text as written ("J.R.R.", "JA"): reading a file never rewrites a
    // name; normalising initials is a cleanup action that the user chooses (normaliseInitials).

    person.family = withoutBraces(person.family);
    person.given = withoutBraces(person.given);
    person.particle = withoutBraces(person.particle);
    person.suffix = withoutBraces(person.suffix);
    return person;
}

QStringList splitPersonList(QStringView text)
{
    QStringList names;
    QString current;
    auto flush = [&] {
        const QString name = current.trimmed();
        if (!name.isEmpty())
            names << name;
        current.clear();
    };
    auto isBoundary = [&](qsizetype i) {
        return i < 0 || i >= text.size() || text[i].isSpace() || text[i] == u';';
    };

    int depth = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            depth = std::max(0, depth - 1);
        } else if (depth == 0) {
            if (c == u'\n' || c == u'\r' || c == u';') {
                flush();
                continue;
            }
            // BibTeX's " and ", as a whole word in any case.
            if (i + 3 <= text.size() && isBoundary(i - 1) && isBoundary(i + 3)
                && text.sliced(i, 3).compare(u"and", Qt::CaseInsensitive) == 0) {
                flush();
                i += 2;
                continue;
            }
        }
        current += c;
    }
    flush();
    return names;
}

QString normaliseInitials(QStringView given)
{
    return normaliseInitialsImpl(given);
}

} // namespace refmend
