#include "text/encoding.h"
#include "text/mojibakerepair.h"

#include "testconfig.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

Q_DECLARE_METATYPE(refmend::MojibakeKind)

namespace {

const QString SeedFile = u"endnote-refer/hindawi__isrn-hepatology-2013-flattened.enw"_s;

// Corpus files that contain mojibake although their MANIFEST.tsv note does not say
// "mojibake", "U+FFFD" or "replacement"; proposals are expected in them.
const QStringList KnownMojibakeFiles = {
    // The manifest describes it as "damaged by GBK bytes read as Latin-1" (L¨²cia = Lúcia).
    SeedFile,
    // Line 1329: editor "Sgall, JirÃ­" is UTF-8 "Jirí" read as Windows-1252 (C3 AD).
    u"bibtex/kbibtex-testset__general-collection.bib"_s,
    // Line 12: "CÃ³rdoba Spain" is UTF-8 "Córdoba" read as Windows-1252 (C3 B3).
    u"bibtex/zotero-better-bibtex__Import Jabref fileDirectory, unexpected reference type #1058.bib"_s,
};

QByteArray readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

// Paths whose MANIFEST.tsv notes admit to mojibake or replacement characters.
QSet<QString> filesNotedAsDamaged(const QString &corpusDir)
{
    QSet<QString> damaged;
    const QString manifest = QString::fromUtf8(readFile(corpusDir + u"/MANIFEST.tsv"_s));
    const QStringList lines = manifest.split(u'\n');
    for (const QString &line : lines) {
        const QStringList columns = line.split(u'\t'); // path format source license records size notes
        if (columns.size() < 7)
            continue;
        const QString &notes = columns.at(6);
        if (notes.contains("mojibake"_L1, Qt::CaseInsensitive) || notes.contains("U+FFFD"_L1, Qt::CaseInsensitive)
            || notes.contains("replacement"_L1, Qt::CaseInsensitive)) {
            damaged.insert(columns.at(0));
        }
    }
    return damaged;
}

QString visible(const QString &text)
{
    // Long lines are cut around the first difference by the caller; keep controls visible.
    QString out;
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || (c.unicode() >= 0x7F && c.unicode() < 0xA0))
            out += u"\\u%1"_s.arg(uint(c.unicode()), 4, 16, QChar(u'0'));
        else
            out += c;
    }
    return out;
}

// The part of before/after that changed, with a little context.
QString changedPart(const TextRepair &repair)
{
    const QString &a = repair.before;
    const QString &b = repair.after;
    qsizetype start = 0;
    while (start < a.size() && start < b.size() && a[start] == b[start])
        ++start;
    qsizetype endA = a.size();
    qsizetype endB = b.size();
    while (endA > start && endB > start && a[endA - 1] == b[endB - 1])
        --endA, --endB;
    const qsizetype from = qMax<qsizetype>(0, start - 20);
    return u"\"%1\" -> \"%2\""_s.arg(visible(a.mid(from, endA - from + 20)),
                                     visible(b.mid(from, endB - from + 20)));
}

} // namespace

class TestMojibakeRepair : public QObject
{
    Q_OBJECT

private slots:
    void repairsGbkReadAsLatin1_data();
    void repairsGbkReadAsLatin1();
    void repairsUtf8ReadAsWindows1252_data();
    void repairsUtf8ReadAsWindows1252();
    void changesOnlyTheGarbledRuns();
    void leavesGenuineTextAlone_data();
    void leavesGenuineTextAlone();
    void preChecksCheaplyForMojibake_data();
    void preChecksCheaplyForMojibake();
    void describesEachKind();
    void excerptsShowTheChangedPartInContext();
    void repairsTheSeedHindawiExport();
    void proposesNothingForCleanCorpusFiles();
};

