#pragma once

#include "document/document.h"
#include "settings/preferences.h"

#include <QAbstractTableModel>
#include <QList>
#include <QPointer>

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

private:
    struct RowCache {
        QString display[ColumnCount];
        QString sort[ColumnCount];
        QString toolTip[ColumnCount];
        QString searchText;
    };
    struct ProblemCache {
        bool known = false;
        int count = 0;
        int worstSeverity = -1;
        QString display;
        QString toolTip;
        QString sort;
    };
    RowCache makeCache(const Record &record) const;
    static ProblemCache makeProblems(const Record &record);
    const ProblemCache &problems(int row) const;
    void onAboutToReset();
    void onReset();
    void onRecordChanged(int row);

    QPointer<Document> m_document;
    QList<RowCache> m_cache;
    mutable QList<ProblemCache> m_problems;   // per row, computed on first use
    bool m_resetting = false;
    NameOrder m_nameOrder = NameOrder::FamilyFirst;
};

} // namespace refmend
