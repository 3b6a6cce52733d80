#include "recordmimedata.h"

#include "commands/recordcommands.h"
#include "document/document.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"

#include <QMimeData>
#include <QUndoStack>

namespace refmend {

namespace {

const QString kCslJson = QStringLiteral("csl-json");

bool hasWriter(const QString &formatId)
{
    const FormatInfo *info = formatId.isEmpty() ? nullptr : FormatRegistry::instance().find(formatId);
    return info && info->makeWriter;
}

void setCitations(QMimeData *data, const QList<Record> &records, CitationStyle style)
{
    const CitationFormatter formatter(style);
    data->setText(formatter.toText(records));
    data->setHtml(QStringLiteral("<html><body>\n") + formatter.toHtml(records)
                  + QStringLiteral("</body></html>\n"));
}

} // namespace

const QString RecordMimeData::MimeType = QStringLiteral("application/x-refmend-records");
const QString RecordMimeData::FormatMimeType = QStringLiteral("application/x-refmend-records-format");
const QString RecordMimeData::CitationFormatId = QStringLiteral("citation");

QString RecordMimeData::carrierFormat(const QList<Record> &records)
{
    if (records.isEmpty())
        return kCslJson;
    const QString format = records.constFirst().sourceFormat;
    for (const Record &record : records) {
        if (record.sourceFormat != format)
            return kCslJson;
    }
    return hasWriter(format) ? format : kCslJson;
}

QMimeData *RecordMimeData::create(const QList<Record> &records, CitationStyle style)
{
    auto *data = new QMimeData;
    setCitations(data, records, style);
    const QString format = carrierFormat(records);
    data->setData(MimeType, writeBytes(records, format, WriteOptions()));
    data->setData(FormatMimeType, format.toUtf8());
    return data;
}

QMimeData *RecordMimeData::createAs(const QList<Record> &records, const QString &formatId,
                                    CitationStyle style)
{
    if (formatId == CitationFormatId) {
        auto *data = new QMimeData;
        setCitations(data, records, style);
        return data;
    }
    if (!hasWriter(formatId))
        return nullptr;
    auto *data = new QMimeData;
    data->setText(QString::fromUtf8(writeBytes(records, formatId, WriteOptions())));
    return data;
}

bool RecordMimeData::hasRecords(const QMimeData *data)
{
    return data && data->hasFormat(MimeType);
}

QList<Record> RecordMimeData::records(const QMimeData *data)
{
    if (!data)
        return {};
    if (data->hasFormat(MimeType)) {
        ReadFileOptions options;
        const QString format = QString::fromUtf8(data->data(FormatMimeType)).trimmed();
        if (FormatRegistry::instance().find(format))
            options.formatId = format;
        const Collection collection = readBytes(data->data(MimeType), QStringLiteral("clipboard"),
                                                options);
        if (!collection.records.isEmpty())
            return collection.records;
    }
    if (!data->hasText())
        return {};
    const QString text = data->text();
    if (text.trimmed().isEmpty())
        return {};
    // Any text: the readers say whether it is records (their sniffing picks the format).
    const Collection collection = readBytes(text.toUtf8(), QStringLiteral("clipboard"));
    QList<Record> records;
    for (const Record &record : collection.records) {
        if (!record.unparsed)   // text no reader made sense of is not a record
            records << record;
    }
    return records;
}

int RecordMimeData::insert(Document *document, int row, const QMimeData *data, Arrival arrival)
{
    if (!document)
        return 0;
    const QList<Record> found = records(data);
    if (found.isEmpty())
        return 0;
    const int count = int(found.size());
    const int at = row < 0 || row > document->recordCount() ? document->recordCount() : row;
    document->undoStack()->push(new InsertRecordsCommand(
            document, at, found,
            arrival == Drop ? tr("Drop %n Record(s)", nullptr, count)
                            : tr("Paste %n Record(s)", nullptr, count)));
    return count;
}

} // namespace refmend
