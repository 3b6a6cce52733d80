#include "repairbar.h"

#include "backgroundpool.h"
#include "commands/recordcommands.h"
#include "dialogs/repairdialog.h"
#include "document/document.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

#include <map>

namespace refmend {

RepairBar::RepairBar(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("repairBar"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor(0xff, 0xf4, 0xce));
    pal.setColor(QPalette::WindowText, QColor(0x3b, 0x2f, 0x00));
    setPalette(pal);

    m_icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this)
                              .pixmap(iconSize, iconSize));
    m_label = new QLabel(this);
    m_label->setWordWrap(true);
    m_review = new QPushButton(tr("Review…"), this);
    m_review->setToolTip(tr("See each garbled text and its repair, and choose which to apply"));
    m_repairAll = new QPushButton(tr("Repair All"), this);
    m_repairAll->setToolTip(tr("Repair every garbled text (one undo step)"));
    m_dismiss = new QPushButton(tr("Dismiss"), this);
    connect(m_review, &QPushButton::clicked, this, &RepairBar::review);
    connect(m_repairAll, &QPushButton::clicked, this, &RepairBar::repairAll);
    connect(m_dismiss, &QPushButton::clicked, this, &RepairBar::dismiss);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_icon);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_review);
    layout->addWidget(m_repairAll);
    layout->addWidget(m_dismiss);
    hide();
}

void RepairBar::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::reset, this, [this] {
            m_dismissed = false;
            rescan();
        });
        connect(m_document, &Document::recordChanged, this, &RepairBar::rescanRow);
        // Findings are kept by row: rows that moved need a fresh scan.
        connect(m_document, &Document::recordsInserted, this, &RepairBar::rescan);
        connect(m_document, &Document::recordsRemoved, this, &RepairBar::rescan);
    }
    m_dismissed = false;
    rescan();
}

QList<MojibakeFinding> RepairBar::findings() const
{
    QList<MojibakeFinding> all;
    all.reserve(m_count);
    for (const auto &list : m_byRecord)
        all += list;
    return all;
}

QString RepairBar::message() const
{
    return m_label->text();
}

void RepairBar::rescan()
{
    if (m_scan) {
        // The running scan's records are out of date: one more scan follows when it ends,
        // however many changes come meanwhile (a repair of 700 records is 700 changes).
        m_rescanPending = true;
        return;
    }
    if (!m_document) {
        setFindings({});
        return;
    }
    // A copy that shares the records: the scan reads it while the document may change.
    const QList<Record> records = m_document->records();
    constexpr qsizetype kScanOnWorkerFrom = 2000;
    if (records.size() < kScanOnWorkerFrom) {
        setFindings(scanForMojibake(records));
        return;
    }
    m_scan = new QFutureWatcher<QList<MojibakeFinding>>(this);
    connect(m_scan, &QFutureWatcher<QList<MojibakeFinding>>::finished, this, [this] {
        auto *scan = std::exchange(m_scan, nullptr);
        scan->deleteLater();
        if (std::exchange(m_rescanPending, false))
            rescan();
        else
            setFindings(scan->result());
    });
    m_scan->setFuture(QtConcurrent::run(backgroundPool(), [records] { return scanForMojibake(records); }));
}

void RepairBar::setFindings(const QList<MojibakeFinding> &all)
{
    m_byRecord.clear();
    m_count = 0;
    m_byRecord.resize(m_document ? m_document->recordCount() : 0);
    for (const MojibakeFinding &f : all) {
        if (f.recordIndex >= 0 && f.recordIndex < m_byRecord.size()) {
            m_byRecord[f.recordIndex].append(f);
            ++m_count;
        }
    }
    updateBar();
}

void RepairBar::rescanRow(int row)
{
    if (m_scan) {
        rescan();   // the running scan read the record before this change
        return;
    }
    if (!m_document || row < 0 || row >= m_byRecord.size() || !m_document->isValidRow(row))
        return;
    const int before = m_count;
    m_count -= int(m_byRecord.at(row).size());
    QList<MojibakeFinding> found = scanForMojibake({m_document->record(row)});
    for (MojibakeFinding &f : found)
        f.recordIndex = row;
    m_count += int(found.size());
    m_byRecord[row] = found;
    if (m_count > before)
        m_dismissed = false;   // garbled text came back (an undone repair): say so again
    updateBar();
}

void RepairBar::updateBar()
{
    if (m_count == 1)
        m_label->setText(tr("1 field looks garbled (wrong character encoding)."));
    else
        m_label->setText(tr("%1 fields look garbled (wrong character encoding).").arg(m_count));
    setVisible(m_count > 0 && !m_dismissed);
}

void RepairBar::repairAll()
{
    applyRepairs(findings());
}

void RepairBar::review()
{
    if (!m_document || m_count == 0)
        return;
    RepairDialog dialog(m_document, findings(), this);
    connect(&dialog, &RepairDialog::recordActivated, this, &RepairBar::recordActivated);
    if (dialog.exec() == QDialog::Accepted)
        applyRepairs(dialog.chosenFindings());
}

void RepairBar::dismiss()
{
    m_dismissed = true;
    updateBar();
}

int RepairBar::applyRepairs(const QList<MojibakeFinding> &chosen)
{
    if (!m_document || chosen.isEmpty())
        return 0;
    QList<RecordChange> changes;
    int repaired = 0;
    const QList<RecordRepair> repairs = planMojibakeRepairs(m_document->records(), chosen);
    for (const RecordRepair &repair : repairs) {
        changes.append({repair.recordIndex, m_document->record(repair.recordIndex), repair.after});
        repaired += repair.repairedTexts;
    }
    if (changes.isEmpty())
        return 0;
    m_document->undoStack()->push(new ApplyRepairsCommand(m_document, changes, repaired));
    return repaired;
}

} // namespace refmend
