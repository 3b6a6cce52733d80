#include "formats/bibtexsyntax.h"

#include "model/personname.h"
#include "text/latexunicode.h"

using namespace Qt::StringLiterals;

namespace refmend::bibtex {

namespace {

constexpr bool isWhite(char16_t c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r' || c == u'\f' || c == u'\v';
}

bool isWhite(QChar c)
{
    return isWhite(c.unicode());
}

bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

//! Characters of BibTeX identifiers (field names, macro names, entry types).
bool isIdentChar(QChar c)
{
    if (isWhite(c))
        return false;
    switch (c.unicode()) {
    case u'"': case u'#': case u'%': case u'\'': case u'(': case u')':
    case u',': case u'=': case u'{': case u'}': case u'@': case u'\\':
        return false;
    default:
        return c.unicode() >= 0x20;
    }
}

//! Characters of citation keys: anything but white space, ',' and the braces.
bool isKeyChar(QChar c, QChar close)
{
    return !isWhite(c) && c != u',' && c != u'{' && c != u'}' && c != close && c != u'"'
            && c != u'=' && c != u'#' && c.unicode() >= 0x20;
}

qsizetype skipWhite(QStringView text, qsizetype p)
{
    const char16_t *data = text.utf16();
    while (p < text.size() && isWhite(data[p]))
        ++p;
    return p;
}

//! White space and '%' comments (to the end of the line), between the parts of an entry.
qsizetype skipFill(QStringView text, qsizetype p)
{
    const qsizetype n = text.size();
    for (;;) {
        p = skipWhite(text, p);
        if (p >= n || text.at(p) != u'%')
            return p;
        while (p < n && text.at(p) != u'\n' && text.at(p) != u'\r')
            ++p;
    }
}

qsizetype identEnd(QStringView text, qsizetype p)
{
    while (p < text.size() && isIdentChar(text.at(p)))
        ++p;
    return p;
}

//! After a line break at \a p: does the new line start an entry?
bool lineStartsEntry(QStringView text, qsizetype lineStart)
{
    qsizetype p = lineStart;
    while (p < text.size() && (text.at(p) == u' ' || text.at(p) == u'\t'))
        ++p;
    return p < text.size() && text.at(p) == u'@' && startsBlock(text, p).has_value();
}

//! Next position after the line break at \a p (a '\r' or '\n').
qsizetype afterLineBreak(QStringView text, qsizetype p)
{
    if (text.at(p) == u'\r' && p + 1 < text.size() && text.at(p + 1) == u'\n')
        return p + 2;
    return p + 1;
}

struct Scan {
    qsizetype end = -1;     // one past the part, -1 on error
    ScanError error;
    int parts = 0;          // of a value expression
    QChar firstPart;        // '{', '"' or the first character of a number or name
    qsizetype firstEnd = -1;
};

Scan fail(qsizetype offset, QString message)
{
    Scan scan;
    scan.error.offset = offset;
    scan.error.message = std::move(message);
    return scan;
}

/*! A "{...}" part starting at \a p. With \a stopAtEntries, a line that starts an entry ends
    the scan with an error: the brace was never closed. */
Scan scanBraced(QStringView text, qsizetype p, bool stopAtEntries)
{
    int depth = 0;
    const qsizetype n = text.size();
    const char16_t *data = text.utf16();
    for (qsizetype i = p; i < n; ++i) {
        const char16_t c = data[i];
        if (c > u'}')
            continue;
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth == 0) {
                Scan scan;
                scan.end = i + 1;
                return scan;
            }
        } else if (stopAtEntries && (c == u'\n' || c == u'\r')) {
            const qsizetype next = afterLineBreak(text, i);
            if (lineStartsEntry(text, next))
                return fail(p, u"the '{' here is never closed (the value runs into the entry on the next line)"_s);
            i = next - 1;
        }
    }
    return fail(p, u"the '{' here is never closed"_s);
}

//! An odd run of backslashes before \a i: "\"" inside a quoted value, which BibTeX would
//! take for its end, is read as the umlaut it is meant to be.
bool isEscaped(QStringView text, qsizetype i)
{
    qsizetype backslashes = 0;
    while (i - backslashes - 1 >= 0 && text.at(i - backslashes - 1) == u'\\')
        ++backslashes;
    return backslashes % 2 == 1;
}

Scan scanQuoted(QStringView text, qsizetype p)
{
    int depth = 0;
    const qsizetype n = text.size();
    for (qsizetype i = p + 1; i < n; ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth < 0)
                return fail(i, u"unbalanced '}' inside a quoted value"_s);
        } else if (c == u'"' && depth == 0 && !isEscaped(text, i)) {
            Scan scan;
            scan.end = i + 1;
            return scan;
        } else if (c == u'\n' || c == u'\r') {
            const qsizetype next = afterLineBreak(text, i);
            if (lineStartsEntry(text, next))
                return fail(p, u"the '\"' here is never closed (the value runs into the entry on the next line)"_s);
            i = next - 1;
        }
    }
    return fail(p, u"the '\"' here is never closed"_s);
}

