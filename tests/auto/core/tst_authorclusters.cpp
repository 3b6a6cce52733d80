#include "cleanup/authorclusters.h"
#include "cleanup/cleanupactions.h"
#include "formats/fileio.h"
#include "model/personname.h"

#include "testconfig.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

const QString kSeedPath = QStringLiteral(REFMEND_CORPUS_DIR "/endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw");
const QString kCostaPath = QStringLiteral(REFMEND_TEST_DATA_DIR "/cleanup/costa.enw");

QList<Record> recordsWithAuthors(const QList<QStringList> &authorsPerRecord)
{
    QList<Record> records;
    for (const QStringList &names : authorsPerRecord) {
        Record record;
        PersonList persons;
        for (const QString &name : names)
            persons.append(parsePersonName(name));
        record.setPersons(PersonRole::Author, persons);
        records.append(record);
    }
    return records;
}

// The cluster whose canonical display name is \a name, or -1.
int clusterNamed(const AuthorClustering &clustering, const QString &name)
{
    for (int i = 0; i < clustering.clusters.size(); ++i) {
        if (clustering.clusters.at(i).canonical.displayName() == name)
            return i;
    }
    return -1;
}

// The cluster holding the variant \a text, or -1.
int clusterWithVariant(const AuthorClustering &clustering, const QString &text)
{
    for (int i = 0; i < clustering.clusters.size(); ++i) {
        for (const PersonVariant &variant : clustering.clusters.at(i).variants) {
            if (variant.text == text)
                return i;
        }
    }
    return -1;
}

QStringList variantTexts(const AuthorCluster &cluster)
{
    QStringList texts;
    for (const PersonVariant &variant : cluster.variants)
        texts.append(variant.text);
    texts.sort();
    return texts;
}

} // namespace

class TestAuthorClusters : public QObject
{
    Q_OBJECT

private slots:
    void fingerprintsNamesWrittenDifferentlyToOneKey_data();
    void fingerprintsNamesWrittenDifferentlyToOneKey();
    void listsEveryDistinctPersonWithItsRecords();
    void clustersTheCostaVariantsButNotAnaLucia();
    void suggestsTheFullAccentedProperCaseForm();
    void joinsInitialsOnlyWhenTheyArePrefixCompatible_data();
    void joinsInitialsOnlyWhenTheyArePrefixCompatible();
    void leavesAmbiguousInitialsAloneAndLinksThem();
    void keepsParticlesAndCapitalsInOneCluster();
    void flagsTransliterationsAsPossibleMatchesOnly();
    void linksANameWithAndWithoutASuffix();
    void filtersByRole();
    void clustersTheSeedAuthorsAfterMojibakeRepair();
    void renamesEveryOccurrenceKeepingPositionAndRole();
    void renamingOnePersonIsAOneVariantCluster();
    void ignoresOccurrencesThatNoLongerExist();
};

void TestAuthorClusters::fingerprintsNamesWrittenDifferentlyToOneKey_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fingerprint");

    QTest::newRow("family first") << u"Costa, Luís"_s << u"costa luis"_s;
    QTest::newRow("given first") << u"Luis Costa"_s << u"costa luis"_s;
    QTest::newRow("capitals") << u"COSTA, LUIS"_s << u"costa luis"_s;
    QTest::newRow("initial") << u"Costa, L."_s << u"costa l"_s;
    QTest::newRow("particle") << u"van der Berg, Jan"_s << u"berg der jan van"_s;
    QTest::newRow("institution") << u"{World Health Organization}"_s << u"health organization world"_s;
    QTest::newRow("repeated token kept") << u"van Ångström, Nguyễn Văn"_s << u"angstrom nguyen van van"_s;
}

void TestAuthorClusters::fingerprintsNamesWrittenDifferentlyToOneKey()
{
    QFETCH(QString, name);
    QFETCH(QString, fingerprint);
    QCOMPARE(personFingerprint(parsePersonName(name)), fingerprint);
}

