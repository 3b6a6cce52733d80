#include "cli.h"

#include "cleanup/cleanuppipeline.h"
#include "cleanup/integritycheck.h"
#include "cleanup/mojibakescan.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"
#include "model/recorddiff.h"
#include "storage/library.h"

#include <QFile>
#include <QFileInfo>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <utility>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

const auto kUsage = uR"(Usage: refmend-cli <command> [options]

Commands:
  convert IN OUT [--from FORMAT] [--to FORMAT] [--encoding NAME] [--repair-mojibake]
                 [--clean=LIST] [--dedupe] [--bibtex latex|unicode] [--verbose]
      Read IN and write OUT. Formats come from the file contents and extensions,
      or from --from/--to. Use - for standard input or output (then --to is needed).
      Written in IN's own format, OUT keeps IN's encoding and line endings and every
      record that was not changed is copied byte for byte; other formats are written
      as UTF-8. --encoding chooses another encoding (e.g. UTF-8, windows-1252).
      Fields the output format has no place for are written as notes and summed up
      on stderr ("3 records: 5 fields have no place in CSV: ..."); --verbose lists each.
      --repair-mojibake  repair text garbled by a wrong character encoding
                         (GBK or UTF-8 read as Latin-1/Windows-1252) before writing.
      --clean=LIST       run cleanup actions before writing, comma-separated, or
                         "all": %1.
      --dedupe           merge records that are the same work (same DOI, or the same
                         title, year and first author) and say what was merged.
      --bibtex latex|unicode
                         BibTeX/BibLaTeX output with LaTeX commands (L{\'u}cia, an ASCII
                         file) or UTF-8 characters (Lúcia); by default as the input had
                         them (new BibTeX text in LaTeX commands).
  check IN
      Print reading problems, suspected mojibake and integrity problems (missing
      fields, invalid DOI/ISSN/ISBN, years out of range, swapped names, duplicate
      keys, ...) as file:line:col: severity: message. Exits with 1 on an error.
  formats
      List the formats RefMend reads and writes.

  library import FILE... [--from FORMAT] [--repair-mojibake] --db URL
      Add the records of each FILE (read as convert reads them) to the library, one
      transaction per file. A library file that does not exist is created.
  library export OUT [--to FORMAT] [--query TEXT] [--encoding NAME] [--bibtex latex|unicode]
                 [--verbose] --db URL
      Write the library's records to OUT (- for standard output, then --to is needed)
      as convert writes them, in UTF-8 unless --encoding says otherwise. With --query,
      only the records that match it (as search finds them), best first.
  library search TEXT [--limit N] --db URL
      One line per record that has every word of TEXT (as a word prefix, ignoring case
      and accents: "lucia cost" finds "Lúcia Costa"), best first, title hits first:
      id, rank, "Authors (Year) Title", separated by tabs.
  library history ID --db URL
      The change journal of record ID, oldest first, one line per change: entry,
      time (UTC), who, version, field, before -> after, separated by tabs.
  library restore ENTRY --db URL
      Give the field journal entry ENTRY changed the value it had before, as a new
      change; the entry of a removal brings the record back.
      --db URL  the library: a file (e.g. refs.refmend) or
                postgresql://user@host:port/database (password from PGPASSWORD).
                Without --db, the environment variable REFMEND_LIBRARY names it.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.

Exit codes: 0 success, 1 the input could not be read or written or has errors (or the
library could not be opened, read or written, or has no such record), 2 bad usage.
)"_s;

QString usage()
{
    return kUsage.arg(cleanupActionIds().join(u", "_s));
}

struct Options {
    QStringList positional;
    QString from;
    QString to;
    QString encoding;
    QString clean;          // --clean=LIST: cleanup action ids, or "all"
    bool dedupe = false;
    bool repairMojibake = false;
    bool verbose = false;
    QString db;             // library commands: --db URL
    QString query;          // library export: --query TEXT
    QString limit;          // library search: --limit N
    QString bibtex;         // --bibtex latex|unicode: characters in BibTeX output
    QStringList given;      // the options given ("--db"), to refuse those a command does not take
};

