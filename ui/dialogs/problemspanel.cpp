#include "problemspanel.h"

#include "backgroundpool.h"
#include "cleanup/integritycheck.h"
#include "commands/recordcommands.h"
#include "document/document.h"
#include "document/documentwatcher.h"
#include "models/integrityproblemmodel.h"

#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace refmend {

namespace {
constexpr int DiagnosticRole = Qt::UserRole;
}

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
    , m_watcher(new DocumentWatcher(this))
    , m_integrityModel(new IntegrityProblemModel(this))
{
    setObjectName(QStringLiteral("problemsPanel"));
    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Severity"), tr("Line:Column"), tr("Message")});
    m_tree->header()->setStretchLastSection(true);
    m_tree->setSortingEnabled(false);
    connect(m_tree, &QTreeWidget::itemActivated, this, &ProblemsPanel::activate);

    m_integrityView = new QTreeView(this);
    m_integrityView->setObjectName(QStringLiteral("integrityProblems"));
    m_integrityView->setModel(m_integrityModel);
    m_integrityView->setRootIsDecorated(false);
    m_integrityView->setUniformRowHeights(true);
    m_integrityView->setAlternatingRowColors(true);
    m_integrityView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_integrityView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_integrityView->setColumnWidth(IntegrityProblemModel::Level, 90);
    m_integrityView->setColumnWidth(IntegrityProblemModel::RecordTitle, 220);
    m_integrityView->setColumnWidth(IntegrityProblemModel::Location, 110);
    m_integrityView->setColumnWidth(IntegrityProblemModel::Message, 380);
    m_fix = new QPushButton(tr("&Fix Selected"), this);
    m_fix->setToolTip(tr("Apply the fixes of the selected problems (one undo step)"));
    m_fixAll = new QPushButton(tr("Fix &All"), this);
    m_fixAll->setToolTip(tr("Apply every fix the checks offer (one undo step)"));
    m_checksSummary = new QLabel(this);

    auto *checks = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_checksSummary, 1);
    buttons->addWidget(m_fix);
    buttons->addWidget(m_fixAll);
    auto *checksLayout = new QVBoxLayout(checks);
    checksLayout->setContentsMargins(0, 0, 0, 0);
    checksLayout->addWidget(m_integrityView, 1);
    checksLayout->addLayout(buttons);

    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_tree, tr("Reading"));
    m_tabs->addTab(checks, tr("Checks"));
    setWidget(m_tabs);

    connect(m_integrityView, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        // The fix column reads as a link: one click applies it.
        if (index.column() == IntegrityProblemModel::Fix
            && index.data(IntegrityProblemModel::HasFixRole).toBool())
            applyFix(index.row());
    });
    connect(m_integrityView, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = index.data(IntegrityProblemModel::RecordRole).toInt();
        if (m_document && m_document->isValidRow(row))
            Q_EMIT recordActivated(row);
    });
    connect(m_integrityView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ProblemsPanel::updateButtons);
    connect(m_integrityModel, &QAbstractItemModel::modelReset, this, &ProblemsPanel::updateButtons);
    connect(m_fix, &QPushButton::clicked, this, &ProblemsPanel::fixSelected);
    connect(m_fixAll, &QPushButton::clicked, this, &ProblemsPanel::fixAll);

    // The checks read the whole collection: run them only while someone looks, and once
    // per burst of edits.
    m_watcher->setDelay(200);
    connect(m_watcher, &DocumentWatcher::changed, this, [this] {
        m_checksStale = true;
        if (isVisible())
            refreshChecks();
    });
    connect(this, &QDockWidget::visibilityChanged, this, [this](bool visible) {
        if (visible && m_checksStale)
            refreshChecks();
        if (visible && m_tree->topLevelItemCount() == 0)
            m_tabs->setCurrentIndex(ChecksTab);   // nothing went wrong reading: show the checks
    });
    updateTabs();
    updateButtons();
}

void ProblemsPanel::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_watcher->setDocument(document);
    if (m_document) {
        connect(m_document, &Document::reset, this, &ProblemsPanel::refresh);
        connect(m_document, &Document::diagnosticsChanged, this, &ProblemsPanel::refresh);
        // The diagnostics point at records by row; rows moved.
        connect(m_document, &Document::recordsInserted, this, &ProblemsPanel::refresh);
        connect(m_document, &Document::recordsRemoved, this, &ProblemsPanel::refresh);
    }
    refresh();
    m_checksStale = true;
    if (isVisible())
        refreshChecks();
}

int ProblemsPanel::problemCount() const
{
    return m_tree->topLevelItemCount();
}

int ProblemsPanel::integrityProblemCount() const
{
    return m_integrityModel->rowCount();
}

void ProblemsPanel::showChecks()
{
    show();
    raise();
    m_tabs->setCurrentIndex(ChecksTab);
    if (m_checksStale)
        refreshChecks();
}

