#include "formats/fileio.h"

#include "formats/formatregistry.h"
#include "text/encoding.h"

#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QStringDecoder>
#include <QStringEncoder>

#include <cerrno>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

constexpr qsizetype kSniffLength = 8192;

Diagnostic fileError(const QString &message)
{
    Diagnostic d;
    d.severity = Severity::Error;
    d.message = message;
    return d;
}

LineEnding dominantLineEnding(QStringView text)
{
    qsizetype crlf = 0, lf = 0, cr = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (c == u'\r') {
            if (i + 1 < size && text.at(i + 1) == u'\n') {
                ++crlf;
                ++i;
            } else {
                ++cr;
            }
        } else if (c == u'\n') {
            ++lf;
        }
    }
    if (crlf > lf && crlf >= cr)
        return LineEnding::CrLf;
    if (cr > lf && cr > crlf)
        return LineEnding::Cr;
    return LineEnding::Lf;
}

//! The first line of \a text, shortened, for messages.
QString firstLineForMessage(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.sliced(1);
    text = text.trimmed();
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != u'\n' && text.at(end) != u'\r')
        ++end;
    QString line = text.first(end).toString();
    if (line.size() > 40)
        line = line.left(40) + u"…"_s;
    return line;
}

bool isUtf8Name(const QString &name)
{
    QString n = name.toUpper();
    n.remove(u'-');
    return n.isEmpty() || n == "UTF8"_L1;
}

} // namespace

QByteArray encodeText(const QString &text, const WriteOptions &options, QString *error)
{
    if (isUtf8Name(options.encoding)) {
        // In slices: QString::toUtf8() allocates three bytes a character and keeps that
        // capacity, which for a 100 MB export is 200 MB more at the moment of writing.
        QByteArray bytes;
        bytes.reserve(text.size() + text.size() / 8 + 3);
        if (options.writeBom)
            bytes.append("\xEF\xBB\xBF");
        QStringEncoder encoder(QStringEncoder::Utf8);   // keeps a pair split between slices
        constexpr qsizetype slice = 1 << 20;
        for (qsizetype at = 0; at < text.size(); at += slice)
            bytes += encoder(QStringView(text).sliced(at, qMin(slice, text.size() - at)));
        return bytes;
    }
    QStringEncoder encoder(options.encoding.toLatin1().constData(),
                           options.writeBom ? QStringConverter::Flag::WriteBom
                                            : QStringConverter::Flag::Default);
    if (!encoder.isValid()) {
        *error = u"cannot write in encoding \"%1\""_s.arg(options.encoding);
        return {};
    }
    QByteArray bytes = encoder(text);
    // A character the encoding has no byte for must not turn into '?' unnoticed.
    QStringDecoder decoder(options.encoding.toLatin1().constData());
    QString back = decoder(bytes);
    if (back.startsWith(QChar(0xFEFF)) && !text.startsWith(QChar(0xFEFF)))
        back.remove(0, 1);
    if (encoder.hasError() || back != text) {
        qsizetype at = 0;
        while (at < text.size() && at < back.size() && text.at(at) == back.at(at))
            ++at;
        const int line = int(QStringView(text).first(qMin(at, text.size())).count(u'\n')) + 1;
        *error = u"\"%1\" (line %2) cannot be written in %3; save as UTF-8 instead"_s
                 .arg(at < text.size() ? QString(text.at(at)) : QString(), QString::number(line),
                      options.encoding);
        return {};
    }
    return bytes;
}

