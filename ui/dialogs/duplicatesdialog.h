#pragma once

#include "cleanup/duplicatefinder.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QPushButton;
class QSlider;
class QSpinBox;
class QTreeView;

namespace refmend {

class Document;
class DocumentWatcher;
class DuplicateGroupModel;

/*! \brief Tools > Find Duplicates: the groups of records that are one work, with the title
    similarity to tune; each group can be merged (choosing field by field in a MergeDialog),
    or all at once with the defaults. Every merge is one undo step. Follows the document. */
class DuplicatesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(Document *document, QWidget *parent = nullptr);

    DuplicateGroupModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QSlider *similaritySlider() const { return m_slider; }
    QSpinBox *similaritySpin() const { return m_spin; }
    QPushButton *mergeButton() const { return m_merge; }
    QPushButton *mergeAllButton() const { return m_mergeAll; }

    DuplicateOptions options() const;
    //! The group the current row belongs to, -1 when none.
    int currentGroup() const;

    //! Merges group \a group of the list with \a choices as one undo step.
    bool mergeGroup(int group, const MergeChoices &choices = {});

public Q_SLOTS:
    void refresh();
    //! Opens the merge dialog for the current group.
    void mergeCurrent();
    //! Merges every group with the default choices, as one undo step.
    int mergeAll();

Q_SIGNALS:
    void recordActivated(int row);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QPointer<Document> m_document;
    DocumentWatcher *m_watcher = nullptr;
    DuplicateGroupModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QSlider *m_slider = nullptr;
    QSpinBox *m_spin = nullptr;
    QCheckBox *m_doi = nullptr;
    QCheckBox *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_merge = nullptr;
    QPushButton *m_mergeAll = nullptr;
    bool m_stale = false;
};

} // namespace refmend