void TestMojibakeRepair::repairsGbkReadAsLatin1_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("repaired");

    QTest::newRow("L¨²cia") << u"Ana L¨²cia Costa"_s << u"Ana Lúcia Costa"_s;
    QTest::newRow("T¨¢vora") << u"Isabel T¨¢vora"_s << u"Isabel Távora"_s;
    QTest::newRow("Ant¨®nio") << u"Ant¨®nio Quintela"_s << u"António Quintela"_s;
    QTest::newRow("Lu¨ªs") << u"Lu¨ªs Costa"_s << u"Luís Costa"_s;
    QTest::newRow("range with ASCII trail byte") << u"Approximately 75¨C80% of patients"_s
                                                 << u"Approximately 75–80% of patients"_s;
    QTest::newRow("range after a percent sign") << u"and 20%¨C25% will develop"_s
                                                << u"and 20%–25% will develop"_s;
    QTest::newRow("several names in one string") << u"Ana L¨²cia Costa; Lu¨ªs Costa; Jos¨¦ M¨¹ller"_s
                                                 << u"Ana Lúcia Costa; Luís Costa; José Müller"_s;
    QTest::newRow("curly quotes") << u"the so-called ¡°liver first¡± approach"_s
                                  << u"the so-called “liver first” approach"_s;
    QTest::newRow("em dash") << u"tumors¡ªa heterogeneous group"_s << u"tumors—a heterogeneous group"_s;
    QTest::newRow("degree Celsius") << u"incubated at 37¡æ overnight"_s << u"incubated at 37℃ overnight"_s;
    QTest::newRow("Greek letter") << u"TNF-¦Á levels"_s << u"TNF-α levels"_s;
    QTest::newRow("GB18030 four-byte sequence (C1 controls)") << u"Jo\u00810\u008A0o Silva"_s
                                                              << u"João Silva"_s;
}

void TestMojibakeRepair::repairsGbkReadAsLatin1()
{
    QFETCH(QString, text);
    QFETCH(QString, repaired);

    const std::optional<TextRepair> repair = proposeMojibakeRepair(text);
    QVERIFY(repair);
    QCOMPARE(repair->before, text);
    QCOMPARE(repair->after, repaired);
    QCOMPARE(repair->kind, MojibakeKind::GbkReadAsLatin1);
    QVERIFY(!proposeMojibakeRepair(repair->after)); // the result is left alone
}

