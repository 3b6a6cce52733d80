#include "formats/formatregistry.h"

#include "formats/csljsonreader.h"
#include "formats/csljsonwriter.h"
#include "formats/endnotexmlreader.h"
#include "formats/endnotexmlwriter.h"
#include "formats/modsreader.h"
#include "formats/csvwriter.h"
#include "formats/endnotereader.h"
#include "formats/endnotetags.h"
#include "formats/endnotewriter.h"
#include "formats/risreader.h"
#include "formats/riswriter.h"
#include "formats/medlinereader.h"
#include "formats/medlinewriter.h"
#include "formats/wosreader.h"
#include "formats/woswriter.h"
#include "formats/bibtexreader.h"
#include "formats/bibtexwriter.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

// Other names a format answers to (CLI --from/--to, scripts). Kept here rather than on
// FormatInfo because nothing but find() needs them.
struct Alias {
    QLatin1StringView alias;
    QLatin1StringView id;
};
constexpr Alias kAliases[] = {
    {"refer"_L1, "endnote"_L1},
    {"enw"_L1, "endnote"_L1},
    {"json"_L1, "csl-json"_L1},
    {"csljson"_L1, "csl-json"_L1},
    {"csl"_L1, "csl-json"_L1},
    {"nbib"_L1, "medline"_L1},
    {"pubmed"_L1, "medline"_L1},
    {"isi"_L1, "wos"_L1},
    {"ciw"_L1, "wos"_L1},
    {"webofscience"_L1, "wos"_L1},
    {"bib"_L1, "bibtex"_L1},
};

//! Up to \a maxLines non-blank lines from the start of \a head.
QList<QStringView> firstLines(QStringView head, int maxLines)
{
    QList<QStringView> lines;
    if (head.startsWith(QChar(0xFEFF)))
        head = head.sliced(1);
    qsizetype start = 0;
    while (start < head.size() && lines.size() < maxLines) {
        qsizetype end = start;
        while (end < head.size() && head.at(end) != u'\n' && head.at(end) != u'\r')
            ++end;
        const QStringView line = head.sliced(start, end - start);
        if (!line.trimmed().isEmpty())
            lines.append(line);
        start = end + 1;
    }
    return lines;
}

int sniffEndNote(QStringView head)
{
    const QList<QStringView> lines = firstLines(head, 40);
    if (lines.isEmpty())
        return 0;
    int tags = 0;
    for (QStringView line : lines) {
        if (endnote::isTagLine(line) && endnote::isKnownTag(line.at(1)))
            ++tags;
    }
    const QStringView first = lines.first();
    const bool firstIsTag = endnote::isTagLine(first) && endnote::isKnownTag(first.at(1));
    if (firstIsTag && first.at(1) == u'0')
        return 95;
    if (firstIsTag && tags * 2 >= lines.size())
        return 90;
    if (firstIsTag)
        return 70;
    if (tags >= 3 && tags * 2 >= lines.size())
        return 60;
    return tags > 0 ? 20 : 0;
}

int sniffJson(QStringView head)
{
    if (head.startsWith(QChar(0xFEFF)))
        head = head.sliced(1);
    const QStringView text = head.trimmed();
    if (text.isEmpty())
        return 0;
    if (text.startsWith(u'[')) {
        const QStringView rest = text.sliced(1).trimmed();
        return rest.isEmpty() || rest.startsWith(u'{') || rest.startsWith(u']') ? 90 : 40;
    }
    if (text.startsWith(u'{'))
        return 75;
    return 0;
}

QString normalisedSuffix(QStringView suffix)
{
    if (suffix.startsWith(u'.'))
        suffix = suffix.sliced(1);
    return suffix.toString().toLower();
}

} // namespace

