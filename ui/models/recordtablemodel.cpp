#include "recordtablemodel.h"

#include "backgroundpool.h"
#include "cleanup/integritycheck.h"
#include "clipboard/recordmimedata.h"
#include "document/document.h"
#include "model/record.h"
#include "text/textfold.h"

#include <QApplication>
#include <QCollator>
#include <QMimeData>
#include <QColor>
#include <QStyle>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

namespace refmend {

namespace {
//! Icons come from the widget style, which a model tested without widgets does not have.
bool hasWidgets()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}
} // namespace

RecordTableModel::RecordTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

RecordTableModel::~RecordTableModel() = default;

void RecordTableModel::setDocument(Document *document)
{
    if (m_document == document)
        return;
    beginResetModel();
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_cache.clear();
    m_problems.clear();
    if (m_document) {
        connect(m_document, &Document::aboutToReset, this, &RecordTableModel::onAboutToReset);
        connect(m_document, &Document::reset, this, &RecordTableModel::onReset);
        connect(m_document, &Document::recordChanged, this, &RecordTableModel::onRecordChanged);
        connect(m_document, &Document::recordsAboutToBeInserted, this, [this](int first, int last) {
            beginInsertRows({}, first, last);
        });
        connect(m_document, &Document::recordsInserted, this, [this](int first, int last) {
            for (int row = first; row <= last; ++row)
                m_cache.insert(row, makeCache(m_document->record(row)));
            dropSortKeys();   // made again, all at once, by the next comparison
            m_problems.insert(first, last - first + 1, ProblemCache{});
            endInsertRows();
        });
        connect(m_document, &Document::recordsAboutToBeRemoved, this, [this](int first, int last) {
            beginRemoveRows({}, first, last);
        });
        connect(m_document, &Document::recordsRemoved, this, [this](int first, int last) {
            m_cache.remove(first, last - first + 1);
            for (std::vector<QCollatorSortKey> &keys : m_sortKeys) {
                if (keys.size() > size_t(last))
                    keys.erase(keys.begin() + first, keys.begin() + last + 1);
                else
                    keys.clear();
            }
            m_problems.remove(first, last - first + 1);
            endRemoveRows();
        });
        m_cache.reserve(m_document->recordCount());
        for (const Record &record : m_document->records())
            m_cache.append(makeCache(record));
        m_problems.resize(m_cache.size());
    }
    endResetModel();
}