//! A value expression (parts joined by '#') at \a p; end is where its last part ends.
Scan scanValue(QStringView text, qsizetype p)
{
    const qsizetype n = text.size();
    const qsizetype start = p;
    int parts = 0;
    qsizetype firstEnd = -1;
    for (;;) {
        if (p >= n)
            return fail(p, u"the file ends where a value was expected"_s);
        const QChar c = text.at(p);
        Scan part;
        if (c == u'{') {
            part = scanBraced(text, p, true);
        } else if (c == u'"') {
            part = scanQuoted(text, p);
        } else if (isIdentChar(c)) {
            part.end = identEnd(text, p);   // a number or a macro name
        } else {
            return fail(p, u"expected a value ('{...}', '\"...\"', a number or a macro name), found '%1'"_s.arg(c));
        }
        if (part.error.isError())
            return part;
        if (++parts == 1)
            firstEnd = part.end;
        const qsizetype after = skipFill(text, part.end);
        if (after < n && text.at(after) == u'#') {
            p = skipFill(text, after + 1);
            continue;
        }
        part.parts = parts;
        part.firstPart = text.at(start);
        part.firstEnd = firstEnd;
        return part;
    }
}

//! Sets the literal of \a field when its value is one part that is not a macro.
void setLiteral(RawField &field, QStringView text, const Scan &value)
{
    if (value.parts != 1)
        return;
    const qsizetype start = field.valueOffset;
    if (value.firstPart == u'{' || value.firstPart == u'"') {
        field.literal = text.sliced(start + 1, value.end - start - 2);
        field.literalOffset = start + 1;
        field.isLiteral = true;
        return;
    }
    const QStringView word = text.sliced(start, value.end - start);
    for (QChar c : word) {
        if (!isDigit(c))
            return;
    }
    field.literal = word;
    field.literalOffset = start;
    field.isLiteral = true;
}

QString lowerAscii(QStringView text)
{
    return text.toString().toLower();
}

//! One past the '}' or ')' that ends free text starting at \a p (only braces count), or -1.
qsizetype freeTextEnd(QStringView text, qsizetype p, QChar close)
{
    int depth = 0;
    for (qsizetype i = p; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (depth == 0 && close == u'}')
                return i + 1;
            --depth;
        } else if (c == u')' && close == u')' && depth <= 0) {
            return i + 1;
        }
    }
    return -1;
}

//! End of a citation key: BibTeX reads to the comma; braces inside it must balance
//! ("O{\textquoteright}Donnell2011").
qsizetype keyEnd(QStringView text, qsizetype p, QChar close)
{
    const qsizetype n = text.size();
    while (p < n) {
        const QChar c = text.at(p);
        if (c == u'{') {
            int depth = 0;
            qsizetype i = p;
            for (; i < n && i - p < 256; ++i) {
                if (text.at(i) == u'{')
                    ++depth;
                else if (text.at(i) == u'}' && --depth == 0)
                    break;
                else if (text.at(i) == u'\n' || text.at(i) == u'\r' || text.at(i) == u',')
                    break;
            }
            if (i >= n || text.at(i) != u'}' || depth != 0)
                return p;
            p = i + 1;
            continue;
        }
        if (!isKeyChar(c, close))
            return p;
        ++p;
    }
    return p;
}

} // namespace

std::optional<BlockKind> startsBlock(QStringView text, qsizetype at, qsizetype *typeEnd)
{
    const qsizetype n = text.size();
    qsizetype p = at + 1;
    while (p < n && (text.at(p) == u' ' || text.at(p) == u'\t'))
        ++p;
    const qsizetype typeStart = p;
    while (p < n && (text.at(p).isLetterOrNumber() || text.at(p) == u'_' || text.at(p) == u'-'
                     || text.at(p) == u':' || text.at(p) == u'.'))
        ++p;
    if (p == typeStart || !text.at(typeStart).isLetter())
        return std::nullopt;
    const QStringView type = text.sliced(typeStart, p - typeStart);
    if (typeEnd)
        *typeEnd = p;
    p = skipWhite(text, p);
    if (p >= n || (text.at(p) != u'{' && text.at(p) != u'('))
        return std::nullopt;
    if (type.compare(u"comment"_s, Qt::CaseInsensitive) == 0)
        return BlockKind::Comment;
    if (type.compare(u"string"_s, Qt::CaseInsensitive) == 0)
        return BlockKind::String;
    if (type.compare(u"preamble"_s, Qt::CaseInsensitive) == 0)
        return BlockKind::Preamble;
    return BlockKind::Entry;
}

