// LaTeX accents and commands to Unicode (reading BibTeX) and back (writing it).
#include "text/latexunicode.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

class Tst_LatexUnicode : public QObject
{
    Q_OBJECT

private slots:
    void shouldTurnLatexIntoUnicode_data();
    void shouldTurnLatexIntoUnicode();
    void shouldKeepProtectingBracesWhenAsked_data();
    void shouldKeepProtectingBracesWhenAsked();
    void shouldTurnUnicodeIntoLatex_data();
    void shouldTurnUnicodeIntoLatex();
    void shouldKeepUnicodeButEscapeSpecialsForBibLaTeX_data();
    void shouldKeepUnicodeButEscapeSpecialsForBibLaTeX();
    void shouldReadBackWhatItWrites_data();
    void shouldReadBackWhatItWrites();
    void shouldReadBackRandomTextItWrites();
    void shouldSurviveTenThousandNestedBraces();
    void shouldTellTextWithLatexFromPlainText_data();
    void shouldTellTextWithLatexFromPlainText();
};

void Tst_LatexUnicode::shouldTurnLatexIntoUnicode_data()
{
    QTest::addColumn<QString>("latex");
    QTest::addColumn<QString>("unicode");

    QTest::newRow("acute in braces around the command") << uR"({\'a})"_s << u"á"_s;
    QTest::newRow("acute with braced argument") << uR"(\'{a})"_s << u"á"_s;
    QTest::newRow("acute without braces") << uR"(Ren\'e)"_s << u"René"_s;
    QTest::newRow("umlaut braced") << uR"(M\"{u}ller)"_s << u"Müller"_s;
    QTest::newRow("umlaut in group") << uR"(M{\"u}ller)"_s << u"Müller"_s;
    QTest::newRow("caron") << uR"(Dvo\v{r}\'{a}k)"_s << u"Dvořák"_s;
    QTest::newRow("caron with a space") << uR"(\v c)"_s << u"č"_s;
    QTest::newRow("cedilla") << uR"(Fran\c{c}ois)"_s << u"François"_s;
    QTest::newRow("tilde accent") << uR"(Espa\~{n}a)"_s << u"España"_s;
    QTest::newRow("circumflex") << uR"(\^{e}tre)"_s << u"être"_s;
    QTest::newRow("grave") << uR"(\`{e})"_s << u"è"_s;
    QTest::newRow("macron") << uR"(\={a})"_s << u"ā"_s;
    QTest::newRow("dot above") << uR"(\.{z})"_s << u"ż"_s;
    QTest::newRow("breve") << uR"(\u{a})"_s << u"ă"_s;
    QTest::newRow("double acute") << uR"(Erd\H{o}s)"_s << u"Erdős"_s;
    QTest::newRow("ogonek") << uR"(\k{a})"_s << u"ą"_s;
    QTest::newRow("ring") << uR"(\r{a})"_s << u"å"_s;
    QTest::newRow("dot below") << uR"(\d{s})"_s << u"ṣ"_s;
    QTest::newRow("accent on dotless i") << uR"(Mart{\'\i}nez)"_s << u"Martínez"_s;
    QTest::newRow("accent on braced dotless i") << uR"(\'{\i})"_s << u"í"_s;
    QTest::newRow("two accents nested") << uR"({\'{\"u}})"_s << u"ǘ"_s;
    QTest::newRow("accent without composed form") << uR"(\'{x})"_s << u"x\u0301"_s;
    QTest::newRow("accent on empty group") << uR"(\~{})"_s << u"~"_s;
    QTest::newRow("eszett") << uR"(Stra{\ss}e)"_s << u"Straße"_s;
    QTest::newRow("eszett eats the space after it") << uR"(Stra\ss e)"_s << u"Straße"_s;
    QTest::newRow("slashed o") << uR"(S{\o}ren)"_s << u"Søren"_s;
    QTest::newRow("slashed O") << uR"(\O)"_s << u"Ø"_s;
    QTest::newRow("l with stroke") << uR"({\l}ukasz)"_s << u"łukasz"_s;
    QTest::newRow("L with stroke") << uR"({\L}ukasz)"_s << u"Łukasz"_s;
    QTest::newRow("aa") << uR"({\aa})"_s << u"å"_s;
    QTest::newRow("AA") << uR"({\AA}ngstr{\"o}m)"_s << u"Ångström"_s;
    QTest::newRow("ae") << uR"({\ae})"_s << u"æ"_s;
    QTest::newRow("oe") << uR"({\oe}uvre)"_s << u"œuvre"_s;
    QTest::newRow("dotless i and j") << uR"({\i}{\j})"_s << u"ıȷ"_s;
    QTest::newRow("empty group after a command") << uR"(\o{}x)"_s << u"øx"_s;
    QTest::newRow("ampersand") << uR"(Smith \& Sons)"_s << u"Smith & Sons"_s;
    QTest::newRow("percent") << uR"(50\%)"_s << u"50%"_s;
    QTest::newRow("dollar") << uR"(\$5)"_s << u"$5"_s;
    QTest::newRow("hash") << uR"(\#1)"_s << u"#1"_s;
    QTest::newRow("underscore") << uR"(a\_b)"_s << u"a_b"_s;
    QTest::newRow("escaped braces") << uR"(\{x\})"_s << u"{x}"_s;
    QTest::newRow("en dash") << u"1--5"_s << u"1–5"_s;
    QTest::newRow("em dash") << u"a---b"_s << u"a—b"_s;
    QTest::newRow("single hyphen") << u"well-known"_s << u"well-known"_s;
    QTest::newRow("double quotes") << u"``quoted''"_s << u"“quoted”"_s;
    QTest::newRow("single quotes stay") << u"O'Brien's `x'"_s << u"O'Brien's `x'"_s;
    QTest::newRow("tilde is a no-break space") << u"Fig.~1"_s << u"Fig.\u00A01"_s;
    QTest::newRow("textendash") << uR"(1\textendash 5)"_s << u"1–5"_s;
    QTest::newRow("textemdash") << uR"(a\textemdash{}b)"_s << u"a—b"_s;
    QTest::newRow("textquoteright") << uR"(don\textquoteright t)"_s << u"don’t"_s;
    QTest::newRow("textregistered") << uR"(X\textregistered)"_s << u"X®"_s;
    QTest::newRow("copyright") << uR"(\copyright{} 2001)"_s << u"© 2001"_s;
    QTest::newRow("dots") << uR"(and so on\dots)"_s << u"and so on…"_s;
    QTest::newRow("ldots") << uR"(\ldots{})"_s << u"…"_s;
    QTest::newRow("protecting braces removed") << u"The {DNA} of {{RNA}}"_s << u"The DNA of RNA"_s;
    QTest::newRow("math kept") << uR"(The $\alpha$-helix of $x^2$)"_s << uR"(The $\alpha$-helix of $x^2$)"_s;
    QTest::newRow("math keeps its dashes") << u"$a--b$"_s << u"$a--b$"_s;
    QTest::newRow("lone dollar") << u"costs 5$"_s << u"costs 5$"_s;
    QTest::newRow("unknown command kept with its argument") << uR"(\emph{caf\'e} au lait)"_s << uR"(\emph{café} au lait)"_s;
    QTest::newRow("unknown command with two arguments") << uR"(\frac{1}{2})"_s << uR"(\frac{1}{2})"_s;
    QTest::newRow("unknown command without argument") << uR"(\LaTeX{} rules)"_s << uR"(\LaTeX{} rules)"_s;
    QTest::newRow("url argument is verbatim") << uR"(\url{http://x.org/~me--you})"_s << uR"(\url{http://x.org/~me--you})"_s;
    QTest::newRow("href text is decoded") << uR"(\href{http://a.b/~c}{caf\'e})"_s << uR"(\href{http://a.b/~c}{café})"_s;
    QTest::newRow("unknown control symbol kept") << uR"(a\\b\/c)"_s << uR"(a\\b\/c)"_s;
    QTest::newRow("unbalanced opening brace") << u"{a {b"_s << u"a b"_s;
    QTest::newRow("unbalanced closing brace") << u"a} b}"_s << u"a} b}"_s;
    QTest::newRow("accent at the end") << uR"(a\')"_s << uR"(a\')"_s;
    QTest::newRow("backslash at the end") << uR"(a\)"_s << uR"(a\)"_s;
    QTest::newRow("plain text unchanged") << u"Plain text, 1-2"_s << u"Plain text, 1-2"_s;
    QTest::newRow("unicode unchanged") << u"Zoë Ångström 张伟"_s << u"Zoë Ångström 张伟"_s;
}