void TestAuthorClusters::listsEveryDistinctPersonWithItsRecords()
{
    const QList<Record> records = recordsWithAuthors({{u"Costa, Luís"_s, u"Smith, John"_s},
                                                      {u"Smith, John"_s},
                                                      {u"Luís Costa"_s, u"Smith, John"_s}});
    const QList<PersonVariant> persons = collectPersons(records);
    QCOMPARE(persons.size(), 2);
    QCOMPARE(persons.at(0).text, u"Smith, John"_s);
    QCOMPARE(persons.at(0).recordCount, 3);
    QCOMPARE(persons.at(1).text, u"Costa, Luís"_s);
    QCOMPARE(persons.at(1).recordCount, 2);
    QCOMPARE(persons.at(1).writtenForms, (QStringList{u"Costa, Luís"_s, u"Luís Costa"_s}));
    QCOMPARE(persons.at(1).occurrences.at(1), (PersonOccurrence{2, PersonRole::Author, 0}));
    QCOMPARE(persons.at(0).occurrences.at(2), (PersonOccurrence{2, PersonRole::Author, 1}));
}

void TestAuthorClusters::clustersTheCostaVariantsButNotAnaLucia()
{
    const Collection collection = readFile(kCostaPath);
    QVERIFY(!collection.hasErrors());
    const AuthorClustering clustering = clusterAuthors(collection.records);

    const int luis = clusterWithVariant(clustering, u"Costa, Luís"_s);
    QVERIFY(luis >= 0);
    const AuthorCluster &cluster = clustering.clusters.at(luis);
    QCOMPARE(variantTexts(cluster),
             (QStringList{u"COSTA, LUIS"_s, u"Costa, L."_s, u"Costa, Luis"_s, u"Costa, Luís"_s}));
    // Records 1-5 (the mojibake "Lu¨ªs Costa" of record 5 keyed as "Luís").
    QCOMPARE(cluster.recordCount, 5);
    QCOMPARE(cluster.occurrences().size(), 6);   // record 2 names him as author and editor

    const int ana = clusterWithVariant(clustering, u"Costa, Ana Lúcia"_s);
    QVERIFY(ana >= 0);
    QVERIFY(ana != luis);
    QCOMPARE(clustering.clusters.at(ana).recordCount, 2);
    QCOMPARE(clustering.clusters.at(ana).variants.size(), 1);
    QVERIFY(!clustering.clusters.at(luis).possibleMatches.contains(ana));
}

void TestAuthorClusters::suggestsTheFullAccentedProperCaseForm()
{
    const AuthorClustering clustering = clusterAuthors(readFile(kCostaPath).records);
    QVERIFY(clusterNamed(clustering, u"Costa, Luís"_s) >= 0);
    QVERIFY(clusterNamed(clustering, u"Tolkien, John Ronald Reuel"_s) >= 0);
    QCOMPARE(clustering.clusters.at(clusterNamed(clustering, u"Costa, Luís"_s)).canonical.raw, u"Costa, Luís"_s);

    // Frequency alone does not beat diacritics and full names.
    PersonVariant plain;
    plain.person = parsePersonName(u"Costa, Luis");
    plain.text = plain.person.displayName();
    plain.occurrences.resize(10);
    PersonVariant accented;
    accented.person = parsePersonName(u"Costa, Luís");
    accented.text = accented.person.displayName();
    accented.occurrences.resize(1);
    PersonVariant shouting;
    shouting.person = parsePersonName(u"COSTA, LUÍS");
    shouting.text = shouting.person.displayName();
    shouting.occurrences.resize(50);
    QCOMPARE(suggestCanonical({plain, accented, shouting}).displayName(), u"Costa, Luís"_s);
    QCOMPARE(suggestCanonical({plain, shouting}).displayName(), u"Costa, Luis"_s);

    // The split written family-first beats the parser's guess, however often the guess occurs.
    const AuthorClustering compound = clusterAuthors(recordsWithAuthors(
            {{u"Mary García Márquez"_s}, {u"Mary García Márquez"_s}, {u"García Márquez, Mary"_s}}));
    QCOMPARE(compound.clusters.size(), 1);
    QCOMPARE(compound.clusters.first().canonical.family, u"García Márquez"_s);
    QCOMPARE(compound.clusters.first().canonical.given, u"Mary"_s);
}

