#include "findreplacedialog.h"

#include "commands/recordcommands.h"
#include "document/document.h"
#include "document/documentwatcher.h"
#include "models/changepreviewmodel.h"
#include "views/htmlitemdelegate.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace refmend {

namespace {
constexpr int FieldKeyRole = Qt::UserRole;
}

FindReplaceDialog::FindReplaceDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_watcher(new DocumentWatcher(this))
    , m_model(new ChangePreviewModel(this))
    , m_previewTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("findReplaceDialog"));
    setWindowTitle(tr("Find and Replace"));
    m_model->setFlat(true);

    m_find = new QLineEdit(this);
    m_find->setObjectName(QStringLiteral("findEdit"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setObjectName(QStringLiteral("replaceEdit"));
    m_replace->setClearButtonEnabled(true);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("patternError"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(errorPalette);
    m_error->hide();

    m_regex = new QCheckBox(tr("Regular e&xpression"), this);
    m_regex->setToolTip(tr("Perl-compatible; use \\1 or $1 for groups in the replacement"));
    m_case = new QCheckBox(tr("Match &case"), this);
    m_case->setChecked(true);
    m_wholeWord = new QCheckBox(tr("&Whole words"), this);

    m_allFields = new QCheckBox(tr("&All fields"), this);
    m_allFields->setChecked(true);
    m_fields = new QListWidget(this);
    m_fields->setObjectName(QStringLiteral("findFields"));
    for (int k = int(FieldKey::Title); k < int(FieldKey::Count); ++k) {
        auto *item = new QListWidgetItem(fieldKeyDisplayName(FieldKey(k)), m_fields);
        item->setData(FieldKeyRole, k);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    auto *other = new QListWidgetItem(tr("Other (unknown tags)"), m_fields);
    other->setData(FieldKeyRole, int(FieldKey::Other));
    other->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    other->setCheckState(Qt::Unchecked);
    m_fields->setEnabled(false);
    m_names = new QCheckBox(tr("&Names (authors, editors, …)"), this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Find:"), m_find);
    form->addRow(QString(), m_error);
    form->addRow(tr("&Replace with:"), m_replace);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_regex);
    flags->addWidget(m_case);
    flags->addWidget(m_wholeWord);
    flags->addStretch(1);
    form->addRow(QString(), flags);

    auto *fieldsBox = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fieldsBox);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addWidget(new QLabel(tr("Search in:"), fieldsBox));
    fieldsLayout->addWidget(m_allFields);
    fieldsLayout->addWidget(m_fields, 1);
    fieldsLayout->addWidget(m_names);

    m_view = new QTreeView(this);
    m_view->setObjectName(QStringLiteral("findPreview"));
    m_view->setModel(m_model);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *delegate = new HtmlItemDelegate(ChangePreviewModel::HtmlRole, m_view);
    m_view->setItemDelegateForColumn(ChangePreviewModel::Before, delegate);
    m_view->setItemDelegateForColumn(ChangePreviewModel::After, delegate);
    m_view->header()->setStretchLastSection(false);
    m_view->header()->setSectionResizeMode(ChangePreviewModel::Before, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(ChangePreviewModel::After, QHeaderView::Stretch);
    m_view->setColumnWidth(ChangePreviewModel::Change, 60);
    m_view->setColumnWidth(ChangePreviewModel::RecordTitle, 180);
    m_view->setColumnWidth(ChangePreviewModel::Where, 90);
    m_summary = new QLabel(this);

    auto *previewBox = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_view, 1);
    previewLayout->addWidget(m_summary);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(fieldsBox);
    splitter->addWidget(previewBox);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 700});

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_apply = buttons->addButton(tr("&Replace Checked"), QDialogButtonBox::ApplyRole);
    m_apply->setEnabled(false);
    connect(m_apply, &QPushButton::clicked, this, &FindReplaceDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);
    resize(940, 540);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &FindReplaceDialog::updatePreview);
    for (QLineEdit *edit : {m_find, m_replace})
        connect(edit, &QLineEdit::textChanged, this, &FindReplaceDialog::schedulePreview);
    for (QCheckBox *box : {m_regex, m_case, m_wholeWord, m_allFields, m_names})
        connect(box, &QCheckBox::toggled, this, &FindReplaceDialog::schedulePreview);
    connect(m_allFields, &QCheckBox::toggled, m_fields, [this](bool all) { m_fields->setEnabled(!all); });
    connect(m_fields, &QListWidget::itemChanged, this, &FindReplaceDialog::schedulePreview);
    connect(m_model, &ChangePreviewModel::checkedCountChanged, this, [this](int checked) {
        m_apply->setEnabled(checked > 0);
    });
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = index.data(ChangePreviewModel::RecordRole).toInt();
        if (row >= 0)
            Q_EMIT recordActivated(row);
    });
    // Edits elsewhere (and undo) make the preview stale.
    m_watcher->setDocument(document);
    connect(m_watcher, &DocumentWatcher::changed, this, [this] {
        if (isVisible() && !m_find->text().isEmpty())
            m_previewTimer->start();
    });
}