void Tst_LatexUnicode::shouldTurnLatexIntoUnicode()
{
    QFETCH(QString, latex);
    QFETCH(QString, unicode);
    QCOMPARE(latexToUnicode(latex), unicode);
}

void Tst_LatexUnicode::shouldKeepProtectingBracesWhenAsked_data()
{
    QTest::addColumn<QString>("latex");
    QTest::addColumn<QString>("unicode");
    QTest::newRow("corporate name") << u"{World Health Organization}"_s << u"{World Health Organization}"_s;
    QTest::newRow("accent group is no protection") << uR"({\'E}mile Zola)"_s << u"Émile Zola"_s;
    QTest::newRow("protected word inside") << uR"(The {DNA} of caf\'e)"_s << u"The {DNA} of café"_s;
    QTest::newRow("empty group dropped") << u"a{}b"_s << u"ab"_s;
}

void Tst_LatexUnicode::shouldKeepProtectingBracesWhenAsked()
{
    QFETCH(QString, latex);
    QFETCH(QString, unicode);
    QCOMPARE(latexToUnicode(latex, true), unicode);
}

void Tst_LatexUnicode::shouldTurnUnicodeIntoLatex_data()
{
    QTest::addColumn<QString>("unicode");
    QTest::addColumn<QString>("latex");
    QTest::newRow("acute") << u"José"_s << uR"(Jos{\'e})"_s;
    QTest::newRow("umlaut") << u"Müller"_s << uR"(M{\"u}ller)"_s;
    QTest::newRow("caron is a letter accent") << u"Dvořák"_s << uR"(Dvo{\v{r}}{\'a}k)"_s;
    QTest::newRow("cedilla") << u"ç"_s << uR"({\c{c}})"_s;
    QTest::newRow("two accents") << u"ǘ"_s << uR"({\'{\"u}})"_s;
    QTest::newRow("eszett") << u"Straße"_s << uR"(Stra{\ss}e)"_s;
    QTest::newRow("letters of their own") << u"øØłŁåÅæœı"_s << uR"({\o}{\O}{\l}{\L}{\aa}{\AA}{\ae}{\oe}{\i})"_s;
    QTest::newRow("specials escaped") << u"A & B, 50% #1 a_b $5"_s << uR"(A \& B, 50\% \#1 a\_b \$5)"_s;
    QTest::newRow("braces escaped") << u"{x}"_s << uR"(\{x\})"_s;
    QTest::newRow("tilde and no-break space") << u"~a\u00A0b"_s << uR"(\~{}a~b)"_s;
    QTest::newRow("caret") << u"x^2"_s << uR"(x\^{}2)"_s;
    QTest::newRow("dashes") << u"1–5 a—b"_s << u"1--5 a---b"_s;
    QTest::newRow("hyphens that are no dash") << u"a--b"_s << u"a-{}-b"_s;
    QTest::newRow("quotes") << u"“q” ’"_s << uR"(``q'' {\textquoteright})"_s;
    QTest::newRow("ellipsis and marks") << u"…©®"_s << uR"({\dots}{\copyright}{\textregistered})"_s;
    QTest::newRow("math kept") << u"$x^2$ costs"_s << u"$x^2$ costs"_s;
    QTest::newRow("backslash") << uR"(a\b)"_s << uR"(a{\textbackslash}b)"_s;
    QTest::newRow("unknown command kept") << uR"(\emph{Homo} sapiens)"_s << uR"(\emph{Homo} sapiens)"_s;
    QTest::newRow("no LaTeX form") << u"张伟 Ω"_s << u"张伟 Ω"_s;
    QTest::newRow("ascii unchanged") << u"Plain title: 1-2"_s << u"Plain title: 1-2"_s;
}

