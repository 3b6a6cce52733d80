#pragma once

#include "cleanup/integritycheck.h"
#include "document/document.h"

#include <QDockWidget>
#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QPushButton;
class QTabWidget;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace refmend {

class DocumentWatcher;
class IntegrityProblemModel;

/*! \brief Dock listing what reading the file found wrong (the Collection's diagnostics)
    and, beside it, what the integrity checks find in the records now, with one-click
    fixes. The checks run while the dock is visible and follow every edit. */
class ProblemsPanel : public QDockWidget
{
    Q_OBJECT
public:
    enum Column { Level, Location, Message, ColumnCount };
    enum Tab { ReadingTab, ChecksTab };

    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    //! The reading diagnostics.
    QTreeWidget *tree() const { return m_tree; }
    int problemCount() const;

    IntegrityProblemModel *integrityModel() const { return m_integrityModel; }
    QTreeView *integrityView() const { return m_integrityView; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *fixButton() const { return m_fix; }
    QPushButton *fixAllButton() const { return m_fixAll; }
    int integrityProblemCount() const;
    //! True while a large document's checks run on a worker thread.
    bool isChecking() const { return m_checking != nullptr; }
    void showChecks();

    //! The record a diagnostic is about: its recordIndex, else the record whose lines
    //! contain \a line; -1 when none.
    int recordForDiagnostic(int diagnosticIndex) const;

public Q_SLOTS:
    void refresh();
    /*! Runs the integrity checks now (they also follow the document while shown). A large
        document (thousands of records) is checked on a worker thread; the list is replaced
        when it is done, unless the document changed meanwhile (then it is checked again). */
    void refreshChecks();
    //! Applies the fix of problem \a row of integrityModel() as one undo step.
    bool applyFix(int row);
    //! Fixes the selected problems that have a fix, as one undo step.
    int fixSelected();
    //! Fixes every problem that has a fix, as one undo step.
    int fixAll();

Q_SIGNALS:
    //! The user double-clicked a problem that belongs to a record (a Document row).
    void recordActivated(int row);

private:
    void activate(QTreeWidgetItem *item);
    int applyFixes(const QList<int> &rows);
    void updateTabs();
    void updateButtons();

    QPointer<Document> m_document;
    DocumentWatcher *m_watcher = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_tree = nullptr;
    IntegrityProblemModel *m_integrityModel = nullptr;
    QTreeView *m_integrityView = nullptr;
    QPushButton *m_fix = nullptr;
    QPushButton *m_fixAll = nullptr;
    QLabel *m_checksSummary = nullptr;
    bool m_checksStale = true;
    QFutureWatcher<QList<IntegrityProblem>> *m_checking = nullptr;
    bool m_checkPending = false;   // the document changed while m_checking ran
};

} // namespace refmend