void TestMojibakeRepair::repairsUtf8ReadAsWindows1252_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("repaired");
    QTest::addColumn<MojibakeKind>("kind");

    const auto once = MojibakeKind::Utf8ReadAsCp1252;
    const auto twice = MojibakeKind::Utf8ReadAsCp1252Twice;
    QTest::newRow("JosÃ©") << u"JosÃ©"_s << u"José"_s << once;
    QTest::newRow("en dash") << u"pp. 12\u00E2\u20AC\u201C19"_s << u"pp. 12–19"_s << once;
    QTest::newRow("em dash") << u"tumors\u00E2\u20AC\u201Da group"_s << u"tumors—a group"_s << once;
    QTest::newRow("u umlaut") << u"MÃ¼ller"_s << u"Müller"_s << once;
    QTest::newRow("right single quote") << u"Parkinson\u00E2\u20AC\u2122s disease"_s
                                        << u"Parkinson’s disease"_s << once;
    QTest::newRow("Ångström") << u"Ã\u2026ngstrÃ¶m"_s << u"Ångström"_s << once;
    QTest::newRow("Latin-1 C1 control for Á") << u"Ã\u0081lvarez, Ã\u0081ngel"_s
                                               << u"Álvarez, Ángel"_s << once;
    QTest::newRow("Polish with C1 control") << u"Å\u0081Ã³dÅº"_s << u"Łódź"_s << once;
    QTest::newRow("Czech") << u"DvoÅ™Ã¡k"_s << u"Dvořák"_s << once;
    QTest::newRow("Croatian") << u"Å½iÅ¾ek"_s << u"Žižek"_s << once;
    QTest::newRow("Hungarian double acute") << u"ErdÅ‘s"_s << u"Erdős"_s << once;
    QTest::newRow("Vietnamese") << u"Nguyá»…n Văn"_s << u"Nguyễn Văn"_s << once;
    QTest::newRow("Spanish") << u"Ã‘ÃºÃ±ez PÃ©rezâ€“GarcÃ\u00ADa"_s << u"Ñúñez Pérez–García"_s << once;
    QTest::newRow("curly double quotes") << u"\u00E2\u20AC\u0153quoted\u00E2\u20AC\u009D"_s
                                         << u"“quoted”"_s << once;
    QTest::newRow("Greek letters in science") << u"Î±-helix of 10 Î¼m"_s << u"α-helix of 10 μm"_s << once;
    QTest::newRow("Cyrillic word") << u"ÐœÐ¾Ñ\u0081ÐºÐ²Ð°"_s << u"Москва"_s << once;
    QTest::newRow("Cyrillic one-letter word among garbled words")
        << u"ÐœÐ¾Ñ\u0081ÐºÐ²Ð° Ð¸ Ð›ÐµÐ½Ð¸Ð½Ð³Ñ€Ð°Ð´"_s << u"Москва и Ленинград"_s << once;
    QTest::newRow("decomposed accents (Latin-1 C1 control)") << u"JoseÌ\u0081 GarciÌ\u0081a"_s
                                                             << u"Jose\u0301 Garci\u0301a"_s << once;
    QTest::newRow("arrow and minus sign") << u"A â†’ B, xÂ\u00A0âˆ’Â\u00A01"_s
                                          << u"A → B, x\u00A0−\u00A01"_s << once;
    QTest::newRow("Italian word-final à before NBSP") << u"universitÃ\u00A0 di Roma"_s
                                                     << u"università di Roma"_s << once;
    QTest::newRow("upper-case word-final Ô with other evidence") << u"“IRMÃ” and JosÃ©"_s
                                                                  << u"“IRMÔ and José"_s << once;
    QTest::newRow("Chinese") << u"åŒ—äº¬"_s << u"北京"_s << once;
    QTest::newRow("euro sign") << u"â‚¬5"_s << u"€5"_s << once;
    QTest::newRow("degree sign") << u"25Â°C"_s << u"25°C"_s << once;
    QTest::newRow("twice: JosÃƒÂ©") << u"JosÃƒÂ©"_s << u"José"_s << twice;
    QTest::newRow("twice: MÃƒÂ¼ller") << u"MÃƒÂ¼ller"_s << u"Müller"_s << twice;
    QTest::newRow("twice: en dash") << u"1990Ã¢â‚¬â€œ2000"_s << u"1990–2000"_s << twice;
}

void TestMojibakeRepair::repairsUtf8ReadAsWindows1252()
{
    QFETCH(QString, text);
    QFETCH(QString, repaired);
    QFETCH(MojibakeKind, kind);

    QVERIFY(mayContainMojibake(text));
    const std::optional<TextRepair> repair = proposeMojibakeRepair(text);
    QVERIFY(repair);
    QCOMPARE(repair->before, text);
    QCOMPARE(repair->after, repaired);
    QCOMPARE(repair->kind, kind);
    QVERIFY(!proposeMojibakeRepair(repair->after));
}

void TestMojibakeRepair::changesOnlyTheGarbledRuns()
{
    const QString text = u"Müller, Jörg; JosÃ© Ångström; Øster – “naïve” ½ £5"_s;
    const std::optional<TextRepair> repair = proposeMojibakeRepair(text);
    QVERIFY(repair);
    QCOMPARE(repair->after, u"Müller, Jörg; José Ångström; Øster – “naïve” ½ £5"_s);
    QCOMPARE(repair->kind, MojibakeKind::Utf8ReadAsCp1252);

    const QString gbk = u"Müller and L¨²cia: 75¨C80% (“clean”)"_s;
    const std::optional<TextRepair> gbkRepair = proposeMojibakeRepair(gbk);
    QVERIFY(gbkRepair);
    QCOMPARE(gbkRepair->after, u"Müller and Lúcia: 75–80% (“clean”)"_s);
}

