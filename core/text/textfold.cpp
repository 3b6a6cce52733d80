#include "text/textfold.h"

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

bool isAscii(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x80)
            return false;
    }
    return true;
}

// Letters that NFKD leaves alone (they are not letter + mark); mapped after case folding,
// so only the lower-case forms are needed.
QStringView manualFold(char16_t c)
{
    switch (c) {
    case u'ø': return u"o";
    case u'ł': return u"l";
    case u'ß': return u"ss";
    case u'ẞ': return u"ss";
    case u'æ': return u"ae";
    case u'œ': return u"oe";
    case u'đ': return u"d";
    case u'ð': return u"d";
    case u'þ': return u"th";
    case u'ħ': return u"h";
    case u'ı': return u"i";
    case u'ŧ': return u"t";
    default: return {};
    }
}

bool isCombiningMark(QChar c)
{
    switch (c.category()) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_SpacingCombining:
    case QChar::Mark_Enclosing:
        return true;
    default:
        return false;
    }
}

} // namespace

namespace {

//! foldForSearch() of a run of characters none of which is ASCII.
QString foldNonAscii(QStringView text)
{
    // NFKD first so that compatibility forms (ligatures, full-width) fold too, then fold
    // case, drop marks, and map the few letters with no decomposition.
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (isCombiningMark(c))
            continue;
        const QStringView mapped = manualFold(c.unicode());
        if (!mapped.isNull())
            out.append(mapped);
        else
            out.append(c);
    }
    // Case folding can produce new decomposable characters only in exotic cases; one more
    // NFKD pass keeps the result stable (fold(fold(x)) == fold(x)).
    if (!isAscii(out)) {
        QString again = out.normalized(QString::NormalizationForm_KD);
        if (again != out) {
            out.clear();
            for (const QChar c : std::as_const(again)) {
                if (!isCombiningMark(c))
                    out.append(c);
            }
        }
    }
    return out;
}

} // namespace

QString foldForSearch(QStringView text)
{
    if (isAscii(text))
        return text.toString().toLower();
    /* ASCII text folds to its lower case, and what NFKD, case folding and dropping marks do
       to a character never reaches across an ASCII one (marks follow their base, and an
       ASCII base keeps its marks in the run that follows it). So only the runs of other
       characters take the slow path: most text in citations is ASCII with a few accents. */
    QString out;
    out.reserve(text.size());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        qsizetype j = i;
        while (j < n && text[j].unicode() < 0x80)
            ++j;
        if (j > i) {
            const qsizetype at = out.size();
            out.append(text.sliced(i, j - i));
            QChar *data = out.data() + at;
            for (qsizetype k = 0; k < j - i; ++k) {
                const char16_t c = data[k].unicode();
                if (c >= u'A' && c <= u'Z')
                    data[k] = QChar(char16_t(c + (u'a' - u'A')));
            }
            i = j;
        }
        while (j < n && text[j].unicode() >= 0x80)
            ++j;
        if (j > i) {
            out += foldNonAscii(text.sliced(i, j - i));
            i = j;
        }
    }
    return out;
}

QString simplifiedText(QStringView text)
{
    QString out;
    out.reserve(text.size());
    bool pendingSpace = false;
    for (const QChar c : text) {
        // QChar::isSpace() covers ASCII whitespace, NBSP and the other Zs/Zl/Zp characters.
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            continue;
        }
        if (pendingSpace) {
            out.append(u' ');
            pendingSpace = false;
        }
        out.append(c);
    }
    return out;
}

} // namespace refmend
