#pragma once

#include "document/document.h"

#include <QDockWidget>
#include <QPointer>

class QTreeWidget;
class QTreeWidgetItem;

namespace refmend {

/*! \brief Dock listing what reading the file found wrong (the Collection's diagnostics). */
class ProblemsPanel : public QDockWidget
{
    Q_OBJECT
public:
    enum Column { Level, Location, Message, ColumnCount };

    explicit ProblemsPanel(QWidget *parent = nullptr);

    void setDocument(Document *document);
    QTreeWidget *tree() const { return m_tree; }
    int problemCount() const;

    //! The record a diagnostic is about: its recordIndex, else the record whose lines
    //! contain \a line; -1 when none.
    int recordForDiagnostic(int diagnosticIndex) const;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    //! The user double-clicked a problem that belongs to a record (a Document row).
    void recordActivated(int row);

private:
    void activate(QTreeWidgetItem *item);

    QPointer<Document> m_document;
    QTreeWidget *m_tree = nullptr;
};

} // namespace refmend
