#include "recordtablemodel.h"

#include "document/document.h"
#include "model/record.h"
#include "text/textfold.h"

namespace refmend {

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
    if (m_document) {
        connect(m_document, &Document::aboutToReset, this, &RecordTableModel::onAboutToReset);
        connect(m_document, &Document::reset, this, &RecordTableModel::onReset);
        connect(m_document, &Document::recordChanged, this, &RecordTableModel::onRecordChanged);
        m_cache.reserve(m_document->recordCount());
        for (const Record &record : m_document->records())
            m_cache.append(makeCache(record));
    }
    endResetModel();
}

RecordTableModel::RowCache RecordTableModel::makeCache(const Record &record)
{
    RowCache c;
    const PersonList &authors = record.authors();
    QStringList names;
    names.reserve(authors.size());
    for (const Person &p : authors)
        names << p.displayName();
    c.display[Authors] = names.join(QLatin1String("; "));
    c.toolTip[Authors] = names.join(u'\n');
    c.display[Year] = record.year();
    c.display[Title] = simplifiedText(record.value(FieldKey::Title));
    c.display[Container] = simplifiedText(record.value(FieldKey::ContainerTitle));
    c.display[Type] = recordTypeDisplayName(record.type);
    c.display[Doi] = record.value(FieldKey::Doi).trimmed();

    for (int col = 0; col < ColumnCount; ++col) {
        if (c.toolTip[col].isEmpty())
            c.toolTip[col] = c.display[col];
        // The year sorts as written ("2013" < "2013a"); the rest ignore case and accents.
        c.sort[col] = col == Year ? c.display[col] : foldForSearch(c.display[col]);
    }
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
    c.searchText = foldForSearch(all);
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
    m_cache.clear();
    m_cache.reserve(m_document->recordCount());
    for (const Record &record : m_document->records())
        m_cache.append(makeCache(record));
    m_resetting = false;
    endResetModel();
}

void RecordTableModel::onRecordChanged(int row)
{
    if (row < 0 || row >= m_cache.size())
        return;
    m_cache[row] = makeCache(m_document->record(row));
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
    switch (role) {
    case Qt::DisplayRole:
        return c.display[index.column()];
    case Qt::ToolTipRole:
        return c.toolTip[index.column()].isEmpty() ? QVariant() : c.toolTip[index.column()];
    case RecordIdRole:
        return QVariant::fromValue<quint64>(m_document->record(index.row()).id);
    case SortRole:
        return c.sort[index.column()];
    case SearchTextRole:
        return c.searchText;
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
    default: return {};
    }
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace refmend