void Tst_LatexUnicode::shouldTurnUnicodeIntoLatex()
{
    QFETCH(QString, unicode);
    QFETCH(QString, latex);
    QCOMPARE(unicodeToLatex(unicode), latex);
}

void Tst_LatexUnicode::shouldKeepUnicodeButEscapeSpecialsForBibLaTeX_data()
{
    QTest::addColumn<QString>("unicode");
    QTest::addColumn<QString>("latex");
    QTest::newRow("accents kept") << u"José Müller – Straße"_s << u"José Müller – Straße"_s;
    QTest::newRow("specials escaped") << u"A & B 50%"_s << uR"(A \& B 50\%)"_s;
    QTest::newRow("no-break space") << u"Fig.\u00A01"_s << u"Fig.~1"_s;
}

void Tst_LatexUnicode::shouldKeepUnicodeButEscapeSpecialsForBibLaTeX()
{
    QFETCH(QString, unicode);
    QFETCH(QString, latex);
    QCOMPARE(unicodeToLatex(unicode, LatexOutput::KeepUnicode), latex);
}

void Tst_LatexUnicode::shouldReadBackWhatItWrites_data()
{
    QTest::addColumn<QString>("unicode");
    const QString texts[] = {
        u"José Müller, Dvořák & Søren: Łódź—Straße – “quoted” ’s"_s,
        u"a--b ``x'' -–—- '' `` ~ ^ _ # % & $ $x$ $$"_s,
        uR"(\emph{x}{y} \foo {z} \url{a{b}c}{d} \href{u}{t} \\ \ \' \v \ss \)"_s,
        uR"(\foo{ \foo{a{b} } } {{ }} \foo{)"_s,
        uR"(\foo{\url{$}$}} $a\$b$ $}{$ ${$}$ \foo$x$)"_s,
        u"ǘ ǅ Å x\u0301 ı ȷ \u00AD \u2009 ẞ"_s,
        u"line one\nline two\ttab"_s,
        u"😀 surrogate \\😀"_s,
    };
    for (const QString &text : texts)
        QTest::newRow(qPrintable(text.left(24))) << text;
}

