#pragma once

#include "cleanup/integritycheck.h"

#include <QAbstractTableModel>
#include <QHash>

namespace refmend {

/*! \brief Integrity problems of a collection, one row each, for the Problems panel. */
class IntegrityProblemModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Level, RecordTitle, Location, Message, Fix, ColumnCount };
    enum Role {
        RecordRole = Qt::UserRole,   // int: Document row
        CheckIdRole,                 // QString: "invalid-doi"
        HasFixRole,                  // bool
        SeverityRole,                // int: Severity
    };
    Q_ENUM(Column)

    explicit IntegrityProblemModel(QObject *parent = nullptr);

    //! \a records name the records in the Record column.
    void setProblems(const QList<IntegrityProblem> &problems, const QList<Record> &records);
    const QList<IntegrityProblem> &problems() const { return m_problems; }
    int fixableCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    QList<IntegrityProblem> m_problems;
    QHash<int, QString> m_recordTitles;
    QHash<QString, QString> m_checkNames;
};

} // namespace refmend
