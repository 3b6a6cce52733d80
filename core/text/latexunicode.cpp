#include "text/latexunicode.h"

#include <QVarLengthArray>

#include <vector>

using namespace Qt::StringLiterals;

// latexToUnicode() is one left-to-right pass with an explicit stack of open groups (no
// recursion, so "{{{...}}}" nested 100,000 deep is fine). unicodeToLatex() is written as
// its inverse: for every string s, latexToUnicode(unicodeToLatex(s)) == s. The two share the
// command tables and the rules below, which is what keeps that true:
//  - a control word the tables do not know (\emph, \mkbibquote) is kept as written, and so
//    are the brace groups that follow it directly (its arguments); math ($...$, braces
//    balanced inside) is kept as written;
//  - \url, \path, \nolinkurl and \href take their first argument verbatim;
//  - other braces only protect case: removed, or kept when keepProtectingBraces is set;
//    "{}" is always removed, and a group that starts with a known command ("{\'a}", "{\ss}")
//    never keeps its braces.

namespace refmend {

namespace {

struct CharCommand {
    QLatin1StringView name;
    char16_t ch;
};

// Control words that stand for one character. The first entry for a character is the one
// unicodeToLatex() writes.
constexpr CharCommand kCharCommands[] = {
    {"ss"_L1, u'ß'}, {"SS"_L1, u'ẞ'},
    {"o"_L1, u'ø'}, {"O"_L1, u'Ø'},
    {"l"_L1, u'ł'}, {"L"_L1, u'Ł'},
    {"aa"_L1, u'å'}, {"AA"_L1, u'Å'},
    {"ae"_L1, u'æ'}, {"AE"_L1, u'Æ'},
    {"oe"_L1, u'œ'}, {"OE"_L1, u'Œ'},
    {"i"_L1, u'ı'}, {"j"_L1, u'ȷ'},
    {"dh"_L1, u'ð'}, {"DH"_L1, u'Ð'},
    {"th"_L1, u'þ'}, {"TH"_L1, u'Þ'},
    {"dj"_L1, u'đ'}, {"DJ"_L1, u'Đ'},
    {"ng"_L1, u'ŋ'}, {"NG"_L1, u'Ŋ'},
    {"textendash"_L1, u'–'}, {"textemdash"_L1, u'—'},
    {"textquoteleft"_L1, u'‘'}, {"textquoteright"_L1, u'’'},
    {"textquotedblleft"_L1, u'“'}, {"textquotedblright"_L1, u'”'},
    {"guillemotleft"_L1, u'«'}, {"guillemotright"_L1, u'»'},
    {"guillemetleft"_L1, u'«'}, {"guillemetright"_L1, u'»'},
    {"textregistered"_L1, u'®'},
    {"copyright"_L1, u'©'}, {"textcopyright"_L1, u'©'},
    {"texttrademark"_L1, u'™'},
    {"dots"_L1, u'…'}, {"ldots"_L1, u'…'}, {"textellipsis"_L1, u'…'},
    {"textbackslash"_L1, u'\\'},
    {"textbraceleft"_L1, u'{'}, {"textbraceright"_L1, u'}'},
    {"textasciitilde"_L1, u'~'},
    {"textasciicircum"_L1, u'^'},
    {"textunderscore"_L1, u'_'},
    {"textbar"_L1, u'|'},
    {"textless"_L1, u'<'}, {"textgreater"_L1, u'>'},
    {"textbullet"_L1, u'•'},
    {"textperiodcentered"_L1, u'·'},
    {"textdegree"_L1, u'°'},
    {"textexclamdown"_L1, u'¡'}, {"textquestiondown"_L1, u'¿'},
    {"S"_L1, u'§'}, {"P"_L1, u'¶'},
    {"pounds"_L1, u'£'}, {"textsterling"_L1, u'£'},
    {"texteuro"_L1, u'€'},
    {"textdagger"_L1, u'†'}, {"dag"_L1, u'†'},
    {"textdaggerdbl"_L1, u'‡'}, {"ddag"_L1, u'‡'},
    {"textmu"_L1, u'µ'},
};

struct Accent {
    char16_t command;    // ' for \', v for \v ...
    char16_t combining;  // the combining mark it puts on its argument
    char16_t spacing;    // what it makes of an empty argument ("\~{}" is "~")
};

constexpr Accent kAccents[] = {
    {u'\'', 0x0301, 0x00B4}, {u'`', 0x0300, u'`'}, {u'^', 0x0302, u'^'},
    {u'"', 0x0308, 0x00A8}, {u'~', 0x0303, u'~'}, {u'=', 0x0304, 0x00AF},
    {u'.', 0x0307, 0x02D9}, {u'u', 0x0306, 0x02D8}, {u'v', 0x030C, 0x02C7},
    {u'H', 0x030B, 0x02DD}, {u'c', 0x0327, 0x00B8}, {u'k', 0x0328, 0x02DB},
    {u'r', 0x030A, 0x02DA}, {u'd', 0x0323, 0}, {u'b', 0x0331, 0},
};

// Control symbols (a backslash and one non-letter) that stand for a character.
struct SymbolCommand {
    char16_t symbol;
    char16_t ch;
};
constexpr SymbolCommand kSymbols[] = {
    {u'&', u'&'}, {u'%', u'%'}, {u'$', u'$'}, {u'#', u'#'}, {u'_', u'_'},
    {u'{', u'{'}, {u'}', u'}'}, {u' ', u' '}, {u'\t', u' '}, {u'\n', u' '}, {u'\r', u' '},
    {u',', 0x2009}, {u'-', 0x00AD},
};

constexpr QLatin1StringView kVerbatimArgumentCommands[] = {
    "url"_L1, "path"_L1, "nolinkurl"_L1, "href"_L1,
};

// A \url argument longer than this is not looked for (keeps a broken file linear).
constexpr qsizetype kMaxVerbatimArgument = 4096;

//! The characters latexToUnicode() acts on; everything else is copied.
constexpr bool isDecoderSpecial(char16_t c)
{
    switch (c) {
    case u'\\': case u'{': case u'}': case u'$': case u'-': case u'`': case u'\'': case u'~':
        return true;
    default:
        return false;
    }
}

bool isAsciiLetter(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z');
}

bool isWhite(QChar c)
{
    return c == u' ' || c == u'\t' || c == u'\n' || c == u'\r';
}

const CharCommand *findCharCommand(QStringView name)
{
    for (const CharCommand &command : kCharCommands) {
        if (name == command.name)
            return &command;
    }
    return nullptr;
}

const Accent *findAccent(QChar command)
{
    for (const Accent &accent : kAccents) {
        if (command == accent.command)
            return &accent;
    }
    return nullptr;
}

const Accent *findLetterAccent(QStringView name)
{
    if (name.size() != 1 || !isAsciiLetter(name.front()))
        return nullptr;
    return findAccent(name.front());
}

const SymbolCommand *findSymbol(QChar symbol)
{
    for (const SymbolCommand &entry : kSymbols) {
        if (symbol == entry.symbol)
            return &entry;
    }
    return nullptr;
}

bool isSymbolAccent(QChar c)
{
    return !isAsciiLetter(c) && findAccent(c) != nullptr;
}

bool isKnownWord(QStringView name)
{
    return findCharCommand(name) || findLetterAccent(name);
}

//! A control symbol latexToUnicode() changes (as opposed to "\\", "\/", "\@", kept).
bool isKnownSymbol(QChar c)
{
    return isSymbolAccent(c) || findSymbol(c) != nullptr;
}

bool takesVerbatimArgument(QStringView name)
{
    for (QLatin1StringView command : kVerbatimArgumentCommands) {
        if (name == command)
            return true;
    }
    return false;
}

//! End of the control word starting with the letter at \a from.
qsizetype wordEnd(QStringView text, qsizetype from)
{
    while (from < text.size() && isAsciiLetter(text.at(from)))
        ++from;
    return from;
}

/*! The '$' closing the math that opens at \a start, or -1: math runs to the next '$' that is
    not "\$" and counts only when its braces balance the way BibTeX counts them (every brace,
    "\{" too). Both directions use this one rule. */
qsizetype mathEnd(QStringView text, qsizetype start)
{
    int depth = 0;
    bool balanced = true;
    for (qsizetype i = start + 1; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'\\') {
            if (i + 1 < text.size() && (text.at(i + 1) == u'$' || text.at(i + 1) == u'\\'))
                ++i;
        } else if (c == u'$') {
            return balanced && depth == 0 ? i : -1;
        } else if (c == u'{') {
            ++depth;
        } else if (c == u'}') {
            if (--depth < 0)
                balanced = false;
        }
    }
    return -1;
}

//! The '}' matching the '{' at \a open counting every brace, within kMaxVerbatimArgument.
qsizetype verbatimGroupEnd(QStringView text, qsizetype open)
{
    int depth = 0;
    const qsizetype limit = qMin(text.size(), open + kMaxVerbatimArgument);
    for (qsizetype i = open; i < limit; ++i) {
        const QChar c = text.at(i);
        if (c == u'{') {
            ++depth;
        } else if (c == u'}' && --depth == 0) {
            return i;
        }
    }
    return -1;
}

//! \a base with \a combining on its first character, composed where Unicode can.
void applyAccent(QString &out, qsizetype from, const Accent &accent)
{
    if (from >= out.size()) {
        if (accent.spacing)
            out += QChar(accent.spacing);
        else
            out += QChar(accent.combining);
        return;
    }
    qsizetype baseLength = out.at(from).isHighSurrogate() && from + 1 < out.size() ? 2 : 1;
    QString cluster = out.mid(from, baseLength);
    // A dotless i or j under an accent is the letter the accent sits on ("\'{\i}" is "í").
    if (cluster == u"ı"_s)
        cluster = u"i"_s;
    else if (cluster == u"ȷ"_s)
        cluster = u"j"_s;
    // Marks already on the base (from a nested accent) stay under the new one. A pile of
    // them (only ever seen in fuzzed input) just gets one more, so that it stays linear.
    constexpr int kMaxMarks = 16;
    int marks = 0;
    while (from + baseLength < out.size()
           && out.at(from + baseLength).category() == QChar::Mark_NonSpacing) {
        if (++marks > kMaxMarks) {
            out.insert(from + 1, QChar(accent.combining));
            return;
        }
        cluster += out.at(from + baseLength);
        ++baseLength;
    }
    cluster += QChar(accent.combining);
    out.replace(from, baseLength, cluster.normalized(QString::NormalizationForm_C));
}

class Decoder
{
public:
    Decoder(QStringView text, bool keepProtectingBraces)
        : m_text(text), m_keep(keepProtectingBraces) {}

