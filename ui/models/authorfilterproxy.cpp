#include "authorfilterproxy.h"

#include "models/authorclustermodel.h"
#include "text/textfold.h"

namespace refmend {

AuthorFilterProxy::AuthorFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AuthorClusterModel::SortRole);
    setDynamicSortFilter(true);
}

void AuthorFilterProxy::setFilter(const AuthorFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    m_words = simplifiedText(foldForSearch(filter.text)).split(u' ', Qt::SkipEmptyParts);
    invalidateFilter();
}

bool AuthorFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (sourceParent.isValid())
        return true;   // variants and possible matches follow their cluster
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_filter.variantsOnly && !sourceModel()->hasChildren(index))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString haystack = index.data(AuthorClusterModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!haystack.contains(word))
            return false;
    }
    return true;
}

bool AuthorFilterProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    if (a.typeId() == QMetaType::Int && b.typeId() == QMetaType::Int) {
        if (a.toInt() != b.toInt())
            return a.toInt() < b.toInt();
        // Equal counts: by name, so the order is stable and readable.
        const QString na = left.siblingAtColumn(AuthorClusterModel::Name).data(sortRole()).toString();
        const QString nb = right.siblingAtColumn(AuthorClusterModel::Name).data(sortRole()).toString();
        if (na != nb)
            return na.localeAwareCompare(nb) < 0;
        return left.row() < right.row();
    }
    const int c = a.toString().localeAwareCompare(b.toString());
    if (c != 0)
        return c < 0;
    return left.row() < right.row();
}

} // namespace refmend
