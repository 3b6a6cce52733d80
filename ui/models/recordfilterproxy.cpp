#include "recordfilterproxy.h"

#include "backgroundpool.h"
#include "recordtablemodel.h"
#include "text/textfold.h"

#include <QFutureWatcher>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <cstring>
#include <numeric>

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

/*! The table's own model, when it sorts \a column by its sort texts: then rows compare
    without QVariants, by collation keys made once (a sort of 100,000 rows makes some
    1.7 million comparisons). Null otherwise. */
const RecordTableModel *rankableTable(const QSortFilterProxyModel *proxy, int column)
{
    const auto *table = qobject_cast<const RecordTableModel *>(proxy->sourceModel());
    if (table && proxy->sortRole() == RecordTableModel::SortRole
        && column != RecordTableModel::Problems && column >= 0
        && column < RecordTableModel::ColumnCount) {
        return table;
    }
    return nullptr;
}

/*! Row \a a, with sort text \a ta, before row \a b in ascending order: empty texts last,
    years by number when \a byYear, then by collation (\a compareKeys, asked only then), then
    by row. The one rule of both the ranks and the comparison one by one. */
template<typename CompareKeys>
bool rowBefore(const QString &ta, const QString &tb, bool byYear, int a, int b,
               CompareKeys compareKeys)
{
    if (ta.isEmpty() != tb.isEmpty())
        return tb.isEmpty();
    if (byYear) {
        const int ya = leadingNumber(ta);
        const int yb = leadingNumber(tb);
        if (ya >= 0 && yb >= 0 && ya != yb)
            return ya < yb;
    }
    const int c = compareKeys();
    return c != 0 ? c < 0 : a < b;
}

//! Row \a a before row \a b in \a column, through the model's collation keys.
bool tableRowLess(const RecordTableModel *table, int column, int a, int b)
{
    return rowBefore(table->sortText(a, column), table->sortText(b, column),
                     column == RecordTableModel::Year, a, b,
                     [&] { return table->compareSortTexts(column, a, b); });
}

/*! Each row's place in the ascending order of \a texts, the sort texts of one column, by
    rowBefore()'s rule: collation keys made on \a pool, then the two halves of the rows
    sorted on two of its threads and merged. Pure: runs on any thread. */
std::vector<int> rankTexts(const QStringList &texts, bool byYear, QThreadPool *pool)
{
    const std::vector<QCollatorSortKey> keys = RecordTableModel::collationKeys(texts, pool);
    const auto less = [&](int a, int b) {
        return rowBefore(texts.at(a), texts.at(b), byYear, a, b,
                         [&] { return keys[size_t(a)].compare(keys[size_t(b)]); });
    };
    const qsizetype rows = texts.size();
    std::vector<int> order(static_cast<size_t>(rows));
    std::iota(order.begin(), order.end(), 0);
    const auto middle = order.begin() + std::ptrdiff_t(rows / 2);
    QFuture<void> firstHalf = QtConcurrent::run(pool, [&] { std::sort(order.begin(), middle, less); });
    std::sort(middle, order.end(), less);
    firstHalf.waitForFinished();
    std::inplace_merge(order.begin(), middle, order.end(), less);
    std::vector<int> rank(static_cast<size_t>(rows));
    for (size_t i = 0; i < order.size(); ++i)
        rank[size_t(order[i])] = int(i);
    return rank;
}

//! \a text holds every one of \a words (folded, UTF-8).
bool hasAllWords(QByteArrayView text, const QByteArrayList &words)
{
    // A UTF-8 word occurs in UTF-8 text exactly where the characters do (no UTF-8 sequence
    // starts inside another). glibc's memmem is several times faster than a QString search.
    for (const QByteArray &word : words) {
#ifdef __GLIBC__
        if (!memmem(text.data(), size_t(text.size()), word.constData(), size_t(word.size())))
            return false;
#else
        if (!text.contains(word))
            return false;
#endif
    }
    return true;
}

/*! Per row of \a rows, whether its search text holds every one of \a words; only the rows
    set in \a before are looked at, when it is not empty (a search that narrows the one it
    was made for). In blocks on the threads of \a pool, while the calling thread waits (so
    never on the pool the caller runs on: see loopPool()); stops early, with a result of no
    use, once \a cancelled is set. Pure: runs on any thread. */
std::vector<char> matchRows(const QList<RecordTableModel::RowCache> &rows, const QByteArrayList &words,
                            const std::vector<char> &before, QThreadPool *pool,
                            const std::atomic<bool> *cancelled = nullptr)
{
    std::vector<char> matches(size_t(rows.size()), 0);
    const char *narrowed = before.size() == matches.size() ? before.data() : nullptr;
    char *out = matches.data();
    forEachBlock(pool, rows.size(), 4096, [&](qsizetype start, qsizetype end) {
        if (cancelled && cancelled->load(std::memory_order_relaxed))
            return;
        for (qsizetype row = start; row < end; ++row) {
            if (!narrowed || narrowed[row])
                out[row] = hasAllWords(QByteArrayView(rows.at(row).searchText), words);
        }
    });
    return matches;
}

} // namespace

