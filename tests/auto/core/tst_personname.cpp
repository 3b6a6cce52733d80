#include "model/person.h"
#include "model/personname.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

Person makePerson(const QString &family, const QString &given, const QString &particle = {},
                  const QString &suffix = {}, const QString &literal = {})
{
    Person p;
    p.family = family;
    p.given = given;
    p.particle = particle;
    p.suffix = suffix;
    p.literal = literal;
    return p;
}

} // namespace

class tst_PersonName : public QObject
{
    Q_OBJECT

private slots:
    void shouldSplitWrittenNameIntoParts_data();
    void shouldSplitWrittenNameIntoParts();
    void shouldKeepTrimmedInputAsRaw();
    void shouldReparseItsOwnDisplayName_data();
    void shouldReparseItsOwnDisplayName();

    void shouldFormatDisplayNameFamilyFirst_data();
    void shouldFormatDisplayNameFamilyFirst();
    void shouldFormatNaturalNameInReadingOrder_data();
    void shouldFormatNaturalNameInReadingOrder();
    void shouldWriteUnchangedRawBack();
    void shouldWriteDisplayFormOnceAPartIsEdited();
    void shouldWriteDisplayFormWhenThereIsNoRaw();
    void shouldCompareNamesByPartsOnly();
    void shouldBeEmptyOnlyWithoutNameParts();

    void shouldSplitPastedPersonLists_data();
    void shouldSplitPastedPersonLists();
    void shouldNormaliseInitials_data();
    void shouldNormaliseInitials();

    void shouldSurviveOddInputs_data();
    void shouldSurviveOddInputs();
    void shouldSurviveAVeryLongToken();

    void shouldNameEveryRole();
};

