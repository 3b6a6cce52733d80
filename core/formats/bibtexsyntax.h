#pragma once

#include "../model/fieldkey.h"
#include "../model/person.h"
#include "../model/recordtype.h"
#include "../text/latexunicode.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringView>
#include <optional>

namespace refmend {

/*! \brief The BibTeX/BibLaTeX syntax shared by BibTeXReader and BibTeXWriter: scanning
    "@type{key, name = value # value, ...}" blocks, @string macros, what a field name means,
    and names. The reader reads files with it; the writer re-reads an edited record's source
    text with it, so that the fields nobody changed are written back as they were written
    (macros, braces, LaTeX). */
namespace bibtex {

enum class BlockKind { Entry, String, Preamble, Comment };

//! The tag of the field that holds the citation key (FieldKey::Label). JabRef's name for
//! it; a BibTeX field of that name would be FieldKey::Other, so the two never mix.
inline constexpr QLatin1StringView kKeyTag{"citationkey"};

struct RawField {
    QStringView name;          // as written ("Title", "journaltitle")
    QStringView value;         // the whole value expression as written ("{A} # jan")
    QStringView literal;       // the text inside, when the value is one {...}, "..." or number
    bool isLiteral = false;
    qsizetype nameOffset = 0;  // offsets in the text that was scanned
    qsizetype valueOffset = 0;
    qsizetype literalOffset = 0;
};

struct ScanError {
    qsizetype offset = -1;     // where the problem is (-1: none)
    QString message;
    bool isError() const { return offset >= 0; }
};

struct RawBlock {
    BlockKind kind = BlockKind::Entry;
    QStringView type;          // "article", "Book", "string" as written
    QStringView key;           // empty when the entry has none
    bool hasKey = false;       // an entry written "@misc{," has an empty key
    qsizetype start = 0;       // the '@'
    qsizetype keyOffset = 0;
    qsizetype bodyEnd = 0;     // one past the closing '}' or ')'
    QList<RawField> fields;    // also the assignments of @string, and @preamble's value (no name)
    QList<ScanError> warnings;   // read with a guess: a missing ',', an empty field
};

/*! \brief Scans one block that starts with the '@' at \a at (checked with startsBlock()).
    Iterative: braces nested to any depth are fine. A value that runs into a line starting
    a new entry ("@article{") is taken for an unclosed brace. */
RawBlock scanBlock(QStringView text, qsizetype at, ScanError *error);

/*! \brief If an entry starts at the '@' at \a at ("@ident{" or "@ident(", spaces allowed),
    its kind; std::nullopt otherwise. \a typeEnd gets the end of the type name. */
std::optional<BlockKind> startsBlock(QStringView text, qsizetype at, qsizetype *typeEnd = nullptr);

/*! Offset of the first line after \a from whose first non-blank character is '@', or
    text.size(): where reading resumes after a broken entry. */
qsizetype nextAtLine(QStringView text, qsizetype from);

//! True when only '%' and blanks come before the '@' at \a at on its line ("%@book{").
bool isCommentedOut(QStringView text, qsizetype at);

//! @string macros (names compared case-insensitively) and BibTeX's month abbreviations.
class Macros
{
public:
    void define(QStringView name, const QString &latex);
    //! The LaTeX text of \a name, or nullptr when undefined.
    const QString *find(QStringView name) const;

private:
    QHash<QString, QString> m_table;
};

/*! \brief The LaTeX text of a value expression: its parts joined, macros expanded, numbers
    as written. Macros that are not defined stay as their name and are listed in
    \a undefined. */
QString expandValue(QStringView expression, const Macros &macros, QStringList *undefined = nullptr);

//! The value a user sees: whitespace runs collapsed (a blank line kept as "\n"), LaTeX
//! decoded, unless \a verbatim (url, doi, file...), which is only trimmed.
QString displayValue(QStringView latex, bool verbatim);

/*! \brief A value as written into a field ("{...}"), so that displayValue() reads it back:
    LaTeX for \a output, a line break as a blank line, white space at either end kept in
    braces; a verbatim field as it is. */
QString encodeValue(const QString &value, QStringView fieldName, LatexOutput output);

//! Fields whose value is not LaTeX (url, doi, eprint, file, ...).
bool isVerbatimField(QStringView name);

//! True when \a name can be written as a BibTeX field name or key without quoting.
bool isValidFieldName(QStringView name);
bool isValidKey(QStringView key);
//! True when \a key reads back as one citation key (braces and LaTeX allowed, as BibTeX does).
bool readsBackAsKey(QStringView key);

// ------------------------------------------------------------------ vocabulary

struct FieldMeaning {
    FieldKey key = FieldKey::Other;
    std::optional<PersonRole> role;   // author, editor, translator
};

//! What a field name means (case-insensitive); FieldKey::Other for names RefMend keeps
//! under their tag.
FieldMeaning meaningOf(QStringView name);

RecordType recordTypeFor(QStringView entryType);

//! The field name a writer uses for \a key ("journal", or "journaltitle" for BibLaTeX), or
//! an empty string when the dialect has no field for it.
QString fieldNameFor(FieldKey key, RecordType type, bool biblatex);
//! True when \a name (a tag read from BibTeX or BibLaTeX) may be written for \a key in this
//! dialect ("journaltitle" is BibLaTeX only).
bool acceptsFieldName(FieldKey key, QStringView name, bool biblatex);
QString fieldNameFor(PersonRole role);

QString entryTypeFor(RecordType type, bool biblatex);
//! True when \a entryType (as read) can be written in this dialect for \a type.
bool acceptsEntryType(QStringView entryType, RecordType type, bool biblatex);

// ------------------------------------------------------------------ names

struct NameSpan {
    qsizetype offset;   // in the text that was split
    qsizetype length;
};

//! Splits a name list on " and " (any case, outside braces, surrounded by white space).
QList<NameSpan> splitNames(QStringView latex);

/*! \brief One name as BibTeX writes it (LaTeX, "von Last, Jr, First", "{Literal}", or
    BibLaTeX's "family=..., given=..."). Person::raw is the decoded text with its protecting
    braces. */
Person parseName(QStringView latex);

/*! \brief parseName() remembered for the names already seen: a file names the same people
    again and again, and parsing a name is the costliest part of reading one. */
class NameCache
{
public:
    Person parse(QStringView latex);

private:
    QHash<QString, Person> m_names;
};

//! All names of a value (the LaTeX text of an author field).
PersonList parseNames(QStringView latex, NameCache *cache = nullptr);

//! "von Last, Jr, First" / "{Literal}" / "others", encoded for the dialect: the first of
//! BibTeX's forms that reads back as the same name.
QString nameText(const Person &person, bool biblatex, NameCache *cache = nullptr);

} // namespace bibtex
} // namespace refmend
