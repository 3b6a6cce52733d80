#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace refmend {

/*! \brief What the authors view shows: clusters in which every word of \a text occurs
    (ignoring case and accents, in any variant or written form). */
struct AuthorFilter {
    QString text;
    bool variantsOnly = false;   // only persons written more than one way or with possible matches

    friend bool operator==(const AuthorFilter &a, const AuthorFilter &b)
    { return a.text == b.text && a.variantsOnly == b.variantsOnly; }
    friend bool operator!=(const AuthorFilter &a, const AuthorFilter &b) { return !(a == b); }
};

/*! \brief Filters and sorts an AuthorClusterModel; a cluster's children follow it. */
class AuthorFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AuthorFilterProxy(QObject *parent = nullptr);

    const AuthorFilter &filter() const { return m_filter; }
    void setFilter(const AuthorFilter &filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    AuthorFilter m_filter;
    QStringList m_words;
};

} // namespace refmend