void tst_PersonName::shouldSplitWrittenNameIntoParts_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("particle");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QString>("literal");

    auto row = [](const char *name, const QString &input, const QString &family,
                  const QString &given, const QString &particle = {}, const QString &suffix = {},
                  const QString &literal = {}) {
        QTest::newRow(name) << input << family << given << particle << suffix << literal;
    };
    auto literal = [](const char *name, const QString &input, const QString &text) {
        QTest::newRow(name) << input << QString() << QString() << QString() << QString() << text;
    };

    // Family-first with a comma (EndNote, RIS, BibTeX)
    row("last, first", u"Smith, John"_s, u"Smith"_s, u"John"_s);
    row("last, first middle", u"Smith, John Adam"_s, u"Smith"_s, u"John Adam"_s);
    row("last, initial", u"Smith, J."_s, u"Smith"_s, u"J."_s);
    row("last, two dotted initials", u"Smith, J. A."_s, u"Smith"_s, u"J. A."_s);
    row("last, undotted initials run", u"Smith, JA"_s, u"Smith"_s, u"JA"_s);
    row("last, dotted initials without spaces", u"Tolkien, J.R.R."_s, u"Tolkien"_s, u"J.R.R."_s);
    row("last, spaced undotted initials", u"Tolkien, J R R"_s, u"Tolkien"_s, u"J R R"_s);
    row("last, hyphenated initials", u"Sartre, J.-P."_s, u"Sartre"_s, u"J.-P."_s);
    row("last, first middle initial", u"Smith, John R"_s, u"Smith"_s, u"John R"_s);
    row("bibtex last, jr, first", u"Ford, Jr., Henry"_s, u"Ford"_s, u"Henry"_s, {}, u"Jr."_s);
    row("last, first, jr", u"Ford, Henry, Jr."_s, u"Ford"_s, u"Henry"_s, {}, u"Jr."_s);
    row("last, first jr without comma", u"Ford, Henry Jr"_s, u"Ford"_s, u"Henry"_s, {}, u"Jr"_s);
    row("last, first, degree", u"House, Gregory, MD"_s, u"House"_s, u"Gregory"_s, {}, u"MD"_s);
    row("natural name, jr", u"Martin Luther King, Jr."_s, u"King"_s, u"Martin Luther"_s, {}, u"Jr."_s);
    row("two-word family with comma", u"García Márquez, Gabriel"_s, u"García Márquez"_s, u"Gabriel"_s);
    row("odd spaces around comma", u"Smith ,  John"_s, u"Smith"_s, u"John"_s);
    // The period stays: in "Family, Given" order it belongs to the given name as written
    // (see "comma order keeps final dot" below); the comma after it is separator debris.
    row("trailing comma and period", u"Smith, John.,"_s, u"Smith"_s, u"John."_s);
    row("empty middle part", u"Smith, , John"_s, u"Smith"_s, u"John"_s);
    row("all capitals keeps given word", u"ZHANG, WEI"_s, u"ZHANG"_s, u"WEI"_s);
    row("von und zum in the given part", u"Smith, George von und zum"_s, u"Smith"_s,
        u"George von und zum"_s);
    row("hyphenated given with an initial", u"Allhoff, Dieter-W."_s, u"Allhoff"_s, u"Dieter-W."_s);
    row("initials that spell a connector", u"Lu, ET"_s, u"Lu"_s, u"ET"_s);
    row("digits in a comma form name", u"Doe10, John"_s, u"Doe10"_s, u"John"_s);
    row("numbered test names", u"Family01, Given01"_s, u"Family01"_s, u"Given01"_s);
    row("given that looks like initials kept", u"Time, USA"_s, u"Time"_s, u"USA"_s);
    row("all capitals initial kept as written", u"SMITH, J"_s, u"SMITH"_s, u"J"_s);

    // Particles
    row("particle family first", u"van der Berg, Jan"_s, u"Berg"_s, u"Jan"_s, u"van der"_s);
    row("particle natural order", u"Jan van der Berg"_s, u"Berg"_s, u"Jan"_s, u"van der"_s);
    row("french particle family first", u"de la Fontaine, Jean"_s, u"Fontaine"_s, u"Jean"_s, u"de la"_s);
    row("von family first", u"von Neumann, John"_s, u"Neumann"_s, u"John"_s, u"von"_s);
    row("bibtex von, last, jr, first", u"von Braun, Jr., Wernher"_s, u"Braun"_s, u"Wernher"_s,
        u"von"_s, u"Jr."_s);
    row("van natural order", u"Ludwig van Beethoven"_s, u"Beethoven"_s, u"Ludwig"_s, u"van"_s);
    row("vincent van gogh", u"Vincent van Gogh"_s, u"Gogh"_s, u"Vincent"_s, u"van"_s);
    row("charles de gaulle", u"Charles de Gaulle"_s, u"Gaulle"_s, u"Charles"_s, u"de"_s);
    row("leonardo da vinci", u"Leonardo da Vinci"_s, u"Vinci"_s, u"Leonardo"_s, u"da"_s);
    row("maria da silva", u"Maria da Silva"_s, u"Silva"_s, u"Maria"_s, u"da"_s);
    row("particle without given", u"de Gaulle"_s, u"Gaulle"_s, QString(), u"de"_s);
    row("capitalised particle stays in family", u"Van Rossum, Guido"_s, u"Van Rossum"_s, u"Guido"_s);
    row("capitalised particle in natural order", u"Vincent Van Gogh"_s, u"Van Gogh"_s, u"Vincent"_s);
    row("elided particle stays attached", u"d'Alembert, Jean"_s, u"d'Alembert"_s, u"Jean"_s);
    row("irish o is not a particle", u"O'Brien, Conor"_s, u"O'Brien"_s, u"Conor"_s);
    row("ibn name is one family name", u"Ibn Khaldun"_s, u"Ibn Khaldun"_s, QString());
    row("spanish y joins surnames", u"José Ortega y Gasset"_s, u"Ortega y Gasset"_s, u"José"_s);
    row("braced family is not split", u"{van der Berg}, Jan"_s, u"van der Berg"_s, u"Jan"_s);

    // Natural order
    row("first last", u"John Smith"_s, u"Smith"_s, u"John"_s);
    row("first middle last", u"John Adam Smith"_s, u"Smith"_s, u"John Adam"_s);
    row("initial last", u"F. Smith"_s, u"Smith"_s, u"F."_s);
    row("tolkien natural order", u"J.R.R. Tolkien"_s, u"Tolkien"_s, u"J.R.R."_s);
    row("hyphenated given", u"Jean-Paul Sartre"_s, u"Sartre"_s, u"Jean-Paul"_s);
    row("all-caps hyphenated given", u"O'BRIEN, MARY-KATE"_s, u"O'BRIEN"_s, u"MARY-KATE"_s);
    row("hyphenated initials", u"Sartre, J-P"_s, u"Sartre"_s, u"J-P"_s);
    row("two given names with accent", u"Ana Lúcia Costa"_s, u"Costa"_s, u"Ana Lúcia"_s);
    row("garbled characters are letters", u"Lu¨ªs Costa"_s, u"Costa"_s, u"Lu¨ªs"_s);
    row("first last jr", u"Henry Ford Jr."_s, u"Ford"_s, u"Henry"_s, {}, u"Jr."_s);
    row("first last iii", u"John Smith III"_s, u"Smith"_s, u"John"_s, {}, u"III"_s);
    row("trailing period dropped", u"Jean-Paul Sartre."_s, u"Sartre"_s, u"Jean-Paul"_s);
    // In "Family, Given" order the final dot is the given name's, as written: the WoS fuzz
    // target found "Ler Mater. (Netherlands)" coming back from "(Netherlands), Ler Mater."
    // without it (tests/libfuzzer/regressions/wos/given-name-loses-final-dot).
    row("comma order keeps final dot", u"(Netherlands), Ler Mater."_s, u"(Netherlands)"_s,
        u"Ler Mater."_s);
    row("natural order keeps inner dot", u"Ler Mater. (Netherlands)"_s, u"(Netherlands)"_s,
        u"Ler Mater."_s);
    row("comma order drops stray period", u"Sartre, Jean-Paul ."_s, u"Sartre"_s, u"Jean-Paul"_s);

    // PubMed / Vancouver, no comma: a final run of 1-3 capitals is initials
    row("pubmed last initials", u"Smith JA"_s, u"Smith"_s, u"JA"_s);
    row("pubmed last single initial", u"Lee K"_s, u"Lee"_s, u"K"_s);
    row("pubmed particle last initials", u"van der Berg J"_s, u"Berg"_s, u"J"_s, u"van der"_s);
    row("pubmed spaced initials", u"Tolkien J R R"_s, u"Tolkien"_s, u"J R R"_s);

    // CJK
    row("cjk single token is family", u"张伟"_s, u"张伟"_s, QString());
    row("cjk with space is family first", u"张 伟"_s, u"张"_s, u"伟"_s);
    row("chinese name family first", u"Zhang, Wei"_s, u"Zhang"_s, u"Wei"_s);
    row("chinese name natural order", u"Wei Zhang"_s, u"Zhang"_s, u"Wei"_s);

    // Single names
    row("single name plato", u"Plato"_s, u"Plato"_s, QString());
    row("single name madonna", u"Madonna"_s, u"Madonna"_s, QString());
    row("single acronym is family", u"IEEE"_s, u"IEEE"_s, QString());
    row("single name with jr", u"Smith, Jr."_s, u"Smith"_s, QString(), {}, u"Jr."_s);

    // Institutions and literals
    literal("braced institution", u"{World Health Organization}"_s, u"World Health Organization"_s);
    literal("double braced institution", u"{{World Health Organization}}"_s, u"World Health Organization"_s);
    literal("braced name with comma", u"{Barnes, Noble}"_s, u"Barnes, Noble"_s);
    literal("organization keyword", u"World Health Organization"_s, u"World Health Organization"_s);
    literal("institutes of", u"National Institutes of Health"_s, u"National Institutes of Health"_s);
    literal("collaboration keyword", u"Cochrane Collaboration"_s, u"Cochrane Collaboration"_s);
    literal("consortium with digits and parentheses",
            u"The COVID-19 Genomics UK (COG-UK) consortium"_s,
            u"The COVID-19 Genomics UK (COG-UK) consortium"_s);
    literal("university with comma", u"University of Oxford, Department of Zoology"_s,
            u"University of Oxford, Department of Zoology"_s);
    literal("german universitat", u"Technische Universität München"_s, u"Technische Universität München"_s);
    literal("company inc", u"Acme Widgets, Inc."_s, u"Acme Widgets, Inc."_s);
    literal("company gmbh", u"Siemens GmbH"_s, u"Siemens GmbH"_s);
    literal("ampersand", u"Johnson & Johnson"_s, u"Johnson & Johnson"_s);
    literal("ministry", u"Ministry of Health"_s, u"Ministry of Health"_s);
    literal("chinese institution", u"北京大学"_s, u"北京大学"_s);
    literal("bibtex others", u"others"_s, u"others"_s);
    literal("et al", u"et al."_s, u"et al."_s);
    literal("institution keeps its final dot", u"Library of Congress. Music Division."_s,
            u"Library of Congress. Music Division."_s);
    literal("endnote corporate trailing comma", u"World Health Organization,"_s,
            u"World Health Organization"_s);
    literal("digit without comma", u"3M"_s, u"3M"_s);
}