// Takes "--from X", "--from=X" and flags; returns false with a message on unknown options.
bool parseOptions(const QStringList &args, Options &options, QString *error)
{
    const std::pair<QLatin1StringView, QString *> valued[] = {
        {"--from"_L1, &options.from},
        {"--to"_L1, &options.to},
        {"--encoding"_L1, &options.encoding},
        {"--clean"_L1, &options.clean},
        {"--db"_L1, &options.db},
        {"--query"_L1, &options.query},
        {"--limit"_L1, &options.limit},
        {"--bibtex"_L1, &options.bibtex},
    };
    for (int i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        bool taken = false;
        for (const auto &[name, target] : valued) {
            if (arg == name) {
                if (i + 1 >= args.size()) {
                    *error = u"option %1 needs a value"_s.arg(name);
                    return false;
                }
                *target = args.at(++i);
                taken = true;
            } else if (arg.startsWith(name + u'=')) {
                *target = arg.mid(name.size() + 1);
                taken = true;
            }
            if (taken) {
                options.given.append(name);
                break;
            }
        }
        if (taken)
            continue;
        if (arg.startsWith("--"_L1))
            options.given.append(arg);
        if (arg == "--repair-mojibake"_L1) {
            options.repairMojibake = true;
        } else if (arg == "--verbose"_L1) {
            options.verbose = true;
        } else if (arg == "--dedupe"_L1) {
            options.dedupe = true;
        } else if (arg.startsWith(u'-') && arg != "-"_L1) {
            *error = u"unknown option %1"_s.arg(arg);
            return false;
        } else {
            options.positional.append(arg);
        }
    }
    return true;
}

QString displayName(const QString &path)
{
    return path == "-"_L1 ? u"<stdin>"_s : path;
}

// Reads IN (a path or - for stdin); prints diagnostics; returns false when nothing usable came.
bool readInput(const QString &path, const QString &formatId, Collection &collection)
{
    ReadFileOptions readOptions;
    readOptions.formatId = formatId;
    if (path == "-"_L1) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err() << "refmend-cli: cannot read standard input\n";
            return false;
        }
        collection = readBytes(in.readAll(), QString(), readOptions);
    } else {
        collection = readFile(path, readOptions);
    }
    return true;
}

void printDiagnostics(const QString &name, const Collection &collection)
{
    for (const Diagnostic &diagnostic : collection.diagnostics)
        err() << diagnostic.toString(name) << '\n';
}

//! False, having said why, when --from names no format RefMend reads (empty: detect).
bool checkInputFormat(const QString &formatId)
{
    if (formatId.isEmpty())
        return true;
    const FormatInfo *from = FormatRegistry::instance().find(formatId);
    if (from && from->makeReader)
        return true;
    err() << "refmend-cli: cannot read format '" << formatId << "'\n";
    return false;
}

//! The format to write \a outPath in: --to, else its extension; null, having said why, when none.
const FormatInfo *outputFormat(const QString &formatId, const QString &outPath)
{
    const FormatRegistry &registry = FormatRegistry::instance();
    const FormatInfo *to = nullptr;
    if (!formatId.isEmpty()) {
        to = registry.find(formatId);
    } else if (outPath != "-"_L1) {
        to = registry.forExtension(QFileInfo(outPath).suffix());
    } else {
        err() << "refmend-cli: writing to standard output needs --to FORMAT\n";
        return nullptr;
    }
    if (!to || !to->makeWriter) {
        err() << "refmend-cli: cannot write format '"
              << (formatId.isEmpty() ? QFileInfo(outPath).suffix() : formatId) << "'\n";
        return nullptr;
    }
    return to;
}

/*! Writes \a records to \a outPath (- for stdout) and reports what the format could not
    carry (one summary line; each field with \a verbose). False, having said why, on failure. */
