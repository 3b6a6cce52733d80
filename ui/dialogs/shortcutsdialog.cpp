#include "shortcutsdialog.h"

#include "text/textfold.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHash>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace refmend {

namespace {

//! "&Open…" -> "Open…", "打开(&O)…" -> "打开…"; "&&" stays one "&".
QString plainText(const QString &text)
{
    // Translations for languages without Latin letters add the key in brackets: "文件(&F)".
    static const QRegularExpression bracketed(QStringLiteral(R"(\s*\(&[^&]\))"));
    const QString unbracketed = QString(text).remove(bracketed);
    QString out;
    out.reserve(unbracketed.size());
    for (qsizetype i = 0; i < unbracketed.size(); ++i) {
        if (unbracketed.at(i) == u'&' && ++i == unbracketed.size())
            break;   // the marker goes; of "&&" one '&' stays
        out += unbracketed.at(i);
    }
    return out.trimmed();
}

QString shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &key : action->shortcuts())
        keys << key.toString(QKeySequence::NativeText);
    return keys.join(QLatin1String(", "));
}

void collectMenu(const QMenu *menu, const QString &group, QList<ShortcutsDialog::Entry> *entries,
                 QSet<const QAction *> *seen)
{
    for (const QAction *action : menu->actions()) {
        seen->insert(action);
        if (action->isSeparator() || action->text().isEmpty())
            continue;
        if (const QMenu *sub = action->menu()) {
            collectMenu(sub, group + QLatin1String(" > ") + plainText(sub->title()), entries, seen);
            continue;
        }
        entries->append({group, plainText(action->text()), shortcutText(action)});
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::collect(const QWidget *window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    const auto *mainWindow = qobject_cast<const QMainWindow *>(window);
    if (const QMenuBar *bar = mainWindow ? mainWindow->menuBar() : nullptr) {
        for (const QAction *action : bar->actions()) {
            if (const QMenu *menu = action->menu())
                collectMenu(menu, plainText(menu->title()), &entries, &seen);
        }
    }
    // Actions outside the menus (a list's Delete key, say) count when they have a shortcut.
    const QList<QAction *> actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (seen.contains(action) || action->shortcuts().isEmpty() || action->text().isEmpty())
            continue;
        seen.insert(action);
        const QString text = action->toolTip() != plainText(action->text()) && !action->toolTip().isEmpty()
                             ? action->toolTip() : plainText(action->text());
        entries.append({tr("Other"), text, shortcutText(action)});
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("shortcutsFilter"));
    m_filter->setPlaceholderText(tr("Search actions and keys"));
    m_filter->setClearButtonEnabled(true);

    m_view = new QTreeWidget(this);
    m_view->setObjectName(QStringLiteral("shortcutsView"));
    m_view->setColumnCount(2);
    m_view->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_view->setRootIsDecorated(true);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_view->header()->setStretchLastSection(false);

    // One branch per menu, in menu order; a submenu's branch follows its menu's.
    QHash<QString, QTreeWidgetItem *> groups;
    for (const Entry &entry : collect(window)) {
        QTreeWidgetItem *&groupItem = groups[entry.group];
        if (!groupItem) {
            groupItem = new QTreeWidgetItem(m_view, {entry.group});
            QFont bold = groupItem->font(0);
            bold.setBold(true);
            groupItem->setFont(0, bold);
            groupItem->setFirstColumnSpanned(true);
        }
        new QTreeWidgetItem(groupItem, {entry.action, entry.shortcuts});
    }
    m_view->expandAll();
    connect(m_filter, &QLineEdit::textChanged, this, &ShortcutsDialog::applyFilter);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filter);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(520, 600);
}

void ShortcutsDialog::applyFilter(const QString &text)
{
    const QStringList words = foldForSearch(text).split(u' ', Qt::SkipEmptyParts);
    for (int g = 0; g < m_view->topLevelItemCount(); ++g) {
        QTreeWidgetItem *group = m_view->topLevelItem(g);
        int shown = 0;
        for (int i = 0; i < group->childCount(); ++i) {
            QTreeWidgetItem *item = group->child(i);
            const QString haystack = foldForSearch(group->text(0) + u' ' + item->text(0) + u' '
                                                   + item->text(1));
            bool match = true;
            for (const QString &word : words)
                match = match && haystack.contains(word);
            item->setHidden(!match);
            shown += match ? 1 : 0;
        }
        group->setHidden(shown == 0);
    }
}

} // namespace refmend