void tst_PersonName::shouldSplitWrittenNameIntoParts()
{
    QFETCH(QString, input);
    QFETCH(QString, family);
    QFETCH(QString, given);
    QFETCH(QString, particle);
    QFETCH(QString, suffix);
    QFETCH(QString, literal);

    const Person p = parsePersonName(input);
    QCOMPARE(p.family, family);
    QCOMPARE(p.given, given);
    QCOMPARE(p.particle, particle);
    QCOMPARE(p.suffix, suffix);
    QCOMPARE(p.literal, literal);
    QCOMPARE(p.isLiteral(), !literal.isEmpty());
}

void tst_PersonName::shouldKeepTrimmedInputAsRaw()
{
    QCOMPARE(parsePersonName(u"  Smith ,  John \n"_s).raw, u"Smith ,  John"_s);
    QCOMPARE(parsePersonName(u"{World Health Organization}"_s).raw, u"{World Health Organization}"_s);
    QCOMPARE(parsePersonName(u"Smith JA"_s).raw, u"Smith JA"_s);
}

void tst_PersonName::shouldReparseItsOwnDisplayName_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("last, first") << u"Smith, John"_s;
    QTest::newRow("particle natural order") << u"Jan van der Berg"_s;
    QTest::newRow("natural name, jr") << u"Martin Luther King, Jr."_s;
    QTest::newRow("bibtex von, last, jr, first") << u"von Braun, Jr., Wernher"_s;
    QTest::newRow("pubmed") << u"Smith JA"_s;
    QTest::newRow("tolkien") << u"J.R.R. Tolkien"_s;
    QTest::newRow("capitalised particle") << u"Vincent Van Gogh"_s;
    QTest::newRow("elided particle") << u"Jean d'Alembert"_s;
    QTest::newRow("institution") << u"{World Health Organization}"_s;
    QTest::newRow("single name") << u"Plato"_s;
    QTest::newRow("first last iii") << u"John Smith III"_s;
}

