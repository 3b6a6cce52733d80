#pragma once

#include <QString>
#include <QStringView>

namespace refmend {

/*! \brief Folds text for matching: case-folded, diacritics removed (NFKD without
    combining marks), a few letters with no decomposition mapped by hand (ø, ł, ß, æ, đ).
    "Luís" and "LUIS" both fold to "luis". */
QString foldForSearch(QStringView text);

//! Trims and collapses runs of whitespace (including newlines and NBSP) to one space.
QString simplifiedText(QStringView text);

} // namespace refmend
