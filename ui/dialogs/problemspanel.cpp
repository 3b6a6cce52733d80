#include "problemspanel.h"

#include "document/document.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QStyle>
#include <QTreeWidget>

namespace refmend {

namespace {
constexpr int DiagnosticRole = Qt::UserRole;
}

ProblemsPanel::ProblemsPanel(QWidget *parent)
    : QDockWidget(tr("Problems"), parent)
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
    setWidget(m_tree);
}

void ProblemsPanel::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document)
        connect(m_document, &Document::reset, this, &ProblemsPanel::refresh);
    refresh();
}

int ProblemsPanel::problemCount() const
{
    return m_tree->topLevelItemCount();
}

void ProblemsPanel::refresh()
{
    m_tree->clear();
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
