#include "fuzztargets.h"

#include "formats/bibtexreader.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "model/personname.h"
#include "text/encoding.h"
#include "text/latexunicode.h"
#include "text/mojibakerepair.h"
#include "text/textfold.h"

#include <QStringDecoder>
#include <QStringEncoder>

#include <cstring>

using namespace Qt::StringLiterals;

namespace refmend::fuzz {

namespace {

[[noreturn]] void fail(const QString &message)
{
    throw PropertyViolation(message.toStdString());
}

//! \a text shortened and with its line ends shown, for a failure message.
QString shown(const QString &text)
{
    QString s = text.left(160);
    s.replace(u'\n', u"\\n"_s);
    s.replace(u'\r', u"\\r"_s);
    return u'"' + s + (text.size() > 160 ? u"\"…"_s : u"\""_s);
}

QString shown(const QStringList &list)
{
    return shown(list.join(u"; "_s));
}

// ---------------------------------------------------------------------------------------
// Readers: read, then write in the same format and read again.

// The names as read aloud, folded, as tst_corpusroundtrip compares them: a name may be
// split into other parts when read back, but none of its words may be lost or changed.
// Commas and periods are no words: "J." may come back as "J" (initials in formats that
// write them without dots).
enum class Names { All, People, Literals };

QStringList authorWords(const Record &record, Names which = Names::All)
{
    QStringList names;
    for (const Person &person : record.authors()) {
        if ((which == Names::People && person.isLiteral())
            || (which == Names::Literals && !person.isLiteral()))
            continue;
        QString text = foldForSearch(person.naturalName());
        text.remove(u',');
        text.remove(u'.');
        names.append(text.simplified());
    }
    return names;
}

/* Round-trip changes a format makes by design, which its writer announces; the rest of
   the property still holds for these records.
   WoS: the writer puts every literal name (institution, or a name parsePersonName() takes
   for one) into CA, after the people in AU, so a literal that stood before a person comes
   back after it (the loss summary says "author order"). Both orders are still checked, each
   on its own: no name may be lost, changed, or moved among its own kind.
   Input: regressions/wos/literal-author-before-person. */
bool isKnownAuthorOrderLoss(const QString &writeId, const Record &a, const Record &b)
{
    return writeId == "wos"_L1
        && authorWords(a, Names::People) == authorWords(b, Names::People)
        && authorWords(a, Names::Literals) == authorWords(b, Names::Literals);
}

// A span out of the file's bounds would make the writer copy memory that is not the file.
void checkSourceSpans(const Collection &collection)
{
    for (qsizetype i = 0; i < collection.records.size(); ++i) {
        const SourceSpan &span = collection.records.at(i).source;
        if (!span.isValid())
            continue;
        if (!(0 <= span.gapStart && span.gapStart <= span.start && span.start <= span.end
              && span.end <= span.tailEnd && span.tailEnd <= span.file.size())) {
            fail(u"record %1: source span out of order or out of the text: gap %2, start %3, "
                 "end %4, tail %5, text size %6"_s.arg(i).arg(span.gapStart).arg(span.start)
                         .arg(span.end).arg(span.tailEnd).arg(span.file.size()));
        }
    }
}

/* Writes \a records as \a writeId and reads the result back with that format's reader.
   Unparsed records are written back as their text (or as a note) and only counted. */
void checkRoundTrip(const QList<Record> &records, const QString &writeId, const char *pass)
{
    WriteResult result;
    const QByteArray bytes = writeBytes(records, writeId, WriteOptions(), &result);
    const QString where = u"%1 written as %2: "_s.arg(QLatin1StringView(pass), writeId);
    if (!result.ok)
        fail(where + u"the writer failed: "_s + result.error);

    // Read with the reader alone: the bytes are UTF-8 (the default WriteOptions), and the
    // test is of the format, not of encoding detection (which decodeText's target covers).
    const FormatInfo *format = FormatRegistry::instance().find(writeId);
    Collection back;
    format->makeReader()->read(QString::fromUtf8(bytes), back);
    checkSourceSpans(back);

    if (back.records.size() != records.size()) {
        fail(where + u"%1 records read back, %2 written. Written text: %3"_s
                     .arg(back.records.size()).arg(records.size())
                     .arg(shown(QString::fromUtf8(bytes))));
    }
    for (qsizetype i = 0; i < records.size(); ++i) {
        const Record &a = records.at(i);
        const Record &b = back.records.at(i);
        if (a.unparsed)
            continue; // written as it was read; nothing to compare field by field
        const QString record = where + u"record %1: "_s.arg(i);
        if (b.unparsed)
            fail(record + u"was read, but what was written for it is not: "_s
                 + shown(b.source.isValid() ? b.source.text().toString() : QString()));
        const QString titleA = a.value(FieldKey::Title).simplified();
        const QString titleB = b.value(FieldKey::Title).simplified();
        if (titleA != titleB)
            fail(record + u"title "_s + shown(titleA) + u" reads back as "_s + shown(titleB));
        const QStringList authorsA = authorWords(a);
        const QStringList authorsB = authorWords(b);
        if (authorsA != authorsB && !isKnownAuthorOrderLoss(writeId, a, b))
            fail(record + u"authors "_s + shown(authorsA) + u" read back as "_s + shown(authorsB));
    }
}

void fuzzReader(const QByteArray &input, const QString &formatId, const QString &fileName,
                const QStringList &writeIds)
{
    ReadFileOptions options;
    options.formatId = formatId;
    const Collection collection = readBytes(input, fileName, options);
    checkSourceSpans(collection);

    const FormatInfo *format = FormatRegistry::instance().find(formatId);
    if (!format->makeWriter)
        return; // read-only format (MODS): reading must not crash, that is all

    // As read: records the writer copies from their source text.
    checkRoundTrip(collection.records, formatId, "as read");

    // Regenerated: what the writer makes of the fields when the source text is gone, as
    // after an edit. Unparsed records keep their text, which is all they have.
    QList<Record> regenerated = collection.records;
    for (Record &record : regenerated) {
        if (!record.unparsed)
            record.source = SourceSpan();
    }
    for (const QString &writeId : writeIds)
        checkRoundTrip(regenerated, writeId, "regenerated");
}

void fuzzEndNote(const QByteArray &input)
{
    fuzzReader(input, u"endnote"_s, u"fuzz.enw"_s, {u"endnote"_s});
}

void fuzzRis(const QByteArray &input)
{
    fuzzReader(input, u"ris"_s, u"fuzz.ris"_s, {u"ris"_s});
}

void fuzzBibTeX(const QByteArray &input)
{
    // One reader class for both; the BibLaTeX writer keeps Unicode where BibTeX's writes
    // LaTeX, so both writers are checked.
    fuzzReader(input, u"bibtex"_s, u"fuzz.bib"_s, {u"bibtex"_s, u"biblatex"_s});
    ReadFileOptions options;
    options.formatId = u"bibtex"_s;
    resolveCrossrefs(readBytes(input, u"fuzz.bib"_s, options).records);
}

void fuzzCslJson(const QByteArray &input)
{
    fuzzReader(input, u"csl-json"_s, u"fuzz.json"_s, {u"csl-json"_s});
}

void fuzzMedline(const QByteArray &input)
{
    fuzzReader(input, u"medline"_s, u"fuzz.nbib"_s, {u"medline"_s});
}

void fuzzEndNoteXml(const QByteArray &input)
{
    fuzzReader(input, u"endnote-xml"_s, u"fuzz.xml"_s, {u"endnote-xml"_s});
}

void fuzzWos(const QByteArray &input)
{
    fuzzReader(input, u"wos"_s, u"fuzz.ciw"_s, {u"wos"_s});
}

void fuzzMods(const QByteArray &input)
{
    fuzzReader(input, u"mods"_s, u"fuzz.mods"_s, {});
}

// ---------------------------------------------------------------------------------------
// Text functions.

void fuzzDecodeText(const QByteArray &input)
{
    const DecodedText decoded = decodeText(input);
    if (decoded.invalidSequences < 0)
        fail(u"negative invalidSequences"_s);

    // Well-formed UTF-8 is taken as UTF-8, exactly as Qt decodes it (every character kept:
    // QString::fromUtf8() would drop a leading U+FEFF).
    auto qtUtf8 = [](const QByteArray &bytes) {
        QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless
                                       | QStringConverter::Flag::ConvertInitialBom);
        return QString(decoder.decode(bytes));
    };
    const bool valid = isValidUtf8(input);
    if (valid && qtUtf8(input).toUtf8() != input)
        fail(u"isValidUtf8() accepts bytes that do not survive UTF-8 decoding"_s);
    if (!decoded.hadBom && valid && !input.contains('\0')) {
        if (decoded.encoding != "UTF-8"_L1 || decoded.guessed || decoded.invalidSequences != 0)
            fail(u"well-formed UTF-8 decoded as "_s + decoded.encoding);
        if (decoded.text != qtUtf8(input))
            fail(u"well-formed UTF-8 decoded to other text than Qt's UTF-8 decoder gives"_s);
    }