qsizetype nextAtLine(QStringView text, qsizetype from)
{
    const qsizetype n = text.size();
    for (qsizetype i = from; i < n; ++i) {
        const QChar c = text.at(i);
        if (c != u'\n' && c != u'\r')
            continue;
        const qsizetype next = afterLineBreak(text, i);
        qsizetype p = next;
        while (p < n && (text.at(p) == u' ' || text.at(p) == u'\t'))
            ++p;
        if (p < n && text.at(p) == u'@')
            return next;
        i = next - 1;
    }
    return n;
}

bool isCommentedOut(QStringView text, qsizetype at)
{
    // "%@article{", "% @article{": a commented-out entry. JabRef's "% Encoding: UTF-8" header
    // followed by entries on the same line still has its entries.
    bool percent = false;
    for (qsizetype i = at - 1; i >= 0; --i) {
        const QChar c = text.at(i);
        if (c == u'\n' || c == u'\r')
            break;
        if (c == u'%')
            percent = true;
        else if (c != u' ' && c != u'\t')
            return false;
    }
    return percent;
}

RawBlock scanBlock(QStringView text, qsizetype at, ScanError *error)
{
    RawBlock block;
    block.start = at;
    const qsizetype n = text.size();
    qsizetype typeEnd = at + 1;
    const std::optional<BlockKind> kind = startsBlock(text, at, &typeEnd);
    auto failed = [&](qsizetype offset, const QString &message) {
        if (error) {
            error->offset = offset;
            error->message = message;
        }
        return block;
    };
    if (!kind)
        return failed(at, u"'@' does not start an entry here"_s);
    block.kind = *kind;
    qsizetype typeStart = at + 1;
    while (text.at(typeStart) == u' ' || text.at(typeStart) == u'\t')
        ++typeStart;
    block.type = text.sliced(typeStart, typeEnd - typeStart);
    qsizetype p = skipWhite(text, typeEnd);
    const QChar open = text.at(p);
    const QChar close = open == u'{' ? u'}' : u')';
    ++p;

    // @comment, and a @preamble that is no BibTeX string ("@preamble{text}"): free text, of
    // which only the end matters.
    const qsizetype bodyStart = p;
    auto freeText = [&]() {
        const qsizetype end = freeTextEnd(text, bodyStart, close);
        if (end < 0)
            return failed(bodyStart - 1, u"@%1 is never closed"_s.arg(block.type.toString()));
        block.bodyEnd = end;
        return block;
    };
    if (block.kind == BlockKind::Comment)
        return freeText();

    if (block.kind == BlockKind::Preamble) {
        p = skipFill(text, p);
        RawField field;
        field.valueOffset = p;
        const Scan value = scanValue(text, p);
        if (!value.error.isError()) {
            field.value = text.sliced(p, value.end - p);
            setLiteral(field, text, value);
            p = skipFill(text, value.end);
            if (p < n && text.at(p) == close) {
                block.fields.append(field);
                block.bodyEnd = p + 1;
                return block;
            }
        }
        return freeText();
    }

    if (block.kind == BlockKind::Entry) {
        p = skipFill(text, p);
        const qsizetype keyStart = p;
        p = keyEnd(text, p, close);
        block.key = text.sliced(keyStart, p - keyStart);
        block.keyOffset = keyStart;
        const qsizetype after = skipFill(text, p);
        if (after < n && text.at(after) == u'=') {
            return failed(keyStart, u"the entry has no citation key (\"%1 =\" is a field)"_s
                          .arg(block.key.toString()));
        }
        if (after >= n)
            return failed(after, u"the file ends inside the entry"_s);
        if (text.at(after) == close) {
            if (block.key.isEmpty())
                return failed(keyStart, u"the entry has no citation key"_s);
            block.hasKey = true;
            block.bodyEnd = after + 1;
            return block;
        }
        if (text.at(after) != u',') {
            return failed(after, u"expected ',' after the citation key, found '%1'"_s
                          .arg(text.at(after)));
        }
        block.hasKey = true;
        p = after + 1;
    }

    // name = value, ...  (entries and @string)
    for (;;) {
        p = skipFill(text, p);
        if (p >= n)
            return failed(n, u"the file ends inside the entry (a '%1' is missing)"_s.arg(close));
        if (text.at(p) == close) {
            block.bodyEnd = p + 1;
            return block;
        }
        if (text.at(p) == u',' && !block.fields.isEmpty()) {
            block.warnings.append({p, u"an empty field between two commas; skipped"_s});
            ++p;
            continue;
        }
        const qsizetype nameStart = p;
        p = identEnd(text, p);
        if (p == nameStart) {
            if (text.at(p) == u'@')
                return failed(p, u"a new entry starts before this one is closed (a '%1' is missing)"_s.arg(close));
            return failed(p, u"expected a field name, found '%1'"_s.arg(text.at(p)));
        }
        RawField field;
        field.name = text.sliced(nameStart, p - nameStart);
        field.nameOffset = nameStart;
        p = skipFill(text, p);
        if (p >= n || text.at(p) != u'=') {
            return failed(p, u"expected '=' after the field name \"%1\""_s.arg(field.name.toString()));
        }
        p = skipFill(text, p + 1);
        field.valueOffset = p;
        const Scan value = scanValue(text, p);
        if (value.error.isError())
            return failed(value.error.offset, value.error.message);
        field.value = text.sliced(p, value.end - p);
        setLiteral(field, text, value);
        block.fields.append(field);
        p = skipFill(text, value.end);
        if (p < n && text.at(p) == u',') {
            ++p;
            continue;
        }
        if (p < n && text.at(p) == close) {
            block.bodyEnd = p + 1;
            return block;
        }
        if (p >= n)
            return failed(n, u"the file ends inside the entry (a '%1' is missing)"_s.arg(close));
        if (text.at(p) == u'@')
            return failed(p, u"a new entry starts before this one is closed (a '%1' is missing)"_s.arg(close));
        // "title = {x}\n  year = 2001": a comma forgotten before the next field.
        const qsizetype nextName = identEnd(text, p);
        if (nextName > p) {
            const qsizetype eq = skipFill(text, nextName);
            if (eq < n && text.at(eq) == u'=') {
                block.warnings.append({p, u"a ',' is missing before \"%1\"; read as if it were there"_s
                                           .arg(text.sliced(p, nextName - p).toString())});
                continue;
            }
        }
        return failed(p, u"expected ',' or '%1' after the value of \"%2\", found '%3'"_s
                      .arg(close).arg(field.name.toString()).arg(text.at(p)));
    }
}

