#include "cli.h"

#include "cleanup/cleanuppipeline.h"
#include "cleanup/integritycheck.h"
#include "cleanup/mojibakescan.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"

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
                 [--clean=LIST] [--dedupe] [--verbose]
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
  check IN
      Print reading problems, suspected mojibake and integrity problems (missing
      fields, invalid DOI/ISSN/ISBN, years out of range, swapped names, duplicate
      keys, ...) as file:line:col: severity: message. Exits with 1 on an error.
  formats
      List the formats RefMend reads and writes.

Options:
  -h, --help       Show this help.
  -v, --version    Show the version.

Exit codes: 0 success, 1 the input could not be read or written or has errors, 2 bad usage.
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
};

// Takes "--from X", "--from=X" and flags; returns false with a message on unknown options.
bool parseOptions(const QStringList &args, Options &options, QString *error)
{
    const std::pair<QLatin1StringView, QString *> valued[] = {
        {"--from"_L1, &options.from},
        {"--to"_L1, &options.to},
        {"--encoding"_L1, &options.encoding},
        {"--clean"_L1, &options.clean},
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
        }
        if (taken)
            continue;
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

int convert(const Options &options)
{
    if (options.positional.size() != 2) {
        err() << "refmend-cli: convert takes an input and an output (see --help)\n";
        return Usage;
    }
    const QString inPath = options.positional.at(0);
    const QString outPath = options.positional.at(1);
    const FormatRegistry &registry = FormatRegistry::instance();

    if (!options.from.isEmpty()) {
        const FormatInfo *from = registry.find(options.from);
        if (!from || !from->makeReader) {
            err() << "refmend-cli: cannot read format '" << options.from << "'\n";
            return Usage;
        }
    }
    const FormatInfo *to = nullptr;
    if (!options.to.isEmpty()) {
        to = registry.find(options.to);
    } else if (outPath != "-"_L1) {
        to = registry.forExtension(QFileInfo(outPath).suffix());
    } else {
        err() << "refmend-cli: writing to standard output needs --to FORMAT\n";
        return Usage;
    }
    if (!to || !to->makeWriter) {
        err() << "refmend-cli: cannot write format '"
              << (options.to.isEmpty() ? QFileInfo(outPath).suffix() : options.to) << "'\n";
        return Usage;
    }

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
    WriteResult result;
    if (outPath == "-"_L1) {
        const QByteArray bytes = writeBytes(collection.records, to->id, writeOptions, &result);
        std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        std::fflush(stdout);
        result.ok = std::ferror(stdout) == 0;
        if (!result.ok)
            result.error = u"cannot write to standard output"_s;
    } else {
        result = writeFile(outPath, collection.records, to->id, writeOptions);
    }
    // What the target format cannot hold: one summary line, then the other warnings.
    const QString losses = lossSummary(result.warnings, to->name);
    if (!losses.isEmpty())
        err() << displayName(outPath) << ": " << losses << '\n';
    for (const Diagnostic &warning : std::as_const(result.warnings)) {
        if (warning.field.isEmpty() || options.verbose)
            err() << warning.toString(displayName(outPath)) << '\n';
    }
    if (!result.ok) {
        err() << "refmend-cli: " << displayName(outPath) << ": " << result.error << '\n';
        return Failed;
    }
    if (outPath != "-"_L1) {
        err() << name << ": wrote " << collection.records.size() << " records to " << outPath
              << " (" << to->name << ")\n";
    }
    return collection.hasErrors() ? Failed : Ok;
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
    if (command == "convert"_L1)
        return convert(options);
    if (command == "check"_L1)
        return check(options);
    if (command == "formats"_L1)
        return listFormats();
    err() << "refmend-cli: unknown command '" << command << "' (see --help)\n";
    return Usage;
}

} // namespace refmend
