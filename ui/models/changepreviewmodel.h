#pragma once

#include "cleanup/cleanupactions.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

namespace refmend {

/*! \brief The changes of one action run (a cleanup action, a find and replace). */
struct ChangeGroup {
    QString id;          // the action id ("names"), for the caller
    QString title;       // "Normalise person names"
    QString toolTip;
    QList<CleanupChange> changes;
};

/*! \brief Before/after previews of proposed changes, one checkbox each, for the cleanup
    and find-and-replace dialogs. Grouped by action (group rows are tristate checkboxes
    over their changes), or flat when there is a single group. Flagged-only changes
    (suggestions) start unchecked. */
class ChangePreviewModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Change, RecordTitle, Where, Before, After, ColumnCount };
    enum Role {
        HtmlRole = Qt::UserRole,   // QString: Before/After excerpt with the change marked
        RecordRole,                // int: Document row of a change, -1 on group rows
        FlaggedRole,               // bool: a suggestion, not forced
        GroupRole,                 // int: index of the row's group
    };
    Q_ENUM(Column)

    explicit ChangePreviewModel(QObject *parent = nullptr);

    //! Flat: the changes of the first group are the top-level rows.
    void setFlat(bool flat);
    bool isFlat() const { return m_flat; }

    //! \a records name the records in the Record column.
    void setGroups(const QList<ChangeGroup> &groups, const QList<Record> &records);
    void clear();
    const QList<ChangeGroup> &groups() const { return m_groups; }

    //! The checked changes of \a group, in their order.
    QList<CleanupChange> checkedChanges(int group) const;
    int checkedCount() const;
    int changeCount() const;
    void setAllChecked(bool checked);

    //! The index of change \a change in group \a group (column \a column).
    QModelIndex changeIndex(int group, int change, int column = Change) const;
    QModelIndex groupIndex(int group, int column = Change) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    void checkedCountChanged(int checked);

private:
    bool isGroupRow(const QModelIndex &index) const;
    //! Group and change of a change row; change is -1 on group rows.
    std::pair<int, int> locate(const QModelIndex &index) const;
    Qt::CheckState groupCheckState(int group) const;

    QList<ChangeGroup> m_groups;
    QList<QList<bool>> m_checked;
    QHash<int, QString> m_recordTitles;
    bool m_flat = false;
};

} // namespace refmend