void TestMojibakeRepair::leavesGenuineTextAlone_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("clean ASCII") << u"Smith, J. and Doe, A. (2010) On things. J. Stuff 12(3):45-67."_s;
    QTest::newRow("Müller") << u"Müller, Hans-Jürgen"_s;
    QTest::newRow("Ångström") << u"Ångström, Anders Jonas"_s;
    QTest::newRow("José") << u"José García Márquez"_s;
    QTest::newRow("Françoise") << u"Françoise Barré-Sinoussi"_s;
    QTest::newRow("Øster") << u"Øster, Søren; Ærø"_s;
    QTest::newRow("naïve") << u"A naïve approach to coöperation"_s;
    QTest::newRow("one half") << u"½ cup of flour"_s;
    QTest::newRow("pound sign") << u"costs £5 per copy"_s;
    QTest::newRow("copyright") << u"©2010 Elsevier Ltd. All rights reserved."_s;
    QTest::newRow("degrees and plus-minus") << u"at 37 °C ± 0.5 °C, 10 µm"_s;
    QTest::newRow("guillemets after capitals") << u"«CAFÉ» et «ÉTÉ»"_s;
    QTest::newRow("French spacing before a guillemet") << u"« la société\u00A0» et « voilà\u00A0»"_s;
    QTest::newRow("quote after a final accented capital") << u"“ACCIÓ”, “PERCHÈ” and “CAFÉ’S”"_s;
    QTest::newRow("ellipsis inside quotes") << u"“un café…” dit-il"_s;
    QTest::newRow("German quotes after ß") << u"„Groß“ und „Fuß“"_s;
    QTest::newRow("smart punctuation") << u"“Quoted” – ‘single’ — dash… • bullet ™ € ‰"_s;
    QTest::newRow("real Chinese") << u"北京大学"_s;
    QTest::newRow("Chinese name") << u"张伟"_s;
    QTest::newRow("Chinese sentence") << u"本文对北京大学图书馆所藏的中文古籍进行了系统的整理和研究。"_s;
    QTest::newRow("Japanese") << u"東京大学の図書館で日本語の論文を読みました。"_s;
    QTest::newRow("Korean") << u"서울대학교 도서관"_s;
    QTest::newRow("Cyrillic") << u"Москва, Издательство «Наука», 1985"_s;
    QTest::newRow("Greek") << u"Ἀθῆναι: Ἑλληνικὴ Ἑταιρεία"_s;
    QTest::newRow("lone diaeresis") << u"the diaeresis (¨) marks a separate vowel"_s;
    QTest::newRow("diaeresis before a letter") << u"written as ¨a or ¨e on old typewriters"_s;
    QTest::newRow("section signs") << u"see §§ 12–14 and §5"_s;
    QTest::newRow("Spanish inverted marks") << u"¡Hola! ¿Qué tal?"_s;
    QTest::newRow("Latin-1 symbols in a row") << u"±½¼¾ °¹²³"_s;
    QTest::newRow("Icelandic") << u"Þórður Guðmundsson"_s;
    QTest::newRow("Portuguese capitals") << u"SÃO PAULO, IRMÃ, AÇÃO, “IRMÔ"_s;
    QTest::newRow("Czech capitals") << u"PŘÍŠERNĚ ŽLUŤOUČKÝ KŮŇ, ČÍŽEK, ÚŽASNÝ"_s;
    QTest::newRow("German quotes after capitals") << u"„SCHÖ“ und ‚GRÖ‘, »ÄRGER« und »ÉTÉ«"_s;
    QTest::newRow("Swedish capitals before quotes") << u"”PÅ” och ”SÅ…”"_s;
    QTest::newRow("capital letter before a soft hyphen") << u"PŘÍ\u00ADSTUP"_s;
    QTest::newRow("French ligatures") << u"CHŒUR, L’HAŸ-LES-ROSES, sœur"_s;
    QTest::newRow("Spanish capitals") << u"ÑŒ, NIÑO, AÑO ÓŠ"_s;
}