QString declaredEncoding(const QByteArray &bytes)
{
    // Only ASCII-compatible declarations: a UTF-16 file has a BOM or is found by its zeros.
    const QByteArray head = bytes.left(1024);
    static const QRegularExpression xmlDeclaration(
            uR"(^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)["'])"_s);
    static const QRegularExpression jabrefHeader(uR"((?:^|\n)\s*%\s*Encoding:\s*([A-Za-z0-9._:-]+))"_s);
    const QString text = QString::fromLatin1(head);
    for (const QRegularExpression *re : {&xmlDeclaration, &jabrefHeader}) {
        const QRegularExpressionMatch match = re->match(text);
        if (match.hasMatch())
            return match.captured(1);
    }
    return QString();
}

namespace {

//! True when no record holds anything but notes (text a reader kept because it held no tag).
bool holdsNoCitation(const Collection &collection)
{
    for (const Record &record : collection.records) {
        if (record.unparsed)
            return false;
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            if (!record.persons(PersonRole(role)).isEmpty())
                return false;
        }
        for (const Field &field : record.fields) {
            if (field.key != FieldKey::Note)
                return false;
        }
    }
    return true;
}

//! The result of a read stopped by ReadProgress::cancel(): no records, and why.
Collection &cancelledRead(Collection &collection, const QString &name)
{
    collection.records.clear();
    collection.sourcePath = name;
    collection.diagnostics.append(fileError(u"reading %1 was cancelled"_s.arg(
            name.isEmpty() ? u"(unnamed)"_s : name)));
    return collection;
}

/*! Checks \a bytes against the limits and decodes them, with the encoding's diagnostics
    on \a collection; nullopt when the read ends here (\a collection then says why). */
std::optional<DecodedText> decodeForReading(const QByteArray &bytes, const QString &name,
                                            const ReadFileOptions &options, Collection &collection)
{
    const ReadLimits limits = options.limits.value_or(defaultReadLimits());
    if (const QString problem = checkByteLimits(bytes, name.isEmpty() ? u"(unnamed)"_s : name, limits);
        !problem.isEmpty()) {
        collection.diagnostics.append(fileError(problem));
        return std::nullopt;
    }

    ReadProgress *progress = options.progress;
    if (progress && !progress->report(ReadProgress::Stage::Decoding, 0, bytes.size())) {
        cancelledRead(collection, name);
        return std::nullopt;
    }
    DecodedText decoded = options.encoding.isEmpty() ? decodeText(bytes)
                                                     : decodeTextAs(bytes, options.encoding);
    if (decoded.guessed) {
        // Not Unicode: an encoding the file declares beats a statistical guess, when it
        // decodes every byte (JabRef files that declare UTF-8 but are not are still guessed).
        const QString declared = declaredEncoding(bytes);
        if (!declared.isEmpty()) {
            DecodedText asDeclared = decodeTextAs(bytes, declared);
            if (asDeclared.invalidSequences == 0 && !asDeclared.guessed) {
                decoded = asDeclared;
                decoded.encoding = declared;
            }
        }
    }
    return decoded;
}

//! The rest of a read once the text is decoded: format, reader, checks.
Collection readDecoded(Collection collection, DecodedText decoded, const QString &name,
                       const ReadFileOptions &options)
{
    const ReadLimits limits = options.limits.value_or(defaultReadLimits());
    ReadProgress *progress = options.progress;
    collection.encoding = decoded.encoding;
    collection.hadBom = decoded.hadBom;
    collection.lineEnding = dominantLineEnding(decoded.text);
    const QString displayName = name.isEmpty() ? u"(unnamed)"_s : name;

    if (decoded.invalidSequences > 0) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.message = u"%1 byte sequence(s) are not valid %2 and were replaced"_s
                .arg(decoded.invalidSequences).arg(decoded.encoding);
        collection.diagnostics.append(d);
    }
    if (decoded.guessed) {
        Diagnostic d;
        d.severity = Severity::Info;
        d.message = u"encoding guessed as %1"_s.arg(decoded.encoding);
        collection.diagnostics.append(d);
    }

    if (const QString problem = binaryDataProblem(decoded.text, displayName); !problem.isEmpty()) {
        collection.diagnostics.append(fileError(problem));
        return collection;
    }

    const FormatRegistry &registry = FormatRegistry::instance();
    const FormatInfo *format = nullptr;
    if (!options.formatId.isEmpty()) {
        format = registry.find(options.formatId);
        if (!format) {
            collection.diagnostics.append(
                    fileError(u"cannot read %1: unknown format \"%2\""_s.arg(displayName, options.formatId)));
            return collection;
        }
    } else {
        QString reason;
        const QStringView head = QStringView(decoded.text).first(qMin(decoded.text.size(), kSniffLength));
        format = registry.detect(head, name, &reason);
        if (!format) {
            const QString seen = firstLineForMessage(decoded.text);
            collection.diagnostics.append(fileError(
                    seen.isEmpty()
                    ? u"cannot tell the format of %1: the file is empty"_s.arg(displayName)
                    : u"cannot tell the format of %1: %2; it starts with \"%3\""_s.arg(displayName, reason, seen)));
            return collection;
        }
    }

    collection.formatId = format->id;
    if (!format->makeReader) {
        collection.diagnostics.append(fileError(
                u"cannot read %1: %2 files can be written but not read"_s.arg(displayName, format->name)));
        return collection;
    }
    {
        const std::unique_ptr<Reader> reader = format->makeReader();
        reader->setProgress(progress);
        reader->read(decoded.text, collection);
    }
    if (progress && !progress->report(ReadProgress::Stage::Parsing, decoded.text.size(),
                                      decoded.text.size())) {
        return cancelledRead(collection, name);
    }
    if (options.formatId.isEmpty() && format->sniff
        && format->sniff(QStringView(decoded.text).first(qMin(decoded.text.size(), kSniffLength))) == 0
        && !decoded.text.trimmed().isEmpty() && !collection.hasErrors() && holdsNoCitation(collection)) {
        // Chosen by its extension alone, and the reader found nothing of the format in it:
        // a letter saved as .txt, a web page saved as .ris.
        Collection refused;
        refused.sourcePath = collection.sourcePath;
        refused.formatId = collection.formatId;
        refused.encoding = collection.encoding;
        refused.diagnostics.append(fileError(
                u"%1 is not a citation file: nothing in it is %2 (it starts with \"%3\")"_s.arg(
                        displayName, format->name, firstLineForMessage(decoded.text))));
        return refused;
    }
    applyPersonLimit(collection, limits);
    if (collection.records.isEmpty() && !collection.hasErrors() && !decoded.text.trimmed().isEmpty())
        collection.textWithoutRecords = decoded.text;
    collection.assignIds();
    return collection;
}

} // namespace