    QString run();

private:
    enum class Kind { Protect, Argument, Accent };
    struct Frame {
        Kind kind;
        bool braceWritten;
        qsizetype outStart;
        const Accent *accent;
    };

    void controlSequence();
    void accentArgument(const Accent &accent, qsizetype from);
    void openGroup();
    void closeGroup();
    void skipWhite() { while (m_i < m_text.size() && isWhite(m_text.at(m_i))) ++m_i; }

    QStringView m_text;
    bool m_keep;
    QString m_out;
    qsizetype m_i = 0;
    bool m_afterWord = false;      // just after a kept control word or one of its arguments
    bool m_verbatimNext = false;   // ... and that word takes a verbatim first argument
    QVarLengthArray<Frame, 16> m_stack;
};

QString Decoder::run()
{
    m_out.reserve(m_text.size());
    const qsizetype n = m_text.size();
    const char16_t *data = m_text.utf16();
    while (m_i < n) {
        // Plain text up to the next character that means something, in one go.
        qsizetype plain = m_i;
        while (plain < n && (data[plain] > u'~' || !isDecoderSpecial(data[plain])))
            ++plain;
        if (plain > m_i) {
            m_out.append(m_text.sliced(m_i, plain - m_i));
            m_afterWord = false;
            m_verbatimNext = false;
            m_i = plain;
            if (m_i >= n)
                break;
        }
        const QChar c = m_text.at(m_i);
        if (c == u'{') {
            openGroup();
            continue;
        }
        m_afterWord = false;
        m_verbatimNext = false;
        switch (c.unicode()) {
        case u'}':
            closeGroup();
            break;
        case u'\\':
            controlSequence();
            break;
        case u'$': {
            const qsizetype end = mathEnd(m_text, m_i);
            if (end < 0) {
                m_out += c;
                ++m_i;
            } else {
                m_out += m_text.sliced(m_i, end + 1 - m_i);
                m_i = end + 1;
            }
            break;
        }
        case u'-':
            if (m_i + 2 < n && m_text.at(m_i + 1) == u'-' && m_text.at(m_i + 2) == u'-') {
                m_out += QChar(0x2014);
                m_i += 3;
            } else if (m_i + 1 < n && m_text.at(m_i + 1) == u'-') {
                m_out += QChar(0x2013);
                m_i += 2;
            } else {
                m_out += c;
                ++m_i;
            }
            break;
        case u'`':
        case u'\'':
            if (m_i + 1 < n && m_text.at(m_i + 1) == c) {
                m_out += QChar(c == u'`' ? 0x201C : 0x201D);
                m_i += 2;
            } else {
                m_out += c;
                ++m_i;
            }
            break;
        case u'~':
            m_out += QChar(0x00A0);
            ++m_i;
            break;
        default:
            m_out += c;
            ++m_i;
            break;
        }
    }
    // Groups never closed: an accent still applies; the braces stay as unbalanced as they were.
    while (!m_stack.isEmpty()) {
        const Frame frame = m_stack.last();
        m_stack.removeLast();
        if (frame.kind == Kind::Accent)
            applyAccent(m_out, frame.outStart, *frame.accent);
    }
    return m_out;
}

void Decoder::openGroup()
{
    const qsizetype n = m_text.size();
    if (m_afterWord) {
        // An argument of a command kept as written keeps its braces.
        if (m_verbatimNext) {
            const qsizetype end = verbatimGroupEnd(m_text, m_i);
            if (end >= 0) {
                m_out += m_text.sliced(m_i, end + 1 - m_i);
                m_i = end + 1;
                m_afterWord = true;       // \href{url}{text}: the text is decoded
                m_verbatimNext = false;
                return;
            }
        }
        m_verbatimNext = false;
        m_stack.append({Kind::Argument, true, m_out.size(), nullptr});
        m_out += u'{';
        ++m_i;
        m_afterWord = false;
        return;
    }
    if (m_i + 1 < n && m_text.at(m_i + 1) == u'}') {
        m_i += 2;   // "{}" protects nothing
        return;
    }
    // "{\'a}", "{\ss}": a special character, never a protected group.
    bool special = false;
    if (m_i + 2 < n && m_text.at(m_i + 1) == u'\\') {
        const QChar next = m_text.at(m_i + 2);
        if (isAsciiLetter(next))
            special = isKnownWord(m_text.sliced(m_i + 2, wordEnd(m_text, m_i + 2) - (m_i + 2)));
        else
            special = isKnownSymbol(next);
    }
    const bool writeBrace = m_keep && !special;
    m_stack.append({Kind::Protect, writeBrace, m_out.size(), nullptr});
    if (writeBrace)
        m_out += u'{';
    ++m_i;
}

void Decoder::closeGroup()
{
    ++m_i;
    if (m_stack.isEmpty()) {
        m_out += u'}';   // a stray closing brace stays
        return;
    }
    const Frame frame = m_stack.last();
        m_stack.removeLast();
    switch (frame.kind) {
    case Kind::Protect:
        if (frame.braceWritten)
            m_out += u'}';
        break;
    case Kind::Argument:
        m_out += u'}';
        m_afterWord = true;   // "\frac{a}{b}": a second argument follows
        break;
    case Kind::Accent:
        applyAccent(m_out, frame.outStart, *frame.accent);
        break;
    }
}

void Decoder::controlSequence()
{
    const qsizetype n = m_text.size();
    const qsizetype start = m_i;
    if (start + 1 >= n) {
        m_out += u'\\';
        ++m_i;
        return;
    }
    const QChar next = m_text.at(start + 1);
    if (isAsciiLetter(next)) {
        const qsizetype end = wordEnd(m_text, start + 1);
        const QStringView name = m_text.sliced(start + 1, end - start - 1);
        if (const CharCommand *command = findCharCommand(name)) {
            m_out += QChar(command->ch);
            m_i = end;
            skipWhite();   // TeX drops the spaces after a control word ...
            if (m_i + 1 < n && m_text.at(m_i) == u'{' && m_text.at(m_i + 1) == u'}')
                m_i += 2;  // ... and "\o{}" is only "ø"
            return;
        }
        if (const Accent *accent = findLetterAccent(name)) {
            m_i = end;
            skipWhite();
            accentArgument(*accent, start);
            return;
        }
        // Unknown: kept as written, with its arguments.
        m_out += m_text.sliced(start, end - start);
        m_i = end;
        m_afterWord = true;
        m_verbatimNext = takesVerbatimArgument(name);
        return;
    }
    if (const Accent *accent = isSymbolAccent(next) ? findAccent(next) : nullptr) {
        m_i = start + 2;
        skipWhite();
        accentArgument(*accent, start);
        return;
    }
    if (const SymbolCommand *symbol = findSymbol(next)) {
        m_out += QChar(symbol->ch);
        m_i = start + 2;
        return;
    }
    // "\\", "\/", "\@" and the like: kept.
    m_out += m_text.sliced(start, 2);
    m_i = start + 2;
}

void Decoder::accentArgument(const Accent &accent, qsizetype from)
{
    const qsizetype n = m_text.size();
    if (m_i >= n) {
        m_out += m_text.sliced(from, m_i - from);
        return;
    }
    const QChar c = m_text.at(m_i);
    if (c == u'{') {
        m_stack.append({Kind::Accent, false, m_out.size(), &accent});
        ++m_i;
        return;
    }
    if (c == u'\\' && m_i + 1 < n && (m_text.at(m_i + 1) == u'i' || m_text.at(m_i + 1) == u'j')
        && (m_i + 2 >= n || !isAsciiLetter(m_text.at(m_i + 2)))) {
        const qsizetype at = m_out.size();
        m_out += m_text.at(m_i + 1);
        applyAccent(m_out, at, accent);
        m_i += 2;
        skipWhite();
        return;
    }
    if (c == u'\\' || c == u'}' || c == u'$' || isWhite(c)) {
        // Nothing an accent can sit on: kept as written.
        m_out += m_text.sliced(from, m_i - from);
        return;
    }
    const qsizetype at = m_out.size();
    m_out += c;
    ++m_i;
    if (c.isHighSurrogate() && m_i < n && m_text.at(m_i).isLowSurrogate())
        m_out += m_text.at(m_i++);
    applyAccent(m_out, at, accent);
}

// ---------------------------------------------------------------------------- encoding

/*! For each '{' the position of its '}' (and the reverse), -1 when unmatched; braces in
    math are skipped, as the decoder skips them. Math holds balanced braces only, so this is
    also how the decoder pairs the braces of a verbatim argument, which it counts all of. */
std::vector<qsizetype> matchBraces(QStringView text)
{
    std::vector<qsizetype> match(size_t(text.size()), -1);
    std::vector<qsizetype> open;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'$') {
            const qsizetype end = mathEnd(text, i);
            if (end >= 0)
                i = end;
        } else if (c == u'{') {
            open.push_back(i);
        } else if (c == u'}' && !open.empty()) {
            match[size_t(open.back())] = i;
            match[size_t(i)] = open.back();
            open.pop_back();
        }
    }
    return match;
}

