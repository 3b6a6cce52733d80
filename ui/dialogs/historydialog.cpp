#include "historydialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace refmend {

namespace {

constexpr int kEntryIdRole = Qt::UserRole;

QString shortened(const QString &text)
{
    QString one = text.simplified();
    if (one.size() > 200)
        one = one.left(199) + QChar(0x2026);
    return one;
}

} // namespace

HistoryDialog::HistoryDialog(Library *library, RecordId recordId, const QString &title,
                             QWidget *parent)
    : QDialog(parent)
    , m_library(library)
    , m_recordId(recordId)
    , m_list(new QTreeWidget)
    , m_restore(new QPushButton(tr("&Restore This Value")))
    , m_status(new QLabel)
{
    setWindowTitle(tr("History of %1").arg(title));
    setObjectName(QStringLiteral("historyDialog"));
    m_list->setObjectName(QStringLiteral("historyList"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setHeaderLabels({ tr("When"), tr("Who"), tr("Field"), tr("Before"), tr("After") });
    m_list->header()->setStretchLastSection(true);
    m_restore->setToolTip(tr("Set this field back to the value it had before this change "
                             "(a removed record comes back)"));
    m_restore->setEnabled(false);
    m_status->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            restoreRow(m_list->indexOfTopLevelItem(item));
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        const QString field = item ? item->data(2, kEntryIdRole).toString() : QString();
        m_restore->setEnabled(item && field != QLatin1String("order")
                              && (field != QLatin1String("record")
                                  || item->data(4, kEntryIdRole).toString()
                                             == QLatin1String("removed")));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 420);
    reload();
}

QString HistoryDialog::fieldName(const QString &field)
{
    if (field == QLatin1String("record"))
        return tr("Record");
    if (field == QLatin1String("type"))
        return tr("Type");
    if (field == QLatin1String("source-type"))
        return tr("Type as written");
    if (field == QLatin1String("order"))
        return tr("Field order");
    if (field.startsWith(QLatin1String("tag:")))
        return tr("Field %1").arg(field.mid(4));
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        if (personRoleId(PersonRole(r)) == field)
            return personRoleDisplayName(PersonRole(r));
    }
    return fieldKeyDisplayName(fieldKeyFromId(field));
}

void HistoryDialog::reload()
{
    m_list->clear();
    const QList<JournalEntry> entries = m_library->history(m_recordId);
    const QLocale locale;
    for (qsizetype i = entries.size() - 1; i >= 0; --i) {
        const JournalEntry &e = entries.at(i);
        QString before = e.displayBefore(), after = e.displayAfter();
        if (e.field == QLatin1String("record")) {
            auto state = [](const QString &s) {
                if (s == QLatin1String("created"))
                    return tr("created");
                if (s == QLatin1String("removed"))
                    return tr("removed");
                if (s == QLatin1String("present"))
                    return tr("present");
                return s;
            };
            before = state(before);
            after = state(after);
        }
        auto *item = new QTreeWidgetItem(m_list, {
                locale.toString(e.at.toLocalTime(), QLocale::ShortFormat), e.who,
                fieldName(e.field), shortened(before), shortened(after) });
        item->setData(0, kEntryIdRole, e.id);
        item->setData(2, kEntryIdRole, e.field);
        item->setData(4, kEntryIdRole, e.after);
        item->setToolTip(3, before);
        item->setToolTip(4, after);
    }
    for (int c = 0; c < 3; ++c)
        m_list->resizeColumnToContents(c);
    m_status->setText(tr("%n change(s)", nullptr, int(entries.size())));
}

bool HistoryDialog::restoreRow(int row)
{
    QTreeWidgetItem *item = m_list->topLevelItem(row);
    if (!item)
        return false;
    const QString field = fieldName(item->data(2, kEntryIdRole).toString());
    const SaveResult result = m_library->restore(item->data(0, kEntryIdRole).toLongLong());
    switch (result.status) {
    case SaveResult::Status::Saved:
    case SaveResult::Status::Unchanged:
        Q_EMIT restored(m_recordId);
        reload();
        m_status->setText(tr("%1 is back as it was before that change.").arg(field));
        return true;
    case SaveResult::Status::Queued:
        m_status->setText(tr("The library is offline: the restore waits and is written when "
                             "it is back."));
        return true;
    default:
        m_status->setText(tr("Could not restore: %1")
                                  .arg(result.error.isEmpty() ? tr("the record changed meanwhile")
                                                              : result.error));
        return false;
    }
}

} // namespace refmend
