#include "text/textfold.h"

#include "testconfig.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

class TestTextFold : public QObject
{
    Q_OBJECT

private slots:
    void foldsForSearch_data();
    void foldsForSearch();
    void foldsTheSameNameWrittenDifferentlyToOneKey_data();
    void foldsTheSameNameWrittenDifferentlyToOneKey();
    void foldingTwiceChangesNothing_data();
    void foldingTwiceChangesNothing();
    void simplifiesWhitespace_data();
    void simplifiesWhitespace();
    void foldingRunByRunEqualsFoldingTheWhole_data();
    void foldingRunByRunEqualsFoldingTheWhole();
};

namespace {

/* foldForSearch() as it was before it folded only the non-ASCII runs the slow way: the
   whole text through NFKD, case folding and mark dropping. The oracle for the fast one. */
QString foldWhole(const QString &text)
{
    static const QHash<QChar, QString> manual{
        {u'ø', u"o"_s}, {u'ł', u"l"_s}, {u'ß', u"ss"_s}, {QChar(0x1E9E), u"ss"_s},
        {u'æ', u"ae"_s}, {u'œ', u"oe"_s}, {u'đ', u"d"_s}, {u'ð', u"d"_s}, {u'þ', u"th"_s},
        {u'ħ', u"h"_s}, {u'ı', u"i"_s}, {u'ŧ', u"t"_s}};
    auto isMark = [](QChar c) {
        return c.category() == QChar::Mark_NonSpacing || c.category() == QChar::Mark_SpacingCombining
            || c.category() == QChar::Mark_Enclosing;
    };
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD).toCaseFolded()) {
        if (!isMark(c))
            out += manual.value(c, QString(c));
    }
    QString again;
    for (const QChar c : out.normalized(QString::NormalizationForm_KD)) {
        if (!isMark(c))
            again += c;
    }
    return again;
}

} // namespace

void TestTextFold::foldingRunByRunEqualsFoldingTheWhole_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("accents between ASCII") << u"Ana L\u00facia Costa, S\u00e3o Paulo (2013)"_s;
    QTest::newRow("mark after an ASCII base") << u"Jose\u0301 e\u0300\u0301x"_s;
    QTest::newRow("marks out of canonical order") << u"a\u0301\u0327b"_s;
    QTest::newRow("mark first") << u"\u0301abc"_s;
    QTest::newRow("compatibility forms") << u"\ufb01nal \uff21\uff22 \u2126 \u212a"_s;
    QTest::newRow("dotted capital I") << u"\u0130stanbul"_s;
    QTest::newRow("mojibake") << u"Lu\u00a8\u00aas 75\u00a8C80%"_s;
    QTest::newRow("CJK and surrogates") << u"\u5f20\u4f1f \U0001D400BC \U0001F600x"_s;
    QTest::newRow("greek final sigma") << u"\u039f\u0394\u03a5\u03a3\u03a3\u0395\u03a5\u03a3 odyssey"_s;
    QTest::newRow("manual folds") << u"\u1E9Ee \u00d8ster \u0141\u00f3d\u017a \u00c6sop"_s;
    // Real names and titles from the corpus's EndNote and RIS files.
    const QString corpus = QStringLiteral(REFMEND_CORPUS_DIR);
    int rows = 0;
    for (const char *folder : {"endnote-refer", "ris", "csl-json"}) {
        const QDir dir(corpus + u'/' + QLatin1StringView(folder));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        for (const QString &name : names) {
            QFile file(dir.filePath(name));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
            for (const QString &line : lines) {
                bool ascii = true;
                for (const QChar c : line)
                    ascii = ascii && c.unicode() < 0x80;
                if (!ascii && rows < 3000) {
                    ++rows;
                    QTest::addRow("%s line %d", qPrintable(name), rows) << line;
                }
            }
        }
    }
}

void TestTextFold::foldingRunByRunEqualsFoldingTheWhole()
{
    QFETCH(QString, text);
    QCOMPARE(foldForSearch(text), foldWhole(text));
}