Collection readBytes(const QByteArray &bytes, const QString &name, const ReadFileOptions &options)
{
    Collection collection;
    collection.sourcePath = name;
    std::optional<DecodedText> decoded = decodeForReading(bytes, name, options, collection);
    if (!decoded)
        return collection;
    return readDecoded(std::move(collection), std::move(*decoded), name, options);
}

Collection readFileHead(const QString &path, qint64 bytes, const ReadFileOptions &options)
{
    QFile file(path);
    if (bytes <= 0 || !file.open(QIODevice::ReadOnly) || file.isSequential() || file.size() <= bytes)
        return Collection();
    QByteArray head = file.read(bytes);
    if (head.contains('\0'))
        return Collection();   // UTF-16 (or binary): the whole read says what it is
    const qsizetype lineEnd = qMax(head.lastIndexOf('\n'), head.lastIndexOf('\r'));
    if (lineEnd < 0)
        return Collection();
    head.truncate(lineEnd + 1);
    ReadFileOptions headOptions = options;
    headOptions.progress = nullptr;
    Collection collection = readBytes(head, path, headOptions);
    if (!collection.records.isEmpty())
        collection.records.removeLast();
    collection.diagnostics.clear();
    collection.textWithoutRecords.clear();
    return collection;
}

Collection readFile(const QString &path, const ReadFileOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        Collection collection;
        collection.sourcePath = path;
        collection.diagnostics.append(fileError(u"cannot open %1: %2"_s.arg(path, file.errorString())));
        return collection;
    }
    // Refused before reading, so that a huge file costs no memory.
    const ReadLimits limits = options.limits.value_or(defaultReadLimits());
    if (const QString problem = fileSizeProblem(file.size(), path, limits); !problem.isEmpty()) {
        Collection collection;
        collection.sourcePath = path;
        collection.diagnostics.append(fileError(problem));
        return collection;
    }
    QByteArray bytes;
    if (!options.progress || file.isSequential()) {
        bytes = file.readAll();
    } else {
        // In pieces, to say how far it has got and to stop when asked.
        constexpr qint64 kPiece = 8 * 1024 * 1024;
        const qint64 expected = file.size();
        ReadProgress *progress = options.progress;
        while (!file.atEnd() && file.error() == QFileDevice::NoError) {
            if (!progress->report(ReadProgress::Stage::Reading, bytes.size(), expected)) {
                Collection collection;
                return cancelledRead(collection, path);
            }
            const QByteArray piece = file.read(kPiece);
            if (piece.isEmpty())
                break;
            if (bytes.isEmpty())
                bytes.reserve(qMax(expected, qint64(piece.size())));
            bytes.append(piece);
        }
        progress->report(ReadProgress::Stage::Reading, bytes.size(), bytes.size());
    }
    if (file.error() != QFileDevice::NoError) {
        Collection collection;
        collection.sourcePath = path;
        collection.diagnostics.append(fileError(u"cannot read %1: %2"_s.arg(path, file.errorString())));
        return collection;
    }
    // The bytes go before the records are parsed: for a UTF-8 file they are as large as
    // the file, and nothing needs them once they are text.
    Collection collection;
    collection.sourcePath = path;
    std::optional<DecodedText> decoded = decodeForReading(bytes, path, options, collection);
    bytes = QByteArray();
    if (!decoded)
        return collection;
    return readDecoded(std::move(collection), std::move(*decoded), path, options);
}