void RecordTableModel::setNameOrder(NameOrder order)
{
    if (m_nameOrder == order)
        return;
    m_nameOrder = order;
    if (!m_document || m_cache.isEmpty())
        return;
    for (int row = 0; row < m_cache.size(); ++row)
        m_cache[row] = makeCache(m_document->record(row));
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

RecordTableModel::PreparedRows RecordTableModel::prepareRows(const QList<Record> &records,
                                                             NameOrder order)
{
    PreparedRows prepared;
    prepared.order = order;
    if (records.isEmpty())
        return prepared;
    prepared.firstId = records.constFirst().id;
    prepared.lastId = records.constLast().id;
    prepared.rows.resize(records.size());
    RowCache *rows = prepared.rows.data();
    forEachBlock(QThreadPool::globalInstance(), records.size(), 2048,
                 [&records, rows, order](qsizetype start, qsizetype end) {
        for (qsizetype i = start; i < end; ++i)
            rows[i] = makeCache(records.at(i), order);
    });
    return prepared;
}

void RecordTableModel::setPreparedRows(PreparedRows prepared)
{
    m_prepared = std::move(prepared);
}

const QString &RecordTableModel::sortText(int row, int column) const
{
    return m_cache.at(row).sort[column];
}

QStringList RecordTableModel::sortTexts(int column) const
{
    QStringList texts;
    texts.reserve(m_cache.size());
    for (const RowCache &row : m_cache)
        texts.append(row.sort[column]);
    return texts;
}

int RecordTableModel::compareSortTexts(int column, int rowA, int rowB) const
{
    Q_ASSERT(column >= 0 && column < ColumnCount && column != Problems);
    std::vector<QCollatorSortKey> &keys = m_sortKeys[column];
    if (keys.size() != size_t(m_cache.size()))
        makeSortKeys(column);
    return keys[size_t(rowA)].compare(keys[size_t(rowB)]);
}

std::vector<QCollatorSortKey> RecordTableModel::collationKeys(const QStringList &texts,
                                                              QThreadPool *pool)
{
    constexpr qsizetype kBlock = 4096;
    std::vector<std::vector<QCollatorSortKey>> blocks(size_t((texts.size() + kBlock - 1) / kBlock));
    forEachBlock(pool, texts.size(), kBlock, [&blocks, &texts](qsizetype start, qsizetype end) {
        const QCollator collator;
        std::vector<QCollatorSortKey> &block = blocks[size_t(start / kBlock)];
        block.reserve(size_t(end - start));
        for (qsizetype row = start; row < end; ++row)
            block.push_back(collator.sortKey(texts.at(row)));
    });
    std::vector<QCollatorSortKey> keys;
    keys.reserve(size_t(texts.size()));
    for (std::vector<QCollatorSortKey> &block : blocks)
        std::move(block.begin(), block.end(), std::back_inserter(keys));
    return keys;
}

void RecordTableModel::makeSortKeys(int column) const
{
    m_sortKeys[column] = collationKeys(sortTexts(column), QThreadPool::globalInstance());
}

void RecordTableModel::dropSortKeys()
{
    for (std::vector<QCollatorSortKey> &keys : m_sortKeys)
        keys.clear();
}

void RecordTableModel::fillCache()
{
    dropSortKeys();
    m_cache.clear();
    const QList<Record> &records = m_document->records();
    PreparedRows prepared = std::exchange(m_prepared, PreparedRows());
    if (!records.isEmpty() && prepared.rows.size() == records.size()
        && prepared.order == m_nameOrder && prepared.firstId == records.constFirst().id
        && prepared.lastId == records.constLast().id) {
        m_cache = std::move(prepared.rows);
    } else {
        m_cache.reserve(records.size());
        for (const Record &record : records)
            m_cache.append(makeCache(record));
    }
    m_problems.clear();
    m_problems.resize(m_cache.size());
}

RecordTableModel::RowCache RecordTableModel::makeCache(const Record &record, NameOrder order)
{
    RowCache c;
    const PersonList &authors = record.authors();
    QStringList names;
    QStringList sortNames;   // family name first whatever the display, as bibliographies sort
    names.reserve(authors.size());
    sortNames.reserve(authors.size());
    for (const Person &p : authors) {
        names << personName(p, order);
        sortNames << p.displayName();
    }
    c.display[Authors] = names.join(QLatin1String("; "));
    c.toolTip[Authors] = names.join(u'\n');
    c.display[Year] = record.year();
    c.display[Title] = simplifiedText(record.value(FieldKey::Title));
    c.display[Container] = simplifiedText(record.value(FieldKey::ContainerTitle));
    c.display[Type] = recordTypeDisplayName(record.type);
    c.display[Doi] = record.value(FieldKey::Doi).trimmed();
    if (record.unparsed) {
        c.display[Title] = tr("Unreadable record (line %1)").arg(record.line);
        const QString text = record.source.isValid() ? record.source.text().toString() : QString();
        c.toolTip[Title] = text.left(500);
    }

    for (int col = 0; col < ColumnCount; ++col) {
        if (c.toolTip[col].isEmpty())
            c.toolTip[col] = c.display[col];
        // The year sorts as written ("2013" < "2013a"); the rest ignore case and accents.
        c.sort[col] = col == Year ? c.display[col] : foldForSearch(c.display[col]);
    }
    c.sort[Authors] = foldForSearch(sortNames.join(QLatin1String("; ")));
    if (!record.sourceType.isEmpty() && record.sourceType != c.display[Type])
        c.toolTip[Type] = QStringLiteral("%1 (%2)").arg(c.display[Type], record.sourceType);

    // Every field value and every name of every role, so search finds editors too.
    QString all;
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        for (const Person &p : record.persons(PersonRole(r))) {
            all += p.displayName();
            all += u'\n';
        }
    }
    for (const Field &f : record.fields) {
        all += f.value;
        all += u'\n';
    }
    all += c.display[Type];
    all += u'\n';
    all += record.sourceType;
    const QString folded = foldForSearch(all);
    if (QtPrivate::isAscii(folded)) {
        c.searchText = folded.toLatin1();   // exactly one byte a character
    } else {
        c.searchText = folded.toUtf8();
        c.searchText.squeeze();             // toUtf8() keeps room for three bytes a character
    }
    return c;
}

RecordTableModel::ProblemCache RecordTableModel::makeProblems(const Record &record)
{
    // The checks that need this record alone, so the column follows every edit.
    ProblemCache c;
    c.known = true;
    if (record.unparsed)
        return c;
    const QList<IntegrityProblem> problems = checkRecord(record, 0);
    QStringList messages;
    for (const IntegrityProblem &p : problems) {
        c.worstSeverity = qMax(c.worstSeverity, int(p.severity));
        messages << (p.location.isEmpty() ? p.message
                                          : QStringLiteral("%1: %2").arg(p.location, p.message));
    }
    c.count = int(problems.size());
    if (c.count > 0) {
        c.display = QString::number(c.count);
        c.toolTip = messages.join(u'\n');
        // Ascending: the worst and most problems first, records without any last (empty).
        c.sort = QStringLiteral("%1-%2").arg(int(Severity::Error) - c.worstSeverity)
                         .arg(9999 - qMin(c.count, 9999), 4, 10, QLatin1Char('0'));
    }
    return c;
}

