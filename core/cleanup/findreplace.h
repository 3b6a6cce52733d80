#pragma once

#include "cleanup/cleanupactions.h"

#include <QList>
#include <QRegularExpressionMatch>
#include <QString>

namespace refmend {

// Batch find and replace across chosen fields and person names, previewed as the same
// CleanupChange list the cleanup actions give, and planned with planCleanup().

struct FindReplaceOptions {
    enum class Mode {
        Plain,              // the text as typed; the replacement is literal
        RegularExpression   // QRegularExpression (PCRE2); \1 or $1, ${name} in the replacement
    };

    QString find;
    QString replace;
    Mode mode = Mode::Plain;
    bool caseSensitive = true;
    bool wholeWord = false;          // only between non-word characters (letters, digits, _)
    QList<FieldKey> fields;          // empty: every field; FieldKey::Other: every unknown-tag field
    QStringList otherTags;           // with fields empty or containing Other: limit unknown fields to these tags
    bool includePersons = false;     // also person names (their written text, re-parsed after)
    QList<PersonRole> roles;         // with includePersons: these roles; empty: all
};

struct FindReplaceResult {
    QList<CleanupChange> changes;    // actionId "find-replace"
    int matchCount = 0;              // matches replaced in all changes
    QString error;                   // invalid pattern, empty search text; changes empty then

    bool ok() const { return error.isEmpty(); }
};

//! The changes of \a options over \a records; never throws, an invalid pattern is an error.
FindReplaceResult previewFindReplace(const QList<Record> &records, const FindReplaceOptions &options);

//! Checks the pattern alone (for the dialog, as the user types); empty when it is usable.
QString findReplacePatternError(const FindReplaceOptions &options);

/*! \brief Expands a regular-expression replacement for one match: \1..\9, $1..$99, ${name},
    \0 / $0 / $& for the whole match, \\ and $$ for a literal backslash or dollar. */
QString expandReplacement(const QString &replacement, const QRegularExpressionMatch &match);

} // namespace refmend
