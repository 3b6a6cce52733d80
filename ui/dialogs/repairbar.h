#pragma once

#include "cleanup/mojibakescan.h"

#include "document/document.h"

#include <QFrame>
#include <QFutureWatcher>
#include <QPointer>

class QLabel;
class QPushButton;

namespace refmend {

/*! \brief The bar above the table that offers to repair garbled text (mojibake).
    It follows the Document: a repair that is undone makes it come back. */
class RepairBar : public QFrame
{
    Q_OBJECT
public:
    explicit RepairBar(QWidget *parent = nullptr);

    void setDocument(Document *document);

    //! Every finding in the Document, in record order.
    QList<MojibakeFinding> findings() const;
    int findingCount() const { return m_count; }
    QString message() const;

    QPushButton *reviewButton() const { return m_review; }
    QPushButton *repairAllButton() const { return m_repairAll; }
    QPushButton *dismissButton() const { return m_dismiss; }

    //! True while a large document is scanned on a worker thread.
    bool isScanning() const { return m_scan != nullptr; }

public Q_SLOTS:
    /*! Scans the whole Document again. A large one (thousands of records) is scanned on a
        worker thread, so opening it does not wait; the bar shows when the scan is done. */
    void rescan();
    //! Repairs every finding as one undo step.
    void repairAll();
    //! Lets the user choose the repairs in a dialog.
    void review();
    //! Hides the bar until another file is opened or more garbled text appears.
    void dismiss();
    //! Applies \a findings as one ApplyRepairsCommand; returns how many texts changed.
    int applyRepairs(const QList<MojibakeFinding> &findings);

Q_SIGNALS:
    //! A record row was picked in the review dialog.
    void recordActivated(int row);

private:
    void rescanRow(int row);
    void updateBar();

    //! Takes the findings of a whole scan of the document's records.
    void setFindings(const QList<MojibakeFinding> &all);

    QPointer<Document> m_document;
    QFutureWatcher<QList<MojibakeFinding>> *m_scan = nullptr;   // the running scan, if any
    bool m_rescanPending = false;   // the document changed while m_scan ran
    QList<QList<MojibakeFinding>> m_byRecord;   // findings of each Document row
    int m_count = 0;
    bool m_dismissed = false;

    QLabel *m_icon = nullptr;
    QLabel *m_label = nullptr;
    QPushButton *m_review = nullptr;
    QPushButton *m_repairAll = nullptr;
    QPushButton *m_dismiss = nullptr;
};

} // namespace refmend