void TestAuthorClusters::joinsInitialsOnlyWhenTheyArePrefixCompatible_data()
{
    QTest::addColumn<QString>("full");
    QTest::addColumn<QString>("other");
    QTest::addColumn<bool>("joined");

    QTest::newRow("initial of the given name") << u"Costa, Luís"_s << u"Costa, L."_s << true;
    QTest::newRow("initial without accent") << u"Costa, Luís"_s << u"L. Costa"_s << true;
    QTest::newRow("two initials for two names") << u"Costa, Luís Carlos"_s << u"Costa, L. C."_s << true;
    QTest::newRow("first name of two") << u"Costa, Luís Carlos"_s << u"Costa, Luís"_s << true;
    QTest::newRow("one initial for two names") << u"Costa, Luís Carlos"_s << u"Costa, L."_s << true;
    QTest::newRow("second initial differs") << u"Costa, Luís Carlos"_s << u"Costa, L. M."_s << false;
    QTest::newRow("other first letter") << u"Costa, Luís"_s << u"Costa, A."_s << false;
    QTest::newRow("other given name") << u"Costa, Luís"_s << u"Costa, Lucas"_s << false;
    QTest::newRow("other family name") << u"Costa, Luís"_s << u"Coste, L."_s << false;
    QTest::newRow("hyphenated initials") << u"Sartre, Jean-Paul"_s << u"Sartre, J.-P."_s << true;
    QTest::newRow("suffix differs") << u"King, Martin, Jr."_s << u"King, Martin, III"_s << false;
    QTest::newRow("suffix and none") << u"King, Martin"_s << u"King, Martin, Jr."_s << false;
    QTest::newRow("same suffix") << u"King, Martin, Jr."_s << u"King, M., Jr"_s << true;
}

void TestAuthorClusters::joinsInitialsOnlyWhenTheyArePrefixCompatible()
{
    QFETCH(QString, full);
    QFETCH(QString, other);
    QFETCH(bool, joined);
    const AuthorClustering clustering = clusterAuthors(recordsWithAuthors({{full}, {other}}));
    QCOMPARE(clustering.clusters.size(), joined ? 1 : 2);
}

void TestAuthorClusters::leavesAmbiguousInitialsAloneAndLinksThem()
{
    const AuthorClustering clustering = clusterAuthors(
            recordsWithAuthors({{u"Costa, Luís"_s}, {u"Costa, Lúcia"_s}, {u"Costa, L."_s}}));
    QCOMPARE(clustering.clusters.size(), 3);
    const int initials = clusterWithVariant(clustering, u"Costa, L."_s);
    QCOMPARE(clustering.clusters.at(initials).possibleMatches.size(), 2);
    for (const PossibleMatch &match : clustering.possibleMatches)
        QCOMPARE(match.reason, PossibleMatchReason::AmbiguousInitials);
    QCOMPARE(clustering.possibleMatches.size(), 2);
}

void TestAuthorClusters::keepsParticlesAndCapitalsInOneCluster()
{
    const AuthorClustering clustering = clusterAuthors(readFile(kCostaPath).records);
    const int berg = clusterWithVariant(clustering, u"van der Berg, Jan"_s);
    QVERIFY(berg >= 0);
    QCOMPARE(variantTexts(clustering.clusters.at(berg)), (QStringList{u"VAN DER BERG, JAN"_s, u"van der Berg, Jan"_s}));
    QCOMPARE(clustering.clusters.at(berg).canonical.particle, u"van der"_s);
    QCOMPARE(clustering.clusters.at(berg).canonical.family, u"Berg"_s);

    const int tolkien = clusterWithVariant(clustering, u"Tolkien, J. R. R."_s);
    QCOMPARE(variantTexts(clustering.clusters.at(tolkien)),
             (QStringList{u"Tolkien, J. R. R."_s, u"Tolkien, J.R."_s, u"Tolkien, John Ronald Reuel"_s}));
}

