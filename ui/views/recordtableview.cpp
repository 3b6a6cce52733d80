#include "recordtableview.h"

#include <QAbstractProxyModel>
#include <QDragEnterEvent>
#include <QHeaderView>
#include <QMenu>

namespace refmend {

RecordTableView::RecordTableView(QWidget *parent)
    : QTableView(parent)
{
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setWordWrap(false);
    setTextElideMode(Qt::ElideRight);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setDragEnabled(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::CopyAction);
    setDragDropOverwriteMode(false);   // a drop goes between rows, never onto one
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setHighlightSections(false);
    header->setStretchLastSection(true);
    header->setSortIndicatorClearable(true);   // a third click returns to file order
    header->setSortIndicator(-1, Qt::AscendingOrder);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header, &QHeaderView::customContextMenuRequested, this,
            &RecordTableView::showHeaderMenu);
    setSortingEnabled(true);
}

void RecordTableView::setModel(QAbstractItemModel *model)
{
    if (this->model())
        disconnect(this->model(), nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this] { emitCurrent(); });
    // A reset drops the current index without currentRowChanged; say so anyway.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { emitCurrent(); });
    // So does a new layout (the search filter changes the proxy's layout) that filters the
    // current row out.
    connect(model, &QAbstractItemModel::layoutChanged, this, [this] {
        if (currentRecord() != m_lastCurrent)
            emitCurrent();
    });
}

int RecordTableView::toSourceRow(const QModelIndex &index) const
{
    if (!index.isValid())
        return -1;
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    return source.row();
}

int RecordTableView::currentRecord() const
{
    return toSourceRow(currentIndex());
}

void RecordTableView::selectRecord(int sourceRow)
{
    if (!model())
        return;
    QModelIndex index;
    // Walk the proxy chain down to the source model, then map back up.
    QList<const QAbstractProxyModel *> chain;
    const QAbstractItemModel *m = model();
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(m)) {
        chain.prepend(proxy);
        m = proxy->sourceModel();
    }
    index = m->index(sourceRow, 0);
    for (const QAbstractProxyModel *proxy : std::as_const(chain))
        index = proxy->mapFromSource(index);
    if (!index.isValid())
        return;
    selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect
                                                 | QItemSelectionModel::Rows);
    scrollTo(index);
}

QList<int> RecordTableView::selectedRecords() const
{
    QList<int> rows;
    if (!selectionModel())
        return rows;
    const QModelIndexList selected = selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << toSourceRow(index);
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RecordTableView::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->source() == this) {
        event->ignore();
        return;
    }
    QTableView::dragEnterEvent(event);
}

void RecordTableView::dragMoveEvent(QDragMoveEvent *event)
{
    if (event->source() == this) {
        event->ignore();
        return;
    }
    QTableView::dragMoveEvent(event);
}

void RecordTableView::emitCurrent()
{
    m_lastCurrent = currentRecord();
    Q_EMIT currentRecordChanged(m_lastCurrent);
}

void RecordTableView::showHeaderMenu(const QPoint &pos)
{
    if (!model())
        return;
    QHeaderView *header = horizontalHeader();
    QMenu menu(this);
    int visible = 0;
    for (int s = 0; s < header->count(); ++s)
        visible += header->isSectionHidden(s) ? 0 : 1;
    for (int s = 0; s < header->count(); ++s) {
        QAction *action = menu.addAction(model()->headerData(s, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(s));
        // The last visible column cannot be hidden, or the header would vanish with it.
        action->setEnabled(header->isSectionHidden(s) || visible > 1);
        connect(action, &QAction::toggled, this, [header, s](bool on) {
            header->setSectionHidden(s, !on);
        });
    }
    menu.exec(header->viewport()->mapToGlobal(pos));
}

} // namespace refmend
