#pragma once

#include <QString>
#include <QStringView>
#include <optional>

namespace refmend {

/*! \brief The encoding accident a repair undoes. */
enum class MojibakeKind {
    GbkReadAsLatin1,       // "L¨²cia" -> "Lúcia": text encoded as GBK, decoded as Latin-1
    Utf8ReadAsCp1252,      // "JosÃ©" -> "José", "â€“" -> "–" (also Latin-1 for the C1 range)
    Utf8ReadAsCp1252Twice  // the same accident applied two times
};

QString mojibakeKindDescription(MojibakeKind kind);

struct TextRepair {
    QString before;
    QString after;
    MojibakeKind kind = MojibakeKind::Utf8ReadAsCp1252;
};

/*! \brief Proposes a repair for \a text if it looks garbled.
    A repair is proposed only when re-encoding round-trips exactly (every character maps
    back to the bytes it came from) and the result is plainly better (fewer suspicious
    sequences, no replacement characters). Clean text, genuine Latin-1 names ("Müller",
    "Ångström") and genuine CJK text come back as std::nullopt. Only the garbled runs are
    changed; the rest of the text is left as it was. */
std::optional<TextRepair> proposeMojibakeRepair(QStringView text);

/*! \brief The first part of a repair that changes, with \a context characters around
    it, so a long abstract shows "…Approximately 75¨C80% of…" rather than its first words.
    An ellipsis marks text left out at either end; newlines become spaces. */
struct RepairExcerpt {
    QString before;
    QString after;
    int moreChanges = 0;   // changed places after the one shown
};
RepairExcerpt excerptOfRepair(const TextRepair &repair, int context = 30);

//! Cheap pre-check: could \a text contain mojibake at all (used before the full test).
bool mayContainMojibake(QStringView text);

} // namespace refmend
