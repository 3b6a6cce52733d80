#include "text/encoding.h"

#include <QStringDecoder>

#include <uchardet.h>

#include <cerrno>
#include <iconv.h>
#include <memory>
#include <optional>
#include <type_traits>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

constexpr char16_t ReplacementChar = 0xFFFD;

// Length of the well-formed UTF-8 sequence starting at bytes[pos] (Unicode table 3-7),
// or 0 when it is ill-formed; then *subpart is the length of its maximal ill-formed
// prefix (at least 1), which is what one U+FFFD replaces.
int utf8SequenceLength(const uchar *bytes, qsizetype size, qsizetype pos, int *subpart)
{
    const uchar lead = bytes[pos];
    *subpart = 1;
    if (lead < 0x80)
        return 1;
    int length = 0;
    uchar min = 0x80;
    uchar max = 0xBF;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            min = 0xA0; // overlong
        else if (lead == 0xED)
            max = 0x9F; // surrogates
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            min = 0x90; // overlong
        else if (lead == 0xF4)
            max = 0x8F; // beyond U+10FFFF
    } else {
        return 0; // 80..C1 and F5..FF never start a sequence
    }
    for (int i = 1; i < length; ++i) {
        if (pos + i >= size)
            return 0; // truncated
        const uchar b = bytes[pos + i];
        const uchar lo = i == 1 ? min : 0x80;
        const uchar hi = i == 1 ? max : 0xBF;
        if (b < lo || b > hi)
            return 0;
        *subpart = i + 1;
    }
    return length;
}

char32_t utf8CodePoint(const uchar *p, int length)
{
    switch (length) {
    case 1: return p[0];
    case 2: return (char32_t(p[0] & 0x1F) << 6) | (p[1] & 0x3F);
    case 3: return (char32_t(p[0] & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    default:
        return (char32_t(p[0] & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12)
            | (char32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
    }
}

void appendCodePoint(QString &out, char32_t cp)
{
    if (cp >= 0x10000) {
        out.append(QChar(QChar::highSurrogate(cp)));
        out.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        out.append(QChar(char16_t(cp)));
    }
}

// Strict UTF-8: each maximal ill-formed subpart becomes one U+FFFD.
QString decodeUtf8(QByteArrayView bytes, int *invalid)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    QString out;
    out.reserve(size);
    for (qsizetype pos = 0; pos < size;) {
        int subpart = 1;
        const int length = utf8SequenceLength(p, size, pos, &subpart);
        if (length == 0) {
            out.append(QChar(ReplacementChar));
            ++*invalid;
            pos += subpart;
        } else {
            appendCodePoint(out, utf8CodePoint(p + pos, length));
            pos += length;
        }
    }
    return out;
}

QString decodeUtf16(QByteArrayView bytes, bool littleEndian, int *invalid)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype units = bytes.size() / 2;
    auto unitAt = [&](qsizetype i) -> char16_t {
        const uchar a = p[2 * i];
        const uchar b = p[2 * i + 1];
        return littleEndian ? char16_t(a | (b << 8)) : char16_t((a << 8) | b);
    };
    QString out;
    out.reserve(units + 1);
    for (qsizetype i = 0; i < units; ++i) {
        const char16_t u = unitAt(i);
        if (QChar::isHighSurrogate(u) && i + 1 < units && QChar::isLowSurrogate(unitAt(i + 1))) {
            out.append(QChar(u));
            out.append(QChar(unitAt(++i)));
        } else if (QChar::isSurrogate(u)) {
            out.append(QChar(ReplacementChar));
            ++*invalid;
        } else {
            out.append(QChar(u));
        }
    }
    if (bytes.size() % 2 != 0) { // odd trailing byte
        out.append(QChar(ReplacementChar));
        ++*invalid;
    }
    return out;
}

QString decodeUtf32(QByteArrayView bytes, bool littleEndian, int *invalid)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype units = bytes.size() / 4;
    QString out;
    out.reserve(units + 1);
    for (qsizetype i = 0; i < units; ++i) {
        const uchar *q = p + 4 * i;
        const char32_t cp = littleEndian
            ? char32_t(q[0]) | (char32_t(q[1]) << 8) | (char32_t(q[2]) << 16) | (char32_t(q[3]) << 24)
            : char32_t(q[3]) | (char32_t(q[2]) << 8) | (char32_t(q[1]) << 16) | (char32_t(q[0]) << 24);
        if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
            out.append(QChar(ReplacementChar));
            ++*invalid;
        } else {
            appendCodePoint(out, cp);
        }
    }
    if (bytes.size() % 4 != 0) {
        out.append(QChar(ReplacementChar));
        ++*invalid;
    }
    return out;
}