    // Strict UTF-8: replacements exactly when the bytes are not well formed; the BOM (one)
    // is no text.
    const bool utf8Bom = input.startsWith("\xEF\xBB\xBF");
    const QByteArray afterBom = utf8Bom ? input.mid(3) : input;
    const DecodedText asUtf8 = decodeTextAs(input, u"UTF-8"_s);
    if (asUtf8.hadBom != utf8Bom)
        fail(u"decodeTextAs(UTF-8): hadBom is %1"_s.arg(asUtf8.hadBom));
    if ((asUtf8.invalidSequences == 0) != isValidUtf8(afterBom)) {
        fail(u"decodeTextAs(UTF-8) found %1 invalid sequences, isValidUtf8() says %2"_s
                     .arg(asUtf8.invalidSequences).arg(isValidUtf8(afterBom)));
    }
    if (asUtf8.invalidSequences == 0 && asUtf8.text != qtUtf8(afterBom))
        fail(u"decodeTextAs(UTF-8) differs from Qt's UTF-8 decoder on well-formed UTF-8"_s);

    // Windows-1252 decodes every byte to one character.
    const DecodedText cp1252 = decodeTextAs(input, u"windows-1252"_s);
    if (cp1252.text.size() != input.size() || cp1252.invalidSequences != 0)
        fail(u"windows-1252 did not decode every byte to one character"_s);

