#include "changepreviewmodel.h"

#include "dialogs/repairdialog.h"
#include "text/textfold.h"

#include <QFont>

namespace refmend {

// Internal ids: 0 for group rows, group + 1 for change rows (in flat mode every row is a
// change row of group 0).

ChangePreviewModel::ChangePreviewModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

void ChangePreviewModel::setFlat(bool flat)
{
    if (flat == m_flat)
        return;
    beginResetModel();
    m_flat = flat;
    endResetModel();
}

void ChangePreviewModel::setGroups(const QList<ChangeGroup> &groups, const QList<Record> &records)
{
    beginResetModel();
    m_groups = groups;
    m_checked.clear();
    m_recordTitles.clear();
    for (const ChangeGroup &group : std::as_const(m_groups)) {
        QList<bool> checked;
        checked.reserve(group.changes.size());
        for (const CleanupChange &change : group.changes) {
            checked.append(!change.flaggedOnly);
            const int row = change.recordIndex;
            if (!m_recordTitles.contains(row)) {
                QString title = row >= 0 && row < records.size()
                                ? simplifiedText(records.at(row).value(FieldKey::Title)) : QString();
                if (title.isEmpty())
                    title = tr("Record %1").arg(row + 1);
                m_recordTitles.insert(row, title);
            }
        }
        m_checked.append(checked);
    }
    endResetModel();
    Q_EMIT checkedCountChanged(checkedCount());
}

void ChangePreviewModel::clear()
{
    setGroups({}, {});
}

QList<CleanupChange> ChangePreviewModel::checkedChanges(int group) const
{
    QList<CleanupChange> list;
    if (group < 0 || group >= m_groups.size())
        return list;
    const QList<CleanupChange> &changes = m_groups.at(group).changes;
    for (int i = 0; i < changes.size(); ++i) {
        if (m_checked.at(group).at(i))
            list.append(changes.at(i));
    }
    return list;
}

int ChangePreviewModel::checkedCount() const
{
    int count = 0;
    for (const QList<bool> &list : m_checked)
        count += int(list.count(true));
    return count;
}

int ChangePreviewModel::changeCount() const
{
    int count = 0;
    for (const ChangeGroup &group : m_groups)
        count += int(group.changes.size());
    return count;
}

void ChangePreviewModel::setAllChecked(bool checked)
{
    for (QList<bool> &list : m_checked)
        list.fill(checked);
    if (rowCount() > 0) {
        const QList<int> roles{Qt::CheckStateRole};
        if (m_flat || m_groups.isEmpty()) {
            Q_EMIT dataChanged(index(0, Change), index(rowCount() - 1, Change), roles);
        } else {
            for (int g = 0; g < m_groups.size(); ++g) {
                const QModelIndex parent = groupIndex(g);
                if (rowCount(parent) > 0)
                    Q_EMIT dataChanged(index(0, Change, parent),
                                       index(rowCount(parent) - 1, Change, parent), roles);
            }
            Q_EMIT dataChanged(groupIndex(0), groupIndex(int(m_groups.size()) - 1), roles);
        }
    }
    Q_EMIT checkedCountChanged(checkedCount());
}

QModelIndex ChangePreviewModel::changeIndex(int group, int change, int column) const
{
    if (group < 0 || group >= m_groups.size() || change < 0
        || change >= m_groups.at(group).changes.size())
        return {};
    if (m_flat)
        return group == 0 ? index(change, column) : QModelIndex();
    return index(change, column, groupIndex(group));
}

QModelIndex ChangePreviewModel::groupIndex(int group, int column) const
{
    if (m_flat || group < 0 || group >= m_groups.size())
        return {};
    return index(group, column);
}

QModelIndex ChangePreviewModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (m_flat)
        return createIndex(row, column, quintptr(1));
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ChangePreviewModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || m_flat || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ChangePreviewModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    if (m_flat)
        return parent.isValid() || m_groups.isEmpty() ? 0 : int(m_groups.constFirst().changes.size());
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0)
        return 0;
    return int(m_groups.at(parent.row()).changes.size());
}

int ChangePreviewModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ChangePreviewModel::isGroupRow(const QModelIndex &index) const
{
    return index.isValid() && !m_flat && index.internalId() == 0;
}