bool writeOutput(const QList<Record> &records, const QString &outPath, const FormatInfo &to,
                 const WriteOptions &writeOptions, bool verbose)
{
    WriteResult result;
    if (outPath == "-"_L1) {
        const QByteArray bytes = writeBytes(records, to.id, writeOptions, &result);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        result.ok = std::ferror(stdout) == 0;
        if (!result.ok)
            result.error = u"cannot write to standard output"_s;
    } else {
        result = writeFile(outPath, records, to.id, writeOptions);
    }
    // What the target format cannot hold: one summary line, then the other warnings.
    const QString losses = lossSummary(result.warnings, to.name);
    if (!losses.isEmpty())
        err() << displayName(outPath) << ": " << losses << '\n';
    for (const Diagnostic &warning : std::as_const(result.warnings)) {
        if (warning.field.isEmpty() || verbose)
            err() << warning.toString(displayName(outPath)) << '\n';
    }
    if (!result.ok) {
        err() << "refmend-cli: " << displayName(outPath) << ": " << result.error << '\n';
        return false;
    }
    return true;
}

int check(const Options &options)
{
    if (options.positional.size() != 1) {
        err() << "refmend-cli: check takes one input file (see --help)\n";
        return Usage;
    }
    const QString path = options.positional.first();
    const QString name = displayName(path);
    Collection collection;
    if (!readInput(path, options.from, collection))
        return Failed;

    QList<Diagnostic> all = collection.diagnostics;
    const QList<MojibakeFinding> findings = scanForMojibake(collection.records);
    for (const MojibakeFinding &finding : findings) {
        Diagnostic d;
        d.severity = Severity::Warning;
        d.line = finding.line;
        d.column = finding.column;
        d.recordIndex = finding.recordIndex;
        const RepairExcerpt excerpt = excerptOfRepair(finding.repair);
        d.message = u"%1 looks garbled (%2): \"%3\" would read \"%4\""_s.arg(
                finding.label, mojibakeKindDescription(finding.repair.kind), excerpt.before,
                excerpt.after);
        if (excerpt.moreChanges > 0)
            d.message += u" (and %1 more in this field)"_s.arg(excerpt.moreChanges);
        all.append(d);
    }
    // Integrity problems; garbled text is reported above with its repair.
    IntegrityOptions integrityOptions;
    integrityOptions.disabledChecks.append(u"mojibake"_s);
    const QList<IntegrityProblem> problems = checkIntegrity(collection.records, integrityOptions);
    for (const IntegrityProblem &problem : problems)
        all.append(problem.toDiagnostic());
    std::stable_sort(all.begin(), all.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return a.line < b.line || (a.line == b.line && a.column < b.column);
    });
    for (const Diagnostic &diagnostic : std::as_const(all))
        out() << diagnostic.toString(name) << '\n';

    const auto errors = std::count_if(all.cbegin(), all.cend(), [](const Diagnostic &d) {
        return d.severity == Severity::Error;
    });
    const auto warnings = all.size() - errors;
    out() << u"%1: %2 records, %3 errors, %4 warnings, %5 garbled fields, %6 other problems (%7, %8)\n"_s
                     .arg(name)
                     .arg(collection.records.size())
                     .arg(errors)
                     .arg(warnings)
                     .arg(findings.size())
                     .arg(problems.size())
                     .arg(collection.formatId.isEmpty() ? u"unknown format"_s : collection.formatId,
                          collection.encoding.isEmpty() ? u"unknown encoding"_s : collection.encoding);
    return errors > 0 ? Failed : Ok;
}

/*! Sets how BibTeX is written from --bibtex; false (with a message) for an unknown value. */
bool applyBibtexOption(const Options &options, WriteOptions &writeOptions)
{
    if (options.bibtex.isEmpty())
        return true;
    const std::optional<BibtexCharacters> characters = bibtexCharactersFromId(options.bibtex);
    if (!characters) {
        err() << "refmend-cli: --bibtex takes latex, unicode or auto, not " << options.bibtex
              << '\n';
        return false;
    }
    writeOptions.bibtexCharacters = *characters;
    return true;
}

