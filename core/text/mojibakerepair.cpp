#include "text/mojibakerepair.h"

#include "text/encoding.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

// The byte a character came from when bytes were read as Windows-1252, or as Latin-1 for
// the C1 range (the five bytes Windows-1252 leaves undefined); -1 when none.
int windowsByte(char16_t c)
{
    if (c < 0x100)
        return c;
    switch (c) {
    case 0x20AC: return 0x80;
    case 0x201A: return 0x82;
    case 0x0192: return 0x83;
    case 0x201E: return 0x84;
    case 0x2026: return 0x85;
    case 0x2020: return 0x86;
    case 0x2021: return 0x87;
    case 0x02C6: return 0x88;
    case 0x2030: return 0x89;
    case 0x0160: return 0x8A;
    case 0x2039: return 0x8B;
    case 0x0152: return 0x8C;
    case 0x017D: return 0x8E;
    case 0x2018: return 0x91;
    case 0x2019: return 0x92;
    case 0x201C: return 0x93;
    case 0x201D: return 0x94;
    case 0x2022: return 0x95;
    case 0x2013: return 0x96;
    case 0x2014: return 0x97;
    case 0x02DC: return 0x98;
    case 0x2122: return 0x99;
    case 0x0161: return 0x9A;
    case 0x203A: return 0x9B;
    case 0x0153: return 0x9C;
    case 0x017E: return 0x9E;
    case 0x0178: return 0x9F;
    default: return -1;
    }
}

// A non-ASCII character that stands for one byte (>= 0x80) under Windows-1252/Latin-1.
int highByte(QChar c)
{
    if (c.unicode() < 0x80)
        return -1;
    return windowsByte(c.unicode());
}

// ---------------------------------------------------------------------------------------
// UTF-8 read as Windows-1252 / Latin-1

enum class Plausibility { Reject, Latin, Other };

// How believable a character is as the original of a garbled run. "Latin" characters are
// what Western bibliographic text is made of; "Other" ones (other scripts, IPA, symbols)
// are accepted unless the run could just as well be genuine Latin-1 (see below).
Plausibility plausibility(char32_t cp)
{
    auto in = [cp](char32_t lo, char32_t hi) { return cp >= lo && cp <= hi; };
    if (in(0x00A0, 0x017F) || in(0x1E00, 0x1EFF) || in(0x2010, 0x2027) || in(0x2030, 0x205E)
        || in(0x20A0, 0x20C0) || in(0x2100, 0x214F)) {
        return Plausibility::Latin;
    }
    // Latin Extended-B: only the letters real names use (Vietnamese, pinyin, Romanian).
    if (in(0x01A0, 0x01A1) || in(0x01AF, 0x01B0) || in(0x01CD, 0x01DC) || in(0x0218, 0x021B))
        return Plausibility::Latin;
    if (in(0x0180, 0x024F) || in(0x0250, 0x036F) // rest of Ext-B, IPA, modifiers, combining
        || in(0x0370, 0x03FF) || in(0x0400, 0x052F) // Greek, Cyrillic
        || in(0x0531, 0x058F) || in(0x0590, 0x05FF) || in(0x0600, 0x06FF) // Armenian, Hebrew, Arabic
        || in(0x0900, 0x0E7F) || in(0x10A0, 0x10FF) || in(0x1100, 0x11FF) // Indic, Thai, Georgian, Jamo
        || in(0x1F00, 0x1FFF) // Greek Extended
        || in(0x2000, 0x200F) || in(0x2028, 0x202F) || in(0x205F, 0x206F) // spaces, format
        || in(0x2070, 0x209F) || in(0x2150, 0x23FF) || in(0x2460, 0x27BF) // symbols, arrows, math
        || in(0x2E80, 0x33FF) || in(0x3400, 0x4DBF) || in(0x4E00, 0x9FFF) // CJK
        || in(0xAC00, 0xD7AF) || in(0xF900, 0xFAFF) || in(0xFF00, 0xFFEF) // Hangul, CJK compat
        || in(0x1F000, 0x1FAFF) || in(0x20000, 0x3FFFF)) { // emoji, CJK extensions
        return Plausibility::Other;
    }
    return Plausibility::Reject; // C1 controls, unused blocks, private use, BOM, U+FFFD, ...
}

