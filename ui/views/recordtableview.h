#pragma once

#include <QTableView>

namespace refmend {

/*! \brief The main table of records. Speaks in source rows (Document rows), so the rest
    of the window never has to know about the sort/filter proxy in between. Selected rows
    can be dragged to another window's table, which inserts copies (the model does both). */
class RecordTableView : public QTableView
{
    Q_OBJECT
public:
    explicit RecordTableView(QWidget *parent = nullptr);

    //! \a model is a proxy (or the RecordTableModel itself).
    void setModel(QAbstractItemModel *model) override;

    //! Document row of the current record, -1 when none.
    int currentRecord() const;
    void selectRecord(int sourceRow);
    QList<int> selectedRecords() const;

Q_SIGNALS:
    //! The record the user is looking at changed (a Document row, or -1).
    void currentRecordChanged(int sourceRow);

protected:
    // Rows dragged out of this table are not dropped back into it (that would copy them).
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;

private:
    int toSourceRow(const QModelIndex &index) const;
    void showHeaderMenu(const QPoint &pos);
    void emitCurrent();

    int m_lastCurrent = -1;   // the record last said to be current
};

} // namespace refmend