RecordFilterProxy::RecordFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(RecordTableModel::SortRole);
    setDynamicSortFilter(true);
}

RecordFilterProxy::~RecordFilterProxy()
{
    dropPendingFilter();   // a search on a worker stops at its next block
}

void RecordFilterProxy::setSourceModel(QAbstractItemModel *model)
{
    if (model == sourceModel())
        return;   // as QSortFilterProxyModel does; reconnecting would put ours after its own
    for (const QMetaObject::Connection &connection : std::as_const(m_sourceConnections))
        disconnect(connection);
    m_sourceConnections.clear();
    forgetRows();
    m_pendingColumn = -1;
    ++m_rankJob;
    dropPendingFilter();
    if (model) {
        // A narrowed search reuses the last matches, and a sort the ranks, only while every
        // row is as it was then. Connected before QSortFilterProxyModel connects its own
        // handlers, so that they are gone before it filters or sorts a changed row.
        const auto forget = [this] { forgetRows(); };
        m_sourceConnections = {
            connect(model, &QAbstractItemModel::dataChanged, this, forget),
            connect(model, &QAbstractItemModel::rowsInserted, this, forget),
            connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
            connect(model, &QAbstractItemModel::rowsMoved, this, forget),
            connect(model, &QAbstractItemModel::modelReset, this, forget),
            connect(model, &QAbstractItemModel::layoutChanged, this, forget),
        };
    }
    QSortFilterProxyModel::setSourceModel(model);
}

void RecordFilterProxy::sort(int column, Qt::SortOrder order)
{
    const RecordTableModel *table = rankableTable(this, column);
    if (table && table->rowCount() >= m_backgroundSortFrom
        && !(column == m_rankColumn && m_rank.size() == size_t(table->rowCount()))) {
        const bool sameColumn = column == m_pendingColumn;
        m_pendingColumn = column;
        m_pendingOrder = order;
        if (!sameColumn)   // the ranks do not depend on the order: one job serves both
            rankInBackground(column);
        return;
    }
    const bool replacesPending = m_pendingColumn >= 0;
    m_pendingColumn = -1;
    ++m_rankJob;   // a background ranking still running is not wanted any more
    rankRows(column);
    QSortFilterProxyModel::sort(column, order);
    if (replacesPending)
        Q_EMIT sorted();   // the sort waited for is over: this one took its place
}

void RecordFilterProxy::rankRows(int column)
{
    const RecordTableModel *table = rankableTable(this, column);
    const size_t rows = table ? size_t(table->rowCount()) : 0;
    if (!table || rows < 2) {
        m_rank.clear();
        m_rankColumn = -1;
        return;
    }
    if (column == m_rankColumn && m_rank.size() == rows)
        return;
    m_rank = rankTexts(table->sortTexts(column), column == RecordTableModel::Year,
                       QThreadPool::globalInstance());
    m_rankColumn = column;
}

void RecordFilterProxy::rankInBackground(int column)
{
    const RecordTableModel *table = rankableTable(this, column);
    const quint64 job = ++m_rankJob;
    const quint64 revision = m_rowsRevision;
    // The texts are taken now, on this thread; the worker reads only its own copy.
    QStringList texts = table->sortTexts(column);
    auto *watcher = new QFutureWatcher<std::vector<int>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, revision, column] {
        watcher->deleteLater();
        if (job != m_rankJob)
            return;   // another sort, or a sort already done at once, came since
        if (revision != m_rowsRevision) {
            rankInBackground(column);   // the rows changed meanwhile: rank them again
            return;
        }
        m_rank = watcher->result();
        m_rankColumn = column;
        m_pendingColumn = -1;
        QSortFilterProxyModel::sort(column, m_pendingOrder);
        Q_EMIT sorted();
    });
    // Not on the global pool, which the window paints with (see workerPool()).
    watcher->setFuture(QtConcurrent::run(workerPool(), [texts = std::move(texts), column] {
        return rankTexts(texts, column == RecordTableModel::Year, loopPool());
    }));
}

void RecordFilterProxy::forgetRows()
{
    m_lastMatches.clear();
    m_lastMatchedWords.clear();
    m_rank.clear();
    m_rankColumn = -1;
    ++m_rowsRevision;
}

