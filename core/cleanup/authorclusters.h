#pragma once

#include "cleanup/mojibakescan.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace refmend {

// The Authors view: every distinct person of a collection, and name variants clustered in
// the manner of OpenRefine's key collision. Two keys merge variants automatically:
//  1. the fingerprint: diacritic- and case-folded name tokens, sorted ("Luis Costa",
//     "COSTA, LUIS", "Costa, Luís" and the mojibake "Lu¨ªs Costa" all give "costa luis");
//  2. initials-compatible given names under the same folded family name: "L." joins
//     "Luís"; "L. C." joins "Luís Carlos" but not "Luís Miguel". Initials that fit two
//     different full names ("L." beside "Luís" and "Lúcia") join neither.
// Transliteration pairs (Müller / Mueller, Søren / Soeren, Ångström / Aangstroem) and a name
// with and without a generational suffix ("Jr.", "III") are only possible matches: shown as
// links between clusters, never merged automatically.
// Note that "Müller" and "Muller" fold to the same key and do merge, as "Luís" and "Luis" do.

/*! \brief Where one person appears: a record, a role and the position in that role's list. */
struct PersonOccurrence {
    int recordIndex = -1;
    PersonRole role = PersonRole::Author;
    int position = -1;

    friend bool operator==(const PersonOccurrence &a, const PersonOccurrence &b)
    { return a.recordIndex == b.recordIndex && a.role == b.role && a.position == b.position; }
};

/*! \brief One distinct written person (after mojibake repair), with every place it appears. */
struct PersonVariant {
    Person person;               // the parts; raw is the display form
    QString text;                // display form ("Costa, Luís"): the variant's identity
    QStringList writtenForms;    // the distinct raw texts behind it ("Luis Costa", "COSTA, LUIS")
    QList<PersonOccurrence> occurrences;
    int recordCount = 0;         // distinct records
};

/*! \brief Variants taken to be one person, with a suggested canonical form. */
struct AuthorCluster {
    QList<PersonVariant> variants;   // most frequent first
    Person canonical;                // suggested: see suggestCanonical()
    int recordCount = 0;             // distinct records any variant appears in
    QList<int> possibleMatches;      // indexes of other clusters that may be the same person

    QList<PersonOccurrence> occurrences() const;
    bool hasVariants() const { return variants.size() > 1; }
};

enum class PossibleMatchReason {
    Transliteration,     // Müller / Mueller
    AmbiguousInitials,   // "Costa, L." fits both "Costa, Luís" and "Costa, Lúcia"
    DifferentSuffix      // "King, Martin" and "King, Martin, Jr." (father and son?)
};

struct PossibleMatch {
    int first = -1;      // cluster indexes, first < second
    int second = -1;
    PossibleMatchReason reason = PossibleMatchReason::Transliteration;
};

struct AuthorClusterOptions {
    std::optional<PersonRole> role;   // only this role; every role when empty
    bool repairMojibake = true;       // key the repaired name ("Lu¨ªs" as "Luís")
    bool includeLiterals = true;      // institutions ("World Health Organization")
};

struct AuthorClustering {
    QList<AuthorCluster> clusters;        // largest (by records) first, then by canonical name
    QList<PossibleMatch> possibleMatches;
};

//! Every distinct person (by display form) with occurrences; most frequent first.
QList<PersonVariant> collectPersons(const QList<Record> &records, const AuthorClusterOptions &options = {});

//! Clusters the persons of \a records; see the comment at the top of this header.
AuthorClustering clusterAuthors(const QList<Record> &records, const AuthorClusterOptions &options = {});

/*! \brief The OpenRefine fingerprint of a name: folded tokens, punctuation dropped, sorted
    ("Costa, Luís" -> "costa luis"); repeated tokens are kept. */
QString personFingerprint(const Person &person);

/*! \brief The variant to suggest as canonical: well-formed (proper case, has a given name)
    first, then one written family-first (its split is not a guess), then full given names
    over initials, diacritics over plain ASCII, then frequency. */
Person suggestCanonical(const QList<PersonVariant> &variants);

/*! \brief Replaces every occurrence in \a occurrences by \a canonical (keeping the position
    and the role, and the source line/column). One RecordRepair per record that changes.
    Occurrences that no longer exist are ignored. */
QList<RecordRepair> planRename(const QList<Record> &records, const Person &canonical,
                               const QList<PersonOccurrence> &occurrences);

} // namespace refmend