// Windows-1252, with the five undefined bytes mapped to the C1 controls of the same value
// (as Latin-1 and Python's "latin-1" do), so that every byte decodes and round-trips.
QString decodeWindows1252(QByteArrayView bytes)
{
    static constexpr char16_t high[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
        0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
        0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    };
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char c : bytes) {
        const uchar b = uchar(c);
        *dst++ = QChar(b >= 0x80 && b < 0xA0 ? high[b - 0x80] : char16_t(b));
    }
    return out;
}

enum class Unicode { Utf8, Utf16LE, Utf16BE, Utf32LE, Utf32BE };

QString unicodeName(Unicode u)
{
    switch (u) {
    case Unicode::Utf8: return u"UTF-8"_s;
    case Unicode::Utf16LE: return u"UTF-16LE"_s;
    case Unicode::Utf16BE: return u"UTF-16BE"_s;
    case Unicode::Utf32LE: return u"UTF-32LE"_s;
    case Unicode::Utf32BE: return u"UTF-32BE"_s;
    }
    return {};
}

QString decodeUnicode(QByteArrayView bytes, Unicode u, int *invalid)
{
    switch (u) {
    case Unicode::Utf8: return decodeUtf8(bytes, invalid);
    case Unicode::Utf16LE: return decodeUtf16(bytes, true, invalid);
    case Unicode::Utf16BE: return decodeUtf16(bytes, false, invalid);
    case Unicode::Utf32LE: return decodeUtf32(bytes, true, invalid);
    case Unicode::Utf32BE: return decodeUtf32(bytes, false, invalid);
    }
    return {};
}

struct BomMatch {
    Unicode encoding;
    int length;
};

std::optional<BomMatch> detectBom(QByteArrayView b)
{
    // UTF-32LE before UTF-16LE: FF FE 00 00 starts with the UTF-16LE BOM.
    if (b.startsWith("\xFF\xFE\x00\x00"_ba))
        return BomMatch{Unicode::Utf32LE, 4};
    if (b.startsWith("\x00\x00\xFE\xFF"_ba))
        return BomMatch{Unicode::Utf32BE, 4};
    if (b.startsWith("\xEF\xBB\xBF"_ba))
        return BomMatch{Unicode::Utf8, 3};
    if (b.startsWith("\xFF\xFE"_ba))
        return BomMatch{Unicode::Utf16LE, 2};
    if (b.startsWith("\xFE\xFF"_ba))
        return BomMatch{Unicode::Utf16BE, 2};
    return std::nullopt;
}

// UTF-16 without BOM: ASCII-heavy text has zero high bytes in nearly every code unit and
// almost no zero low bytes. Text with no such pattern is left to the other tests.
std::optional<Unicode> detectUtf16ByZeros(QByteArrayView b)
{
    const qsizetype units = b.size() / 2;
    if (units == 0)
        return std::nullopt;
    qsizetype zeroEven = 0;
    qsizetype zeroOdd = 0;
    for (qsizetype i = 0; i < 2 * units; i += 2) {
        zeroEven += b[i] == 0;
        zeroOdd += b[i + 1] == 0;
    }
    auto looksLike = [units](qsizetype zeroHigh, qsizetype zeroLow) {
        return zeroHigh * 10 >= units * 3 && zeroLow * 10 <= zeroHigh;
    };
    if (looksLike(zeroOdd, zeroEven))
        return Unicode::Utf16LE;
    if (looksLike(zeroEven, zeroOdd))
        return Unicode::Utf16BE;
    return std::nullopt;
}

QString normalizedName(const QString &name)
{
    QString n = name.toUpper();
    n.remove(u'-');
    n.remove(u'_');
    n.remove(u' ');
    return n;
}

std::optional<Unicode> unicodeFromName(const QString &name)
{
    const QString n = normalizedName(name);
    if (n == "UTF8"_L1)
        return Unicode::Utf8;
    if (n == "UTF16LE"_L1)
        return Unicode::Utf16LE;
    if (n == "UTF16BE"_L1)
        return Unicode::Utf16BE;
    if (n == "UTF32LE"_L1)
        return Unicode::Utf32LE;
    if (n == "UTF32BE"_L1)
        return Unicode::Utf32BE;
    return std::nullopt;
}

bool isWindows1252Name(const QString &name)
{
    const QString n = normalizedName(name);
    return n == "WINDOWS1252"_L1 || n == "CP1252"_L1 || n == "MSANSI"_L1;
}