void tst_PersonName::shouldReparseItsOwnDisplayName()
{
    QFETCH(QString, input);
    const Person p = parsePersonName(input);
    QVERIFY2(parsePersonName(p.displayName()).sameName(p), qPrintable(p.displayName()));
}

void tst_PersonName::shouldFormatDisplayNameFamilyFirst_data()
{
    QTest::addColumn<Person>("person");
    QTest::addColumn<QString>("expected");
    QTest::newRow("particle and suffix")
            << makePerson(u"Berg"_s, u"Jan"_s, u"van der"_s, u"Jr."_s) << u"van der Berg, Jan, Jr."_s;
    QTest::newRow("family and given") << makePerson(u"Smith"_s, u"John"_s) << u"Smith, John"_s;
    QTest::newRow("family only") << makePerson(u"Plato"_s, {}) << u"Plato"_s;
    QTest::newRow("family and suffix") << makePerson(u"Smith"_s, {}, {}, u"Jr."_s) << u"Smith, Jr."_s;
    QTest::newRow("elided particle") << makePerson(u"Alembert"_s, u"Jean"_s, u"d'"_s)
                                     << u"d'Alembert, Jean"_s;
    QTest::newRow("literal as is")
            << makePerson({}, {}, {}, {}, u"World Health Organization"_s) << u"World Health Organization"_s;
    QTest::newRow("empty") << Person() << QString();
}

void tst_PersonName::shouldFormatDisplayNameFamilyFirst()
{
    QFETCH(Person, person);
    QFETCH(QString, expected);
    QCOMPARE(person.displayName(), expected);
}

void tst_PersonName::shouldFormatNaturalNameInReadingOrder_data()
{
    QTest::addColumn<Person>("person");
    QTest::addColumn<QString>("expected");
    QTest::newRow("particle and suffix")
            << makePerson(u"Berg"_s, u"Jan"_s, u"van der"_s, u"Jr."_s) << u"Jan van der Berg Jr."_s;
    QTest::newRow("initials") << makePerson(u"Tolkien"_s, u"J. R. R."_s) << u"J. R. R. Tolkien"_s;
    QTest::newRow("family only") << makePerson(u"Madonna"_s, {}) << u"Madonna"_s;
    QTest::newRow("particle without given") << makePerson(u"Gaulle"_s, {}, u"de"_s) << u"de Gaulle"_s;
    QTest::newRow("literal as is") << makePerson({}, {}, {}, {}, u"Cochrane Collaboration"_s)
                                   << u"Cochrane Collaboration"_s;
}