int convert(const Options &options)
{
    if (options.positional.size() != 2) {
        err() << "refmend-cli: convert takes an input and an output (see --help)\n";
        return Usage;
    }
    const QString inPath = options.positional.at(0);
    const QString outPath = options.positional.at(1);
    if (!checkInputFormat(options.from))
        return Usage;
    const FormatInfo *to = outputFormat(options.to, outPath);
    if (!to)
        return Usage;

    Collection collection;
    if (!readInput(inPath, options.from, collection))
        return Failed;
    const QString name = displayName(inPath);
    printDiagnostics(name, collection);
    if (collection.records.isEmpty() && collection.hasErrors()) {
        err() << "refmend-cli: " << name << ": nothing written\n";
        return Failed;
    }

    if (options.repairMojibake) {
        const int repaired = repairAllMojibake(collection.records);
        err() << name << ": repaired " << repaired << " garbled fields\n";
    }
    if (!options.clean.isEmpty() || options.dedupe) {
        QStringList actions;
        if (!options.clean.isEmpty()) {
            QString error;
            actions = parseCleanupActionList(options.clean, &error);
            if (!error.isEmpty()) {
                err() << "refmend-cli: --clean: " << error << '\n';
                return Usage;
            }
        }
        const CleanupReport report = runCleanup(collection.records, actions, {}, options.dedupe);
        if (!report.ok()) {
            err() << "refmend-cli: --clean: " << report.error << '\n';
            return Usage;
        }
        for (const QString &line : cleanupReportLines(report))
            err() << name << ": " << line << '\n';
    }

    // Saving in the input's own format keeps its encoding, BOM and line endings, so an
    // unedited record comes out byte for byte; another format is written as UTF-8.
    WriteOptions writeOptions = WriteOptions::sameAs(collection);
    if (to->id != collection.formatId) {
        writeOptions.encoding = u"UTF-8"_s;
        writeOptions.writeBom = false;
    }
    if (!options.encoding.isEmpty()) {
        writeOptions.encoding = options.encoding;
        writeOptions.writeBom = false;
    }
    if (!applyBibtexOption(options, writeOptions))
        return Usage;
    if (!writeOutput(collection.records, outPath, *to, writeOptions, options.verbose))
        return Failed;
    if (outPath != "-"_L1) {
        err() << name << ": wrote " << collection.records.size() << " records to " << outPath
              << " (" << to->name << ")\n";
    }
    return collection.hasErrors() ? Failed : Ok;
}

// --- library ----------------------------------------------------------------------------------

//! Says which of the options given \a command does not take; false when there is one.
bool takesOnly(const Options &options, const QString &command, const QStringList &allowed)
{
    for (const QString &option : options.given) {
        if (!allowed.contains(option)) {
            err() << "refmend-cli: " << command << " does not take " << option << " (see --help)\n";
            return false;
        }
    }
    return true;
}

//! The library named by --db (or REFMEND_LIBRARY), open; Ok, or the exit code after saying why.
//! Only \a mayCreate (import) makes a library file that is not there yet.
int openLibrary(const Options &options, const QString &command, bool mayCreate, Library &library)
{
    QString url = options.db;
    if (url.isEmpty() && !options.given.contains("--db"_L1))
        url = qEnvironmentVariable("REFMEND_LIBRARY");
    if (url.trimmed().isEmpty()) {
        err() << "refmend-cli: " << command
              << " needs a library: --db URL, or the environment variable REFMEND_LIBRARY (see --help)\n";
        return Usage;
    }
    QString error;
    const LibraryLocation location = LibraryLocation::fromUrl(url, &error);
    if (!location.isValid()) {
        err() << "refmend-cli: cannot open library " << url << ": " << error << '\n';
        return Usage;
    }
    // The URL as given, but never with a password in it.
    const QString name = location.isShared() ? location.toUrl() : url;
    if (!location.isShared() && !mayCreate && !QFileInfo::exists(location.path)) {
        err() << "refmend-cli: cannot open library " << name << ": no such file\n";
        return Failed;
    }
    if (!library.open(location, &error)) {
        // One line, without the Library's own "Cannot open the library x:" before the reason.
        const QString own = u"Cannot open the library %1: "_s.arg(location.displayName());
        if (error.startsWith(own))
            error = error.mid(own.size());
        QStringList lines = error.split(u'\n', Qt::SkipEmptyParts);
        for (QString &line : lines)
            line = line.trimmed();
        err() << "refmend-cli: cannot open library " << name << ": " << lines.join(u' ') << '\n';
        return Failed;
    }
    return Ok;
}

