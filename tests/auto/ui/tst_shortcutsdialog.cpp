#include "dialogs/shortcutsdialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

QString keys(QKeySequence::StandardKey key)
{
    return QKeySequence(key).toString(QKeySequence::NativeText);
}

const ShortcutsDialog::Entry *findEntry(const QList<ShortcutsDialog::Entry> &entries,
                                        const QString &action)
{
    for (const ShortcutsDialog::Entry &entry : entries) {
        if (entry.action == action)
            return &entry;
    }
    return nullptr;
}

int visibleRows(const QTreeWidget *view)
{
    int rows = 0;
    for (int g = 0; g < view->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = view->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            rows += group->isHidden() || group->child(i)->isHidden() ? 0 : 1;
    }
    return rows;
}

} // namespace

class tst_ShortcutsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void shouldListTheMainWindowsActionsWithTheirShortcuts()
    {
        MainWindow w;
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&w);

        const ShortcutsDialog::Entry *open = findEntry(entries, u"Open…"_s);
        QVERIFY(open);
        QCOMPARE(open->group, u"File"_s);
        QCOMPARE(open->shortcuts, keys(QKeySequence::Open));
        const ShortcutsDialog::Entry *save = findEntry(entries, u"Save"_s);
        QVERIFY(save);
        QCOMPARE(save->shortcuts, keys(QKeySequence::Save));
        const ShortcutsDialog::Entry *undo = findEntry(entries, u"Undo"_s);
        QVERIFY(undo);
        QCOMPARE(undo->group, u"Edit"_s);
        QCOMPARE(undo->shortcuts, keys(QKeySequence::Undo));

        // Submenus are named by their path; actions without a key are listed too.
        const ShortcutsDialog::Entry *choose = findEntry(entries, u"Choose Format…"_s);
        QVERIFY(choose);
        QCOMPARE(choose->group, u"File > Export"_s);
        const ShortcutsDialog::Entry *about = findEntry(entries, u"About RefMend"_s);
        QVERIFY(about);
        QVERIFY(about->shortcuts.isEmpty());
    }

    void shouldFollowTheActionsAsTheyAre()
    {
        // Built from the actions, not from a list: a new action shows up by itself.
        QMainWindow window;
        QMenu *tools = window.menuBar()->addMenu(u"&Tools"_s);
        QAction *action = tools->addAction(u"&Frobnicate"_s);
        action->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_J), QKeySequence(Qt::Key_F9)});
        auto *hidden = new QAction(u"Delete Person"_s, &window);
        hidden->setShortcut(QKeySequence::Delete);
        hidden->setToolTip(u"Remove the selected people"_s);
        window.addAction(hidden);
        auto *noKey = new QAction(u"Nothing"_s, &window);   // outside the menus, no key: left out
        window.addAction(noKey);

        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&window);
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).group, u"Tools"_s);
        QCOMPARE(entries.at(0).action, u"Frobnicate"_s);
        QCOMPARE(entries.at(0).shortcuts,
                 QKeySequence(Qt::CTRL | Qt::Key_J).toString(QKeySequence::NativeText) + u", "_s
                         + QKeySequence(Qt::Key_F9).toString(QKeySequence::NativeText));
        QCOMPARE(entries.at(1).group, u"Other"_s);
        QCOMPARE(entries.at(1).action, u"Remove the selected people"_s);
        QCOMPARE(entries.at(1).shortcuts, keys(QKeySequence::Delete));
    }

    void shouldFilterTheList()
    {
        MainWindow w;
        ShortcutsDialog *dialog = w.showShortcuts();
        QVERIFY(dialog);
        QTreeWidget *view = dialog->view();
        const int all = visibleRows(view);
        QCOMPARE(all, int(ShortcutsDialog::collect(&w).size()));
        dialog->filterField()->setText(u"undo"_s);
        QVERIFY(visibleRows(view) >= 1);
        QVERIFY(visibleRows(view) < all);
        dialog->filterField()->setText(keys(QKeySequence::Save));
        QVERIFY(visibleRows(view) >= 1);
        dialog->filterField()->clear();
        QCOMPARE(visibleRows(view), all);
        dialog->close();
    }

    void shouldBeOpenedFromTheHelpMenu()
    {
        MainWindow w;
        const QList<QAction *> tops = w.menuBar()->actions();
        QAction *help = tops.constLast();
        QCOMPARE(help->text(), u"&Help"_s);
        QAction *shortcuts = nullptr;
        for (QAction *action : help->menu()->actions()) {
            if (action->text() == u"&Keyboard Shortcuts"_s)
                shortcuts = action;
        }
        QVERIFY(shortcuts);
        shortcuts->trigger();
        auto *dialog = w.findChild<ShortcutsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->close();
    }

    void everyMenuActionShouldBeReachableFromTheKeyboard()
    {
        // Each menu opens with Alt+letter; inside, each entry has its letter or a shortcut.
        MainWindow w;
        QStringList unreachable;
        for (const QAction *top : w.menuBar()->actions()) {
            if (!top->text().contains(u'&'))
                unreachable << top->text();
            QMenu *menu = top->menu();
            Q_EMIT menu->aboutToShow();
            for (const QAction *action : menu->actions()) {
                if (action->isSeparator())
                    continue;
                if (!action->text().contains(u'&') && action->shortcut().isEmpty())
                    unreachable << top->text() + u" > "_s + action->text();
            }
        }
        QVERIFY2(unreachable.isEmpty(), qPrintable(unreachable.join(u'\n')));
    }

    void shouldUseTheStandardKeysWhereThereAreSome()
    {
        MainWindow w;
        const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::collect(&w);
        const std::pair<const char *, QKeySequence::StandardKey> standard[] = {
            {"Open…", QKeySequence::Open},   {"Save", QKeySequence::Save},
            {"Undo", QKeySequence::Undo},    {"Redo", QKeySequence::Redo},
            {"Find", QKeySequence::Find},    {"Quit", QKeySequence::Quit},
            {"Save As…", QKeySequence::SaveAs}, {"Find and Replace…", QKeySequence::Replace},
            {"Preferences…", QKeySequence::Preferences},
        };
        for (const auto &[text, key] : standard) {
            const ShortcutsDialog::Entry *entry = findEntry(entries, QString::fromUtf8(text));
            QVERIFY2(entry, text);
            const QList<QKeySequence> bindings = QKeySequence::keyBindings(key);
            if (bindings.isEmpty()) {   // the platform has none: there is a key all the same
                QVERIFY2(!entry->shortcuts.isEmpty(), text);
                continue;
            }
            QVERIFY2(entry->shortcuts.startsWith(bindings.constFirst().toString(QKeySequence::NativeText)),
                     qPrintable(QString::fromUtf8(text) + u": "_s + entry->shortcuts));
        }
    }
};

QTEST_MAIN(tst_ShortcutsDialog)
#include "tst_shortcutsdialog.moc"
