#include "duplicategroupmodel.h"

#include <QFont>

namespace refmend {

// Internal ids: 0 for group rows, group + 1 for their records.

DuplicateGroupModel::DuplicateGroupModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void DuplicateGroupModel::setGroups(const QList<DuplicateGroup> &groups,
                                    const QList<Record> &records)
{
    beginResetModel();
    m_groups.clear();
    m_texts.clear();
    for (const DuplicateGroup &group : groups) {
        QList<RecordText> texts;
        DuplicateGroup kept = group;
        kept.recordIndexes.clear();
        for (int row : group.recordIndexes) {
            if (row < 0 || row >= records.size())
                continue;
            const Record &record = records.at(row);
            kept.recordIndexes.append(row);
            texts.append(RecordText{shortRecordLabel(record), record.year(),
                                    record.value(FieldKey::Doi).trimmed()});
        }
        if (kept.recordIndexes.size() < 2)
            continue;
        m_groups.append(kept);
        m_texts.append(texts);
    }
    endResetModel();
}

int DuplicateGroupModel::recordCount() const
{
    int count = 0;
    for (const DuplicateGroup &group : m_groups)
        count += int(group.recordIndexes.size());
    return count;
}

QModelIndex DuplicateGroupModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    return createIndex(row, column, quintptr(parent.isValid() ? parent.row() + 1 : 0));
}

QModelIndex DuplicateGroupModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int DuplicateGroupModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.column() > 0 || parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).recordIndexes.size());
}

int DuplicateGroupModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant DuplicateGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const bool isGroup = index.internalId() == 0;
    const int g = isGroup ? index.row() : int(index.internalId() - 1);
    const DuplicateGroup &group = m_groups.at(g);
    if (role == GroupRole)
        return g;
    if (isGroup) {
        const RecordText &first = m_texts.at(g).constFirst();
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Label:
                return tr("%1 (%n record(s))", nullptr, int(group.recordIndexes.size()))
                        .arg(first.label);
            case Year: return first.year;
            case Doi: return first.doi;
            case Reason:
                if (group.reason == DuplicateReason::SimilarTitle)
                    return tr("%1 (%2%)").arg(duplicateReasonDescription(group.reason))
                            .arg(qRound(group.similarity * 100));
                return duplicateReasonDescription(group.reason);
            default: return {};
            }
        case Qt::FontRole:
            if (index.column() == Label) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case RecordRole:
            return -1;
        default:
            return {};
        }
    }
    const RecordText &text = m_texts.at(g).at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Label:
            return index.row() == 0 ? tr("%1 (kept)").arg(text.label) : text.label;
        case Year: return text.year;
        case Doi: return text.doi;
        default: return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == Label)
            return tr("Record %1").arg(group.recordIndexes.at(index.row()) + 1);
        return {};
    case RecordRole:
        return group.recordIndexes.at(index.row());
    default:
        return {};
    }
}

QVariant DuplicateGroupModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Label: return tr("Records");
    case Year: return tr("Year");
    case Doi: return tr("DOI");
    case Reason: return tr("Why");
    default: return {};
    }
}

Qt::ItemFlags DuplicateGroupModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.internalId() != 0)
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace refmend
