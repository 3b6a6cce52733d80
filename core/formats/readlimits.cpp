#include "formats/readlimits.h"

#include <QSettings>

#include <cstring>
#include <mutex>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

std::mutex g_mutex;
ReadLimits g_defaults;

QString megabytes(qint64 bytes)
{
    return QString::number(double(bytes) / (1 << 20), 'f', bytes < (qint64(10) << 20) ? 1 : 0);
}

} // namespace

ReadLimits ReadLimits::fromSettings(const QSettings &settings)
{
    ReadLimits limits;
    const qint64 fileMb = settings.value(u"limits/maxFileMB"_s).toLongLong();
    if (fileMb > 0)
        limits.maxFileBytes = fileMb << 20;
    const qint64 lineMb = settings.value(u"limits/maxLineMB"_s).toLongLong();
    if (lineMb > 0)
        limits.maxLineBytes = lineMb << 20;
    const int persons = settings.value(u"limits/maxPersons"_s).toInt();
    if (persons > 0)
        limits.maxPersonsPerRecord = persons;
    return limits;
}

ReadLimits defaultReadLimits()
{
    std::lock_guard<std::mutex> lock(g_mutex);
    return g_defaults;
}

void setDefaultReadLimits(const ReadLimits &limits)
{
    std::lock_guard<std::mutex> lock(g_mutex);
    g_defaults = limits;
}

QString fileSizeProblem(qint64 size, const QString &displayName, const ReadLimits &limits)
{
    if (size <= limits.maxFileBytes)
        return QString();
    return u"%1 is %2 MB, more than the %3 MB RefMend reads (setting limits/maxFileMB)"_s
            .arg(displayName, megabytes(size), megabytes(limits.maxFileBytes));
}

QString checkByteLimits(const QByteArray &bytes, const QString &displayName, const ReadLimits &limits)
{
    if (QString problem = fileSizeProblem(bytes.size(), displayName, limits); !problem.isEmpty())
        return problem;
    // memchr runs at memory speed: the longest line costs next to nothing to find.
    const char *const begin = bytes.constData();
    const char *const end = begin + bytes.size();
    const char *lineStart = begin;
    int line = 1;
    while (lineStart < end) {
        const void *found = std::memchr(lineStart, '\n', size_t(end - lineStart));
        const char *lineEnd = found ? static_cast<const char *>(found) : end;
        if (lineEnd - lineStart > limits.maxLineBytes) {
            return u"line %1 of %2 is %3 MB long, more than the %4 MB a line may have "
                   "(setting limits/maxLineMB): this is not a citation file"_s
                    .arg(QString::number(line), displayName, megabytes(lineEnd - lineStart),
                         megabytes(limits.maxLineBytes));
        }
        lineStart = lineEnd + 1;
        ++line;
    }
    return QString();
}

QString binaryDataProblem(const QString &text, const QString &displayName)
{
    const qsizetype n = qMin<qsizetype>(text.size(), 64 * 1024);
    qsizetype controls = 0;
    qsizetype firstNul = -1;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < 0x20 && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f') {
            ++controls;
            if (c == 0 && firstNul < 0)
                firstNul = i;
        }
    }
    // A stray control character or two happens in real exports; binary data is full of them.
    if (controls < 8 || controls * 100 < n)
        return QString();
    const qsizetype at = firstNul >= 0 ? firstNul : 0;
    const int line = int(QStringView(text).first(at).count(u'\n')) + 1;
    return u"%1 holds binary data (%2 control characters in its first %3 KB, from line %4), "
           "not citations"_s
            .arg(displayName, QString::number(controls), QString::number((n + 1023) / 1024),
                 QString::number(line));
}

void applyPersonLimit(Collection &collection, const ReadLimits &limits)
{
    const int max = qMax(1, limits.maxPersonsPerRecord);
    for (Record &record : collection.records) {
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            if (record.persons(PersonRole(role)).size() <= max)
                continue;
            PersonList &persons = record.personsRef(PersonRole(role));
            QStringList rest;
            rest.reserve(persons.size() - max);
            for (qsizetype i = max; i < persons.size(); ++i)
                rest.append(persons.at(i).raw.isEmpty() ? persons.at(i).displayName() : persons.at(i).raw);
            const qsizetype total = persons.size();
            persons.resize(max);

            Field note;
            note.key = FieldKey::Note;
            note.tag = u"note"_s;
            note.value = u"%1 more names (%2 %3 past RefMend's limit of %4 per record): %5"_s
                    .arg(QString::number(rest.size()), personRoleDisplayName(PersonRole(role)).toLower(),
                         QString::number(max + 1), QString::number(max), rest.join(u"; "_s));
            note.line = record.line;
            record.fields.append(note);

            Diagnostic d;
            d.severity = Severity::Warning;
            d.line = record.line;
            d.recordIndex = int(&record - collection.records.data());
            d.message = u"the record has %1 names as %2; the first %3 are kept as names, the other "
                        "%4 as text in a note (setting limits/maxPersons)"_s
                    .arg(QString::number(total), personRoleDisplayName(PersonRole(role)).toLower(),
                         QString::number(max), QString::number(rest.size()));
            collection.diagnostics.append(d);
        }
    }
}

} // namespace refmend
