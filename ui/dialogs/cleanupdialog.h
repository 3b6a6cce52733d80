#pragma once

#include "cleanup/cleanupactions.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeView;

namespace refmend {

class ChangePreviewModel;
class Document;

/*! \brief Tools > Clean Up: the chosen cleanup actions previewed as before/after changes
    the user ticks through; Apply runs each action's ticked changes as one undo step.
    Each action is previewed on the result of the ones before it (pipeline order), so a
    change unticked earlier makes a later change to the same text stale, and it is skipped. */
class CleanupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit CleanupDialog(Document *document, QWidget *parent = nullptr);

    QListWidget *actionList() const { return m_actions; }
    QComboBox *pageFormBox() const { return m_pageForm; }
    QComboBox *nameFormBox() const { return m_nameForm; }
    ChangePreviewModel *previewModel() const { return m_model; }
    QTreeView *previewView() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }

    QStringList checkedActions() const;
    void setCheckedActions(const QStringList &ids);
    CleanupOptions options() const;

public Q_SLOTS:
    //! Recomputes the preview now (it also follows the actions and options by itself).
    void updatePreview();
    //! Applies the ticked changes, one undo step per action; returns the number of steps.
    int apply();

Q_SIGNALS:
    void recordActivated(int row);

private:
    void updateSummary();

    QPointer<Document> m_document;
    QStringList m_idle;   // checked actions with nothing to change
    QListWidget *m_actions = nullptr;
    QComboBox *m_pageForm = nullptr;
    QComboBox *m_nameForm = nullptr;
    ChangePreviewModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_apply = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace refmend
