#pragma once

#include "person.h"

#include <QStringView>

namespace refmend {

/*! \brief Splits one written name into its parts.
    Handles "Last, First", "First Last", "Last, Jr., First", particles ("van der", "de la",
    "von", "da"), suffixes ("Jr.", "III"), corporate names in braces or recognised as
    institutions, and initials ("Smith JA", "Tolkien J R R" are family first). Every part
    keeps its text as written (initials are not normalised: see normaliseInitials()); the
    result keeps \a text as Person::raw. */
Person parsePersonName(QStringView text);

//! Splits a pasted list ("A; B", one per line, or BibTeX's " and ") into names.
QStringList splitPersonList(QStringView text);

//! "J.R.R." / "J R R" / "JRR" (when all capitals) -> "J. R. R."; other text unchanged.
QString normaliseInitials(QStringView given);

} // namespace refmend