void TestTextFold::foldsForSearch_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("folded");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("ASCII is lower-cased") << u"Smith, J. (2010) ABC"_s << u"smith, j. (2010) abc"_s;
    QTest::newRow("acute accent is dropped") << u"Luís"_s << u"luis"_s;
    QTest::newRow("upper case without accent") << u"LUIS"_s << u"luis"_s;
    QTest::newRow("umlaut") << u"Müller"_s << u"muller"_s;
    QTest::newRow("ring and umlaut") << u"Ångström"_s << u"angstrom"_s;
    QTest::newRow("caron") << u"Dvořák"_s << u"dvorak"_s;
    QTest::newRow("cedilla") << u"Françoise"_s << u"francoise"_s;
    QTest::newRow("tilde") << u"São Paulo"_s << u"sao paulo"_s;
    QTest::newRow("double acute") << u"Erdős"_s << u"erdos"_s;
    QTest::newRow("Vietnamese stacked marks") << u"Nguyễn"_s << u"nguyen"_s;
    QTest::newRow("decomposed input") << u"Jose\u0301"_s << u"jose"_s;
    QTest::newRow("o with stroke") << u"Øster Ørsted"_s << u"oster orsted"_s;
    QTest::newRow("l with stroke") << u"Łódź"_s << u"lodz"_s;
    QTest::newRow("sharp s") << u"Straße"_s << u"strasse"_s;
    QTest::newRow("capital sharp s") << u"STRAẞE"_s << u"strasse"_s;
    QTest::newRow("ae ligature") << u"Æsop, Cæsar"_s << u"aesop, caesar"_s;
    QTest::newRow("oe ligature") << u"Œuvre cœur"_s << u"oeuvre coeur"_s;
    QTest::newRow("d with stroke") << u"Đorđević"_s << u"dordevic"_s;
    QTest::newRow("thorn") << u"Þór"_s << u"thor"_s;
    QTest::newRow("eth") << u"Guðrún"_s << u"gudrun"_s;
    QTest::newRow("compatibility ligature fi") << u"ﬁnance"_s << u"finance"_s;
    QTest::newRow("full-width letters") << u"ＡＢＣ"_s << u"abc"_s;
    QTest::newRow("Greek loses tonos") << u"Σοφία"_s << u"σοφια"_s;
    QTest::newRow("Cyrillic is lower-cased") << u"Москва"_s << u"москва"_s;
    QTest::newRow("CJK is unchanged") << u"北京大学"_s << u"北京大学"_s;
}

void TestTextFold::foldsForSearch()
{
    QFETCH(QString, text);
    QFETCH(QString, folded);
    QCOMPARE(foldForSearch(text), folded);
}

void TestTextFold::foldsTheSameNameWrittenDifferentlyToOneKey_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");

    QTest::newRow("Luís / LUIS") << u"Luís"_s << u"LUIS"_s;
    QTest::newRow("Müller / MULLER") << u"Müller"_s << u"MULLER"_s;
    QTest::newRow("precomposed / decomposed") << u"Ångström"_s << u"A\u030Angstro\u0308m"_s;
    QTest::newRow("Gauß / GAUSS") << u"Gauß"_s << u"GAUSS"_s;
    QTest::newRow("Søren / SOREN") << u"Søren"_s << u"SØREN"_s;
}

void TestTextFold::foldsTheSameNameWrittenDifferentlyToOneKey()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QCOMPARE(foldForSearch(a), foldForSearch(b));
}

void TestTextFold::foldingTwiceChangesNothing_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("Latin names") << u"Ana Lúcia Costa, Isabel Távora, Łukasz Żółw"_s;
    QTest::newRow("Greek") << u"ΣΟΦΊΑ Ἀθῆναι"_s;
    QTest::newRow("ligatures and marks") << u"ﬃ Æ œ ǅ İ"_s;
}

void TestTextFold::foldingTwiceChangesNothing()
{
    QFETCH(QString, text);
    const QString once = foldForSearch(text);
    QCOMPARE(foldForSearch(once), once);
}

void TestTextFold::simplifiesWhitespace_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("simplified");

    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("only whitespace") << u" \t\r\n\u00A0 "_s << QString();
    QTest::newRow("already simple") << u"Costa, Ana Lúcia"_s << u"Costa, Ana Lúcia"_s;
    QTest::newRow("leading and trailing spaces") << u"  Costa  "_s << u"Costa"_s;
    QTest::newRow("runs of spaces") << u"Ana   Lúcia    Costa"_s << u"Ana Lúcia Costa"_s;
    QTest::newRow("newlines and tabs") << u"Ana\r\n\tLúcia\nCosta"_s << u"Ana Lúcia Costa"_s;
    QTest::newRow("no-break spaces") << u"Ana\u00A0\u00A0Lúcia"_s << u"Ana Lúcia"_s;
    QTest::newRow("em space and thin space") << u"a\u2003b\u2009c"_s << u"a b c"_s;
    QTest::newRow("line separator") << u"a\u2028b"_s << u"a b"_s;
}

void TestTextFold::simplifiesWhitespace()
{
    QFETCH(QString, text);
    QFETCH(QString, simplified);
    QCOMPARE(simplifiedText(text), simplified);
}

QTEST_GUILESS_MAIN(TestTextFold)
#include "tst_textfold.moc"