// ------------------------------------------------------------------ macros and values

void Macros::define(QStringView name, const QString &latex)
{
    m_table.insert(lowerAscii(name), latex);
}

const QString *Macros::find(QStringView name) const
{
    static const QHash<QString, QString> months = {
        {u"jan"_s, u"January"_s}, {u"feb"_s, u"February"_s}, {u"mar"_s, u"March"_s},
        {u"apr"_s, u"April"_s}, {u"may"_s, u"May"_s}, {u"jun"_s, u"June"_s},
        {u"jul"_s, u"July"_s}, {u"aug"_s, u"August"_s}, {u"sep"_s, u"September"_s},
        {u"oct"_s, u"October"_s}, {u"nov"_s, u"November"_s}, {u"dec"_s, u"December"_s},
    };
    const QString lower = lowerAscii(name);
    auto it = m_table.constFind(lower);
    if (it != m_table.constEnd())
        return &it.value();
    auto month = months.constFind(lower);
    return month != months.constEnd() ? &month.value() : nullptr;
}

QString expandValue(QStringView expression, const Macros &macros, QStringList *undefined)
{
    // The expression was scanned already, so it is well formed.
    QString out;
    const qsizetype n = expression.size();
    qsizetype p = 0;
    while (p < n) {
        const QChar c = expression.at(p);
        if (c == u'{') {
            const Scan part = scanBraced(expression, p, false);
            const qsizetype end = part.end < 0 ? n : part.end;
            out += expression.sliced(p + 1, qMax<qsizetype>(0, end - p - 2));
            p = end;
        } else if (c == u'"') {
            const Scan part = scanQuoted(expression, p);
            const qsizetype end = part.end < 0 ? n : part.end;
            out += expression.sliced(p + 1, qMax<qsizetype>(0, end - p - 2));
            p = end;
        } else if (isIdentChar(c)) {
            const qsizetype end = identEnd(expression, p);
            const QStringView word = expression.sliced(p, end - p);
            bool number = true;
            for (QChar d : word)
                number = number && isDigit(d);
            if (number) {
                out += word;
            } else if (const QString *value = macros.find(word)) {
                out += *value;
            } else {
                out += word;
                if (undefined)
                    undefined->append(word.toString());
            }
            p = end;
        } else {
            ++p;   // white space and '#'
        }
    }
    return out;
}