void ProblemsPanel::refresh()
{
    m_tree->clear();
    updateTabs();
    if (!m_document)
        return;
    const QList<Diagnostic> &diagnostics = m_document->diagnostics();
    QList<QTreeWidgetItem *> items;
    items.reserve(diagnostics.size());
    for (int i = 0; i < diagnostics.size(); ++i) {
        const Diagnostic &d = diagnostics.at(i);
        auto *item = new QTreeWidgetItem;
        QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
        if (d.severity == Severity::Warning)
            icon = QStyle::SP_MessageBoxWarning;
        else if (d.severity == Severity::Error)
            icon = QStyle::SP_MessageBoxCritical;
        item->setIcon(Level, style()->standardIcon(icon));
        item->setText(Level, severityName(d.severity));
        if (d.line > 0) {
            item->setText(Location, d.column > 0 ? QStringLiteral("%1:%2").arg(d.line).arg(d.column)
                                                 : QString::number(d.line));
        }
        item->setText(Message, d.message);
        item->setToolTip(Message, d.toString(QFileInfo(m_document->filePath()).fileName()));
        item->setData(Level, DiagnosticRole, i);
        items << item;
    }
    m_tree->addTopLevelItems(items);
    m_tree->resizeColumnToContents(Level);
    m_tree->resizeColumnToContents(Location);
    updateTabs();
}

void ProblemsPanel::refreshChecks()
{
    m_watcher->flush();
    m_checksStale = false;
    if (m_checking) {
        // Checking records that have changed since: check again once it ends.
        m_checkPending = true;
        return;
    }
    if (!m_document) {
        m_integrityModel->setProblems({}, {});
        updateTabs();
        return;
    }
    // A copy sharing the records: the worker reads it while the document may change.
    const QList<Record> records = m_document->records();
    constexpr qsizetype kCheckOnWorkerFrom = 2000;
    if (records.size() < kCheckOnWorkerFrom) {
        m_integrityModel->setProblems(checkIntegrity(records), records);
        updateTabs();
        return;
    }
    m_checking = new QFutureWatcher<QList<IntegrityProblem>>(this);
    connect(m_checking, &QFutureWatcher<QList<IntegrityProblem>>::finished, this, [this, records] {
        auto *checking = std::exchange(m_checking, nullptr);
        checking->deleteLater();
        if (std::exchange(m_checkPending, false)) {
            refreshChecks();
            return;
        }
        m_integrityModel->setProblems(checking->result(), records);
        updateTabs();
    });
    m_checking->setFuture(QtConcurrent::run(backgroundPool(), [records] { return checkIntegrity(records); }));
}

void ProblemsPanel::updateTabs()
{
    m_tabs->setTabText(ReadingTab, tr("Reading (%1)").arg(m_tree->topLevelItemCount()));
    m_tabs->setTabText(ChecksTab, m_checksStale && m_integrityModel->rowCount() == 0
                                  ? tr("Checks")
                                  : tr("Checks (%1)").arg(m_integrityModel->rowCount()));
    const int fixable = m_integrityModel->fixableCount();
    m_checksSummary->setText(tr("%n problem(s), %1 with a fix", nullptr, m_integrityModel->rowCount())
                                     .arg(fixable));
}

void ProblemsPanel::updateButtons()
{
    bool selectedFix = false;
    const QModelIndexList rows = m_integrityView->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        selectedFix = selectedFix || index.data(IntegrityProblemModel::HasFixRole).toBool();
    m_fix->setEnabled(selectedFix);
    m_fixAll->setEnabled(m_integrityModel->fixableCount() > 0);
}

bool ProblemsPanel::applyFix(int row)
{
    return applyFixes({row}) > 0;
}

int ProblemsPanel::fixSelected()
{
    QList<int> rows;
    const QModelIndexList selected = m_integrityView->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    return applyFixes(rows);
}

int ProblemsPanel::fixAll()
{
    QList<int> rows;
    for (int row = 0; row < m_integrityModel->rowCount(); ++row)
        rows << row;
    return applyFixes(rows);
}

int ProblemsPanel::applyFixes(const QList<int> &rows)
{
    if (!m_document)
        return 0;
    // A fix whose text changed since the check ran is skipped by planIntegrityFixes().
    QList<IntegrityProblem> chosen;
    for (int row : rows) {
        if (row >= 0 && row < m_integrityModel->problems().size()
            && m_integrityModel->problems().at(row).fix)
            chosen << m_integrityModel->problems().at(row);
    }
    if (chosen.isEmpty())
        return 0;
    const QList<RecordRepair> repairs = planIntegrityFixes(m_document->records(), chosen);
    if (repairs.isEmpty())
        return 0;
    m_document->undoStack()->push(new FixProblemsCommand(
            m_document, repairs, int(chosen.size()),
            chosen.size() == 1 ? chosen.constFirst().fixDescription : QString()));
    refreshChecks();
    return int(chosen.size());
}

int ProblemsPanel::recordForDiagnostic(int diagnosticIndex) const
{
    if (!m_document || diagnosticIndex < 0 || diagnosticIndex >= m_document->diagnostics().size())
        return -1;
    const Diagnostic &d = m_document->diagnostics().at(diagnosticIndex);
    if (m_document->isValidRow(d.recordIndex))
        return d.recordIndex;
    if (d.line <= 0)
        return -1;
    // Records do not know where they end: take the one starting last at or before the line.
    int best = -1;
    const QList<Record> &records = m_document->records();
    for (int row = 0; row < records.size(); ++row) {
        const int start = records.at(row).line;
        if (start > 0 && start <= d.line && (best < 0 || start >= records.at(best).line))
            best = row;
    }
    return best;
}

void ProblemsPanel::activate(QTreeWidgetItem *item)
{
    const int row = recordForDiagnostic(item->data(Level, DiagnosticRole).toInt());
    if (row >= 0)
        Q_EMIT recordActivated(row);
}

} // namespace refmend