void tst_PersonName::shouldFormatNaturalNameInReadingOrder()
{
    QFETCH(Person, person);
    QFETCH(QString, expected);
    QCOMPARE(person.naturalName(), expected);
}

void tst_PersonName::shouldWriteUnchangedRawBack()
{
    for (const QString &written : {u"Smith JA"_s, u"Tolkien, J R R"_s, u"Smith ,  John"_s,
                                   u"{World Health Organization}"_s, u"Ford, Jr., Henry"_s}) {
        const Person p = parsePersonName(written);
        QCOMPARE(p.textForWriting(), written);
    }
}

void tst_PersonName::shouldWriteDisplayFormOnceAPartIsEdited()
{
    Person p = parsePersonName(u"Smith JA"_s);
    p.given = u"John A."_s;
    QCOMPARE(p.textForWriting(), u"Smith, John A."_s);

    Person q = parsePersonName(u"Jan van der Berg"_s);
    q.suffix = u"Jr."_s;
    QCOMPARE(q.textForWriting(), u"van der Berg, Jan, Jr."_s);
}

void tst_PersonName::shouldWriteDisplayFormWhenThereIsNoRaw()
{
    const Person p = makePerson(u"Neumann"_s, u"John"_s, u"von"_s);
    QCOMPARE(p.textForWriting(), u"von Neumann, John"_s);
}

void tst_PersonName::shouldCompareNamesByPartsOnly()
{
    Person a = parsePersonName(u"Smith, John"_s);
    Person b = parsePersonName(u"John Smith"_s);
    b.line = 12;
    QVERIFY(a.sameName(b));
    QVERIFY(a != b);   // operator== also compares raw
    b.raw = a.raw;
    QVERIFY(a == b);
    b.given = u"Jane"_s;
    QVERIFY(!a.sameName(b));
    QVERIFY(!parsePersonName(u"Smith"_s).sameName(parsePersonName(u"{Smith}"_s)));
}

void tst_PersonName::shouldBeEmptyOnlyWithoutNameParts()
{
    QVERIFY(Person().isEmpty());
    QVERIFY(parsePersonName(u""_s).isEmpty());
    QVERIFY(!parsePersonName(u"Plato"_s).isEmpty());
    QVERIFY(!parsePersonName(u"{IEEE}"_s).isEmpty());
    Person suffixOnly;
    suffixOnly.suffix = u"Jr."_s;
    QVERIFY(!suffixOnly.isEmpty());
    Person rawOnly;
    rawOnly.raw = u","_s;
    QVERIFY(rawOnly.isEmpty());
}

void tst_PersonName::shouldSplitPastedPersonLists_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("semicolons") << u"Smith, J.; Doe, A. ;Roe, R."_s
                                << QStringList{u"Smith, J."_s, u"Doe, A."_s, u"Roe, R."_s};
    QTest::newRow("lines") << u"Smith, John\r\nDoe, Jane\n\n  \nRoe, Richard\n"_s
                           << QStringList{u"Smith, John"_s, u"Doe, Jane"_s, u"Roe, Richard"_s};
    QTest::newRow("bibtex and") << u"Smith, John and Jane Doe AND others"_s
                                << QStringList{u"Smith, John"_s, u"Jane Doe"_s, u"others"_s};
    QTest::newRow("and inside braces kept") << u"{Barnes and Noble} and Doe, Jane"_s
                                            << QStringList{u"{Barnes and Noble}"_s, u"Doe, Jane"_s};
    QTest::newRow("and inside a word kept") << u"Anderson, Alexander and Sandy Band"_s
                                            << QStringList{u"Anderson, Alexander"_s, u"Sandy Band"_s};
    QTest::newRow("and across a line break") << u"Smith, John and\nDoe, Jane"_s
                                             << QStringList{u"Smith, John"_s, u"Doe, Jane"_s};
    QTest::newRow("empty items dropped") << u" ; ;and; "_s << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
    QTest::newRow("single name") << u"  Plato  "_s << QStringList{u"Plato"_s};
}

void tst_PersonName::shouldSplitPastedPersonLists()
{
    QFETCH(QString, input);
    QFETCH(QStringList, expected);
    QCOMPARE(splitPersonList(input), expected);
}

