#pragma once

#include <QString>
#include <QStringView>

namespace refmend {

/*! \brief LaTeX accents and commands to Unicode, as BibTeX values use them:
    "{\'a}", "\'{a}", "\"{o}", "\v{c}", "{\ss}", "\&", "--" (en dash), "---" (em dash),
    "``", "''", "~" (no-break space), "{\aa}", "\o", "\l", "\textendash", ... Braces that only
    protect case ("{DNA}") are removed when \a keepProtectingBraces is false. Unknown commands
    and math are left as they were. */
QString latexToUnicode(QStringView text, bool keepProtectingBraces = false);

//! What unicodeToLatex() does with characters outside ASCII.
enum class LatexOutput {
    Ascii,        // BibTeX: accented letters, dashes, quotes as LaTeX where LaTeX has them
    KeepUnicode,  // BibLaTeX: UTF-8 kept, only LaTeX's special characters escaped
};

/*! \brief Unicode to LaTeX for writing BibTeX: accented letters become "{\'a}", special
    characters are escaped ("&" -> "\&", "%" -> "\%"), dashes become "--"/"---". ASCII
    text comes back unchanged. latexToUnicode() of the result gives \a text back. */
QString unicodeToLatex(QStringView text, LatexOutput output = LatexOutput::Ascii);

//! True when \a text contains LaTeX markup that latexToUnicode() would change.
bool containsLatex(QStringView text);

} // namespace refmend
