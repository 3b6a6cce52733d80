#pragma once

#include "model/person.h"

#include <QDockWidget>
#include <QPointer>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace refmend {

class AuthorClusterModel;
class AuthorFilterProxy;
class Document;

/*! \brief Tools > Authors: every person of the collection with the records they appear in,
    name variants grouped by cluster, and a canonical form to apply to every record at once
    (one undo step). Recomputed only while visible. */
class AuthorsView : public QDockWidget
{
    Q_OBJECT
public:
    explicit AuthorsView(QWidget *parent = nullptr);
    ~AuthorsView() override;

    void setDocument(Document *document);

    AuthorClusterModel *model() const { return m_model; }
    AuthorFilterProxy *proxy() const { return m_proxy; }
    QTreeView *tree() const { return m_tree; }
    QLineEdit *searchField() const { return m_search; }
    QLineEdit *familyEdit() const { return m_family; }
    QLineEdit *givenEdit() const { return m_given; }
    QLineEdit *particleEdit() const { return m_particle; }
    QLineEdit *suffixEdit() const { return m_suffix; }
    QLineEdit *literalEdit() const { return m_literal; }
    QCheckBox *variantOnlyBox() const { return m_variantOnly; }
    QPushButton *applyButton() const { return m_apply; }

    //! Makes the row of \a text (a cluster's canonical form, a variant or a written form)
    //! current, expanding its cluster; false when no such name is shown.
    bool selectName(const QString &text);
    //! The person the fields describe: the picked variant as it is, or the typed parts.
    Person canonical() const;
    //! Fills the fields with \a person.
    void setCanonical(const Person &person);
    //! How many records applyCanonical() would change now.
    int pendingRecordCount() const;

public Q_SLOTS:
    //! Writes canonical() in place of every variant of the current cluster (or the current
    //! variant alone) and of its checked possible matches, as one undo step. Returns the
    //! number of records changed.
    int applyCanonical();

Q_SIGNALS:
    //! The user asked to see a record (a Document row) that names the person.
    void recordActivated(int row);

private:
    void onCurrentChanged();
    void onActivated(const QModelIndex &proxyIndex);
    void updateApply();
    bool showName(const QString &text);
    void rememberState();
    void restoreState();
    QModelIndex currentSourceIndex() const;

    QPointer<Document> m_document;
    AuthorClusterModel *m_model = nullptr;
    AuthorFilterProxy *m_proxy = nullptr;

    QLineEdit *m_search = nullptr;
    QComboBox *m_role = nullptr;
    QCheckBox *m_variantsOnly = nullptr;
    QTreeView *m_tree = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_given = nullptr;
    QLineEdit *m_particle = nullptr;
    QLineEdit *m_suffix = nullptr;
    QLineEdit *m_literal = nullptr;
    QLabel *m_literalLabel = nullptr;
    QWidget *m_partsBox = nullptr;
    QLabel *m_preview = nullptr;
    QCheckBox *m_variantOnly = nullptr;
    QPushButton *m_apply = nullptr;
    QLabel *m_status = nullptr;

    Person m_prefill;                 // what the fields were filled with
    QString m_restoreName;            // current row's name across a model reset
    QStringList m_restoreExpanded;    // expanded clusters' names across a model reset
};

} // namespace refmend