//! The records of \a hits, in their order (a removed record is left out).
QList<Record> recordsOf(const Library &library, const QList<SearchHit> &hits, QString *error)
{
    QList<Record> records;
    records.reserve(hits.size());
    // One by one (about 0.35 ms each for 100,000 records), or, for more than a quarter of
    // the library, in one read of the whole library (about 8 s for 100,000).
    if (hits.size() <= 1000 || hits.size() < library.recordCount() / 4) {
        for (const SearchHit &hit : hits) {
            if (const std::optional<StoredRecord> stored = library.record(hit.id))
                records.append(stored->record);
        }
        return records;
    }
    QHash<RecordId, Record> byId;
    const QList<StoredRecord> all = library.records(error);
    for (const StoredRecord &stored : all)
        byId.insert(stored.record.id, stored.record);
    for (const SearchHit &hit : hits) {
        const auto it = byId.constFind(hit.id);
        if (it != byId.constEnd())
            records.append(*it);
    }
    return records;
}

int libraryImport(const Options &options)
{
    if (!takesOnly(options, u"library import"_s, {u"--db"_s, u"--from"_s, u"--repair-mojibake"_s}))
        return Usage;
    if (options.positional.isEmpty()) {
        err() << "refmend-cli: library import takes one or more files (see --help)\n";
        return Usage;
    }
    if (!checkInputFormat(options.from))
        return Usage;
    Library library;
    if (const int code = openLibrary(options, u"library import"_s, true, library); code != Ok)
        return code;

    bool failed = false;
    for (const QString &path : options.positional) {
        Collection collection;
        if (!readInput(path, options.from, collection)) {
            failed = true;
            continue;
        }
        const QString name = displayName(path);
        printDiagnostics(name, collection);
        if (collection.records.isEmpty() && collection.hasErrors()) {
            err() << "refmend-cli: " << name << ": nothing added\n";
            failed = true;
            continue;
        }
        if (options.repairMojibake) {
            const int repaired = repairAllMojibake(collection.records);
            err() << name << ": repaired " << repaired << " garbled fields\n";
        }
        QList<StoredRecord> records;
        records.reserve(collection.records.size());
        for (const Record &record : std::as_const(collection.records))
            records.append({ record, 0, 0 });
        QString error;
        if (!library.addRecords(records, &error)) {
            err() << "refmend-cli: " << name << ": " << error << '\n';
            failed = true;
            continue;
        }
        out() << name << ": " << records.size() << " records added to "
              << library.location().displayName() << '\n';
        // As convert: what could be read is kept, but a file with errors is a failure.
        failed = failed || collection.hasErrors();
    }
    return failed ? Failed : Ok;
}

int libraryExport(const Options &options)
{
    if (!takesOnly(options, u"library export"_s,
                   {u"--db"_s, u"--to"_s, u"--query"_s, u"--encoding"_s, u"--verbose"_s,
                    u"--bibtex"_s}))
        return Usage;
    if (options.positional.size() != 1) {
        err() << "refmend-cli: library export takes one output file (see --help)\n";
        return Usage;
    }
    const bool searching = options.given.contains("--query"_L1);
    if (searching && options.query.trimmed().isEmpty()) {
        err() << "refmend-cli: --query needs words to search for\n";
        return Usage;
    }
    const QString outPath = options.positional.first();
    const FormatInfo *to = outputFormat(options.to, outPath);
    if (!to)
        return Usage;
    Library library;
    if (const int code = openLibrary(options, u"library export"_s, false, library); code != Ok)
        return code;
    const QString name = library.location().displayName();

    QString error;
    QList<Record> records;
    if (searching) {
        const QList<SearchHit> hits = library.search(options.query, 0, &error);
        if (error.isEmpty())
            records = recordsOf(library, hits, &error);
    } else {
        const QList<StoredRecord> stored = library.records(&error);
        records.reserve(stored.size());
        for (const StoredRecord &s : stored)
            records.append(s.record);
    }
    if (!error.isEmpty()) {
        err() << "refmend-cli: " << name << ": " << error << '\n';
        return Failed;
    }
    // A library holds text: written as UTF-8 (each record's own line breaks are the writer's).
    WriteOptions writeOptions;
    if (!options.encoding.isEmpty())
        writeOptions.encoding = options.encoding;
    if (!applyBibtexOption(options, writeOptions))
        return Usage;
    if (!writeOutput(records, outPath, *to, writeOptions, options.verbose))
        return Failed;
    if (outPath != "-"_L1) {
        err() << name << ": wrote " << records.size() << " records to " << outPath << " ("
              << to->name << ")\n";
    }
    return Ok;
}