struct Decomposed {
    QString latex;
    bool ok = false;
};

//! "{\'a}", "{\v{c}}", "{\'{\"u}}" for a precomposed letter, when LaTeX gives it back exactly.
Decomposed accentedLetter(QChar ch)
{
    Decomposed result;
    const QString nfd = QString(ch).normalized(QString::NormalizationForm_D);
    if (nfd.size() < 2 || !isAsciiLetter(nfd.front()))
        return result;
    QString inner = nfd.left(1);
    for (qsizetype k = 1; k < nfd.size(); ++k) {
        const Accent *found = nullptr;
        for (const Accent &accent : kAccents) {
            if (nfd.at(k) == accent.combining)
                found = &accent;
        }
        if (!found)
            return result;
        const bool letter = isAsciiLetter(QChar(found->command));
        if (k == 1 && !letter)
            inner = u'\\' + QChar(found->command) + inner;
        else
            inner = u'\\' + QChar(found->command) + u'{' + inner + u'}';
    }
    // Letters that do not compose back from their parts (U+212B ANGSTROM SIGN) stay as they are.
    if (nfd.normalized(QString::NormalizationForm_C) != QString(ch))
        return result;
    result.latex = u'{' + inner + u'}';
    result.ok = true;
    return result;
}

//! ASCII that unicodeToLatex() copies as it is (a space only when not after another).
constexpr bool isEncoderPlain(char16_t c)
{
    if (c < 0x21 || c > 0x7E)
        return false;
    switch (c) {
    case u'$': case u'\\': case u'{': case u'}': case u'&': case u'%': case u'#': case u'_':
    case u'~': case u'^': case u'-': case u'`': case u'\'':
        return false;
    default:
        return true;
    }
}