void TestMojibakeRepair::leavesGenuineTextAlone()
{
    QFETCH(QString, text);
    const std::optional<TextRepair> repair = proposeMojibakeRepair(text);
    QVERIFY2(!repair, repair ? qPrintable(changedPart(*repair)) : "");
}

void TestMojibakeRepair::preChecksCheaplyForMojibake_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("may");

    QTest::newRow("empty") << QString() << false;
    QTest::newRow("pure ASCII") << u"Smith, J. (2010)"_s << false;
    QTest::newRow("Latin-1 letter") << u"José"_s << true;
    QTest::newRow("C1 control") << u"a\u0081b"_s << true;
    QTest::newRow("Windows-1252 only character") << u"it’s"_s << true;
    QTest::newRow("euro sign") << u"€"_s << true;
    QTest::newRow("Chinese only") << u"北京大学"_s << false;
    QTest::newRow("Cyrillic only") << u"Москва"_s << false;
    QTest::newRow("Polish letters outside Windows-1252") << u"Łódź"_s << true; // ó
    QTest::newRow("Polish letters only beyond Latin-1") << u"Łęk"_s << false;
}

void TestMojibakeRepair::preChecksCheaplyForMojibake()
{
    QFETCH(QString, text);
    QFETCH(bool, may);
    QCOMPARE(mayContainMojibake(text), may);
}

void TestMojibakeRepair::describesEachKind()
{
    const QString gbk = mojibakeKindDescription(MojibakeKind::GbkReadAsLatin1);
    const QString once = mojibakeKindDescription(MojibakeKind::Utf8ReadAsCp1252);
    const QString twice = mojibakeKindDescription(MojibakeKind::Utf8ReadAsCp1252Twice);
    QCOMPARE(gbk, u"GBK text read as Latin-1"_s);
    QVERIFY(once.contains("UTF-8"_L1));
    QVERIFY(twice.contains("UTF-8"_L1));
    QCOMPARE(QSet<QString>({gbk, once, twice}).size(), 3);
}

void TestMojibakeRepair::repairsTheSeedHindawiExport()
{
    const QString path = QStringLiteral(REFMEND_CORPUS_DIR) + u'/' + SeedFile;
    if (!QFileInfo::exists(path))
        QSKIP(qPrintable(u"seed file not found: %1"_s.arg(path)));
    const DecodedText decoded = decodeText(readFile(path));
    QCOMPARE(decoded.encoding, u"UTF-8"_s);

    const std::optional<TextRepair> repair = proposeMojibakeRepair(decoded.text);
    QVERIFY(repair);
    QCOMPARE(repair->kind, MojibakeKind::GbkReadAsLatin1);
    QCOMPARE(repair->before, decoded.text);
    for (const auto &name : {u"%A Ana Lúcia Costa %A"_s, u"%A Isabel Távora %A"_s,
                             u"%A António Quintela %A"_s, u"%A Luís Costa %J"_s,
                             u"Approximately 75–80% of patients"_s, u"and 20%–25% will develop"_s,
                             u"In 62%–82% of the cases"_s}) {
        QVERIFY2(repair->after.contains(name), qPrintable(name));
    }
    QVERIFY(!repair->after.contains(u'¨'));
    // Nothing else changed: apart from the repaired runs the text is the same.
    QCOMPARE(repair->after.size(), decoded.text.size() - 7);
}