FindReplaceOptions FindReplaceDialog::options() const
{
    FindReplaceOptions options;
    options.find = m_find->text();
    options.replace = m_replace->text();
    options.mode = m_regex->isChecked() ? FindReplaceOptions::Mode::RegularExpression
                                        : FindReplaceOptions::Mode::Plain;
    options.caseSensitive = m_case->isChecked();
    options.wholeWord = m_wholeWord->isChecked();
    options.includePersons = m_names->isChecked();
    if (!m_allFields->isChecked()) {
        for (int i = 0; i < m_fields->count(); ++i) {
            const QListWidgetItem *item = m_fields->item(i);
            if (item->checkState() == Qt::Checked)
                options.fields.append(FieldKey(item->data(FieldKeyRole).toInt()));
        }
    }
    return options;
}

void FindReplaceDialog::setFields(const QList<FieldKey> &keys)
{
    {
        const QSignalBlocker blocker(m_fields);
        for (int i = 0; i < m_fields->count(); ++i) {
            QListWidgetItem *item = m_fields->item(i);
            item->setCheckState(keys.contains(FieldKey(item->data(FieldKeyRole).toInt()))
                                ? Qt::Checked : Qt::Unchecked);
        }
    }
    m_allFields->setChecked(keys.isEmpty());
    schedulePreview();
}

QString FindReplaceDialog::error() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void FindReplaceDialog::schedulePreview()
{
    // The pattern is checked as the user types; the (collection-wide) preview a moment later.
    const FindReplaceOptions opts = options();
    const QString error = opts.find.isEmpty() ? QString() : findReplacePatternError(opts);
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
    if (!error.isEmpty()) {
        m_previewTimer->stop();
        m_model->clear();
        m_summary->clear();
        m_apply->setEnabled(false);
        return;
    }
    m_previewTimer->start();
}

void FindReplaceDialog::updatePreview()
{
    m_previewTimer->stop();
    const FindReplaceOptions opts = options();
    if (!m_document || opts.find.isEmpty()) {
        m_error->clear();
        m_error->hide();
        m_model->clear();
        m_summary->clear();
        m_apply->setEnabled(false);
        return;
    }
    const FindReplaceResult result = previewFindReplace(m_document->records(), opts);
    m_error->setText(result.error);
    m_error->setVisible(!result.ok());
    m_model->setGroups({ChangeGroup{QStringLiteral("find-replace"), tr("Find and Replace"), {},
                                    result.changes}},
                       m_document->records());
    if (result.ok())
        m_summary->setText(result.changes.isEmpty()
                           ? tr("No matches.")
                           : tr("%n match(es) in %1 texts.", nullptr, result.matchCount)
                                     .arg(result.changes.size()));
    else
        m_summary->clear();
    m_apply->setEnabled(m_model->checkedCount() > 0);
}

int FindReplaceDialog::apply()
{
    if (!m_document)
        return 0;
    if (m_previewTimer->isActive())
        updatePreview();   // never apply what the user has not seen
    const QList<CleanupChange> checked = m_model->checkedChanges(0);
    if (checked.isEmpty())
        return 0;
    const QList<RecordRepair> repairs = planCleanup(m_document->records(), checked);
    if (repairs.isEmpty())
        return 0;
    const FindReplaceOptions opts = options();
    m_document->undoStack()->push(new FindReplaceCommand(m_document, repairs, opts.find, opts.replace));
    updatePreview();
    return int(repairs.size());
}

} // namespace refmend
