#pragma once

#include <QStyledItemDelegate>

namespace refmend {

/*! \brief Paints a cell's rich text (from \a htmlRole) instead of its display text, for
    before/after previews whose changed part is highlighted. Cells without HTML are
    painted as usual. */
class HtmlItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit HtmlItemDelegate(int htmlRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_htmlRole;
};

} // namespace refmend
