#include "cleanup/cleanuppipeline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace refmend {

CleanupReport runCleanup(QList<Record> &records, const QStringList &actionIds,
                         const CleanupOptions &options, bool dedupe,
                         const DuplicateOptions &duplicateOptions)
{
    CleanupReport report;
    report.recordsBefore = int(records.size());
    report.recordsAfter = report.recordsBefore;

    // "titlecase" named on its own forces the suggestions; "all" only counts them.
    bool forceTitleCase = false;
    bool countTitleCase = false;
    for (const QString &id : actionIds) {
        for (QStringView part : QStringView(id).split(u',', Qt::SkipEmptyParts)) {
            const QString word = part.trimmed().toString().toLower();
            forceTitleCase = forceTitleCase || word == u"titlecase"_s;
            countTitleCase = countTitleCase || word == u"all"_s;
        }
    }
    QString error;
    QStringList ids = parseCleanupActionList(actionIds.join(u','), &error);
    if (!error.isEmpty()) {
        report.error = error;
        return report;
    }
    if (countTitleCase && !ids.contains(u"titlecase"_s)) {
        // Order: titlecase is last in the registry, so appending keeps pipeline order.
        ids.append(u"titlecase"_s);
    }

    for (const QString &id : std::as_const(ids)) {
        CleanupActionCount count;
        count.actionId = id;
        QList<CleanupChange> changes = previewCleanup(records, id, options);
        QList<CleanupChange> applied;
        for (CleanupChange &change : changes) {
            if (change.flaggedOnly && !forceTitleCase)
                ++count.flagged;
            else
                applied.append(std::move(change));
        }
        const QList<RecordRepair> repairs = planCleanup(records, applied);
        for (const RecordRepair &repair : repairs) {
            records[repair.recordIndex] = repair.after;
            ++count.recordsChanged;
            count.textsChanged += repair.repairedTexts;
        }
        report.actions.append(count);
    }

    if (dedupe) {
        report.deduplicated = true;
        const QList<DuplicateGroup> groups = findDuplicates(records, duplicateOptions);
        const QList<DedupePlan> plans = planDedupe(records, groups);
        for (const DedupePlan &plan : plans) {
            CleanupMerge merge;
            merge.inputIndexes = QList<int>{plan.keepIndex} + plan.removeIndexes;
            merge.reason = plan.reason;
            merge.label = plan.label;
            report.merges.append(merge);
        }
        applyDedupePlans(records, plans);
    }
    report.recordsAfter = int(records.size());
    return report;
}

QStringList cleanupReportLines(const CleanupReport &report)
{
    QStringList lines;
    if (!report.ok()) {
        lines.append(report.error);
        return lines;
    }
    for (const CleanupActionCount &count : report.actions) {
        QString line = count.actionId + u": "_s
                + QCoreApplication::translate("refmend::CleanupPipeline", "%n text(s) changed", nullptr, count.textsChanged)
                + u", "_s
                + QCoreApplication::translate("refmend::CleanupPipeline", "%n record(s)", nullptr, count.recordsChanged);
        if (count.flagged > 0) {
            line += u"; "_s
                    + QCoreApplication::translate("refmend::CleanupPipeline",
                                                  "%n suggestion(s) not applied (name the action to apply them)",
                                                  nullptr, count.flagged);
        }
        lines.append(line);
    }
    if (report.deduplicated) {
        lines.append(u"dedupe: "_s
                     + QCoreApplication::translate("refmend::CleanupPipeline", "%n group(s) merged", nullptr,
                                                   int(report.merges.size()))
                     + u", "_s
                     + QCoreApplication::translate("refmend::CleanupPipeline", "%1 records -> %2")
                               .arg(report.recordsBefore)
                               .arg(report.recordsAfter));
    }
    for (const CleanupMerge &merge : report.merges) {
        QStringList numbers;
        for (int index : merge.inputIndexes)
            numbers.append(u'#' + QString::number(index + 1));
        lines.append(QCoreApplication::translate("refmend::CleanupPipeline", "  merged %1 (%2): %3")
                             .arg(numbers.join(u", "_s), duplicateReasonDescription(merge.reason), merge.label));
    }
    return lines;
}

} // namespace refmend
