#pragma once

#include <QList>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <atomic>
#include <memory>
#include <vector>

namespace refmend {

/*! \brief What the table shows: every word of \a text must occur (ignoring case and
    accents: "luis" finds "Luís"). With \a columns set, only those columns are searched;
    otherwise every field and every name. */
struct RecordFilter {
    QString text;
    QList<int> columns;     // RecordTableModel::Column values; empty = all fields
    //! With \c byIds, the rows shown are the records with these ids, and \c text is not
    //! matched here: a library's full-text search found them.
    bool byIds = false;
    QSet<quint64> ids;

    friend bool operator==(const RecordFilter &a, const RecordFilter &b)
    {
        return a.text == b.text && a.columns == b.columns && a.byIds == b.byIds
                && a.ids == b.ids;
    }
    friend bool operator!=(const RecordFilter &a, const RecordFilter &b) { return !(a == b); }
};

/*! \brief Filters and sorts a RecordTableModel. */
class RecordFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit RecordFilterProxy(QObject *parent = nullptr);
    ~RecordFilterProxy() override;

    const RecordFilter &filter() const { return m_filter; }
    void setFilter(const RecordFilter &filter);

    void setSourceModel(QAbstractItemModel *model) override;
    /*! Sorts as QSortFilterProxyModel does, after ranking every row by \a column at once
        (on every core), so that each of its comparisons is two array reads. A table of
        backgroundSortFrom() rows or more is ranked on a worker: the call returns at once,
        and the rows take their order when the ranks are in (sortColumn() says the column
        then); an edit meanwhile starts the ranking again. */
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    //! From how many rows a sort is ranked on a worker (200,000 by default: a sort of
    //! 100,000 rows keeps the window some 200 ms, one of a million some 5 s).
    int backgroundSortFrom() const { return m_backgroundSortFrom; }
    void setBackgroundSortFrom(int rows) { m_backgroundSortFrom = rows; }
    //! True while a sort waits for its ranks.
    bool isSorting() const { return m_pendingColumn >= 0; }
    /*! From how many rows a search of every field is matched on a worker (50,000 by
        default: a search of 100,000 rows on the GUI thread held the window some 50 ms a
        key, and its sorting again up to 100 ms more): setFilter() then returns at once, the table keeps the rows it
        showed until the matches are in, and filtered() says when they are. A key typed
        meanwhile drops the search it replaces; an edit meanwhile starts it again. */
    int backgroundFilterFrom() const { return m_backgroundFilterFrom; }
    void setBackgroundFilterFrom(int rows) { m_backgroundFilterFrom = rows; }
    //! True while a search waits for its matches.
    bool isFiltering() const { return m_filterPending; }

Q_SIGNALS:
    //! A sort that was ranked on a worker has been applied, or another sort (at once, or
    //! of no column) took the place of the one that waited.
    void sorted();
    //! A search that was matched on a worker has been applied, or a search done at once
    //! took the place of the one that waited.
    void filtered();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /*! Matches every row of a RecordTableModel against m_words at once, on every core, for
        the invalidate() that follows (filterAcceptsRow() then only looks the answer up).
        When the new words only narrow those of m_lastMatches ("mac" after "ma": each old
        word is inside a new one), only the rows that matched them are searched again.
        From backgroundFilterFrom() rows on, the matching runs on a worker (true returned):
        applyMatches() follows when it is done. */
    bool matchAllRows();
    //! m_lastMatches, when \a words only narrow the words it was matched for; else empty.
    std::vector<char> narrowedFrom(const QStringList &words) const;
    //! Matches the rows (or starts doing so on a worker) and shows those that match;
    //! says filtered() when this took the place of a search that waited.
    void refilter(bool replacesPending);
    //! Re-filters the rows by m_matches (and sorts them again), then lets them go.
    void showMatches();
    //! Shows the rows of \a matches (one per source row, for \a words).
    void applyMatches(std::vector<char> matches, const QStringList &words);
    //! Leaves a search that waits for its worker (nothing when none does).
    void dropPendingFilter();
    bool rowMatches(const QString &searchText) const;
    /*! Makes m_rank: each row's place in \a column's ascending order (lessThan()'s order),
        when the source is a RecordTableModel; kept until the source model's rows change. */
    void rankRows(int column);
    //! Ranks \a column on a worker, then sorts by it in m_pendingOrder.
    void rankInBackground(int column);
    void forgetRows();

    RecordFilter m_filter;
    QStringList m_words;    // folded words of m_filter.text
    QByteArrayList m_wordsUtf8;   // the same in UTF-8, for RecordTableModel::searchText()
    //! Per source row, whether it matches m_words: filled by matchAllRows() for one
    //! invalidate(); empty otherwise (rows inserted or changed later are matched one by one).
    std::vector<char> m_matches;
    //! The matches of the last text filter over all fields, kept for narrowing it; dropped
    //! whenever the source model's rows change.
    std::vector<char> m_lastMatches;
    QStringList m_lastMatchedWords;   // the words m_lastMatches was matched for
    QList<QMetaObject::Connection> m_sourceConnections;
    std::vector<int> m_rank;   // per source row, for m_rankColumn; empty when unknown
    int m_rankColumn = -1;
    quint64 m_rowsRevision = 0;   // counts changes of the source's rows
    int m_backgroundSortFrom = 200000;
    int m_pendingColumn = -1;     // a sort waiting for its ranks
    Qt::SortOrder m_pendingOrder = Qt::AscendingOrder;
    quint64 m_rankJob = 0;        // which background ranking is the current one
    int m_backgroundFilterFrom = 50000;
    bool m_filterPending = false;
    quint64 m_filterJob = 0;      // which background search is the current one
    //! Set to tell the background search that runs that it is not wanted any more.
    std::shared_ptr<std::atomic<bool>> m_filterCancel;
};

} // namespace refmend