QString displayValue(QStringView latex, bool verbatim)
{
    if (verbatim)
        return latex.trimmed().toString();
    const qsizetype n = latex.size();
    const char16_t *data = latex.utf16();
    bool needsCollapse = n > 0 && (isWhite(data[0]) || isWhite(data[n - 1]));
    for (qsizetype i = 0; i < n && !needsCollapse; ++i) {
        const char16_t c = data[i];
        if (c > u' ')
            continue;
        if (c == u' ')
            needsCollapse = i + 1 < n && isWhite(data[i + 1]);
        else
            needsCollapse = isWhite(c);
    }
    if (!needsCollapse)
        return latexToUnicode(latex);

    QString collapsed(n, Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(collapsed.data());
    qsizetype length = 0;
    qsizetype i = 0;
    while (i < n) {
        const char16_t c = data[i];
        if (!isWhite(c)) {
            out[length++] = c;
            ++i;
            continue;
        }
        int lineBreaks = 0;
        while (i < n && isWhite(data[i])) {
            const char16_t w = data[i];
            if (w == u'\n' || (w == u'\r' && !(i + 1 < n && data[i + 1] == u'\n')))
                ++lineBreaks;
            ++i;
        }
        if (length == 0 || i == n)
            continue;   // leading or trailing
        out[length++] = lineBreaks >= 2 ? u'\n' : u' ';
    }
    collapsed.truncate(length);
    return latexToUnicode(collapsed);
}

namespace {

bool bracesBalance(QStringView text)
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

} // namespace

QString encodeValue(const QString &value, QStringView fieldName, LatexOutput output)
{
    QString text = value;
    if (text.contains(u'\r')) {
        text.replace(u"\r\n"_s, u"\n"_s);
        text.replace(u'\r', u'\n');
    }
    if (isVerbatimField(fieldName) && bracesBalance(text))
        return u'{' + text + u'}';
    QString latex = unicodeToLatex(text, output);
    // A line break in a value is a paragraph: BibTeX reads a single one as a space.
    latex.replace(u"\n"_s, u"\n\n"_s);
    // BibTeX drops white space at either end of a value; in braces it stays.
    const bool leading = latex.startsWith(u' ') || latex.startsWith(u'\t');
    const bool trailing = latex.size() > 1 && (latex.endsWith(u' ') || latex.endsWith(u'\t'));
    if (trailing)
        latex = latex.chopped(1) + u'{' + latex.back() + u'}';
    if (leading)
        latex = u'{' + latex.front() + u'}' + latex.sliced(1);
    return u'{' + latex + u'}';
}

bool isVerbatimField(QStringView name)
{
    if (name.size() < 2 || name.size() > 6)
        return false;
    for (QStringView verbatim : {u"url", u"doi", u"eprint", u"file", u"pdf", u"urlraw",
                                 u"verba", u"verbb", u"verbc", u"ee", u"biburl"}) {
        if (name.size() == verbatim.size() && name.compare(verbatim, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool isValidFieldName(QStringView name)
{
    if (name.isEmpty() || isDigit(name.front()))
        return false;
    for (QChar c : name) {
        if (!isIdentChar(c))
            return false;
    }
    return true;
}

bool isValidKey(QStringView key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key) {
        if (!isKeyChar(c, u')') || c == u'(' || c == u'%' || c == u'\\' || c == u'@'
            || c == u'\'' || c == u'~')
            return false;
    }
    return true;
}

bool readsBackAsKey(QStringView key)
{
    return !key.isEmpty() && keyEnd(key, 0, u'}') == key.size();
}

// ------------------------------------------------------------------ vocabulary

namespace {

struct NameMeaning {
    QLatin1StringView name;
    FieldKey key;
    int role;   // -1: a field, else a PersonRole
};

constexpr NameMeaning kFieldNames[] = {
    {"author"_L1, FieldKey::Other, int(PersonRole::Author)},
    {"editor"_L1, FieldKey::Other, int(PersonRole::Editor)},
    {"translator"_L1, FieldKey::Other, int(PersonRole::Translator)},
    {"title"_L1, FieldKey::Title, -1},
    {"journal"_L1, FieldKey::ContainerTitle, -1},
    {"journaltitle"_L1, FieldKey::ContainerTitle, -1},
    {"booktitle"_L1, FieldKey::ContainerTitle, -1},
    {"year"_L1, FieldKey::Year, -1},
    {"date"_L1, FieldKey::Date, -1},
    {"volume"_L1, FieldKey::Volume, -1},
    {"number"_L1, FieldKey::Issue, -1},
    {"issue"_L1, FieldKey::Issue, -1},
    {"pages"_L1, FieldKey::Pages, -1},
    {"publisher"_L1, FieldKey::Publisher, -1},
    {"school"_L1, FieldKey::Publisher, -1},
    {"institution"_L1, FieldKey::Publisher, -1},
    {"address"_L1, FieldKey::PublisherPlace, -1},
    {"location"_L1, FieldKey::PublisherPlace, -1},
    {"doi"_L1, FieldKey::Doi, -1},
    {"url"_L1, FieldKey::Url, -1},
    {"abstract"_L1, FieldKey::Abstract, -1},
    {"keywords"_L1, FieldKey::Keywords, -1},
    {"note"_L1, FieldKey::Note, -1},
    {"annote"_L1, FieldKey::Note, -1},
    {"annotation"_L1, FieldKey::Note, -1},
    {"isbn"_L1, FieldKey::Isbn, -1},
    {"issn"_L1, FieldKey::Isbn, -1},
    {"edition"_L1, FieldKey::Edition, -1},
    {"language"_L1, FieldKey::Language, -1},
    {"series"_L1, FieldKey::SeriesTitle, -1},
    {"shorttitle"_L1, FieldKey::ShortTitle, -1},
    {"volumes"_L1, FieldKey::NumberOfVolumes, -1},
};

// Names only BibLaTeX knows; BibTeX gets its own name for the same key.
constexpr QLatin1StringView kBibLaTeXOnlyNames[] = {
    "journaltitle"_L1, "location"_L1, "issue"_L1, "annotation"_L1,
};

struct TypeMeaning {
    QLatin1StringView name;
    RecordType type;
};

constexpr TypeMeaning kEntryTypes[] = {
    {"article"_L1, RecordType::Article},
    {"book"_L1, RecordType::Book}, {"mvbook"_L1, RecordType::Book},
    {"booklet"_L1, RecordType::Book}, {"collection"_L1, RecordType::Book},
    {"mvcollection"_L1, RecordType::Book}, {"proceedings"_L1, RecordType::Book},
    {"mvproceedings"_L1, RecordType::Book}, {"reference"_L1, RecordType::Book},
    {"mvreference"_L1, RecordType::Book},
    {"inbook"_L1, RecordType::Chapter}, {"incollection"_L1, RecordType::Chapter},
    {"inreference"_L1, RecordType::Chapter}, {"bookinbook"_L1, RecordType::Chapter},
    {"suppbook"_L1, RecordType::Chapter}, {"suppcollection"_L1, RecordType::Chapter},
    {"inproceedings"_L1, RecordType::ConferencePaper}, {"conference"_L1, RecordType::ConferencePaper},
    {"phdthesis"_L1, RecordType::Thesis}, {"mastersthesis"_L1, RecordType::Thesis},
    {"thesis"_L1, RecordType::Thesis},
    {"techreport"_L1, RecordType::Report}, {"report"_L1, RecordType::Report},
    {"online"_L1, RecordType::WebPage}, {"www"_L1, RecordType::WebPage},
    {"electronic"_L1, RecordType::WebPage},
    {"dataset"_L1, RecordType::Dataset}, {"data"_L1, RecordType::Dataset},
    {"patent"_L1, RecordType::Patent},
    {"software"_L1, RecordType::Software},
};

} // namespace

FieldMeaning meaningOf(QStringView name)
{
    FieldMeaning meaning;
    for (const NameMeaning &entry : kFieldNames) {
        if (name.size() == entry.name.size() && name.compare(entry.name, Qt::CaseInsensitive) == 0) {
            meaning.key = entry.key;
            if (entry.role >= 0)
                meaning.role = PersonRole(entry.role);
            return meaning;
        }
    }
    return meaning;
}

RecordType recordTypeFor(QStringView entryType)
{
    for (const TypeMeaning &entry : kEntryTypes) {
        if (entryType.size() == entry.name.size()
            && entryType.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return RecordType::Generic;
}

QString fieldNameFor(FieldKey key, RecordType type, bool biblatex)
{
    switch (key) {
    case FieldKey::Title: return u"title"_s;
    case FieldKey::ShortTitle: return u"shorttitle"_s;
    case FieldKey::ContainerTitle:
        if (type == RecordType::Article)
            return biblatex ? u"journaltitle"_s : u"journal"_s;
        return u"booktitle"_s;
    case FieldKey::SeriesTitle: return u"series"_s;
    case FieldKey::Year: return u"year"_s;
    case FieldKey::Date: return u"date"_s;
    case FieldKey::Volume: return u"volume"_s;
    case FieldKey::Issue: return u"number"_s;
    case FieldKey::Pages: return u"pages"_s;
    case FieldKey::Edition: return u"edition"_s;
    case FieldKey::Publisher:
        if (type == RecordType::Thesis)
            return biblatex ? u"institution"_s : u"school"_s;
        if (type == RecordType::Report)
            return u"institution"_s;
        return u"publisher"_s;
    case FieldKey::PublisherPlace: return biblatex ? u"location"_s : u"address"_s;
    case FieldKey::Doi: return u"doi"_s;
    case FieldKey::Url: return u"url"_s;
    case FieldKey::Abstract: return u"abstract"_s;
    case FieldKey::Keywords: return u"keywords"_s;
    case FieldKey::Note: return u"note"_s;
    case FieldKey::Isbn: return u"isbn"_s;
    case FieldKey::Language: return u"language"_s;
    case FieldKey::NumberOfVolumes: return u"volumes"_s;
    default:
        return QString();
    }
}

bool acceptsFieldName(FieldKey key, QStringView name, bool biblatex)
{
    if (meaningOf(name).key != key || meaningOf(name).role)
        return false;
    if (!biblatex) {
        for (QLatin1StringView only : kBibLaTeXOnlyNames) {
            if (name.compare(only, Qt::CaseInsensitive) == 0)
                return false;
        }
    }
    return true;
}

QString fieldNameFor(PersonRole role)
{
    switch (role) {
    case PersonRole::Author: return u"author"_s;
    case PersonRole::Editor: return u"editor"_s;
    case PersonRole::Translator: return u"translator"_s;
    default: return QString();
    }
}

QString entryTypeFor(RecordType type, bool biblatex)
{
    switch (type) {
    case RecordType::Article: return u"article"_s;
    case RecordType::Book: return u"book"_s;
    case RecordType::Chapter: return u"incollection"_s;
    case RecordType::ConferencePaper: return u"inproceedings"_s;
    case RecordType::Thesis: return biblatex ? u"thesis"_s : u"phdthesis"_s;
    case RecordType::Report: return biblatex ? u"report"_s : u"techreport"_s;
    case RecordType::WebPage: return u"online"_s;
    case RecordType::Dataset: return u"dataset"_s;
    case RecordType::Patent: return u"patent"_s;
    case RecordType::Software: return u"software"_s;
    default: return u"misc"_s;
    }
}

bool acceptsEntryType(QStringView entryType, RecordType type, bool biblatex)
{
    if (entryType.isEmpty() || !isValidFieldName(entryType) || recordTypeFor(entryType) != type)
        return false;
    if (!biblatex && (entryType.compare(u"thesis"_s, Qt::CaseInsensitive) == 0
                      || entryType.compare(u"report"_s, Qt::CaseInsensitive) == 0))
        return false;
    return true;
}

// ------------------------------------------------------------------ names

QList<NameSpan> splitNames(QStringView latex)
{
    QList<NameSpan> spans;
    const qsizetype n = latex.size();
    auto add = [&](qsizetype from, qsizetype to) {
        while (from < to && isWhite(latex.at(from)))
            ++from;
        while (to > from && isWhite(latex.at(to - 1)))
            --to;
        if (to > from)
            spans.append({from, to - from});
    };
    int depth = 0;
    qsizetype start = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = latex.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            depth = qMax(0, depth - 1);
        } else if (depth == 0 && isWhite(c) && i + 4 < n
                   && latex.sliced(i + 1, 3).compare(u"and"_s, Qt::CaseInsensitive) == 0
                   && isWhite(latex.at(i + 4))) {
            add(start, i);
            start = i + 4;
            i += 3;
        }
    }
    add(start, n);
    return spans;
}

namespace {

//! BibLaTeX's "family=Berg, given=Jan, prefix=van der, useprefix=true".
bool isExtendedName(QStringView latex)
{
    int depth = 0;
    for (qsizetype i = 0; i < latex.size(); ++i) {
        const QChar c = latex.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            --depth;
        } else if (depth == 0 && c == u'=') {
            const QStringView part = latex.first(i).trimmed();
            for (QStringView known : {u"family", u"given", u"prefix", u"suffix", u"useprefix",
                                      u"family-i", u"given-i", u"prefix-i", u"suffix-i", u"id"}) {
                if (part.compare(known, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        } else if (depth == 0 && c == u',') {
            return false;
        }
    }
    return false;
}

QString namePart(QStringView latex)
{
    QStringView part = latex.trimmed();
    if (part.size() >= 2 && part.front() == u'{' && part.back() == u'}') {
        // "given={Jan Hendrik}": one group around the whole part.
        int depth = 0;
        bool whole = true;
        for (qsizetype i = 0; i < part.size() - 1 && whole; ++i) {
            if (part.at(i) == u'{')
                ++depth;
            else if (part.at(i) == u'}' && --depth == 0)
                whole = false;
        }
        if (whole)
            part = part.sliced(1, part.size() - 2);
    }
    return latexToUnicode(part).simplified();
}

Person parseExtendedName(QStringView latex)
{
    Person person;
    person.raw = latexToUnicode(latex, true).simplified();
    int depth = 0;
    qsizetype start = 0;
    auto take = [&](qsizetype end) {
        const QStringView item = latex.sliced(start, end - start);
        const qsizetype eq = item.indexOf(u'=');
        if (eq < 0)
            return;
        const QStringView key = item.first(eq).trimmed();
        const QString value = namePart(item.sliced(eq + 1));
        if (key.compare(u"family"_s, Qt::CaseInsensitive) == 0)
            person.family = value;
        else if (key.compare(u"given"_s, Qt::CaseInsensitive) == 0)
            person.given = value;
        else if (key.compare(u"prefix"_s, Qt::CaseInsensitive) == 0)
            person.particle = value;
        else if (key.compare(u"suffix"_s, Qt::CaseInsensitive) == 0)
            person.suffix = value;
    };
    for (qsizetype i = 0; i < latex.size(); ++i) {
        const QChar c = latex.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            --depth;
        } else if (depth == 0 && c == u',') {
            take(i);
            start = i + 1;
        }
    }
    take(latex.size());
    if (person.family.isEmpty() && person.given.isEmpty() && person.particle.isEmpty())
        return parsePersonName(person.raw);
    return person;
}

bool isAndWord(QStringView text)
{
    int depth = 0;
    for (qsizetype i = 0; i + 3 <= text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'{')
            ++depth;
        else if (c == u'}')
            --depth;
        if (depth == 0 && (i == 0 || isWhite(text.at(i - 1)))
            && text.sliced(i, 3).compare(u"and"_s, Qt::CaseInsensitive) == 0
            && (i + 3 == text.size() || isWhite(text.at(i + 3))))
            return true;
    }
    return false;
}

} // namespace

Person parseName(QStringView latex)
{
    if (isExtendedName(latex))
        return parseExtendedName(latex);
    return parsePersonName(latexToUnicode(latex, true));
}

Person NameCache::parse(QStringView latex)
{
    const QString probe = QString::fromRawData(latex.data(), latex.size());
    auto it = m_names.constFind(probe);
    if (it != m_names.constEnd())
        return it.value();
    if (m_names.size() > 200000)
        m_names.clear();   // a bound, for files with millions of different names
    Person person = parseName(latex);
    m_names.insert(latex.toString(), person);
    return person;
}

PersonList parseNames(QStringView latex, NameCache *cache)
{
    PersonList persons;
    for (const NameSpan &span : splitNames(latex)) {
        const QStringView text = latex.sliced(span.offset, span.length);
        Person person = cache ? cache->parse(text) : parseName(text);
        if (!person.isEmpty())
            persons.append(std::move(person));
    }
    return persons;
}

QString nameText(const Person &person, bool biblatex, NameCache *cache)
{
    const LatexOutput output = biblatex ? LatexOutput::KeepUnicode : LatexOutput::Ascii;
    auto encode = [&](const QString &part) { return unicodeToLatex(part, output); };
    // A part that BibTeX would split or read differently goes in braces.
    auto guarded = [&](const QString &part) {
        const QString latex = encode(part);
        if (part.contains(u',') || isAndWord(part))
            return u'{' + latex + u'}';
        return latex;
    };
    auto braced = [&](const QString &part) { return u'{' + encode(part) + u'}'; };

    if (person.isLiteral()) {
        if (person.literal.compare(u"others"_s, Qt::CaseInsensitive) == 0)
            return person.literal;
        return braced(person.literal);
    }

    // BibTeX's own forms first ("von Last, Jr, First"); the first that reads back as the same
    // name is written, so that names the parser takes apart unusually survive a save.
    auto readsBack = [&](const QString &candidate) {
        return (cache ? cache->parse(candidate) : parseName(candidate)).sameName(person);
    };
    const QString particle = person.particle.isEmpty() ? QString() : guarded(person.particle) + u' ';
    QString family = guarded(person.family);
    // "de Gaulle" kept whole in the family name must not turn into a particle.
    if (person.particle.isEmpty() && person.family.contains(u' ') && !person.family.isEmpty()
        && person.family.front().isLower() && !family.startsWith(u'{'))
        family = u'{' + family + u'}';
    const QString last = particle + family;
    const QString given = person.given.isEmpty() ? QString() : guarded(person.given);
    const QString suffix = person.suffix.isEmpty() ? QString() : guarded(person.suffix);

    QString first;
    if (person.given.isEmpty() && person.suffix.isEmpty())
        first = last;
    else if (person.suffix.isEmpty())
        first = last + u", "_s + given;
    else
        first = last + u", "_s + suffix + (given.isEmpty() ? QString() : u", "_s + given);
    if (readsBack(first))
        return first;

    const QString bracedLast = particle + braced(person.family);
    QStringList candidates;
    if (person.given.isEmpty() && person.suffix.isEmpty()) {
        // "García{ }Márquez": a family name of two words and no given name is one token.
        QStringList words;
        for (const QString &word : person.family.split(u' ', Qt::SkipEmptyParts))
            words.append(encode(word));
        candidates << bracedLast << particle + words.join(u"{ }"_s);
    } else if (person.suffix.isEmpty()) {
        candidates << given + u' ' + last
                   << bracedLast + u", "_s + given
                   << last + u", "_s + braced(person.given)
                   << bracedLast + u", "_s + braced(person.given);
    } else {
        const QString firstPart = given.isEmpty() ? QString() : u", "_s + given;
        candidates << last + firstPart + u", "_s + suffix
                   << bracedLast + u", "_s + suffix + firstPart
                   << bracedLast + u", "_s + braced(person.suffix)
                           + (person.given.isEmpty() ? QString() : u", "_s + braced(person.given));
    }
    for (const QString &candidate : std::as_const(candidates)) {
        if (readsBack(candidate))
            return candidate;
    }
    return first;
}

} // namespace refmend::bibtex