// Characters that genuinely follow a word in Latin-1 text ("CAFÉ»", "JOSÉ’S", "„GRÖ“",
// "été »"); a letter followed by one of these is the ambiguous case.
bool followsWords(QChar c)
{
    switch (c.unicode()) {
    case 0x2019: case 0x201D: case 0x201C: case 0x2018: case 0x00BB: case 0x00AB:
    case 0x203A: case 0x2039: case 0x2026: case 0x2122: case 0x00AE: case 0x00A9:
    case 0x00B0: case 0x00B9: case 0x00B2: case 0x00B3: case 0x00AA: case 0x00BA:
    case 0x2020: case 0x2021: case 0x00B7: case 0x00B4: case 0x2013: case 0x2014:
    case 0x00A0: case 0x00AD: // no-break space, soft hyphen
        return true;
    default:
        return false;
    }
}

struct RunCandidate {
    qsizetype start = 0;
    qsizetype end = 0;
    QString decoded;
    bool strong = false;
    QChar::Script script = QChar::Script_Common; // of a single decoded character
};

// Decodes one maximal run of high-byte characters as UTF-8, or returns nothing.
// A run is "weak" when genuine Latin-1 text explains it as well as mojibake does: it decodes
// to one character and is a letter plus closing mark at the end of a word ("CAFÉ»" would
// become "CAFɻ", "IRMÃ”" "IRMÔ", "société »" a CJK ideograph), two letters inside a word
// (Czech "PŘÍŠERNĚ" would get a combining mark), or a lone Cyrillic/Hebrew/Arabic/IPA
// character from a byte pair.
std::optional<RunCandidate> decodeUtf8Run(QStringView text, qsizetype start, qsizetype end)
{
    if (end - start < 2)
        return std::nullopt;
    QByteArray bytes;
    bytes.reserve(end - start);
    for (qsizetype i = start; i < end; ++i)
        bytes.append(char(highByte(text[i])));
    if (!isValidUtf8(bytes))
        return std::nullopt;
    RunCandidate run;
    run.start = start;
    run.end = end;
    run.decoded = QString::fromUtf8(bytes);
    if (run.decoded.toUtf8() != bytes) // round trip (always holds for valid UTF-8; a guard)
        return std::nullopt;

    const QList<uint> codePoints = run.decoded.toUcs4();
    bool allLatin = true;
    for (const uint cp : codePoints) {
        const Plausibility p = plausibility(cp);
        if (p == Plausibility::Reject)
            return std::nullopt;
        allLatin = allLatin && p == Plausibility::Latin;
    }
    run.strong = true;
    if (codePoints.size() != 1)
        return run;

    const char32_t cp = codePoints.first();
    run.script = QChar::script(cp);
    const bool letterBefore = start > 0 && text[start - 1].isLetter();
    const bool letterAfter = end < text.size() && text[end].isLetter();
    const bool closesWord = letterBefore && followsWords(text[end - 1]);
    if (allLatin) {
        run.strong = !(closesWord && !letterAfter && QChar::isUpper(cp));
        return run;
    }
    bool allLetters = true;
    for (qsizetype i = start; i < end; ++i)
        allLetters = allLetters && text[i].isLetter();
    if (closesWord || (allLetters && (letterBefore || letterAfter)))
        run.strong = false;
    else if (cp >= 0x0370 && cp <= 0x03FF) // Greek letters in scientific text: "Î±", "Î¼m"
        run.strong = true;
    else if (cp >= 0x0300 && cp <= 0x036F) // decomposed accents: "eÌ\u0081"
        run.strong = letterBefore;
    else
        run.strong = end - start > 2; // three- and four-byte characters (CJK, symbols, emoji)
    return run;
}

