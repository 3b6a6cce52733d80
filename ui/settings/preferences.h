#pragma once

#include <QList>
#include <QString>

namespace refmend {

class Person;

//! How the table writes a person: "Curie, Marie" or "Marie Curie".
enum class NameOrder { FamilyFirst, GivenFirst };

//! \a person in \a order ("van der Berg, Jan, Jr." or "Jan van der Berg Jr.").
QString personName(const Person &person, NameOrder order);

/*! \brief The choices of Edit > Preferences, stored in QSettings under the keys below.
    Other parts of the program read them here (the main window hands the backup choice to
    the Document as a count), so that a key has one spelling and one default. */
struct Preferences {
    static const QString NameOrderKey;        // "display/nameOrder": "family-first" | "given-first"
    static const QString ExportFormatKey;     // "export/format": a format id; empty: the file's own
    static const QString ExportEncodingKey;   // "export/encoding": an ExportDialog encoding id
    static const QString LanguageKey;         // "ui/language": "" (system), "en", "pt_PT", ...
    static const QString BackupEnabledKey;    // "backup/enabled": bool
    static const QString BackupCountKey;      // "backup/count": int
    static const QString CitationStyleKey;    // "display/citationStyle": a citationStyleId()
    static const QString BibtexCharactersKey; // "export/bibtexCharacters": a bibtexCharactersId()

    NameOrder nameOrder = NameOrder::FamilyFirst;
    QString exportFormat;
    QString exportEncoding = QStringLiteral("UTF-8");
    QString language;
    bool backupEnabled = true;
    int backupCount = 1;
    QString citationStyle = QStringLiteral("apa");   // detail view and Copy
    QString bibtexCharacters = QStringLiteral("auto");  // LaTeX or UTF-8 in BibTeX files

    //! The stored choices; defaults for whatever was never stored.
    static Preferences load();
    void save() const;

    friend bool operator==(const Preferences &a, const Preferences &b);
    friend bool operator!=(const Preferences &a, const Preferences &b) { return !(a == b); }
};

//! A language the user interface can be shown in.
struct LanguageChoice {
    QString code;         // "pt_PT"; "en" for the untranslated texts
    QString nativeName;   // "Português", in its own language
};

//! English first, then every language RefMend has a translation for.
QList<LanguageChoice> availableLanguages();

} // namespace refmend
