#pragma once

#include "document/document.h"
#include "formats/citationformatter.h"
#include "settings/preferences.h"

#include <QAbstractTableModel>
#include <QCollatorSortKey>
#include <QList>
#include <QPointer>
#include <QStringList>

#include <vector>

class QThreadPool;

namespace refmend {

class Record;

/*! \brief The records of a Document, one row each, for the main table.
    Display texts and the folded search text are computed once per record and refreshed
    when the record changes, so data() only returns stored values. The Problems column
    (the integrity checks a record needs alone) is computed when a row is first shown or
    sorted on, so reading a large file does not wait for it. */
class RecordTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Authors, Year, Title, Container, Type, Doi, Problems, ColumnCount };
    enum Role {
        RecordIdRole = Qt::UserRole,   // quint64 Record::id
        SortRole,                      // QString: folded, or the year as written
        SearchTextRole,                // QString: every field and name, folded for search
        ProblemCountRole,              // int: integrity problems of the record alone
        WorstSeverityRole,             // int: Severity of the worst one, -1 when none
    };
    Q_ENUM(Column)

    explicit RecordTableModel(QObject *parent = nullptr);
    ~RecordTableModel() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    //! How the Authors column writes names (Edit > Preferences); family name first by default.
    void setNameOrder(NameOrder order);
    NameOrder nameOrder() const { return m_nameOrder; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // Drag and drop: rows travel as RecordMimeData (citations and the records); a drop
    // inserts the records after the row it lands on, as one undo step. Copy only.
    Qt::DropActions supportedDragActions() const override { return Qt::CopyAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::CopyAction; }
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;
    //! The style of the citations a drag carries as text (Edit > Preferences).
    void setCitationStyle(CitationStyle style) { m_citationStyle = style; }
    CitationStyle citationStyle() const { return m_citationStyle; }

    //! What a row shows and sorts and searches by, computed once per record.
    struct RowCache {
        QString display[ColumnCount];
        QString sort[ColumnCount];
        QString toolTip[ColumnCount];
        QByteArray searchText;   // folded, in UTF-8: half the memory, and byte search is faster
    };
    //! Rows computed ahead of a reset, for exactly the records it will bring.
    struct PreparedRows {
        QList<RowCache> rows;
        NameOrder order = NameOrder::FamilyFirst;
        RecordId firstId = 0;
        RecordId lastId = 0;
    };
    /*! The rows of \a records as the model shows them in \a order. Pure and thread-safe;
        spread over the CPU's cores. DocumentLoader runs it on its worker after reading. */
    static PreparedRows prepareRows(const QList<Record> &records, NameOrder order);
    /*! Gives the next reset its rows, so that it does not compute them on the GUI thread.
        Used only when they match the records the reset brings (count, first and last id)
        and the name order; otherwise the reset computes them as usual. */
    void setPreparedRows(PreparedRows prepared);

    //! The text a row sorts by in \a column (SortRole without a QVariant), for the proxy.
    const QString &sortText(int row, int column) const;
    //! The sort texts of \a column, row by row (shared with the rows, not copied).
    QStringList sortTexts(int column) const;
    //! The folded text a row is searched by, in UTF-8 (SearchTextRole without a QVariant
    //! and without decoding).
    const QByteArray &searchText(int row) const { return m_cache.at(row).searchText; }
    /*! Every row, shared (not copied): a worker may read its copy while the model goes on
        changing its own (a change then copies the model's rows once). */
    QList<RowCache> rowCaches() const { return m_cache; }
    /*! Compares two rows' sort texts in \a column by the locale's collation (as
        QString::localeAwareCompare), through collation keys made once per row and column:
        the first comparison in a column makes the keys of every row (on every core), later
        ones compare bytes. Not for the Problems column. */
    int compareSortTexts(int column, int rowA, int rowB) const;
    /*! The locale's collation keys of \a texts, in order, made in blocks on the threads of
        \a pool (each block with its own QCollator: one is not for two threads). Pure: the
        proxy ranks a large table with it on a worker. */
    static std::vector<QCollatorSortKey> collationKeys(const QStringList &texts, QThreadPool *pool);

private:
    struct ProblemCache {
        bool known = false;
        int count = 0;
        int worstSeverity = -1;
        QString display;
        QString toolTip;
        QString sort;
    };
    static RowCache makeCache(const Record &record, NameOrder order);
    RowCache makeCache(const Record &record) const { return makeCache(record, m_nameOrder); }
    //! The rows of the document's records: the prepared ones when they fit, else computed.
    void fillCache();
    static ProblemCache makeProblems(const Record &record);
    const ProblemCache &problems(int row) const;
    void onAboutToReset();
    void onReset();
    void onRecordChanged(int row);

    QPointer<Document> m_document;
    QList<RowCache> m_cache;
    mutable QList<ProblemCache> m_problems;   // per row, computed on first use
    PreparedRows m_prepared;
    //! Collation keys of each row's sort text, per column; empty until a sort needs them.
    mutable std::vector<QCollatorSortKey> m_sortKeys[ColumnCount];
    void makeSortKeys(int column) const;
    void dropSortKeys();
    bool m_resetting = false;
    NameOrder m_nameOrder = NameOrder::FamilyFirst;
    CitationStyle m_citationStyle = CitationStyle::Apa;
};

} // namespace refmend