std::optional<QString> repairUtf8Pass(QStringView text)
{
    QList<RunCandidate> runs;
    for (qsizetype i = 0; i < text.size();) {
        if (highByte(text[i]) < 0) {
            ++i;
            continue;
        }
        qsizetype end = i + 1;
        while (end < text.size() && highByte(text[end]) >= 0)
            ++end;
        if (auto run = decodeUtf8Run(text, i, end))
            runs.append(std::move(*run));
        i = end;
    }

    // Weak runs are repaired only beside strong evidence in the same text: a strong run in
    // the same script (the one-letter Russian word "Ð¸" next to garbled Russian words).
    bool anyStrong = false;
    QSet<QChar::Script> strongScripts;
    for (const RunCandidate &run : std::as_const(runs)) {
        if (!run.strong)
            continue;
        anyStrong = true;
        for (const uint cp : run.decoded.toUcs4())
            strongScripts.insert(QChar::script(cp));
    }
    auto accepted = [&](const RunCandidate &run) {
        if (run.strong)
            return true;
        if (run.script == QChar::Script_Common || run.script == QChar::Script_Inherited)
            return anyStrong;
        return strongScripts.contains(run.script);
    };

    QString out;
    qsizetype copied = 0;
    bool changed = false;
    for (const RunCandidate &run : std::as_const(runs)) {
        if (!accepted(run))
            continue;
        out.append(text.mid(copied, run.start - copied));
        out.append(run.decoded);
        copied = run.end;
        changed = true;
    }
    if (!changed)
        return std::nullopt;
    out.append(text.mid(copied));
    return out;
}

// Pairs that UTF-8 read as Windows-1252 leaves behind ("Ã©", "â€"), plus C1 controls.
int utf8Badness(QStringView text)
{
    int bad = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80 && c < 0xA0)
            ++bad;
        if (c >= 0xC2 && c <= 0xF4 && i + 1 < text.size()) {
            const int next = highByte(text[i + 1]);
            if (next >= 0x80 && next <= 0xBF)
                ++bad;
        }
    }
    return bad;
}

std::optional<TextRepair> repairUtf8(QStringView text)
{
    std::optional<QString> once = repairUtf8Pass(text);
    if (!once)
        return std::nullopt;
    TextRepair repair;
    repair.kind = MojibakeKind::Utf8ReadAsCp1252;
    QString after = *once;
    // Text that went through the accident twice (or more) is peeled one layer at a time.
    for (int layer = 0; layer < 3; ++layer) {
        std::optional<QString> again = repairUtf8Pass(after);
        if (!again || utf8Badness(*again) >= utf8Badness(after))
            break;
        after = *again;
        repair.kind = MojibakeKind::Utf8ReadAsCp1252Twice;
    }
    if (utf8Badness(after) >= utf8Badness(text) || after.contains(QChar(0xFFFD)))
        return std::nullopt;
    repair.before = text.toString();
    repair.after = std::move(after);
    return repair;
}

// ---------------------------------------------------------------------------------------
// GBK read as Latin-1

// What GBK mojibake in Western text decodes to: Latin letters (GBK's pinyin row), Greek
// letters (used in scientific text), dashes, quotes and common scientific symbols. Never
// CJK ideographs: real Chinese text read as Latin-1 is not what this repairs.
bool isGbkRepairTarget(char32_t cp)
{
    if ((cp >= 0x00C0 && cp <= 0x024F && cp != 0x00D7 && cp != 0x00F7) || cp == 0x0251
        || cp == 0x0261 || (cp >= 0x1E00 && cp <= 0x1EFF)) {
        return QChar::isLetter(cp);
    }
    if ((cp >= 0x0391 && cp <= 0x03A9) || (cp >= 0x03B1 && cp <= 0x03C9))
        return true;
    switch (cp) {
    case 0x2013: case 0x2014: case 0x2015: // – — ―
    case 0x2018: case 0x2019: case 0x201C: case 0x201D: // ‘ ’ “ ”
    case 0x2026: case 0x00B7: case 0x2016: // … · ‖
    case 0x2032: case 0x2033: case 0x2030: // ′ ″ ‰
    case 0x00B0: case 0x00B1: case 0x00D7: case 0x00F7: // ° ± × ÷
    case 0x2264: case 0x2265: case 0x2260: case 0x2248: case 0x221E: // ≤ ≥ ≠ ≈ ∞
    case 0x2103: case 0x00A7: // ℃ §
    case 0x2190: case 0x2191: case 0x2192: case 0x2193: // ← ↑ → ↓
        return true;
    default:
        return false;
    }
}