QByteArray writeBytes(const QList<Record> &records, const QString &formatId,
                      const WriteOptions &options, WriteResult *result)
{
    WriteResult local;
    WriteResult &r = result ? *result : local;
    r = WriteResult();

    const FormatInfo *format = FormatRegistry::instance().find(formatId);
    if (!format) {
        r.error = u"unknown format \"%1\""_s.arg(formatId);
        return {};
    }
    if (!format->makeWriter) {
        r.error = u"%1 files can be read but not written"_s.arg(format->name);
        return {};
    }

    QString text = format->makeWriter()->write(records, options, &r.warnings);
    if (options.progress && options.progress->isCancelled()) {
        r.cancelled = true;
        r.error = u"the write was cancelled"_s;
        return {};
    }
    if (options.progress)
        options.progress->report(records.size(), records.size());
    if (!options.leadingText.isEmpty()) {
        if (format->id == options.leadingTextFormat) {
            text.prepend(options.leadingText);
        } else {
            Diagnostic d;
            d.severity = Severity::Warning;
            d.field = u"text outside records"_s;
            d.message = u"the file's text outside any record (%1 characters) has no place in %2"_s
                    .arg(QString::number(options.leadingText.size()), format->name);
            r.warnings.append(d);
        }
    }
    const QByteArray bytes = encodeText(text, options, &r.error);
    r.ok = r.error.isEmpty();
    return r.ok ? bytes : QByteArray();
}

QString lossSummary(const QList<Diagnostic> &warnings, const QString &formatName)
{
    QSet<int> records;
    QMap<QString, int> perField;   // sorted by name, for a stable message
    int fields = 0;
    for (const Diagnostic &warning : warnings) {
        if (warning.field.isEmpty())
            continue;
        ++fields;
        ++perField[warning.field];
        if (warning.recordIndex >= 0)
            records.insert(warning.recordIndex);
    }
    if (fields == 0)
        return QString();
    QStringList parts;
    for (auto it = perField.cbegin(); it != perField.cend(); ++it)
        parts.append(u"%1 (%2)"_s.arg(it.key()).arg(it.value()));
    return u"%1 %2: %3 %4 no place in %5: %6"_s.arg(
            QString::number(records.size()), records.size() == 1 ? u"record"_s : u"records"_s,
            QString::number(fields), fields == 1 ? u"field has"_s : u"fields have"_s, formatName,
            parts.join(u", "_s));
}