const RecordTableModel::ProblemCache &RecordTableModel::problems(int row) const
{
    ProblemCache &c = m_problems[row];
    if (!c.known)
        c = makeProblems(m_document->record(row));
    return c;
}

void RecordTableModel::onAboutToReset()
{
    m_resetting = true;
    beginResetModel();
}

void RecordTableModel::onReset()
{
    if (!m_resetting)
        beginResetModel();
    fillCache();
    m_resetting = false;
    endResetModel();
}

void RecordTableModel::onRecordChanged(int row)
{
    if (row < 0 || row >= m_cache.size())
        return;
    m_cache[row] = makeCache(m_document->record(row));
    m_problems[row] = ProblemCache{};
    static const QCollator collator;   // the GUI thread's; making one costs more than a key
    for (int column = 0; column < ColumnCount; ++column) {
        std::vector<QCollatorSortKey> &keys = m_sortKeys[column];
        if (keys.size() == size_t(m_cache.size()))
            keys[size_t(row)] = collator.sortKey(m_cache.at(row).sort[column]);
    }
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_cache.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RowCache &c = m_cache.at(index.row());
    if (index.column() == Problems || role == ProblemCountRole || role == WorstSeverityRole) {
        // Checked when first shown (or sorted on), not when the file is read.
        const ProblemCache &p = problems(index.row());
        switch (role) {
        case Qt::DisplayRole: return p.display;
        case Qt::ToolTipRole: return p.toolTip.isEmpty() ? QVariant() : p.toolTip;
        case SortRole: return p.sort;
        case ProblemCountRole: return p.count;
        case WorstSeverityRole: return p.worstSeverity;
        case Qt::DecorationRole:
            if (p.worstSeverity >= 0 && hasWidgets()) {
                const QStyle::StandardPixmap icon = p.worstSeverity == int(Severity::Error)
                        ? QStyle::SP_MessageBoxCritical
                        : p.worstSeverity == int(Severity::Warning) ? QStyle::SP_MessageBoxWarning
                                                                    : QStyle::SP_MessageBoxInformation;
                return QApplication::style()->standardIcon(icon);
            }
            return {};
        default:
            break;
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return c.display[index.column()];
    case Qt::ToolTipRole:
        return c.toolTip[index.column()].isEmpty() ? QVariant() : c.toolTip[index.column()];
    case Qt::ForegroundRole:
        // Rows that could not be read stand out; colours are the UI's business, not core's.
        if (m_document->record(index.row()).unparsed)
            return QColor(Qt::darkRed);
        return {};
    case RecordIdRole:
        return QVariant::fromValue<quint64>(m_document->record(index.row()).id);
    case SortRole:
        return c.sort[index.column()];
    case SearchTextRole:
        return QString::fromUtf8(c.searchText);
    default:
        return {};
    }
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Authors: return tr("Authors");
    case Year: return tr("Year");
    case Title: return tr("Title");
    case Container: return tr("Journal / Container");
    case Type: return tr("Type");
    case Doi: return tr("DOI");
    case Problems: return tr("Problems");
    default: return {};
    }
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;   // below the last row: appended
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren
           | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
}

QStringList RecordTableModel::mimeTypes() const
{
    return {RecordMimeData::MimeType};
}

QMimeData *RecordTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (!m_document)
        return nullptr;
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && index.model() == this && !rows.contains(index.row()))
            rows << index.row();
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    QList<Record> records;
    for (int row : std::as_const(rows))
        records << m_document->record(row);
    return RecordMimeData::create(records, m_citationStyle);
}

bool RecordTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                       int column, const QModelIndex &parent) const
{
    Q_UNUSED(row)
    Q_UNUSED(column)
    Q_UNUSED(parent)
    return m_document && action == Qt::CopyAction && RecordMimeData::hasRecords(data);
}

bool RecordTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row,
                                    int column, const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    // On a row: after it; between rows: there; elsewhere: at the end.
    int at = row;
    if (at < 0)
        at = parent.isValid() ? parent.row() + 1 : rowCount();
    return RecordMimeData::insert(m_document, at, data, RecordMimeData::Drop) > 0;
}

} // namespace refmend
