#include "duplicatesdialog.h"

#include "commands/recordcommands.h"
#include "dialogs/mergedialog.h"
#include "document/document.h"
#include "document/documentwatcher.h"
#include "models/duplicategroupmodel.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace refmend {

DuplicatesDialog::DuplicatesDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_watcher(new DocumentWatcher(this))
    , m_model(new DuplicateGroupModel(this))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Find Duplicates"));

    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(50, 100);
    m_slider->setValue(100);
    m_slider->setToolTip(tr("100%: titles must be equal once case, accents and punctuation are "
                            "ignored; lower values also join titles that differ a little"));
    m_spin = new QSpinBox(this);
    m_spin->setRange(50, 100);
    m_spin->setValue(100);
    m_spin->setSuffix(tr("%"));
    m_doi = new QCheckBox(tr("Same &DOI"), this);
    m_doi->setChecked(true);
    m_title = new QCheckBox(tr("Same &title, year and first author"), this);
    m_title->setChecked(true);
    auto *similarityLabel = new QLabel(tr("Title &similarity:"), this);
    similarityLabel->setBuddy(m_slider);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("duplicateGroups"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(DuplicateGroupModel::Label, QHeaderView::Stretch);
    m_view->setColumnWidth(DuplicateGroupModel::Year, 60);
    m_view->setColumnWidth(DuplicateGroupModel::Doi, 170);
    m_view->setColumnWidth(DuplicateGroupModel::Reason, 220);
    m_summary = new QLabel(this);

    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_doi);
    optionsRow->addWidget(m_title);
    optionsRow->addSpacing(16);
    optionsRow->addWidget(similarityLabel);
    optionsRow->addWidget(m_slider, 1);
    optionsRow->addWidget(m_spin);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_merge = buttons->addButton(tr("&Merge…"), QDialogButtonBox::ActionRole);
    m_merge->setToolTip(tr("Choose field by field how the selected group's records become one"));
    m_mergeAll = buttons->addButton(tr("Merge &All"), QDialogButtonBox::ActionRole);
    m_mergeAll->setToolTip(tr("Merge every group, keeping the most complete values (one undo step)"));
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::mergeCurrent);
    connect(m_mergeAll, &QPushButton::clicked, this, &DuplicatesDialog::mergeAll);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(optionsRow);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
    resize(900, 480);

    connect(m_slider, &QSlider::valueChanged, m_spin, &QSpinBox::setValue);
    connect(m_spin, &QSpinBox::valueChanged, m_slider, &QSlider::setValue);
    connect(m_spin, &QSpinBox::valueChanged, this, &DuplicatesDialog::refresh);
    connect(m_doi, &QCheckBox::toggled, this, &DuplicatesDialog::refresh);
    connect(m_title, &QCheckBox::toggled, this, &DuplicatesDialog::refresh);
    connect(m_title, &QCheckBox::toggled, m_slider, &QWidget::setEnabled);
    connect(m_title, &QCheckBox::toggled, m_spin, &QWidget::setEnabled);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const int row = index.data(DuplicateGroupModel::RecordRole).toInt();
        if (row >= 0)
            Q_EMIT recordActivated(row);
        else
            mergeCurrent();
    });
    // Closed, the dialog lives on hidden: it catches up when shown again.
    connect(m_watcher, &DocumentWatcher::changed, this, [this] {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    });
    m_watcher->setDocument(document);
    refresh();
}

DuplicateOptions DuplicatesDialog::options() const
{
    DuplicateOptions options;
    options.titleSimilarity = m_spin->value() / 100.0;
    options.matchDoi = m_doi->isChecked();
    options.matchTitle = m_title->isChecked();
    return options;
}

int DuplicatesDialog::currentGroup() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(DuplicateGroupModel::GroupRole).toInt() : -1;
}

void DuplicatesDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (m_stale || m_watcher->isPending())
        refresh();
}

void DuplicatesDialog::refresh()
{
    m_stale = false;
    const int current = currentGroup();
    m_model->setGroups(m_document ? findDuplicates(m_document->records(), options())
                                  : QList<DuplicateGroup>{},
                       m_document ? m_document->records() : QList<Record>{});
    m_view->expandAll();
    const int groups = m_model->rowCount();
    if (groups > 0)
        m_view->setCurrentIndex(m_model->index(qBound(0, current, groups - 1), 0));
    m_summary->setText(groups == 0 ? tr("No duplicates found.")
                                   : tr("%n group(s), %1 records.", nullptr, groups)
                                             .arg(m_model->recordCount()));
    m_merge->setEnabled(groups > 0);
    m_mergeAll->setEnabled(groups > 0);
}

bool DuplicatesDialog::mergeGroup(int group, const MergeChoices &choices)
{
    m_watcher->flush();
    if (!m_document || group < 0 || group >= m_model->groups().size())
        return false;
    const DedupePlan plan = planMerge(m_document->records(), m_model->groups().at(group), choices);
    if (plan.keepIndex < 0 || plan.removeIndexes.isEmpty())
        return false;
    m_document->undoStack()->push(new MergeRecordsCommand(m_document, {plan}));
    m_watcher->flush();
    refresh();
    return true;
}

void DuplicatesDialog::mergeCurrent()
{
    m_watcher->flush();
    const int group = currentGroup();
    if (!m_document || group < 0 || group >= m_model->groups().size())
        return;
    QList<Record> members;
    for (int row : m_model->groups().at(group).recordIndexes)
        members.append(m_document->record(row));
    MergeDialog dialog(members, this);
    if (dialog.exec() == QDialog::Accepted)
        mergeGroup(group, dialog.choices());
}

int DuplicatesDialog::mergeAll()
{
    m_watcher->flush();
    if (!m_document || m_model->groups().isEmpty())
        return 0;
    const QList<DedupePlan> plans = planDedupe(m_document->records(), m_model->groups());
    if (plans.isEmpty())
        return 0;
    m_document->undoStack()->push(new MergeRecordsCommand(m_document, plans));
    m_watcher->flush();
    refresh();
    return int(plans.size());
}

} // namespace refmend
