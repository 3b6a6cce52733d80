#include "recordfilterproxy.h"

#include "recordtablemodel.h"
#include "text/textfold.h"

namespace refmend {

namespace {

/*! The number the first four characters of \a text make ("2013a" -> 2013, "999" -> 999),
    or -1 when they are not all digits: QStringView::toInt() does the same, but a sort by
    year asks it some three million times. */
int leadingNumber(QStringView text)
{
    const qsizetype n = qMin<qsizetype>(text.size(), 4);
    if (n == 0)
        return -1;
    int value = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = text[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setDynamicSortFilter(true);
}

void RecordFilterProxy::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = simplifiedText(foldForSearch(filter.text)).split(u' ', Qt::SkipEmptyParts);
    invalidate();
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.byIds) {
        return m_filter.ids.contains(sourceModel()->index(sourceRow, 0, sourceParent)
                                             .data(RecordTableModel::RecordIdRole).toULongLong());
    }
    if (m_words.isEmpty())
        return true;
    const QAbstractItemModel *model = sourceModel();
    QString haystack;
    if (m_filter.columns.isEmpty()) {
        haystack = model->index(sourceRow, 0, sourceParent)
                       .data(RecordTableModel::SearchTextRole).toString();
    } else {
        for (int column : m_filter.columns) {
            haystack += model->index(sourceRow, column, sourceParent)
                            .data(RecordTableModel::SortRole).toString();
            haystack += u'\n';
        }
        haystack = foldForSearch(haystack);   // the year is stored unfolded
    }
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool RecordFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    // The table's own model: its texts without QVariants, compared by collation keys made
    // once (a sort of 100,000 rows makes some 1.7 million comparisons).
    const auto *table = qobject_cast<const RecordTableModel *>(sourceModel());
    const int column = left.column();
    if (table && sortRole() == RecordTableModel::SortRole && column != RecordTableModel::Problems
        && column >= 0 && column < RecordTableModel::ColumnCount) {
        const QString &a = table->sortText(left.row(), column);
        const QString &b = table->sortText(right.row(), column);
        if (a.isEmpty() != b.isEmpty())
            return b.isEmpty();
        if (column == RecordTableModel::Year) {
            const int ya = leadingNumber(a);
            const int yb = leadingNumber(b);
            if (ya >= 0 && yb >= 0 && ya != yb)
                return ya < yb;
        }
        const int c = table->compareSortTexts(column, left.row(), right.row());
        if (c != 0)
            return c < 0;
        return left.row() < right.row();
    }

    const QString a = left.data(sortRole()).toString();
    const QString b = right.data(sortRole()).toString();
    // Empty values go last in ascending order.
    if (a.isEmpty() != b.isEmpty())
        return b.isEmpty();
    if (left.column() == RecordTableModel::Year) {
        // Numeric part first ("999" < "2013"), then the text as written ("2013" < "2013a").
        bool okA = false, okB = false;
        const int ya = a.left(4).toInt(&okA);
        const int yb = b.left(4).toInt(&okB);
        if (okA && okB && ya != yb)
            return ya < yb;
    }
    const int c = a.localeAwareCompare(b);
    if (c != 0)
        return c < 0;
    return left.row() < right.row();   // stable
}

} // namespace refmend