void tst_PersonName::shouldNormaliseInitials_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("dotted, no spaces") << u"J.R.R."_s << u"J. R. R."_s;
    QTest::newRow("spaced, no dots") << u"J R R"_s << u"J. R. R."_s;
    QTest::newRow("missing final dot") << u"J.R.R"_s << u"J. R. R."_s;
    QTest::newRow("run of capitals") << u"JRR"_s << u"J. R. R."_s;
    QTest::newRow("two capitals") << u"JA"_s << u"J. A."_s;
    QTest::newRow("single capital") << u"J"_s << u"J."_s;
    QTest::newRow("already normal") << u"J. A."_s << u"J. A."_s;
    QTest::newRow("hyphenated kept") << u"J.-P."_s << u"J.-P."_s;
    QTest::newRow("hyphenated without dots") << u"J-P"_s << u"J.-P."_s;
    QTest::newRow("name unchanged") << u"Jan"_s << u"Jan"_s;
    QTest::newRow("two names unchanged") << u"Ana Lúcia"_s << u"Ana Lúcia"_s;
    QTest::newRow("name and initial unchanged") << u"John R"_s << u"John R"_s;
    QTest::newRow("four capitals are a word") << u"IEEE"_s << u"IEEE"_s;
    QTest::newRow("empty") << QString() << QString();
}

void tst_PersonName::shouldNormaliseInitials()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(normaliseInitials(input), expected);
}

void tst_PersonName::shouldSurviveOddInputs_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("display");   // displayName() of the result; empty = isEmpty()
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only spaces") << u"   \t  "_s << QString();
    QTest::newRow("comma") << u","_s << QString();
    QTest::newRow("commas") << u",,,"_s << QString();
    QTest::newRow("open brace") << u"{"_s << QString();
    QTest::newRow("close brace") << u"}"_s << QString();
    QTest::newRow("open braces") << u"{{{"_s << QString();
    QTest::newRow("empty braces") << u"{}"_s << QString();
    QTest::newRow("period") << u"."_s << QString();
    QTest::newRow("lone and") << u"and"_s << u"and"_s;
    QTest::newRow("empty middle part") << u"Smith, , John"_s << u"Smith, John"_s;
    QTest::newRow("unbalanced brace in name") << u"{Smith, John"_s << u"Smith, John"_s;
    QTest::newRow("comma first") << u", John"_s << u"John"_s;
    QTest::newRow("only suffix") << u"Jr."_s << u"Jr."_s;
    QTest::newRow("stray period") << u"Smith ."_s << u"Smith"_s;
}

void tst_PersonName::shouldSurviveOddInputs()
{
    QFETCH(QString, input);
    QFETCH(QString, display);
    const Person p = parsePersonName(input);
    QCOMPARE(p.raw, input.trimmed());
    QCOMPARE(p.displayName(), display);
    QCOMPARE(p.isEmpty(), display.isEmpty());
    QCOMPARE(p.textForWriting().isEmpty(), p.raw.isEmpty());
}

void tst_PersonName::shouldSurviveAVeryLongToken()
{
    const QString token(10000, u'x');
    const Person single = parsePersonName(token);
    QCOMPARE(single.family, token);

    const QString braces = QString(5000, u'{') + QString(5000, u'}');
    QVERIFY(parsePersonName(braces).isEmpty());

    const QString many = QStringList(QList<QString>(3000, u"J."_s)).join(u' ');
    const Person initials = parsePersonName(many);
    QVERIFY(!initials.isEmpty());
    QCOMPARE(splitPersonList(token + u" and "_s + token).size(), 2);
}

void tst_PersonName::shouldNameEveryRole()
{
    QCOMPARE(personRoleId(PersonRole::Author), u"author"_s);
    QCOMPARE(personRoleId(PersonRole::Editor), u"editor"_s);
    QCOMPARE(personRoleId(PersonRole::SeriesEditor), u"series-editor"_s);
    QCOMPARE(personRoleId(PersonRole::Translator), u"translator"_s);
    QCOMPARE(personRoleDisplayName(PersonRole::Author), u"Author"_s);
    QCOMPARE(personRoleDisplayName(PersonRole::Editor), u"Editor"_s);
    QCOMPARE(personRoleDisplayName(PersonRole::SeriesEditor), u"Series editor"_s);
    QCOMPARE(personRoleDisplayName(PersonRole::Translator), u"Translator"_s);
    QVERIFY(personRoleId(PersonRole::Count).isEmpty());
}

QTEST_GUILESS_MAIN(tst_PersonName)
#include "tst_personname.moc"