// Glibc iconv for the few names ICU does not know (VISCII, ISO-8859-16).
std::optional<QString> decodeWithIconv(QByteArrayView bytes, const QByteArray &name, int *invalid)
{
    iconv_t cd = iconv_open("UTF-8", name.constData());
    if (cd == reinterpret_cast<iconv_t>(-1))
        return std::nullopt;
    QByteArray utf8;
    char buffer[4096];
    char *in = const_cast<char *>(bytes.data());
    size_t inLeft = size_t(bytes.size());
    while (inLeft > 0) {
        char *out = buffer;
        size_t outLeft = sizeof buffer;
        const size_t rc = iconv(cd, &in, &inLeft, &out, &outLeft);
        const int error = errno;
        utf8.append(buffer, out - buffer);
        if (rc != size_t(-1) || error == E2BIG)
            continue;
        utf8.append("\xEF\xBF\xBD"); // U+FFFD for the bad or truncated byte
        ++*invalid;
        if (error == EINVAL)
            break;
        ++in;
        --inLeft;
    }
    iconv_close(cd);
    return QString::fromUtf8(utf8);
}

// Any other encoding: QStringDecoder (ICU on this build), then iconv.
std::optional<DecodedText> decodeWithCodec(QByteArrayView bytes, const QString &name)
{
    DecodedText result;
    const QByteArray latinName = name.toLatin1();
    QStringDecoder decoder(latinName.constData(), QStringConverter::Flag::Stateless);
    if (decoder.isValid()) {
        QString text = decoder.decode(bytes);
        // ICU substitutes U+FFFD, or U+001A (SUB) in some tables, and silently drops a
        // truncated final sequence (reporting only hasError()).
        int invalid = int(text.count(QChar(ReplacementChar)));
        if (!bytes.contains('\x1A')) {
            const qsizetype subs = text.count(QChar(0x1A));
            if (subs > 0) {
                text.replace(QChar(0x1A), QChar(ReplacementChar));
                invalid += int(subs);
            }
        }
        if (decoder.hasError() && invalid == 0) {
            text.append(QChar(ReplacementChar));
            invalid = 1;
        }
        result.text = std::move(text);
        result.invalidSequences = invalid;
        const char *canonical = decoder.name();
        result.encoding = canonical && *canonical ? QString::fromLatin1(canonical) : name;
        return result;
    }
    int invalid = 0;
    std::optional<QString> text = decodeWithIconv(bytes, latinName, &invalid);
    if (!text)
        return std::nullopt;
    result.text = std::move(*text);
    result.invalidSequences = invalid;
    result.encoding = name;
    return result;
}

DecodedText decodeAsWindows1252(QByteArrayView bytes)
{
    DecodedText result;
    result.text = decodeWindows1252(bytes);
    result.encoding = u"windows-1252"_s;
    return result;
}

bool isWellFormedUtf8(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype size = bytes.size();
    for (qsizetype pos = 0; pos < size;) {
        if (p[pos] < 0x80) {
            ++pos;
            continue;
        }
        int subpart = 0;
        const int length = utf8SequenceLength(p, size, pos, &subpart);
        if (length == 0)
            return false;
        pos += length;
    }
    return true;
}

// knownValid: the caller has already checked that UTF-8 bytes are well formed.
DecodedText decodeAsUnicode(QByteArrayView bytes, Unicode u, bool hadBom, bool knownValid = false)
{
    DecodedText result;
    // QString::fromUtf8() drops a leading BOM; after a BOM already taken off, a second one
    // is text (U+FEFF) and must be kept, so that the file is written back as it was.
    if (u == Unicode::Utf8 && !bytes.startsWith("\xEF\xBB\xBF"_ba)
        && (knownValid || isWellFormedUtf8(bytes))) {
        // The common case: Qt's vectorised decoder gives the same text, much faster.
        result.text = QString::fromUtf8(bytes);
    } else {
        result.text = decodeUnicode(bytes, u, &result.invalidSequences);
    }
    result.encoding = unicodeName(u);
    result.hadBom = hadBom;
    return result;
}

// uchardet gives no answer for short GBK text (a few names). Such text is GB18030 when every
// non-ASCII byte pairs up into a GB2312 hanzi (both bytes A1-FE, lead B0-F7); Western
// 8-bit text has lone accented letters between ASCII ones and fails this at once.
bool looksLikeGbHanzi(QByteArrayView bytes)
{
    int pairs = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar lead = uchar(bytes[i]);
        if (lead < 0x80)
            continue;
        if (i + 1 >= bytes.size())
            return false;
        const uchar trail = uchar(bytes[i + 1]);
        if (lead < 0xB0 || lead > 0xF7 || trail < 0xA1 || trail > 0xFE)
            return false;
        ++pairs;
        ++i;
    }
    return pairs >= 2;
}

