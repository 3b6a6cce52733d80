#include "icons.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QIcon>
#include <QImage>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QToolBar>
#include <QWidgetAction>
#include <QtTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

// Set by tests/auto/ui/CMakeLists.txt from resources/CMakeLists.txt (REFMEND_ACTION_ICONS).
QStringList actionIconNames()
{
    return QString::fromUtf8(REFMEND_ACTION_ICONS).split(u'|', Qt::SkipEmptyParts);
}

int opaquePixels(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
        }
    }
    return count;
}

QImage rendered(const QIcon &icon, int size)
{
    return icon.pixmap(QSize(size, size)).toImage().convertToFormat(QImage::Format_ARGB32);
}

//! Every action of the window's menus (and their submenus) and of its main toolbar.
QList<QAction *> windowActions(const MainWindow &w)
{
    QList<QAction *> actions;
    QList<QMenu *> menus;
    for (QAction *action : w.menuBar()->actions()) {
        if (action->menu())
            menus << action->menu();
    }
    while (!menus.isEmpty()) {
        QMenu *menu = menus.takeFirst();
        for (QAction *action : menu->actions()) {
            actions << action;
            if (action->menu())
                menus << action->menu();
        }
    }
    if (const auto *toolBar = w.findChild<QToolBar *>(u"mainToolBar"_s))
        actions << toolBar->actions();
    return actions;
}

} // namespace

class tst_Icons : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        // No desktop theme: what a user without one (or on another system) sees.
        QIcon::setThemeSearchPaths({});
        QIcon::setThemeName(QString());
        QVERIFY(!actionIconNames().isEmpty());
    }

    void cleanupTestCase() { QSettings().clear(); }

    void shouldBundleADrawingOfEveryActionIcon_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : actionIconNames())
            QTest::newRow(qPrintable(name)) << name;
    }

    void shouldBundleADrawingOfEveryActionIcon()
    {
        QFETCH(QString, name);
        const QIcon icon = bundledIcon(name);
        QVERIFY2(!icon.isNull(), qPrintable(u":/refmend/icons/%1.svg is missing"_s.arg(name)));
        // Drawn for 16 and 24 px: something visible at both, and not a filled square.
        for (const int size : {16, 24}) {
            const QImage image = rendered(icon, size);
            QCOMPARE(image.size(), QSize(size, size));
            const int opaque = opaquePixels(image);
            QVERIFY2(opaque > size * size / 10, qPrintable(u"%1 px: %2 pixels drawn"_s.arg(size).arg(opaque)));
            QVERIFY2(opaque < size * size, qPrintable(u"%1 px: every pixel drawn"_s.arg(size)));
        }
    }

    void shouldFallBackToTheBundledDrawingWithoutATheme()
    {
        for (const QString &name : actionIconNames()) {
            const QIcon icon = themeIcon(name);
            QVERIFY2(!icon.isNull(), qPrintable(name));
            QCOMPARE(rendered(icon, 16), rendered(bundledIcon(name), 16));
        }
        QVERIFY(bundledIcon(u"no-such-icon"_s).isNull());
        QVERIFY(themeIcon(u"no-such-icon"_s).isNull());
    }

    void shouldUseEveryBundledIconInTheMenusOrToolbar()
    {
        MainWindow w;
        const QList<QAction *> actions = windowActions(w);
        QVERIFY(!actions.isEmpty());
        for (const QString &name : actionIconNames()) {
            const QImage wanted = rendered(bundledIcon(name), 16);
            const bool used = std::any_of(actions.cbegin(), actions.cend(), [&](QAction *action) {
                return !action->icon().isNull() && rendered(action->icon(), 16) == wanted;
            });
            QVERIFY2(used, qPrintable(u"no menu or toolbar action shows %1"_s.arg(name)));
        }
    }

    void shouldGiveEveryMainToolbarActionAnIcon()
    {
        MainWindow w;
        const auto *toolBar = w.findChild<QToolBar *>(u"mainToolBar"_s);
        QVERIFY(toolBar);
        int buttons = 0;
        for (QAction *action : toolBar->actions()) {
            if (action->isSeparator() || qobject_cast<QWidgetAction *>(action))
                continue;   // the search field
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
            QVERIFY2(opaquePixels(rendered(action->icon(), 16)) > 0, qPrintable(action->text()));
            ++buttons;
        }
        QVERIFY(buttons >= 4);   // open, save, undo, redo
    }

    void shouldHaveAnApplicationIcon()
    {
        const QIcon icon(u":/refmend/icons/refmend.svg"_s);
        for (const int size : {16, 48, 256}) {
            const QImage image = rendered(icon, size);
            QCOMPARE(image.size(), QSize(size, size));
            QVERIFY(opaquePixels(image) > size * size / 4);
        }
    }
};

QTEST_MAIN(tst_Icons)
#include "tst_icons.moc"