WriteResult writeFile(const QString &path, const QList<Record> &records,
                      const QString &formatId, const WriteOptions &options, int backupCount)
{
    WriteResult result;
    const QByteArray bytes = writeBytes(records, formatId, options, &result);
    if (!result.ok)
        return result;
    const WriteResult saved = saveBytes(path, bytes, backupCount);
    result.ok = saved.ok;
    result.error = saved.error;
    result.backupError = saved.backupError;
    return result;
}

QStringList backupPaths(const QString &path, int count)
{
    QStringList paths;
    for (int i = 1; i <= count; ++i)
        paths.append(i == 1 ? path + u".bak"_s : path + u".bak"_s + QString::number(i));
    return paths;
}

namespace {

/*! Writes \a bytes to \a path through \a file, which must not be open yet. False with
    \a error when the write is refused or short, in which case nothing is committed. */
bool writeAll(QSaveFile &file, const QByteArray &bytes, QString *error)
{
    // Unbuffered: Qt 6.4 reports a short write (disk full, file size limit) only from the
    // write itself; a buffered one fails at close() unnoticed, and commit() then replaces
    // the file with the truncated copy.
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        *error = file.errorString();
        return false;
    }
    errno = 0;
    if (file.write(bytes) != bytes.size() || file.size() != bytes.size()) {
        // The device has no error for a short write; the reason is only in errno.
        const int reason = errno;
        *error = file.error() == QFileDevice::NoError && reason != 0 ? qt_error_string(reason)
                                                                     : file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

/*! Makes \a copy, the previous version of \a path, its newest backup: the backups shift
    down one, the last of \a count is dropped. Stops at the first step that fails, leaving
    \a copy where it is, so that no version is lost. */
bool rotateBackups(const QString &path, const QString &copy, int count, QString *error)
{
    const QStringList paths = backupPaths(path, count);
    auto replace = [error](const QString &from, const QString &to) {
        if (QFile::exists(to) && !QFile::remove(to)) {
            *error = u"cannot remove the old backup %1"_s.arg(to);
            return false;
        }
        QFile source(from);
        if (!source.rename(to)) {
            *error = u"cannot rename %1 to %2: %3"_s.arg(from, to, source.errorString());
            return false;
        }
        return true;
    };
    for (qsizetype i = paths.size() - 1; i > 0; --i) {
        if (QFile::exists(paths.at(i - 1)) && !replace(paths.at(i - 1), paths.at(i)))
            return false;
    }
    return replace(copy, paths.constFirst());
}

} // namespace

WriteResult saveBytes(const QString &path, const QByteArray &bytes, int backupCount)
{
    WriteResult result;
    QSaveFile file(path);
    QString why;
    if (!writeAll(file, bytes, &why)) {
        result.error = u"cannot write %1: %2"_s.arg(path, why);
        return result;
    }

    // The previous version, copied beside the file before the new one replaces it, with
    // the same checks as the file itself.
    QString copy;
    if (backupCount > 0 && QFileInfo::exists(path)) {
        QFile original(path);
        QByteArray previous;
        if (original.open(QIODevice::ReadOnly))
            previous = original.readAll();
        if (!original.isOpen() || original.error() != QFileDevice::NoError) {
            result.error = u"cannot keep a backup of %1: %2"_s.arg(path, original.errorString());
            file.cancelWriting();
            return result;
        }
        if (previous != bytes) {   // saving an unchanged file keeps the backups as they are
            copy = path + u".bak.new"_s;
            QSaveFile backup(copy);
            if (!writeAll(backup, previous, &why) || !backup.commit()) {
                result.error = u"cannot keep a backup of %1 (%2): %3"_s.arg(
                        path, copy, why.isEmpty() ? backup.errorString() : why);
                file.cancelWriting();
                return result;
            }
            QFile::setPermissions(copy, original.permissions());   // as private as the file
        }
    }
    if (!file.commit()) {
        result.error = u"cannot write %1: %2"_s.arg(path, file.errorString());
        if (!copy.isEmpty())
            QFile::remove(copy);
        return result;
    }
    result.ok = true;
    if (!copy.isEmpty())
        rotateBackups(path, copy, backupCount, &result.backupError);
    return result;
}

} // namespace refmend