void TestAuthorClusters::flagsTransliterationsAsPossibleMatchesOnly()
{
    const AuthorClustering clustering = clusterAuthors(readFile(kCostaPath).records);
    const int mueller = clusterWithVariant(clustering, u"Mueller, Hans"_s);
    const int mueller2 = clusterWithVariant(clustering, u"Müller, Hans"_s);
    QVERIFY(mueller >= 0);
    QVERIFY(mueller2 >= 0);
    QVERIFY(mueller != mueller2);
    QCOMPARE(clustering.clusters.at(mueller).possibleMatches, QList<int>{mueller2});
    QCOMPARE(clustering.clusters.at(mueller2).possibleMatches, QList<int>{mueller});
    const auto match = std::find_if(clustering.possibleMatches.begin(), clustering.possibleMatches.end(),
                                    [&](const PossibleMatch &m) {
                                        return m.first == std::min(mueller, mueller2)
                                                && m.second == std::max(mueller, mueller2);
                                    });
    QVERIFY(match != clustering.possibleMatches.end());
    QCOMPARE(match->reason, PossibleMatchReason::Transliteration);

    // Scandinavian forms too; unrelated names are not linked.
    const AuthorClustering nordic = clusterAuthors(recordsWithAuthors(
            {{u"Kierkegaard, Søren"_s}, {u"Kierkegaard, Soeren"_s}, {u"Ångström, Anders"_s},
             {u"Aangstroem, Anders"_s}, {u"Smith, Anders"_s}}));
    QCOMPARE(nordic.clusters.size(), 5);
    QCOMPARE(nordic.possibleMatches.size(), 2);
    const AuthorCluster &soren = nordic.clusters.at(clusterWithVariant(nordic, u"Kierkegaard, Søren"_s));
    QCOMPARE(soren.possibleMatches, QList<int>{clusterWithVariant(nordic, u"Kierkegaard, Soeren"_s)});
    const AuthorCluster &angstrom = nordic.clusters.at(clusterWithVariant(nordic, u"Ångström, Anders"_s));
    QCOMPARE(angstrom.possibleMatches, QList<int>{clusterWithVariant(nordic, u"Aangstroem, Anders"_s)});
}

void TestAuthorClusters::linksANameWithAndWithoutASuffix()
{
    const AuthorClustering clustering = clusterAuthors(
            recordsWithAuthors({{u"King, Martin Luther"_s}, {u"King, Martin Luther, Jr."_s}, {u"King, M. L., III"_s}}));
    QCOMPARE(clustering.clusters.size(), 3);
    QCOMPARE(clustering.possibleMatches.size(), 2);   // Jr. and III are not linked to each other
    for (const PossibleMatch &match : clustering.possibleMatches)
        QCOMPARE(match.reason, PossibleMatchReason::DifferentSuffix);
    const int plain = clusterWithVariant(clustering, u"King, Martin Luther"_s);
    QCOMPARE(clustering.clusters.at(plain).possibleMatches.size(), 2);
}

void TestAuthorClusters::filtersByRole()
{
    AuthorClusterOptions options;
    options.role = PersonRole::Editor;
    const AuthorClustering editors = clusterAuthors(readFile(kCostaPath).records, options);
    QCOMPARE(editors.clusters.size(), 1);
    QCOMPARE(editors.clusters.first().variants.first().text, u"Costa, L."_s);
    QCOMPARE(editors.clusters.first().variants.first().occurrences.first().role, PersonRole::Editor);
}

void TestAuthorClusters::clustersTheSeedAuthorsAfterMojibakeRepair()
{
    if (!QFile::exists(kSeedPath))
        QSKIP("corpus not found: set REFMEND_SHARED_DIR to the folder holding corpus/");
    const QList<Record> records = readFile(kSeedPath).records;
    QCOMPARE(records.size(), 1);
    const AuthorClustering clustering = clusterAuthors(records);
    QCOMPARE(clustering.clusters.size(), 9);
    QStringList names;
    for (const AuthorCluster &cluster : clustering.clusters) {
        QCOMPARE(cluster.recordCount, 1);
        names.append(cluster.canonical.displayName());
    }
    names.sort();
    QCOMPARE(names, (QStringList{u"Amaral, Teresa"_s, u"Cortes, Paulo"_s, u"Costa, Ana Lúcia"_s,
                                 u"Costa, Luís"_s, u"Fernandes, Isabel"_s, u"Macedo, Daniela"_s,
                                 u"Quintela, António"_s, u"Sousa, Ana Rita"_s, u"Távora, Isabel"_s}));
    QVERIFY(clustering.possibleMatches.isEmpty());

    // Concatenated with the Costa fixture, the seed's Luís joins the Costa cluster.
    QList<Record> both = records + readFile(kCostaPath).records;
    const AuthorClustering joined = clusterAuthors(both);
    const AuthorCluster &luis = joined.clusters.at(clusterWithVariant(joined, u"Costa, Luís"_s));
    QCOMPARE(luis.recordCount, 6);
    QCOMPARE(luis.canonical.displayName(), u"Costa, Luís"_s);
}