class Encoder
{
public:
    Encoder(QStringView text, LatexOutput output) : m_text(text), m_output(output) {}
    QString run();

private:
    //! Appends a token; \a grouped tokens start with "{" and are written without it right
    //! after a kept control word, where a "{" would read as that command's argument.
    void token(QStringView text);
    void special(QString grouped, QString bare);
    void nonAscii(QChar c);

    QStringView m_text;
    LatexOutput m_output;
    QString m_out;
    bool m_afterWord = false;
    bool m_verbatimNext = false;
    std::vector<qsizetype> m_match;      // matching braces, outside math
    std::vector<bool> m_keptClose;       // '}' that close an argument written as a brace
};

void Encoder::token(QStringView text)
{
    // "-" then "-" would read as a dash ligature, "'" "'" as a quote: keep them apart.
    if (!text.isEmpty() && !m_out.isEmpty()) {
        const QChar first = text.front();
        if ((first == u'-' || first == u'`' || first == u'\'') && m_out.back() == first)
            m_out += u"{}"_s;
    }
    m_out += text;
    m_afterWord = false;
    m_verbatimNext = false;
}

void Encoder::special(QString grouped, QString bare)
{
    if (m_afterWord)
        token(bare);
    else
        token(grouped);
}

void Encoder::nonAscii(QChar c)
{
    const char16_t u = c.unicode();
    if (u == 0x00A0) {
        token(u"~");
        return;
    }
    if (m_output == LatexOutput::KeepUnicode || c.isSurrogate()) {
        token(QStringView(&c, 1));
        return;
    }
    switch (u) {
    case 0x2013:
        token(u"--");
        return;
    case 0x2014:
        token(u"---");
        return;
    case 0x201C:
        token(u"``");
        return;
    case 0x201D:
        token(u"''");
        return;
    case 0x2009:
        token(u"\\,");
        return;
    case 0x00AD:
        token(u"\\-");
        return;
    default:
        break;
    }
    for (const CharCommand &command : kCharCommands) {
        if (command.ch == u) {
            const QString name = u'\\' + QString(command.name);
            special(u'{' + name + u'}', name + u"{}"_s);
            return;
        }
    }
    if (c.decompositionTag() == QChar::Canonical) {
        const Decomposed accented = accentedLetter(c);
        if (accented.ok) {
            special(accented.latex, accented.latex.sliced(1).chopped(1));
            return;
        }
    }
    token(QStringView(&c, 1));   // no LaTeX form: stays as it is
}