bool isGbkLead(int b) { return b >= 0x81 && b <= 0xFE; }
bool isAsciiDigit(QChar c) { return c.unicode() >= u'0' && c.unicode() <= u'9'; }

// The GBK (or GB18030 four-byte) sequence at \a pos, as bytes, if its characters have the
// right shape. Lead bytes are always non-ASCII; a GBK trail byte may be ASCII (0x40-0x7E).
QByteArray gbkSequenceAt(QStringView text, qsizetype pos)
{
    const qsizetype n = text.size();
    const int lead = highByte(text[pos]);
    if (!isGbkLead(lead) || pos + 1 >= n)
        return {};
    // GB18030 four-byte: [81-FE][30-39][81-FE][30-39]
    if (pos + 3 < n && isAsciiDigit(text[pos + 1]) && isGbkLead(highByte(text[pos + 2]))
        && isAsciiDigit(text[pos + 3])) {
        QByteArray bytes;
        bytes.append(char(lead));
        bytes.append(char(text[pos + 1].unicode()));
        bytes.append(char(highByte(text[pos + 2])));
        bytes.append(char(text[pos + 3].unicode()));
        return bytes;
    }
    const char16_t c = text[pos + 1].unicode();
    int trail = -1;
    if (c >= 0x40 && c <= 0x7E)
        trail = c;
    else if (const int b = highByte(text[pos + 1]); b >= 0x80 && b <= 0xFE)
        trail = b;
    if (trail < 0)
        return {};
    QByteArray bytes;
    bytes.append(char(lead));
    bytes.append(char(trail));
    return bytes;
}

std::optional<TextRepair> repairGbk(QStringView text)
{
    std::optional<QStringDecoder> decoder;
    std::optional<QStringEncoder> encoder;
    QString out;
    qsizetype copied = 0;
    bool changed = false;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const QByteArray bytes = gbkSequenceAt(text, i);
        if (bytes.isEmpty())
            continue;
        // The garbled lead stands for a byte; it must be a symbol or control, never a
        // letter of a real word ("é" followed by "¨²" must not pair up as é¨).
        if (text[i].isLetter())
            continue;
        if (!decoder) {
            decoder.emplace("GB18030", QStringConverter::Flag::Stateless);
            encoder.emplace("GB18030", QStringConverter::Flag::Stateless);
            if (!decoder->isValid() || !encoder->isValid())
                return std::nullopt;
        }
        const QString decoded = decoder->decode(bytes);
        const QList<uint> ucs4 = decoded.toUcs4();
        if (ucs4.size() != 1 || !isGbkRepairTarget(ucs4.first()))
            continue;
        if (QByteArray(encoder->encode(decoded)) != bytes) // exact round trip
            continue;
        out.append(text.mid(copied, i - copied));
        out.append(decoded);
        copied = i + bytes.size();
        i = copied - 1;
        changed = true;
    }
    if (!changed)
        return std::nullopt;
    out.append(text.mid(copied));
    TextRepair repair;
    repair.kind = MojibakeKind::GbkReadAsLatin1;
    repair.before = text.toString();
    repair.after = std::move(out);
    return repair;
}

} // namespace

