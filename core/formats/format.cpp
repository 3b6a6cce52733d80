#include "formats/format.h"

using namespace Qt::StringLiterals;

namespace refmend {

QString bibtexCharactersId(BibtexCharacters characters)
{
    switch (characters) {
    case BibtexCharacters::Latex:
        return QStringLiteral("latex");
    case BibtexCharacters::Unicode:
        return QStringLiteral("unicode");
    case BibtexCharacters::Auto:
        break;
    }
    return QStringLiteral("auto");
}

std::optional<BibtexCharacters> bibtexCharactersFromId(QStringView id)
{
    for (const BibtexCharacters c : { BibtexCharacters::Auto, BibtexCharacters::Latex,
                                      BibtexCharacters::Unicode }) {
        if (id == bibtexCharactersId(c))
            return c;
    }
    return std::nullopt;
}

WriteOptions WriteOptions::sameAs(const Collection &collection)
{
    WriteOptions options;
    options.lineEnding = collection.lineEnding;
    options.encoding = collection.encoding;
    options.writeBom = collection.hadBom;
    options.leadingText = collection.textWithoutRecords;
    options.leadingTextFormat = collection.formatId;
    return options;
}

QStringView lineEndingText(LineEnding ending)
{
    switch (ending) {
    case LineEnding::Lf:
        break;
    case LineEnding::CrLf:
        return u"\r\n";
    case LineEnding::Cr:
        return u"\r";
    }
    return u"\n";
}

void appendWithLineEnding(QString &out, QStringView text, LineEnding ending)
{
    if (ending == LineEnding::Lf) {
        out += text;
        return;
    }
    const QStringView newline = lineEndingText(ending);
    qsizetype from = 0;
    for (qsizetype at = text.indexOf(u'\n'); at >= 0; at = text.indexOf(u'\n', from)) {
        out += text.sliced(from, at - from);
        out += newline;
        from = at + 1;
    }
    out += text.sliced(from);
}

} // namespace refmend