void RecordFilterProxy::setFilter(const RecordFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = simplifiedText(foldForSearch(filter.text)).split(u' ', Qt::SkipEmptyParts);
    m_wordsUtf8.clear();
    for (const QString &word : std::as_const(m_words))
        m_wordsUtf8.append(word.toUtf8());
    const bool replacesPending = m_filterPending;
    dropPendingFilter();
    refilter(replacesPending);
}

void RecordFilterProxy::refilter(bool replacesPending)
{
    if (matchAllRows())
        return;   // on a worker: applyMatches() follows
    showMatches();
    if (replacesPending)
        Q_EMIT filtered();   // the search waited for is over: this one took its place
}

void RecordFilterProxy::showMatches()
{
    // invalidate() sorts the rows it shows again: by ranks, when the table is small enough
    // to rank them now (a large one uses them once a background sort made them).
    if (sourceModel() && sourceModel()->rowCount() < m_backgroundSortFrom)
        rankRows(sortColumn());
    invalidate();
    rowCount();   // the mapping is made lazily: make it now, while m_matches holds the answers
    m_matches.clear();
}

void RecordFilterProxy::dropPendingFilter()
{
    if (m_filterCancel)
        m_filterCancel->store(true);
    m_filterCancel.reset();
    ++m_filterJob;
    m_filterPending = false;
}

bool RecordFilterProxy::rowMatches(const QString &searchText) const
{
    for (const QString &word : m_words) {
        if (!searchText.contains(word))
            return false;
    }
    return true;
}

std::vector<char> RecordFilterProxy::narrowedFrom(const QStringList &words) const
{
    const bool narrows = !m_lastMatchedWords.isEmpty()
            && std::all_of(m_lastMatchedWords.cbegin(), m_lastMatchedWords.cend(), [&](const QString &old) {
                   return std::any_of(words.cbegin(), words.cend(),
                                      [&old](const QString &word) { return word.contains(old); });
               });
    return narrows ? m_lastMatches : std::vector<char>();
}

bool RecordFilterProxy::matchAllRows()
{
    const auto *table = qobject_cast<const RecordTableModel *>(sourceModel());
    if (!table || m_filter.byIds || !m_filter.columns.isEmpty() || m_words.isEmpty()) {
        m_lastMatches.clear();
        m_lastMatchedWords.clear();
        return false;
    }
    const QList<RecordTableModel::RowCache> rows = table->rowCaches();
    if (rows.size() < m_backgroundFilterFrom) {
        m_matches = matchRows(rows, m_wordsUtf8, narrowedFrom(m_words), QThreadPool::globalInstance());
        m_lastMatches = m_matches;
        m_lastMatchedWords = m_words;
        return false;
    }

    // On a worker, with its own copy of the rows, the words and the last matches.
    m_filterPending = true;
    m_filterCancel = std::make_shared<std::atomic<bool>>(false);
    const quint64 job = m_filterJob;
    const quint64 revision = m_rowsRevision;
    const QStringList words = m_words;
    auto *watcher = new QFutureWatcher<std::vector<char>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, job, revision, words] {
        watcher->deleteLater();
        if (job != m_filterJob)
            return;   // another search came since
        m_filterPending = false;
        m_filterCancel.reset();
        if (revision != m_rowsRevision) {
            refilter(true);   // the rows changed meanwhile: match them again
            return;
        }
        applyMatches(watcher->result(), words);
    });
    // Not on the global pool, which the window paints with (see workerPool()).
    watcher->setFuture(QtConcurrent::run(workerPool(),
            [rows, wordsUtf8 = m_wordsUtf8, before = narrowedFrom(m_words), cancel = m_filterCancel] {
        return matchRows(rows, wordsUtf8, before, loopPool(), cancel.get());
    }));
    return true;
}

void RecordFilterProxy::applyMatches(std::vector<char> matches, const QStringList &words)
{
    m_matches = std::move(matches);
    m_lastMatches = m_matches;
    m_lastMatchedWords = words;
    showMatches();
    Q_EMIT filtered();
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
    if (m_filter.columns.isEmpty()) {
        // A row on its own (changed, inserted, or every row after a reset).
        if (const auto *table = qobject_cast<const RecordTableModel *>(model))
            return hasAllWords(QByteArrayView(table->searchText(sourceRow)), m_wordsUtf8);
    }
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
    const int column = left.column();
    // The ranks are of the rows as they are: forgetRows() drops them at any change, before
    // QSortFilterProxyModel sorts the changed rows. Bounds only, then: a million-row sort
    // asks this some 20 million times, and the model's rowCount() is a virtual call.
    const size_t rowA = size_t(left.row());
    const size_t rowB = size_t(right.row());
    if (column == m_rankColumn && rowA < m_rank.size() && rowB < m_rank.size())
        return m_rank[rowA] < m_rank[rowB];
    if (const RecordTableModel *table = rankableTable(this, column))
        return tableRowLess(table, column, left.row(), right.row());

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