QString guessWithUchardet(QByteArrayView bytes)
{
    std::unique_ptr<std::remove_pointer_t<uchardet_t>, void (*)(uchardet_t)> detector(
        uchardet_new(), uchardet_delete);
    if (!detector)
        return {};
    // uchardet reads at most what it needs; feeding a large file in full is still cheap.
    constexpr qsizetype Chunk = 1 << 16;
    for (qsizetype pos = 0; pos < bytes.size(); pos += Chunk) {
        const qsizetype n = qMin(Chunk, bytes.size() - pos);
        if (uchardet_handle_data(detector.get(), bytes.data() + pos, size_t(n)) != 0)
            break;
    }
    uchardet_data_end(detector.get());
    const char *charset = uchardet_get_charset(detector.get());
    return charset ? QString::fromLatin1(charset) : QString();
}

} // namespace

bool isValidUtf8(const QByteArray &bytes)
{
    return isWellFormedUtf8(bytes);
}

DecodedText decodeText(const QByteArray &bytes)
{
    const QByteArrayView view(bytes);
    if (const auto bom = detectBom(view))
        return decodeAsUnicode(view.sliced(bom->length), bom->encoding, true);

    // Zero bytes come before the UTF-8 test: ASCII in UTF-16 is also valid UTF-8.
    if (bytes.contains('\0')) {
        if (const auto utf16 = detectUtf16ByZeros(view))
            return decodeAsUnicode(view, *utf16, false);
    }
    if (isValidUtf8(bytes))
        return decodeAsUnicode(view, Unicode::Utf8, false, true);

    DecodedText result = decodeAsWindows1252(view);
    result.guessed = true;
    QString guess = guessWithUchardet(view);
    if (guess.isEmpty() && looksLikeGbHanzi(view))
        guess = u"GB18030"_s;
    if (guess.isEmpty() || isWindows1252Name(guess) || normalizedName(guess) == "ISO88591"_L1
        || normalizedName(guess) == "ASCII"_L1) {
        // Windows-1252 is the superset browsers use for ISO-8859-1 labels.
        return result;
    }
    if (const auto unicode = unicodeFromName(guess)) {
        DecodedText decoded = decodeAsUnicode(view, *unicode, false);
        decoded.guessed = true;
        return decoded;
    }
    std::optional<DecodedText> decoded = decodeWithCodec(view, guess);
    // Keep Windows-1252 when the guess cannot decode or mangles the bytes, and when both
    // give the same text (short Western text often gets an ISO-8859-x guess).
    if (!decoded || decoded->text == result.text
        || qsizetype(decoded->invalidSequences) * 100 > bytes.size() + 100) {
        return result;
    }
    decoded->guessed = true;
    return *decoded;
}

DecodedText decodeTextAs(const QByteArray &bytes, const QString &encoding)
{
    const QByteArrayView view(bytes);
    const auto bom = detectBom(view);
    const QString name = normalizedName(encoding);

    if (auto unicode = unicodeFromName(encoding)) {
        if (bom && bom->encoding == *unicode)
            return decodeAsUnicode(view.sliced(bom->length), *unicode, true);
        return decodeAsUnicode(view, *unicode, false);
    }
    if (name == "UTF16"_L1 || name == "UTF32"_L1) {
        // No byte order given: the BOM decides, else the zero pattern, else little-endian.
        const bool is16 = name == "UTF16"_L1;
        if (bom && (is16 ? bom->encoding == Unicode::Utf16LE || bom->encoding == Unicode::Utf16BE
                         : bom->encoding == Unicode::Utf32LE || bom->encoding == Unicode::Utf32BE)) {
            return decodeAsUnicode(view.sliced(bom->length), bom->encoding, true);
        }
        if (is16)
            return decodeAsUnicode(view, detectUtf16ByZeros(view).value_or(Unicode::Utf16LE), false);
        return decodeAsUnicode(view, Unicode::Utf32LE, false);
    }
    if (isWindows1252Name(encoding))
        return decodeAsWindows1252(view);
    if (const auto decoded = decodeWithCodec(view, encoding))
        return *decoded;
    // An encoding nobody here knows: detect instead; .encoding tells the caller what was used.
    return decodeText(bytes);
}

} // namespace refmend
