#include "authorclustermodel.h"

#include "document/document.h"
#include "document/documentwatcher.h"
#include "text/textfold.h"

#include <QFont>

namespace refmend {

// Internal ids: 0 for cluster rows, cluster + 1 for their children.

namespace {

QString reasonText(PossibleMatchReason reason)
{
    switch (reason) {
    case PossibleMatchReason::Transliteration:
        return AuthorClusterModel::tr("Spelled with a transliteration (ü / ue, ø / oe)");
    case PossibleMatchReason::AmbiguousInitials:
        return AuthorClusterModel::tr("The initials fit more than one person");
    case PossibleMatchReason::DifferentSuffix:
        return AuthorClusterModel::tr("Written with and without a suffix (Jr., III)");
    }
    return {};
}

} // namespace

AuthorClusterModel::AuthorClusterModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_watcher(new DocumentWatcher(this))
{
    m_watcher->setDelay(200);   // once per burst of edits: clustering reads every name
    connect(m_watcher, &DocumentWatcher::changed, this, &AuthorClusterModel::onDocumentChanged);
}

AuthorClusterModel::~AuthorClusterModel() = default;

void AuthorClusterModel::setDocument(Document *document)
{
    if (m_document == document)
        return;
    m_document = document;
    m_watcher->setDocument(document);
    m_stale = true;
    if (m_live)
        refresh();
}

void AuthorClusterModel::setLive(bool live)
{
    m_live = live;
    if (m_live && (m_stale || m_watcher->isPending()))
        refresh();
}

void AuthorClusterModel::setOptions(const AuthorClusterOptions &options)
{
    m_options = options;
    m_stale = true;
    if (m_live)
        refresh();
}

void AuthorClusterModel::onDocumentChanged()
{
    m_stale = true;
    if (m_live)
        refresh();
}

void AuthorClusterModel::refreshIfStale()
{
    m_watcher->flush();
    if (m_stale)
        refresh();
}

void AuthorClusterModel::refresh()
{
    beginResetModel();
    m_clustering = m_document ? clusterAuthors(m_document->records(), m_options) : AuthorClustering{};
    m_checked.clear();
    m_reasons.clear();
    for (const PossibleMatch &match : std::as_const(m_clustering.possibleMatches)) {
        m_reasons.insert({match.first, match.second}, match.reason);
        m_reasons.insert({match.second, match.first}, match.reason);
    }
    m_searchText.clear();
    m_searchText.reserve(m_clustering.clusters.size());
    for (const AuthorCluster &cluster : std::as_const(m_clustering.clusters)) {
        QString text = cluster.canonical.displayName();
        for (const PersonVariant &variant : cluster.variants) {
            text += u'\n' + variant.text;
            for (const QString &form : variant.writtenForms)
                text += u'\n' + form;
        }
        m_searchText.append(foldForSearch(text));
    }
    m_stale = false;
    endResetModel();
}

int AuthorClusterModel::variantRowCount(int cluster) const
{
    const AuthorCluster &c = m_clustering.clusters.at(cluster);
    return c.hasVariants() ? int(c.variants.size()) : 0;
}

QModelIndex AuthorClusterModel::clusterIndex(int cluster, int column) const
{
    if (cluster < 0 || cluster >= m_clustering.clusters.size())
        return {};
    return index(cluster, column);
}

int AuthorClusterModel::findCluster(const QString &text) const
{
    for (int i = 0; i < m_clustering.clusters.size(); ++i) {
        const AuthorCluster &cluster = m_clustering.clusters.at(i);
        if (cluster.canonical.displayName() == text)
            return i;
        for (const PersonVariant &variant : cluster.variants) {
            if (variant.text == text || variant.writtenForms.contains(text))
                return i;
        }
    }
    return -1;
}

QList<int> AuthorClusterModel::checkedMatches(int cluster) const
{
    QList<int> list;
    if (cluster < 0 || cluster >= m_clustering.clusters.size())
        return list;
    for (int other : m_clustering.clusters.at(cluster).possibleMatches) {
        if (m_checked.contains({cluster, other}))
            list.append(other);
    }
    return list;
}

QList<PersonOccurrence> AuthorClusterModel::occurrencesFor(const QModelIndex &index,
                                                           bool variantOnly) const
{
    const RowRef ref = locate(index);
    if (ref.cluster < 0)
        return {};
    const AuthorCluster &cluster = m_clustering.clusters.at(ref.cluster);
    if (variantOnly && ref.kind == VariantRow)
        return cluster.variants.at(ref.item).occurrences;
    if (variantOnly && ref.kind == PossibleMatchRow)
        return {};
    QList<PersonOccurrence> list = cluster.occurrences();
    if (!variantOnly) {
        for (int other : checkedMatches(ref.cluster))
            list += m_clustering.clusters.at(other).occurrences();
    }
    return list;
}

AuthorClusterModel::RowRef AuthorClusterModel::locate(const QModelIndex &index) const
{
    RowRef ref;
    if (!index.isValid())
        return ref;
    if (index.internalId() == 0) {
        ref.cluster = index.row();
        return ref;
    }
    ref.cluster = int(index.internalId() - 1);
    const int variants = variantRowCount(ref.cluster);
    if (index.row() < variants) {
        ref.kind = VariantRow;
        ref.item = index.row();
    } else {
        ref.kind = PossibleMatchRow;
        ref.item = index.row() - variants;
    }
    return ref;
}

QModelIndex AuthorClusterModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex AuthorClusterModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int AuthorClusterModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_clustering.clusters.size());
    if (parent.column() > 0 || parent.internalId() != 0)
        return 0;
    return variantRowCount(parent.row())
            + int(m_clustering.clusters.at(parent.row()).possibleMatches.size());
}

int AuthorClusterModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant AuthorClusterModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const RowRef ref = locate(index);
    const AuthorCluster &cluster = m_clustering.clusters.at(ref.cluster);

    switch (role) {
    case RowKindRole:
        return ref.kind;
    case ClusterRole:
        return ref.cluster;
    case VariantRole:
        return ref.kind == VariantRow ? ref.item : -1;
    case MatchClusterRole:
        return ref.kind == PossibleMatchRow ? cluster.possibleMatches.at(ref.item) : -1;
    case SearchTextRole:
        return m_searchText.at(ref.cluster);
    default:
        break;
    }

    if (ref.kind == ClusterRow) {
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name: return cluster.canonical.displayName();
            case Records: return cluster.recordCount;
            case Variants: return int(cluster.variants.size());
            default: return {};
            }
        case SortRole:
            switch (index.column()) {
            case Name: return foldForSearch(cluster.canonical.displayName());
            case Records: return cluster.recordCount;
            case Variants: return int(cluster.variants.size());
            default: return {};
            }
        case Qt::ToolTipRole:
            if (index.column() == Name && cluster.hasVariants()) {
                QStringList texts;
                for (const PersonVariant &variant : cluster.variants)
                    texts << variant.text;
                return tr("Written %n way(s): %1", nullptr, int(texts.size()))
                        .arg(texts.join(QLatin1String("; ")));
            }
            return {};
        case Qt::FontRole:
            if (index.column() == Name && cluster.hasVariants()) {
                QFont font;
                font.setBold(true);
                return font;
            }
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }

    if (ref.kind == VariantRow) {
        const PersonVariant &variant = cluster.variants.at(ref.item);
        switch (role) {
        case Qt::DisplayRole:
            switch (index.column()) {
            case Name: return variant.text;
            case Records: return variant.recordCount;
            default: return {};
            }
        case SortRole:
            switch (index.column()) {
            case Name: return foldForSearch(variant.text);
            case Records: return variant.recordCount;
            default: return 0;
            }
        case Qt::ToolTipRole:
            if (index.column() == Name)
                return tr("Written as: %1").arg(variant.writtenForms.join(QLatin1String("; ")));
            return {};
        case Qt::TextAlignmentRole:
            return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }

    // A possible match: the other cluster, shown apart and only merged when checked.
    const int other = cluster.possibleMatches.at(ref.item);
    const AuthorCluster &match = m_clustering.clusters.at(other);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name: return tr("Possible match: %1").arg(match.canonical.displayName());
        case Records: return match.recordCount;
        default: return {};
        }
    case SortRole:
        switch (index.column()) {
        case Name: return foldForSearch(match.canonical.displayName());
        case Records: return match.recordCount;
        default: return 0;
        }
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return tr("%1. Check it to rename it together with this person.")
                    .arg(reasonText(m_reasons.value({ref.cluster, other})));
        return {};
    case Qt::CheckStateRole:
        if (index.column() == Name)
            return m_checked.contains({ref.cluster, other}) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::FontRole: {
        QFont font;
        font.setItalic(true);
        return font;
    }
    case Qt::TextAlignmentRole:
        return index.column() == Name ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

bool AuthorClusterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::CheckStateRole || !checkIndex(index, CheckIndexOption::IndexIsValid)
        || index.column() != Name)
        return false;
    const RowRef ref = locate(index);
    if (ref.kind != PossibleMatchRow)
        return false;
    const std::pair<int, int> key{ref.cluster,
                                  m_clustering.clusters.at(ref.cluster).possibleMatches.at(ref.item)};
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_checked.insert(key);
    else
        m_checked.remove(key);
    Q_EMIT dataChanged(index, index, {Qt::CheckStateRole});
    return true;
}

QVariant AuthorClusterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case Name: return tr("Name");
    case Records: return tr("Records");
    case Variants: return tr("Variants");
    default: return {};
    }
}

Qt::ItemFlags AuthorClusterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const RowRef ref = locate(index);
    if (ref.kind != ClusterRow)
        f |= Qt::ItemNeverHasChildren;
    if (ref.kind == PossibleMatchRow && index.column() == Name)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace refmend