FormatRegistry::FormatRegistry()
{
    FormatInfo endNote;
    endNote.id = u"endnote"_s;
    endNote.name = u"EndNote tagged (Refer)"_s;
    endNote.extensions = {u"enw"_s, u"txt"_s, u"ref"_s, u"enl"_s};
    endNote.makeReader = [] { return std::unique_ptr<Reader>(new EndNoteReader); };
    endNote.makeWriter = [] { return std::unique_ptr<Writer>(new EndNoteWriter); };
    endNote.sniff = sniffEndNote;
    m_formats.append(endNote);

    FormatInfo ris;
    ris.id = u"ris"_s;
    ris.name = u"RIS"_s;
    ris.extensions = {u"ris"_s};
    ris.makeReader = [] { return std::unique_ptr<Reader>(new RisReader); };
    ris.makeWriter = [] { return std::unique_ptr<Writer>(new RisWriter); };
    ris.sniff = sniffRis;
    m_formats.append(ris);

    FormatInfo medline;
    medline.id = u"medline"_s;
    medline.name = u"MEDLINE / PubMed"_s;
    medline.extensions = {u"nbib"_s, u"medline"_s};
    medline.makeReader = [] { return std::unique_ptr<Reader>(new MedlineReader); };
    medline.makeWriter = [] { return std::unique_ptr<Writer>(new MedlineWriter); };
    medline.sniff = sniffMedline;
    m_formats.append(medline);

    FormatInfo wos;
    wos.id = u"wos"_s;
    wos.name = u"Web of Science tagged"_s;
    wos.extensions = {u"ciw"_s, u"isi"_s, u"wos"_s};
    wos.makeReader = [] { return std::unique_ptr<Reader>(new WosReader); };
    wos.makeWriter = [] { return std::unique_ptr<Writer>(new WosWriter); };
    wos.sniff = sniffWos;
    m_formats.append(wos);

    FormatInfo bibTeX;
    bibTeX.id = u"bibtex"_s;
    bibTeX.name = u"BibTeX"_s;
    bibTeX.extensions = {u"bib"_s, u"bibtex"_s};
    bibTeX.makeReader = [] { return std::unique_ptr<Reader>(new BibTeXReader(u"bibtex"_s)); };
    bibTeX.makeWriter = [] { return std::unique_ptr<Writer>(new BibTeXWriter(false)); };
    bibTeX.sniff = sniffBibTeX;
    m_formats.append(bibTeX);

    // Same reader; never detected (BibTeX answers for .bib files), chosen by name.
    FormatInfo bibLaTeX;
    bibLaTeX.id = u"biblatex"_s;
    bibLaTeX.name = u"BibLaTeX"_s;
    bibLaTeX.extensions = {u"bib"_s};
    bibLaTeX.makeReader = [] { return std::unique_ptr<Reader>(new BibTeXReader(u"biblatex"_s)); };
    bibLaTeX.makeWriter = [] { return std::unique_ptr<Writer>(new BibTeXWriter(true)); };
    bibLaTeX.sniff = [](QStringView) { return 0; };
    m_formats.append(bibLaTeX);

    FormatInfo cslJson;
    cslJson.id = u"csl-json"_s;
    cslJson.name = u"CSL-JSON"_s;
    cslJson.extensions = {u"json"_s};
    cslJson.makeReader = [] { return std::unique_ptr<Reader>(new CslJsonReader); };
    cslJson.makeWriter = [] { return std::unique_ptr<Writer>(new CslJsonWriter); };
    cslJson.sniff = sniffJson;
    m_formats.append(cslJson);

    FormatInfo endNoteXml;
    endNoteXml.id = u"endnote-xml"_s;
    endNoteXml.name = u"EndNote XML"_s;
    endNoteXml.extensions = {u"xml"_s};
    endNoteXml.makeReader = [] { return std::unique_ptr<Reader>(new EndNoteXmlReader); };
    endNoteXml.makeWriter = [] { return std::unique_ptr<Writer>(new EndNoteXmlWriter); };
    endNoteXml.sniff = sniffEndNoteXml;
    m_formats.append(endNoteXml);

    // After EndNote XML, so that an unrecognised .xml file is tried as EndNote XML.
    FormatInfo mods;
    mods.id = u"mods"_s;
    mods.name = u"MODS XML"_s;
    mods.extensions = {u"mods"_s, u"xml"_s};
    mods.makeReader = [] { return std::unique_ptr<Reader>(new ModsReader); };
    mods.sniff = sniffMods;
    m_formats.append(mods);

    FormatInfo csv;
    csv.id = u"csv"_s;
    csv.name = u"CSV"_s;
    csv.extensions = {u"csv"_s};
    csv.makeWriter = [] { return std::unique_ptr<Writer>(new CsvWriter); };
    csv.sniff = [](QStringView) { return 0; };
    m_formats.append(csv);
}

const FormatRegistry &FormatRegistry::instance()
{
    static const FormatRegistry registry;
    return registry;
}

const FormatInfo *FormatRegistry::find(QStringView id) const
{
    const QStringView name = id.trimmed();
    for (const FormatInfo &format : m_formats) {
        if (name.compare(format.id, Qt::CaseInsensitive) == 0)
            return &format;
    }
    for (const Alias &alias : kAliases) {
        if (name.compare(alias.alias, Qt::CaseInsensitive) == 0)
            return find(QString(alias.id));
    }
    return nullptr;
}

const FormatInfo *FormatRegistry::forExtension(QStringView suffix) const
{
    const QString wanted = normalisedSuffix(suffix);
    if (wanted.isEmpty())
        return nullptr;
    for (const FormatInfo &format : m_formats) {
        if (format.extensions.contains(wanted))
            return &format;
    }
    return nullptr;
}

const FormatInfo *FormatRegistry::detect(QStringView head, const QString &fileName,
                                         QString *reason) const
{
    const FormatInfo *best = nullptr;
    int bestScore = 0;
    for (const FormatInfo &format : m_formats) {
        const int score = format.sniff ? format.sniff(head) : 0;
        if (score > bestScore) {
            best = &format;
            bestScore = score;
        }
    }
    if (best && bestScore >= 50) {
        if (reason)
            *reason = u"content looks like %1"_s.arg(best->name);
        return best;
    }

    const QString suffix = QFileInfo(fileName).suffix();
    if (const FormatInfo *byExtension = forExtension(suffix)) {
        if (reason)
            *reason = u"by extension .%1"_s.arg(suffix);
        return byExtension;
    }
    if (best) {
        if (reason)
            *reason = u"content might be %1"_s.arg(best->name);
        return best;
    }
    if (reason) {
        *reason = suffix.isEmpty()
                ? u"content not recognised, and the file name has no extension"_s
                : u"content not recognised, and extension .%1 is not known"_s.arg(suffix);
    }
    return nullptr;
}

QString FormatRegistry::fileDialogFilter(bool forWriting) const
{
    QStringList filters;
    QStringList all;
    for (const FormatInfo &format : m_formats) {
        if (forWriting ? !format.makeWriter : !format.makeReader)
            continue;
        QStringList patterns;
        for (const QString &extension : format.extensions)
            patterns.append(u"*."_s + extension);
        all.append(patterns);
        filters.append(u"%1 (%2)"_s.arg(format.name, patterns.join(u' ')));
    }
    if (!forWriting) {
        all.removeDuplicates();
        filters.prepend(u"All citation files (%1)"_s.arg(all.join(u' ')));
        filters.append(u"All files (*)"_s);
    }
    return filters.join(u";;"_s);
}

} // namespace refmend
