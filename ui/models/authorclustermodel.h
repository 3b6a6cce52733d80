#pragma once

#include "cleanup/authorclusters.h"
#include "document/document.h"

#include <QAbstractItemModel>
#include <QPointer>
#include <QSet>

namespace refmend {

class DocumentWatcher;

/*! \brief The persons of a Document clustered by name variant, for the authors view.
    Top-level rows are clusters (one person each); a cluster with several variants has
    one child row per variant, and every cluster has a child row for each possible match
    (Müller / Mueller) that the user may check to include in a rename; possible matches
    are never merged on their own. Recomputed from the whole collection after each change
    while live. */
class AuthorClusterModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { Name, Records, Variants, ColumnCount };
    enum Role {
        RowKindRole = Qt::UserRole,   // RowKind
        ClusterRole,                  // int: index in clustering().clusters
        VariantRole,                  // int: index in the cluster's variants, -1 otherwise
        MatchClusterRole,             // int: the other cluster of a possible-match row, else -1
        SortRole,                     // QString (Name: folded) or int (counts)
        SearchTextRole,               // QString: every variant and written form, folded
    };
    enum RowKind { ClusterRow, VariantRow, PossibleMatchRow };
    Q_ENUM(Column)
    Q_ENUM(RowKind)

    explicit AuthorClusterModel(QObject *parent = nullptr);
    ~AuthorClusterModel() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }

    //! While not live, changes only mark the clustering stale (a hidden view costs nothing);
    //! going live recomputes it if needed.
    void setLive(bool live);
    bool isLive() const { return m_live; }
    void setOptions(const AuthorClusterOptions &options);
    const AuthorClusterOptions &options() const { return m_options; }

    const AuthorClustering &clustering() const { return m_clustering; }
    //! Recomputes now if the document changed since the last refresh.
    void refreshIfStale();

    QModelIndex clusterIndex(int cluster, int column = Name) const;
    //! The cluster that has the variant (or canonical form) \a text, -1 when none.
    int findCluster(const QString &text) const;

    //! The places to rename for a choice at \a index: the cluster's occurrences plus those
    //! of its checked possible matches, or only the variant's when \a variantOnly.
    QList<PersonOccurrence> occurrencesFor(const QModelIndex &index, bool variantOnly) const;
    //! The clusters checked as the same person as \a cluster.
    QList<int> checkedMatches(int cluster) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

public Q_SLOTS:
    void refresh();

private:
    struct RowRef {
        RowKind kind = ClusterRow;
        int cluster = -1;
        int item = -1;     // variant or possible-match position under the cluster
    };
    RowRef locate(const QModelIndex &index) const;
    int variantRowCount(int cluster) const;
    void onDocumentChanged();

    QPointer<Document> m_document;
    DocumentWatcher *m_watcher = nullptr;
    AuthorClusterOptions m_options;
    AuthorClustering m_clustering;
    QList<QString> m_searchText;              // per cluster
    QHash<std::pair<int, int>, PossibleMatchReason> m_reasons;
    QSet<std::pair<int, int>> m_checked;      // (cluster, matched cluster)
    bool m_live = true;
    bool m_stale = true;
};

} // namespace refmend