void TestAuthorClusters::renamesEveryOccurrenceKeepingPositionAndRole()
{
    const QList<Record> records = readFile(kCostaPath).records;
    const AuthorClustering clustering = clusterAuthors(records);
    const AuthorCluster &cluster = clustering.clusters.at(clusterWithVariant(clustering, u"Costa, Luís"_s));

    const QList<RecordRepair> repairs = planRename(records, cluster.canonical, cluster.occurrences());
    // Record 0 already says "Costa, Luís": nothing to do there.
    QCOMPARE(repairs.size(), 4);
    QList<Record> renamed = records;
    for (const RecordRepair &repair : repairs)
        renamed[repair.recordIndex] = repair.after;

    QCOMPARE(renamed.at(1).authors().at(0).displayName(), u"Costa, Luís"_s);
    QCOMPARE(renamed.at(1).persons(PersonRole::Editor).at(0).displayName(), u"Costa, Luís"_s);
    QCOMPARE(renamed.at(2).authors().at(0).displayName(), u"Macedo, Daniela"_s);
    QCOMPARE(renamed.at(2).authors().at(1).displayName(), u"Costa, Luís"_s);
    QCOMPARE(renamed.at(2).authors().at(1).raw, u"Costa, Luís"_s);
    QCOMPARE(renamed.at(2).authors().at(1).line, records.at(2).authors().at(1).line);
    QCOMPARE(renamed.at(3).authors().at(0).displayName(), u"Costa, Luís"_s);
    QCOMPARE(renamed.at(4).authors().at(0).displayName(), u"Costa, Luís"_s);
    // Ana Lúcia, still garbled in record 4, is not part of the rename.
    QCOMPARE(renamed.at(4).authors().at(1), records.at(4).authors().at(1));
    QCOMPARE(renamed.at(0), records.at(0));

    const AuthorClustering after = clusterAuthors(renamed);
    const AuthorCluster &single = after.clusters.at(clusterWithVariant(after, u"Costa, Luís"_s));
    QCOMPARE(single.variants.size(), 1);
    QCOMPARE(single.recordCount, 5);
    QVERIFY(planRename(renamed, single.canonical, single.occurrences()).isEmpty());
}

void TestAuthorClusters::renamingOnePersonIsAOneVariantCluster()
{
    const QList<Record> records = recordsWithAuthors({{u"Smith, J."_s, u"Doe, Jane"_s}, {u"Smith, J."_s}});
    const QList<PersonVariant> persons = collectPersons(records);
    QCOMPARE(persons.first().text, u"Smith, J."_s);
    const QList<RecordRepair> repairs = planRename(records, parsePersonName(u"Smith, John"), persons.first().occurrences);
    QCOMPARE(repairs.size(), 2);
    QCOMPARE(repairs.at(0).after.authors().at(0).given, u"John"_s);
    QCOMPARE(repairs.at(0).after.authors().at(1).given, u"Jane"_s);
    QCOMPARE(repairs.at(1).after.authors().at(0).given, u"John"_s);
    QCOMPARE(repairs.at(1).repairedTexts, 1);
}

void TestAuthorClusters::ignoresOccurrencesThatNoLongerExist()
{
    const QList<Record> records = recordsWithAuthors({{u"Smith, J."_s}});
    const QList<PersonOccurrence> stale = {{0, PersonRole::Author, 3}, {5, PersonRole::Author, 0},
                                           {0, PersonRole::Editor, 0}};
    QVERIFY(planRename(records, parsePersonName(u"Smith, John"), stale).isEmpty());
}

QTEST_GUILESS_MAIN(TestAuthorClusters)
#include "tst_authorclusters.moc"