int librarySearch(const Options &options)
{
    if (!takesOnly(options, u"library search"_s, {u"--db"_s, u"--limit"_s}))
        return Usage;
    const QString text = options.positional.join(u' ');
    if (text.trimmed().isEmpty()) {
        err() << "refmend-cli: library search takes the words to search for (see --help)\n";
        return Usage;
    }
    int limit = 0;
    if (options.given.contains("--limit"_L1)) {
        bool ok = false;
        limit = options.limit.toInt(&ok);
        if (!ok || limit <= 0) {
            err() << "refmend-cli: --limit takes a number of records, not '" << options.limit << "'\n";
            return Usage;
        }
    }
    Library library;
    if (const int code = openLibrary(options, u"library search"_s, false, library); code != Ok)
        return code;
    QString error;
    const QList<SearchHit> hits = library.search(text, limit, &error);
    const QList<Record> records = error.isEmpty() ? recordsOf(library, hits, &error) : QList<Record>();
    if (!error.isEmpty()) {
        err() << "refmend-cli: " << library.location().displayName() << ": " << error << '\n';
        return Failed;
    }
    QHash<RecordId, double> rank;
    for (const SearchHit &hit : hits)
        rank.insert(hit.id, hit.rank);
    for (const Record &record : records) {
        out() << record.id << '\t' << QString::number(rank.value(record.id), 'f', 2) << '\t'
              << recordSummary(record) << '\n';
    }
    return Ok;
}

//! A journal value on one line: its line breaks and tabs written as \n, \t.
QString oneLine(const QString &value)
{
    if (value.isEmpty())
        return u"(none)"_s;
    QString text = value;
    text.replace(u"\r\n"_s, u"\\n"_s).replace(u'\n', u"\\n"_s).replace(u'\r', u"\\n"_s)
            .replace(u'\t', u"\\t"_s);
    return text;
}

//! A positive whole number from a command line argument, or 0.
qint64 positiveNumber(const QString &text)
{
    bool ok = false;
    const qint64 n = text.toLongLong(&ok);
    return ok && n > 0 ? n : 0;
}

int libraryHistory(const Options &options)
{
    if (!takesOnly(options, u"library history"_s, {u"--db"_s}))
        return Usage;
    const qint64 id = options.positional.size() == 1 ? positiveNumber(options.positional.first()) : 0;
    if (id == 0) {
        err() << "refmend-cli: library history takes one record id (a number, as search prints it)\n";
        return Usage;
    }
    Library library;
    if (const int code = openLibrary(options, u"library history"_s, false, library); code != Ok)
        return code;
    const QList<JournalEntry> entries = library.history(RecordId(id));
    if (entries.isEmpty() && !library.record(RecordId(id))) {
        err() << "refmend-cli: " << library.location().displayName() << " has no record " << id
              << '\n';
        return Failed;
    }
    for (const JournalEntry &entry : entries) {
        out() << entry.id << '\t' << entry.at.toUTC().toString(Qt::ISODate) << '\t' << entry.who
              << '\t' << entry.version << '\t' << entry.field << '\t'
              << oneLine(entry.displayBefore()) << " -> " << oneLine(entry.displayAfter()) << '\n';
    }
    return Ok;
}

