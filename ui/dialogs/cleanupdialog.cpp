#include "cleanupdialog.h"

#include "commands/recordcommands.h"
#include "document/document.h"
#include "models/changepreviewmodel.h"
#include "views/htmlitemdelegate.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace refmend {

namespace {
constexpr int ActionIdRole = Qt::UserRole;
}

CleanupDialog::CleanupDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_model(new ChangePreviewModel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("cleanupDialog"));
    setWindowTitle(tr("Clean Up"));

    m_actions = new QListWidget(this);
    m_actions->setObjectName(QStringLiteral("cleanupActions"));
    for (const CleanupActionInfo &info : cleanupActions()) {
        auto *item = new QListWidgetItem(info.displayName, m_actions);
        item->setData(ActionIdRole, info.id);
        item->setToolTip(info.suggestsOnly
                         ? tr("%1 Suggestions only: they start unticked.").arg(info.description)
                         : info.description);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
    }

    m_pageForm = new QComboBox(this);
    m_pageForm->addItem(tr("1-10 (hyphen)"), int(PageRangeForm::Hyphen));
    m_pageForm->addItem(tr("1--10 (BibTeX)"), int(PageRangeForm::DoubleHyphen));
    m_pageForm->addItem(tr("1–10 (en dash)"), int(PageRangeForm::EnDash));
    m_nameForm = new QComboBox(this);
    m_nameForm->addItem(tr("Family, Given (Costa, Luís)"), int(NameForm::FamilyFirst));
    m_nameForm->addItem(tr("Given Family (Luís Costa)"), int(NameForm::GivenFirst));

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Actions:"), left));
    leftLayout->addWidget(m_actions, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Page ranges:"), m_pageForm);
    form->addRow(tr("&Names:"), m_nameForm);
    leftLayout->addLayout(form);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("cleanupPreview"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *delegate = new HtmlItemDelegate(ChangePreviewModel::HtmlRole, m_view);
    m_view->setItemDelegateForColumn(ChangePreviewModel::Before, delegate);
    m_view->setItemDelegateForColumn(ChangePreviewModel::After, delegate);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChangePreviewModel::Before, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChangePreviewModel::After, QHeaderView::Stretch);
    m_view->setColumnWidth(ChangePreviewModel::Change, 90);
    m_view->setColumnWidth(ChangePreviewModel::RecordTitle, 180);
    m_view->setColumnWidth(ChangePreviewModel::Where, 90);

    m_summary = new QLabel(this);
    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_view, 1);
    rightLayout->addWidget(m_summary);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({220, 760});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply Checked"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    auto *all = buttons->addButton(tr("Check All"), QDialogButtonBox::ResetRole);
    auto *none = buttons->addButton(tr("Check None"), QDialogButtonBox::ResetRole);
    connect(all, &QPushButton::clicked, this, [this] { m_model->setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { m_model->setAllChecked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Each action's checked changes are applied as one undo step. "
                                "Suggestions start unchecked."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(1000, 560);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(0);
    connect(m_previewTimer, &QTimer::timeout, this, &CleanupDialog::updatePreview);
    connect(m_actions, &QListWidget::itemChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_pageForm, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_nameForm, &QComboBox::currentIndexChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_model, &ChangePreviewModel::checkedCountChanged, this, &CleanupDialog::updateSummary);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = index.data(ChangePreviewModel::RecordRole).toInt();
        if (row >= 0)
            Q_EMIT recordActivated(row);
    });

    updatePreview();
}

QStringList CleanupDialog::checkedActions() const
{
    QStringList ids;
    for (int i = 0; i < m_actions->count(); ++i) {
        if (m_actions->item(i)->checkState() == Qt::Checked)
            ids << m_actions->item(i)->data(ActionIdRole).toString();
    }
    return ids;
}

void CleanupDialog::setCheckedActions(const QStringList &ids)
{
    {
        const QSignalBlocker blocker(m_actions);
        for (int i = 0; i < m_actions->count(); ++i) {
            QListWidgetItem *item = m_actions->item(i);
            item->setCheckState(ids.contains(item->data(ActionIdRole).toString()) ? Qt::Checked
                                                                                  : Qt::Unchecked);
        }
    }
    updatePreview();
}

CleanupOptions CleanupDialog::options() const
{
    CleanupOptions options;
    options.pageRangeForm = PageRangeForm(m_pageForm->currentData().toInt());
    options.nameForm = NameForm(m_nameForm->currentData().toInt());
    return options;
}

void CleanupDialog::updatePreview()
{
    m_previewTimer->stop();
    if (!m_document) {
        m_model->clear();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const CleanupOptions opts = options();
    const QStringList ids = checkedActions();
    QList<Record> records = m_document->records();
    QList<ChangeGroup> groups;
    QStringList nothing;
    for (const CleanupActionInfo &info : cleanupActions()) {
        if (!ids.contains(info.id))
            continue;
        const QList<CleanupChange> changes = previewCleanup(records, info.id, opts);
        if (changes.isEmpty()) {
            nothing << info.displayName;
            continue;
        }
        groups.append(ChangeGroup{info.id, info.displayName, info.description, changes});
        // The next action sees this one's result, as the command-line pipeline does.
        QList<CleanupChange> applied;
        for (const CleanupChange &change : changes) {
            if (!change.flaggedOnly)
                applied.append(change);
        }
        for (const RecordRepair &repair : planCleanup(records, applied))
            records[repair.recordIndex] = repair.after;
    }
    m_model->setGroups(groups, m_document->records());
    m_view->expandAll();
    for (int g = 0; g < groups.size(); ++g)
        m_view->setFirstColumnSpanned(g, {}, true);
    m_idle = nothing;
    updateSummary();
    QApplication::restoreOverrideCursor();
}

void CleanupDialog::updateSummary()
{
    const int checked = m_model->checkedCount();
    QString summary = tr("%1 of %n change(s) checked.", nullptr, m_model->changeCount()).arg(checked);
    if (!m_idle.isEmpty())
        summary += u' ' + tr("Nothing to do for: %1.").arg(m_idle.join(QLatin1String(", ")));
    m_summary->setText(summary);
    m_apply->setEnabled(checked > 0);
}

int CleanupDialog::apply()
{
    if (!m_document)
        return 0;
    int steps = 0;
    const QList<ChangeGroup> &groups = m_model->groups();
    for (int g = 0; g < groups.size(); ++g) {
        const QList<CleanupChange> checked = m_model->checkedChanges(g);
        if (checked.isEmpty())
            continue;
        const QList<RecordRepair> repairs = planCleanup(m_document->records(), checked);
        if (repairs.isEmpty())
            continue;
        m_document->undoStack()->push(new CleanupCommand(m_document, repairs, groups.at(g).title));
        ++steps;
    }
    return steps;
}

} // namespace refmend
