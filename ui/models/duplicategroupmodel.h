#pragma once

#include "cleanup/duplicatefinder.h"

#include <QAbstractItemModel>

namespace refmend {

/*! \brief Duplicate groups (records that are one work) as a tree: group -> its records. */
class DuplicateGroupModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Label, Year, Doi, Reason, ColumnCount };
    enum Role {
        GroupRole = Qt::UserRole,   // int: index in groups()
        RecordRole,                 // int: Document row of a record row, -1 on group rows
    };
    Q_ENUM(Column)

    explicit DuplicateGroupModel(QObject *parent = nullptr);

    void setGroups(const QList<DuplicateGroup> &groups, const QList<Record> &records);
    const QList<DuplicateGroup> &groups() const { return m_groups; }
    //! Records in all groups.
    int recordCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct RecordText {
        QString label;
        QString year;
        QString doi;
    };
    QList<DuplicateGroup> m_groups;
    QList<QList<RecordText>> m_texts;   // per group, per record
};

} // namespace refmend