    // The other paths: Unicode without byte order, ICU codecs, iconv, an unknown name.
    for (const QString &name : {u"UTF-16"_s, u"UTF-16BE"_s, u"UTF-32"_s, u"UTF-32LE"_s,
                                u"GB18030"_s, u"Shift_JIS"_s, u"ISO-8859-2"_s, u"VISCII"_s,
                                u"no-such-encoding"_s}) {
        const DecodedText other = decodeTextAs(input, name);
        if (other.invalidSequences < 0)
            fail(name + u": negative invalidSequences"_s);
    }
}

void checkRepair(const QString &text)
{
    const std::optional<TextRepair> repair = proposeMojibakeRepair(text);
    if (!repair)
        return;
    if (!mayContainMojibake(text))
        fail(u"a repair for text that mayContainMojibake() says is clean: "_s + shown(text));
    if (repair->before != text)
        fail(u"repair.before is not the text: "_s + shown(repair->before));
    if (repair->after == text)
        fail(u"a repair that changes nothing: "_s + shown(text));
    if (repair->after.count(QChar(0xFFFD)) > text.count(QChar(0xFFFD)))
        fail(u"a repair that adds replacement characters: "_s + shown(text) + u" -> "_s
             + shown(repair->after));
    excerptOfRepair(*repair);
    excerptOfRepair(*repair, 0);
    mojibakeKindDescription(repair->kind);
}

void fuzzMojibake(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    checkRepair(text);
    // The input made into the two accidents the repair undoes, so that the repairs are
    // reached more often than by chance.
    checkRepair(decodeTextAs(text.toUtf8(), u"windows-1252"_s).text);
    QStringEncoder toGbk("GB18030");
    if (toGbk.isValid()) {
        const QByteArray gbk = toGbk(text);
        checkRepair(QString::fromLatin1(gbk));
    }
}

void fuzzNames(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    QStringList names = splitPersonList(text);
    for (const QString &name : std::as_const(names)) {
        if (name.isEmpty() || name != name.trimmed())
            fail(u"splitPersonList() gave an empty or untrimmed name: "_s + shown(name));
    }
    names.append(text); // the whole text as one name, line ends and all
    for (const QString &name : std::as_const(names)) {
        const Person person = parsePersonName(name);
        if (person.raw != name.trimmed())
            fail(u"Person::raw is not the name as written: "_s + shown(person.raw));
        if (!person.raw.isEmpty() && person.textForWriting() != person.raw)
            fail(u"the written form of an unedited name is not its raw text: "_s + shown(name));
        person.displayName();
        person.naturalName();
        const QString initials = normaliseInitials(person.given);
        if (normaliseInitials(initials) != initials) {
            fail(u"normaliseInitials() is not idempotent: "_s + shown(person.given) + u" -> "_s
                 + shown(initials) + u" -> "_s + shown(normaliseInitials(initials)));
        }
    }
}

void fuzzLatex(const QByteArray &input)
{
    const QString text = QString::fromUtf8(input);
    const QString decoded = latexToUnicode(text);
    latexToUnicode(text, true);
    containsLatex(text);
    // latexunicode.h: "latexToUnicode() of the result gives text back", for any text.
    for (const QString &unicode : {text, decoded}) {
        for (const LatexOutput output : {LatexOutput::Ascii, LatexOutput::KeepUnicode}) {
            const QString latex = unicodeToLatex(unicode, output);
            const QString back = latexToUnicode(latex);
            if (back != unicode) {
                fail(u"%1 written as %2 reads back as %3 (%4)"_s.arg(
                        shown(unicode), shown(latex), shown(back),
                        output == LatexOutput::Ascii ? u"ASCII"_s : u"Unicode"_s));
            }
        }
    }
}

} // namespace

const QList<Target> &targets()
{
    static const QList<Target> list{
        {"endnote", fuzzEndNote},
        {"ris", fuzzRis},
        {"bibtex", fuzzBibTeX},
        {"csljson", fuzzCslJson},
        {"medline", fuzzMedline},
        {"endnotexml", fuzzEndNoteXml},
        {"wos", fuzzWos},
        {"mods", fuzzMods},
        {"decodetext", fuzzDecodeText},
        {"mojibake", fuzzMojibake},
        {"names", fuzzNames},
        {"latex", fuzzLatex},
    };
    return list;
}

const Target *findTarget(const char *name)
{
    for (const Target &target : targets()) {
        if (std::strcmp(target.name, name) == 0)
            return &target;
    }
    return nullptr;
}

void runTarget(const Target &target, const QByteArray &input)
{
    target.run(input);
}

} // namespace refmend::fuzz