QString Encoder::run()
{
    const qsizetype n = m_text.size();
    m_out.reserve(n + n / 8);
    if (m_text.contains(u'{') || m_text.contains(u'}')) {
        m_match = matchBraces(m_text);
        m_keptClose.assign(size_t(n), false);
    }
    const char16_t *data = m_text.utf16();
    for (qsizetype i = 0; i < n; ++i) {
        // Letters, digits and punctuation that need nothing, in one go.
        if (isEncoderPlain(data[i])) {
            qsizetype end = i + 1;
            while (end < n && isEncoderPlain(data[end]))
                ++end;
            token(m_text.sliced(i, end - i));
            i = end - 1;
            continue;
        }
        const QChar c = m_text.at(i);
        switch (c.unicode()) {
        case u'$': {
            const qsizetype end = mathEnd(m_text, i);
            if (end < 0) {
                token(u"\\$");
            } else {
                token(m_text.sliced(i, end + 1 - i));
                i = end;
            }
            continue;
        }
        case u'\\': {
            const QChar next = i + 1 < n ? m_text.at(i + 1) : QChar();
            if (isAsciiLetter(next)) {
                const qsizetype end = wordEnd(m_text, i + 1);
                const QStringView name = m_text.sliced(i + 1, end - i - 1);
                if (!isKnownWord(name)) {
                    token(m_text.sliced(i, end - i));   // a command kept from the source
                    m_afterWord = true;
                    m_verbatimNext = takesVerbatimArgument(name);
                    i = end - 1;
                    continue;
                }
            } else if (i + 1 < n && next != u'{' && next != u'}' && !isKnownSymbol(next)) {
                token(m_text.sliced(i, 2));   // "\\", "\/": kept
                i += 1;
                continue;
            }
            special(u"{\\textbackslash}"_s, u"\\textbackslash{}"_s);
            continue;
        }
            case u'{': {
            // BibTeX counts every brace, escaped or not: a lone one is written as a command.
            const qsizetype end = m_match.empty() ? -1 : m_match[size_t(i)];
            if (m_afterWord && end >= 0 && (!m_verbatimNext || end - i < kMaxVerbatimArgument)) {
                if (m_verbatimNext) {
                    m_out += m_text.sliced(i, end + 1 - i);
                    i = end;
                    m_afterWord = true;
                    m_verbatimNext = false;
                    continue;
                }
                m_out += u'{';
                m_keptClose[size_t(end)] = true;
                m_afterWord = false;
                continue;
            }
            if (end >= 0)
                token(u"\\{");
            else
                special(u"{\\textbraceleft}"_s, u"\\textbraceleft{}"_s);
            continue;
        }
        case u'}':
            if (!m_keptClose.empty() && m_keptClose[size_t(i)]) {
                m_out += u'}';
                m_afterWord = true;
                m_verbatimNext = false;
                continue;
            }
            if (!m_match.empty() && m_match[size_t(i)] >= 0)
                token(u"\\}");
            else
                special(u"{\\textbraceright}"_s, u"\\textbraceright{}"_s);
            continue;
        case u'&':
            token(u"\\&");
            continue;
        case u'%':
            token(u"\\%");
            continue;
        case u'#':
            token(u"\\#");
            continue;
        case u'_':
            token(u"\\_");
            continue;
        case u'~':
            token(u"\\~{}");
            continue;
        case u'^':
            token(u"\\^{}");
            continue;
        case u' ':
            // BibTeX reads a run of spaces as one; a control space keeps the second.
            if (i > 0 && isWhite(m_text.at(i - 1))) {
                token(u"\\ ");
                continue;
            }
            break;
        default:
            break;
        }
        if (c.unicode() < 0x80)
            token(QStringView(&c, 1));
        else
            nonAscii(c);
    }
    return m_out;
}

//! Characters after which latexToUnicode() may change something.
bool mayHoldLatex(QStringView text)
{
    const char16_t *data = text.utf16();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = data[i];
        if (c > u'~' || !isDecoderSpecial(c))
            continue;
        if (c != u'-' && c != u'`' && c != u'\'')
            return true;
        if (i + 1 < n && data[i + 1] == c)
            return true;
    }
    return false;
}

} // namespace

QString latexToUnicode(QStringView text, bool keepProtectingBraces)
{
    if (!mayHoldLatex(text))
        return text.toString();
    return Decoder(text, keepProtectingBraces).run();
}

QString unicodeToLatex(QStringView text, LatexOutput output)
{
    return Encoder(text, output).run();
}

bool containsLatex(QStringView text)
{
    return mayHoldLatex(text) && latexToUnicode(text) != text;
}

} // namespace refmend