QString mojibakeKindDescription(MojibakeKind kind)
{
    switch (kind) {
    case MojibakeKind::GbkReadAsLatin1:
        return QCoreApplication::translate("MojibakeRepair", "GBK text read as Latin-1");
    case MojibakeKind::Utf8ReadAsCp1252:
        return QCoreApplication::translate("MojibakeRepair", "UTF-8 text read as Windows-1252");
    case MojibakeKind::Utf8ReadAsCp1252Twice:
        return QCoreApplication::translate("MojibakeRepair",
                                           "UTF-8 text read as Windows-1252 twice");
    }
    return {};
}

bool mayContainMojibake(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x80)
            continue;
        if (u <= 0xFF || windowsByte(u) >= 0)
            return true;
    }
    return false;
}

std::optional<TextRepair> proposeMojibakeRepair(QStringView text)
{
    if (!mayContainMojibake(text))
        return std::nullopt;
    // The two accidents never overlap: GBK lead bytes A1-A9 are UTF-8 continuation bytes,
    // and UTF-8 mojibake decoded as GBK gives CJK ideographs, which GBK repair refuses.
    if (auto repair = repairUtf8(text))
        return repair;
    return repairGbk(text);
}

namespace {

// The changed runs of a repair, as [start, end) in before and in after. A repair replaces
// short runs by shorter (or equal) ones, so after a difference the two texts fall back in
// step within a few characters; kSync equal characters mark that point.
struct ChangedRun {
    qsizetype beforeStart, beforeEnd, afterStart, afterEnd;
};

QList<ChangedRun> changedRuns(QStringView before, QStringView after)
{
    constexpr qsizetype kSync = 4;
    constexpr qsizetype kMaxRun = 32;
    QList<ChangedRun> runs;
    qsizetype i = 0;
    qsizetype k = 0;
    while (i < before.size() && k < after.size()) {
        if (before.at(i) == after.at(k)) {
            ++i;
            ++k;
            continue;
        }
        bool synced = false;
        for (qsizetype span = 1; span <= 2 * kMaxRun && !synced; ++span) {
            for (qsizetype da = 0; da <= span && !synced; ++da) {
                const qsizetype db = span - da; // characters skipped in before / after
                const QStringView tailBefore = before.mid(i + db);
                const QStringView tailAfter = after.mid(k + da);
                const qsizetype need = qMin<qsizetype>(kSync, qMin(tailBefore.size(), tailAfter.size()));
                if ((need == kSync || (tailBefore.size() == need && tailAfter.size() == need))
                    && tailBefore.left(need) == tailAfter.left(need)) {
                    runs.append({i, i + db, k, k + da});
                    i += db;
                    k += da;
                    synced = true;
                }
            }
        }
        if (!synced) { // no resynchronisation: the rest is one change
            runs.append({i, before.size(), k, after.size()});
            return runs;
        }
    }
    if (i < before.size() || k < after.size())
        runs.append({i, before.size(), k, after.size()});
    return runs;
}

} // namespace

RepairExcerpt excerptOfRepair(const TextRepair &repair, int context)
{
    const QString &before = repair.before;
    const QString &after = repair.after;
    const QList<ChangedRun> runs = changedRuns(before, after);
    if (runs.isEmpty())
        return {before, after, 0};
    const ChangedRun &run = runs.first();
    auto cut = [context](const QString &text, qsizetype from, qsizetype to) {
        const qsizetype start = qMax<qsizetype>(0, from - context);
        const qsizetype end = qMin(text.size(), to + context);
        QString excerpt = text.mid(start, end - start);
        excerpt.replace(u'\n', u' ');
        if (start > 0)
            excerpt.prepend(u'…');
        if (end < text.size())
            excerpt.append(u'…');
        return excerpt;
    };
    return {cut(before, run.beforeStart, run.beforeEnd), cut(after, run.afterStart, run.afterEnd),
            int(runs.size() - 1)};
}

} // namespace refmend