int libraryRestore(const Options &options)
{
    if (!takesOnly(options, u"library restore"_s, {u"--db"_s}))
        return Usage;
    const qint64 entry = options.positional.size() == 1 ? positiveNumber(options.positional.first()) : 0;
    if (entry == 0) {
        err() << "refmend-cli: library restore takes one journal entry (a number, as history prints it)\n";
        return Usage;
    }
    Library library;
    if (const int code = openLibrary(options, u"library restore"_s, false, library); code != Ok)
        return code;
    const QString name = library.location().displayName();
    const SaveResult result = library.restore(entry);
    switch (result.status) {
    case SaveResult::Status::Saved:
        out() << name << ": entry " << entry << " restored (the record is now at version "
              << result.version << ")\n";
        return Ok;
    case SaveResult::Status::Unchanged:
        out() << name << ": entry " << entry
              << ": the record already has the value it replaced; nothing changed\n";
        return Ok;
    case SaveResult::Status::Missing:
        err() << "refmend-cli: " << name << ": the record of entry " << entry
              << " is not in the library (restore its removal first)\n";
        return Failed;
    case SaveResult::Status::Conflict:
    case SaveResult::Status::Queued:
        err() << "refmend-cli: " << name << ": the record of entry " << entry
              << " changed meanwhile; nothing restored, try again\n";
        return Failed;
    case SaveResult::Status::Failed:
        break;
    }
    err() << "refmend-cli: " << name << ": " << result.error << '\n';
    return Failed;
}

int library(Options options)
{
    if (options.positional.isEmpty()) {
        err() << "refmend-cli: library takes a command: import, export, search, history or "
                 "restore (see --help)\n";
        return Usage;
    }
    const QString command = options.positional.takeFirst();
    if (command == "import"_L1)
        return libraryImport(options);
    if (command == "export"_L1)
        return libraryExport(options);
    if (command == "search"_L1)
        return librarySearch(options);
    if (command == "history"_L1)
        return libraryHistory(options);
    if (command == "restore"_L1)
        return libraryRestore(options);
    err() << "refmend-cli: unknown library command '" << command << "' (see --help)\n";
    return Usage;
}

int listFormats()
{
    for (const FormatInfo &format : FormatRegistry::instance().formats()) {
        const QString mode = QString::fromLatin1(format.makeReader ? "read" : "")
                + QString::fromLatin1(format.makeReader && format.makeWriter ? "/" : "")
                + QString::fromLatin1(format.makeWriter ? "write" : "");
        out() << format.id.leftJustified(12) << mode.leftJustified(12) << format.name << " (."
              << format.extensions.join(u", ."_s) << ")\n";
    }
    return Ok;
}

} // namespace

int runCli(const QStringList &arguments)
{
    const QStringList args = arguments.mid(1);
    if (args.isEmpty()) {
        err() << usage();
        return Usage;
    }
    const QString command = args.first();
    if (command == "-h"_L1 || command == "--help"_L1 || command == "help"_L1) {
        out() << usage();
        return Ok;
    }
    if (command == "-v"_L1 || command == "--version"_L1) {
        out() << "refmend-cli " << REFMEND_VERSION << '\n';
        return Ok;
    }

    Options options;
    QString error;
    if (!parseOptions(args.mid(1), options, &error)) {
        err() << "refmend-cli: " << error << " (see --help)\n";
        return Usage;
    }
    if (command == "library"_L1)
        return library(options);
    if (command == "convert"_L1 || command == "check"_L1) {
        // The library's options mean nothing to the file commands.
        for (const auto option : {"--db"_L1, "--query"_L1, "--limit"_L1, "--bibtex"_L1}) {
            if (option == "--bibtex"_L1 && command == "convert"_L1)
                continue;
            if (options.given.contains(option)) {
                err() << "refmend-cli: " << command << " does not take " << option
                      << " (see --help)\n";
                return Usage;
            }
        }
        return command == "convert"_L1 ? convert(options) : check(options);
    }
    if (command == "formats"_L1)
        return listFormats();
    err() << "refmend-cli: unknown command '" << command << "' (see --help)\n";
    return Usage;
}

} // namespace refmend
