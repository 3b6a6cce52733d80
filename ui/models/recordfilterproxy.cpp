#include "recordfilterproxy.h"

#include "recordtablemodel.h"
#include "text/textfold.h"

#include <QtConcurrent/QtConcurrentMap>

#include <algorithm>
#include <cstring>

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

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    QSortFilterProxyModel::setSourceModel(model);
    m_lastMatches.clear();
    if (!model)
        return;
    // A narrowed search reuses the last matches only while every row is as it was then.
    const auto forget = [this] { m_lastMatches.clear(); };
    m_sourceConnections = {
        connect(model, &QAbstractItemModel::dataChanged, this, forget),
        connect(model, &QAbstractItemModel::rowsInserted, this, forget),
        connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
        connect(model, &QAbstractItemModel::rowsMoved, this, forget),
        connect(model, &QAbstractItemModel::modelReset, this, forget),
        connect(model, &QAbstractItemModel::layoutChanged, this, forget),
    };
}

void RecordFilterProxy::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    const QStringList previousWords = m_filter.byIds || !m_filter.columns.isEmpty()
            ? QStringList() : m_words;
    m_filter = filter;
    m_words = simplifiedText(foldForSearch(filter.text)).split(u' ', Qt::SkipEmptyParts);
    m_wordsUtf8.clear();
    for (const QString &word : std::as_const(m_words))
        m_wordsUtf8.append(word.toUtf8());
    matchAllRows(previousWords);
    invalidate();
    rowCount();   // the mapping is made lazily: make it now, while m_matches holds the answers
    m_matches.clear();
}

bool RecordFilterProxy::rowMatches(const QString &searchText) const
{
    for (const QString &word : m_words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

bool RecordFilterProxy::rowMatches(QByteArrayView searchText) const
{
    // A UTF-8 word occurs in UTF-8 text exactly where the characters do (no UTF-8 sequence
    // starts inside another). glibc's memmem is several times faster than a QString search.
    for (const QByteArray &word : m_wordsUtf8) {
#ifdef __GLIBC__
        if (!memmem(searchText.data(), size_t(searchText.size()), word.constData(), size_t(word.size())))
            return false;
#else
        if (!searchText.contains(word))
            return false;
#endif
    }
    return true;
}

void RecordFilterProxy::matchAllRows(const QStringList &previousWords)
{
    const auto *table = qobject_cast<const RecordTableModel *>(sourceModel());
    if (!table || m_filter.byIds || !m_filter.columns.isEmpty() || m_words.isEmpty()) {
        m_lastMatches.clear();
        return;
    }
    const size_t rows = size_t(table->rowCount());
    const bool narrows = !previousWords.isEmpty() && m_lastMatches.size() == rows
            && std::all_of(previousWords.cbegin(), previousWords.cend(), [this](const QString &old) {
                   return std::any_of(m_words.cbegin(), m_words.cend(),
                                      [&old](const QString &word) { return word.contains(old); });
               });
    m_matches.assign(rows, 0);
    // In blocks, one task each (a task per row would cost more than the row).
    constexpr size_t kBlock = 4096;
    QList<size_t> starts;
    for (size_t start = 0; start < rows; start += kBlock)
        starts.append(start);
    const char *before = narrows ? m_lastMatches.data() : nullptr;
    char *matches = m_matches.data();
    QtConcurrent::blockingMap(starts, [=](size_t start) {
        const size_t end = qMin(start + kBlock, rows);
        for (size_t row = start; row < end; ++row) {
            if (!before || before[row])
                matches[row] = rowMatches(QByteArrayView(table->searchText(int(row))));
        }
    });
    m_lastMatches = m_matches;
}

bool RecordFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_filter.byIds) {
        return m_filter.ids.contains(sourceModel()->index(sourceRow, 0, sourceParent)
                                             .data(RecordTableModel::RecordIdRole).toULongLong());
    }
    if (m_words.isEmpty())
        return true;
    if (size_t(sourceRow) < m_matches.size())
        return m_matches[size_t(sourceRow)];
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
    return rowMatches(haystack);
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