std::pair<int, int> ChangePreviewModel::locate(const QModelIndex &index) const
{
    if (isGroupRow(index))
        return {index.row(), -1};
    return {int(index.internalId() - 1), index.row()};
}

Qt::CheckState ChangePreviewModel::groupCheckState(int group) const
{
    const QList<bool> &list = m_checked.at(group);
    const qsizetype on = list.count(true);
    if (on == 0)
        return Qt::Unchecked;
    return on == list.size() ? Qt::Checked : Qt::PartiallyChecked;
}

QVariant ChangePreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const auto [g, c] = locate(index);
    if (role == GroupRole)
        return g;
    if (c < 0) {
        const ChangeGroup &group = m_groups.at(g);
        switch (role) {
        case Qt::DisplayRole:
            if (index.column() == Change)
                return tr("%1 (%2 of %n change(s))", nullptr, int(group.changes.size()))
                        .arg(group.title).arg(m_checked.at(g).count(true));
            return {};
        case Qt::ToolTipRole:
            return index.column() == Change && !group.toolTip.isEmpty() ? QVariant(group.toolTip)
                                                                        : QVariant();
        case Qt::CheckStateRole:
            return index.column() == Change ? QVariant(groupCheckState(g)) : QVariant();
        case Qt::FontRole:
            if (index.column() == Change) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case RecordRole:
            return -1;
        case FlaggedRole:
            return false;
        default:
            return {};
        }
    }

    const CleanupChange &change = m_groups.at(g).changes.at(c);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Change:
            return change.flaggedOnly ? tr("Suggestion") : QString();
        case RecordTitle:
            return m_recordTitles.value(change.recordIndex);
        case Where:
            return change.label;
        case Before:
            return RepairDialog::excerpt(change.before, change.after, false).before;
        case After:
            return RepairDialog::excerpt(change.before, change.after, false).after;
        default:
            return {};
        }
    case HtmlRole:
        if (index.column() == Before)
            return RepairDialog::excerpt(change.before, change.after, true).before;
        if (index.column() == After)
            return RepairDialog::excerpt(change.before, change.after, true).after;
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Change:
            return change.flaggedOnly ? tr("A suggestion: check it to apply it") : QVariant();
        case RecordTitle:
            return m_recordTitles.value(change.recordIndex);
        case Before:
            return change.before;
        case After:
            return change.after;
        default:
            return {};
        }
    case Qt::CheckStateRole:
        if (index.column() == Change)
            return m_checked.at(g).at(c) ? Qt::Checked : Qt::Unchecked;
        return {};
    case RecordRole:
        return change.recordIndex;
    case FlaggedRole:
        return change.flaggedOnly;
    default:
        return {};
    }
}

bool ChangePreviewModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != Change)
        return false;
    const bool on = value.value<Qt::CheckState>() != Qt::Unchecked;
    const auto [g, c] = locate(index);
    const QList<int> roles{Qt::CheckStateRole};
    if (c < 0) {
        m_checked[g].fill(on);
        if (rowCount(index) > 0)
            Q_EMIT dataChanged(this->index(0, Change, index),
                               this->index(rowCount(index) - 1, Change, index), roles);
        Q_EMIT dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    } else {
        if (m_checked.at(g).at(c) == on)
            return true;
        m_checked[g][c] = on;
        Q_EMIT dataChanged(index, index, roles);
        const QModelIndex group = groupIndex(g);
        if (group.isValid())
            Q_EMIT dataChanged(group, group, {Qt::CheckStateRole, Qt::DisplayRole});
    }
    Q_EMIT checkedCountChanged(checkedCount());
    return true;
}

QVariant ChangePreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Change: return tr("Apply");
    case RecordTitle: return tr("Record");
    case Where: return tr("Where");
    case Before: return tr("Before");
    case After: return tr("After");
    default: return {};
    }
}

Qt::ItemFlags ChangePreviewModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Change)
        f |= Qt::ItemIsUserCheckable;
    if (!isGroupRow(index))
        f |= Qt::ItemNeverHasChildren;
    return f;
}

} // namespace refmend
