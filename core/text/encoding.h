#pragma once

#include <QByteArray>
#include <QString>

namespace refmend {

/*! \brief Text decoded from bytes, with how it was decided. */
struct DecodedText {
    QString text;
    QString encoding;          // "UTF-8", "UTF-16LE", "windows-1252", "GB18030", ...
    bool hadBom = false;
    bool guessed = false;      // true when uchardet had to guess (not BOM, not valid UTF-8)
    int invalidSequences = 0;  // bytes the decoder had to replace
};

/*! \brief Decodes a file's bytes: BOM first (UTF-8, UTF-16 LE/BE, UTF-32), then strict
    UTF-8, then UTF-16 without BOM (by the pattern of zero bytes), then uchardet's guess
    decoded with QStringDecoder (falling back to Windows-1252, which never fails). */
DecodedText decodeText(const QByteArray &bytes);

//! Like decodeText() but forces \a encoding (a name QStringDecoder or ICU knows).
DecodedText decodeTextAs(const QByteArray &bytes, const QString &encoding);

//! True when \a bytes is well-formed UTF-8 (no overlongs, surrogates or truncation).
bool isValidUtf8(const QByteArray &bytes);

} // namespace refmend