void TestMojibakeRepair::proposesNothingForCleanCorpusFiles()
{
    const QString corpusDir = QStringLiteral(REFMEND_CORPUS_DIR);
    if (!QFileInfo(corpusDir).isDir())
        QSKIP(qPrintable(u"corpus not found at %1 (REFMEND_SHARED_DIR)"_s.arg(corpusDir)));

    const QSet<QString> damaged = filesNotedAsDamaged(corpusDir);
    QVERIFY2(!damaged.isEmpty(), "MANIFEST.tsv lists no damaged files; was it read?");

    const QDir root(corpusDir);
    QStringList failures;
    int filesChecked = 0;
    int linesChecked = 0;
    int knownFilesRepaired = 0;
    QDirIterator it(corpusDir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = root.relativeFilePath(path);
        if (relative == "MANIFEST.tsv"_L1 || damaged.contains(relative))
            continue; // the index itself quotes mojibake in its notes
        const QByteArray bytes = readFile(path);
        if (!isValidUtf8(bytes))
            continue;
        const bool knownMojibake = KnownMojibakeFiles.contains(relative);
        const QStringList lines = QString::fromUtf8(bytes).split(u'\n');
        bool repairedSomething = false;
        for (qsizetype i = 0; i < lines.size(); ++i) {
            const std::optional<TextRepair> repair = proposeMojibakeRepair(lines.at(i));
            ++linesChecked;
            if (!repair)
                continue;
            repairedSomething = true;
            if (!knownMojibake)
                failures << u"%1:%2: %3"_s.arg(relative).arg(i + 1).arg(changedPart(*repair));
        }
        if (knownMojibake) {
            QVERIFY2(repairedSomething, qPrintable(u"%1 has mojibake but nothing was repaired"_s.arg(relative)));
            ++knownFilesRepaired;
        }
        ++filesChecked;
    }
    qInfo("checked %d lines in %d UTF-8 corpus files", linesChecked, filesChecked);
    QVERIFY(filesChecked > 0);
    QCOMPARE(knownFilesRepaired, KnownMojibakeFiles.size());
    QVERIFY2(failures.isEmpty(), qPrintable(u"\n"_s + failures.mid(0, 40).join(u'\n')
                                            + u"\n(%1 proposals in total)"_s.arg(failures.size())));
}

void TestMojibakeRepair::excerptsShowTheChangedPartInContext()
{
    // A short name is shown whole.
    const auto name = proposeMojibakeRepair(u"Ana L\u00A8\u00B2cia Costa");
    QVERIFY(name);
    RepairExcerpt excerpt = excerptOfRepair(*name);
    QCOMPARE(excerpt.before, QStringLiteral("Ana L\u00A8\u00B2cia Costa"));
    QCOMPARE(excerpt.after, QStringLiteral("Ana L\u00FAcia Costa"));
    QCOMPARE(excerpt.moreChanges, 0);

    // A long abstract is cut around the change, with ellipses where text was left out.
    const QString padding = QString(200, u'x');
    const QString garbled = padding + QStringLiteral(" about 75\u00A8C80% of patients ") + padding;
    const auto abstract = proposeMojibakeRepair(garbled);
    QVERIFY(abstract);
    excerpt = excerptOfRepair(*abstract, 10);
    QCOMPARE(excerpt.before, QStringLiteral("\u2026x about 75\u00A8C80% of pat\u2026"));
    QCOMPARE(excerpt.after, QStringLiteral("\u2026x about 75\u201380% of pat\u2026"));
    QCOMPARE(excerpt.moreChanges, 0);

    // Several changes far apart: the first is shown and the others counted.
    const auto several = proposeMojibakeRepair(garbled + QStringLiteral(" and 20%\u00A8C25% later"));
    QVERIFY(several);
    excerpt = excerptOfRepair(*several, 10);
    QCOMPARE(excerpt.after, QStringLiteral("\u2026x about 75\u201380% of pat\u2026"));
    QCOMPARE(excerpt.moreChanges, 1);

    // Newlines become spaces so that an excerpt fits on one line.
    TextRepair multiLine{QStringLiteral("a\nJos\u00C3\u00A9"), QStringLiteral("a\nJos\u00E9"),
                         MojibakeKind::Utf8ReadAsCp1252};
    excerpt = excerptOfRepair(multiLine);
    QCOMPARE(excerpt.before, QStringLiteral("a Jos\u00C3\u00A9"));
}

QTEST_GUILESS_MAIN(TestMojibakeRepair)
#include "tst_mojibakerepair.moc"