void Tst_LatexUnicode::shouldReadBackWhatItWrites()
{
    QFETCH(QString, unicode);
    QCOMPARE(latexToUnicode(unicodeToLatex(unicode)), unicode);
    QCOMPARE(latexToUnicode(unicodeToLatex(unicode, LatexOutput::KeepUnicode)), unicode);
}

void Tst_LatexUnicode::shouldReadBackRandomTextItWrites()
{
    // Random mixtures of the characters that matter to LaTeX.
    const QString alphabet = uR"(ab \{}$-`'~^_#%&\\éüøß–—“”ıx1)"_s + QChar(0x00A0);
    QRandomGenerator random(12345);
    for (int round = 0; round < 20000; ++round) {
        QString text;
        const int length = random.bounded(1, 14);
        for (int k = 0; k < length; ++k)
            text += alphabet.at(random.bounded(int(alphabet.size())));
        // Control words need letters after the backslash now and then.
        if (random.bounded(3) == 0)
            text.insert(random.bounded(int(text.size()) + 1), u"\\emph"_s);
        if (random.bounded(5) == 0)
            text.insert(random.bounded(int(text.size()) + 1), u"\\url"_s);
        const QString ascii = unicodeToLatex(text);
        if (latexToUnicode(ascii) != text)
            QFAIL(qPrintable(u"\"%1\" wrote \"%2\", which reads \"%3\""_s.arg(text, ascii, latexToUnicode(ascii))));
        const QString utf8 = unicodeToLatex(text, LatexOutput::KeepUnicode);
        if (latexToUnicode(utf8) != text)
            QFAIL(qPrintable(u"\"%1\" wrote \"%2\", which reads \"%3\""_s.arg(text, utf8, latexToUnicode(utf8))));
    }
}

void Tst_LatexUnicode::shouldSurviveTenThousandNestedBraces()
{
    const int depth = 10000;
    const QString text = QString(depth, u'{') + u"deep"_s + QString(depth, u'}');
    QCOMPARE(latexToUnicode(text), u"deep"_s);
    QCOMPARE(latexToUnicode(text, true), text);
    const QString accents = QString(depth, u'\\').replace(u"\\"_s, uR"(\'{)"_s) + u"a"_s + QString(depth, u'}');
    QVERIFY(latexToUnicode(accents).startsWith(u"á"_s));
    QCOMPARE(latexToUnicode(QString(depth, u'{')), QString());
    QCOMPARE(latexToUnicode(unicodeToLatex(text)), text);
}

void Tst_LatexUnicode::shouldTellTextWithLatexFromPlainText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("latex");
    QTest::newRow("accent") << uR"(Jos\'e)"_s << true;
    QTest::newRow("protecting braces") << u"{DNA}"_s << true;
    QTest::newRow("dash") << u"1--2"_s << true;
    QTest::newRow("plain") << u"Plain, text-like (x)"_s << false;
    QTest::newRow("unknown command only") << uR"(\foo)"_s << false;
    QTest::newRow("math only") << u"$x$"_s << false;
}

void Tst_LatexUnicode::shouldTellTextWithLatexFromPlainText()
{
    QFETCH(QString, text);
    QFETCH(bool, latex);
    QCOMPARE(containsLatex(text), latex);
}

QTEST_GUILESS_MAIN(Tst_LatexUnicode)
#include "tst_latexunicode.moc"
