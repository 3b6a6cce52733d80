#include "cleanup/authorclusters.h"
#include "dialogs/authorsview.h"
#include "document/document.h"
#include "mainwindow.h"
#include "views/recordtableview.h"
#include "models/authorclustermodel.h"
#include "models/authorfilterproxy.h"
#include "testconfig.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTreeView>
#include <QUndoStack>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

const QString kAuthors = QStringLiteral(REFMEND_TEST_DATA_DIR "/ui/authors.enw");

//! Every person of every role of every record, in display form, record by record.
QStringList allNames(const Document &doc)
{
    QStringList names;
    for (const Record &record : doc.records()) {
        for (int r = 0; r < int(PersonRole::Count); ++r) {
            for (const Person &p : record.persons(PersonRole(r)))
                names << p.displayName();
        }
    }
    return names;
}

QStringList childNames(const QAbstractItemModel *model, const QModelIndex &parent, int kind)
{
    QStringList names;
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex child = model->index(row, AuthorClusterModel::Name, parent);
        if (child.data(AuthorClusterModel::RowKindRole).toInt() == kind)
            names << child.data().toString();
    }
    names.sort();
    return names;
}

} // namespace

class tst_AuthorsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(QFile::exists(kAuthors));
    }

    void shouldShowTheCostaVariantsAsOneClusterApartFromAnaLucia()
    {
        Document doc;
        QVERIFY(doc.loadFile(kAuthors));
        AuthorsView view;
        QAbstractItemModelTester modelTester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDocument(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        AuthorClusterModel *model = view.model();
        const int luis = model->findCluster(u"Costa, Luís"_s);
        QVERIFY(luis >= 0);
        const QModelIndex cluster = model->clusterIndex(luis);
        QCOMPARE(cluster.data().toString(), u"Costa, Luís"_s);
        QCOMPARE(cluster.siblingAtColumn(AuthorClusterModel::Records).data().toInt(), 6);
        QCOMPARE(childNames(model, cluster, AuthorClusterModel::VariantRow),
                 (QStringList{u"COSTA, LUIS"_s, u"Costa, L."_s, u"Costa, Luis"_s, u"Costa, Luís"_s}));

        const int ana = model->findCluster(u"Costa, Ana Lúcia"_s);
        QVERIFY(ana >= 0);
        QVERIFY(ana != luis);
        QCOMPARE(model->clusterIndex(ana, AuthorClusterModel::Records).data().toInt(), 2);
        // The garbled "Lu¨ªs Costa" of the fifth record is one of Luís's written forms.
        QVERIFY(model->findCluster(u"Lu¨ªs Costa"_s) == luis);
    }

    void shouldShowMuellerAsAPossibleMatchThatIsNeverMergedOnItsOwn()
    {
        Document doc;
        QVERIFY(doc.loadFile(kAuthors));
        AuthorsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDocument(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AuthorClusterModel *model = view.model();
        const int mueller = model->findCluster(u"Müller, Hans"_s);
        const int mueller2 = model->findCluster(u"Mueller, Hans"_s);
        QVERIFY(mueller >= 0 && mueller2 >= 0);
        QVERIFY(mueller != mueller2);
        const QModelIndex cluster = model->clusterIndex(mueller);
        QCOMPARE(childNames(model, cluster, AuthorClusterModel::PossibleMatchRow),
                 QStringList{u"Possible match: Mueller, Hans"_s});
        QCOMPARE(childNames(model, cluster, AuthorClusterModel::VariantRow), QStringList{});

        // Applying Müller's own form leaves Mueller alone ...
        QVERIFY(view.selectName(u"Müller, Hans"_s));
        QCOMPARE(view.pendingRecordCount(), 0);
        // ... until the user checks the possible match.
        const QModelIndex match = model->index(0, AuthorClusterModel::Name, cluster);
        QCOMPARE(match.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(model->setData(match, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(view.pendingRecordCount(), 1);
        QCOMPARE(view.applyCanonical(), 1);
        QCOMPARE(doc.record(3).authors().at(1).displayName(), u"Müller, Hans"_s);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void shouldApplyCostaLuisToEveryRecordAndUndoItInOneStep()
    {
        Document doc;
        QVERIFY(doc.loadFile(kAuthors));
        const QList<Record> original = doc.records();
        AuthorsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDocument(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QVERIFY(view.selectName(u"Costa, L."_s));      // a variant row ...
        QCOMPARE(view.familyEdit()->text(), u"Costa"_s);
        QCOMPARE(view.givenEdit()->text(), u"L."_s);
        QVERIFY(view.selectName(u"Costa, Luís"_s));    // ... then the full form
        QCOMPARE(view.givenEdit()->text(), u"Luís"_s);
        QCOMPARE(view.canonical().displayName(), u"Costa, Luís"_s);
        QVERIFY(view.applyButton()->isEnabled());
        QVERIFY2(view.applyButton()->text().contains(u"5"_s), qPrintable(view.applyButton()->text()));

        QTest::mouseClick(view.applyButton(), Qt::LeftButton);
        QCOMPARE(doc.undoStack()->count(), 1);
        const QStringList renamed = allNames(doc);
        QCOMPARE(renamed.count(u"Costa, Luís"_s), 6);
        QCOMPARE(renamed.count(u"Costa, Ana Lúcia"_s), 2);
        for (const QString &variant : {u"Costa, L."_s, u"Costa, Luis"_s, u"COSTA, LUIS"_s})
            QVERIFY2(!renamed.contains(variant), qPrintable(variant));
        QCOMPARE(doc.record(4).authors().at(0).raw, u"Costa, Luís"_s);
        QCOMPARE(doc.record(5).persons(PersonRole::Editor).at(0).displayName(), u"Costa, Luís"_s);
        QCOMPARE(doc.record(2).authors().at(0).displayName(), u"Macedo, Daniela"_s);

        // The view follows: one variant left, and it stays selected.
        const int luis = view.model()->findCluster(u"Costa, Luís"_s);
        QCOMPARE(view.model()->clustering().clusters.at(luis).variants.size(), 1);
        QCOMPARE(view.canonical().displayName(), u"Costa, Luís"_s);
        QVERIFY(!view.applyButton()->isEnabled());

        doc.undoStack()->undo();
        QCOMPARE(doc.records(), original);
        QTRY_COMPARE(view.model()->clustering().clusters.at(view.model()->findCluster(u"Costa, Luís"_s))
                             .variants.size(), 4);

        doc.undoStack()->redo();
        QCOMPARE(allNames(doc).count(u"Costa, Luís"_s), 6);
        QTRY_COMPARE(view.model()->clustering().clusters.at(view.model()->findCluster(u"Costa, Luís"_s))
                             .variants.size(), 1);
    }

    void shouldRenameOnePersonEverywhereFromTypedParts()
    {
        Document doc;
        QVERIFY(doc.loadFile(kAuthors));
        AuthorsView view;
        view.setDocument(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectName(u"Macedo, Daniela"_s));
        view.givenEdit()->setText(u"Daniela Sofia"_s);
        view.particleEdit()->setText(u"de"_s);
        QCOMPARE(view.pendingRecordCount(), 1);
        QCOMPARE(view.applyCanonical(), 1);
        const Person renamed = doc.record(2).authors().at(0);
        QCOMPARE(renamed.given, u"Daniela Sofia"_s);
        QCOMPARE(renamed.particle, u"de"_s);
        QCOMPARE(renamed.family, u"Macedo"_s);
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.record(2).authors().at(0).displayName(), u"Macedo, Daniela"_s);
    }

    void shouldRenameOnlyTheSelectedVariantWhenAsked()
    {
        Document doc;
        QVERIFY(doc.loadFile(kAuthors));
        AuthorsView view;
        view.setDocument(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectName(u"COSTA, LUIS"_s));
        view.variantOnlyBox()->setChecked(true);
        view.familyEdit()->setText(u"Costa"_s);
        view.givenEdit()->setText(u"Luis"_s);
        QCOMPARE(view.applyCanonical(), 1);
        QCOMPARE(doc.record(3).authors().at(0).displayName(), u"Costa, Luis"_s);
        QCOMPARE(doc.record(1).authors().at(0).displayName(), u"Costa, L."_s);
    }

    void shouldFilterAndSortTheNames()
    {
        Document doc;
        QVERIFY(doc.loadFile(kAuthors));
        AuthorsView view;
        QAbstractItemModelTester tester(view.proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDocument(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        AuthorFilterProxy *proxy = view.proxy();
        const int all = proxy->rowCount();
        QCOMPARE(all, view.model()->rowCount());

        // Most records first by default.
        QCOMPARE(proxy->index(0, AuthorClusterModel::Name).data().toString(), u"Costa, Luís"_s);
        view.tree()->sortByColumn(AuthorClusterModel::Name, Qt::AscendingOrder);
        QCOMPARE(proxy->index(0, AuthorClusterModel::Name).data().toString(), u"Costa, Ana Lúcia"_s);

        view.searchField()->setText(u"lucia"_s);   // accents and case ignored
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->index(0, 0).data().toString(), u"Costa, Ana Lúcia"_s);
        view.searchField()->setText(u"COSTA LUIS"_s);   // found through the variants too
        QCOMPARE(proxy->rowCount(), 1);
        QCOMPARE(proxy->rowCount(proxy->index(0, 0)), 4);
        view.searchField()->clear();
        QCOMPARE(proxy->rowCount(), all);
    }

    void shouldListOnlyTheChosenRole()
    {
        Document doc;
        QVERIFY(doc.loadFile(kAuthors));
        AuthorsView view;
        QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        view.setDocument(&doc);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *roles = view.findChild<QComboBox *>();
        QVERIFY(roles);
        roles->setCurrentIndex(roles->findData(int(PersonRole::Editor)));
        QCOMPARE(view.model()->rowCount(), 1);
        QCOMPARE(view.model()->index(0, AuthorClusterModel::Name).data().toString(), u"Costa, L."_s);
        // Renaming editors leaves the same name as an author alone.
        QVERIFY(view.selectName(u"Costa, L."_s));
        view.givenEdit()->setText(u"Luís"_s);
        QCOMPARE(view.applyCanonical(), 1);
        QCOMPARE(doc.record(5).persons(PersonRole::Editor).at(0).displayName(), u"Costa, Luís"_s);
        QCOMPARE(doc.record(1).authors().at(0).displayName(), u"Costa, L."_s);
    }

    void shouldOpenFromTheToolsMenuWithCtrlShiftA()
    {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.openFile(kAuthors));
        QVERIFY(w.authorsView()->isHidden());
        QAction *action = nullptr;
        const QList<QAction *> actions = w.findChildren<QAction *>();
        for (QAction *a : actions) {
            if (a->shortcut() == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A))
                action = a;
        }
        QVERIFY(action);
        action->trigger();
        QVERIFY(w.authorsView()->isVisible());
        QVERIFY(w.authorsView()->model()->findCluster(u"Costa, Luís"_s) >= 0);
        QSignalSpy activated(w.authorsView(), &AuthorsView::recordActivated);
        QVERIFY(w.authorsView()->selectName(u"Smith, John"_s));
        Q_EMIT w.authorsView()->tree()->activated(w.authorsView()->tree()->currentIndex());
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.constFirst().constFirst().toInt(), 5);
        QCOMPARE(w.tableView()->currentRecord(), 5);
        w.close();
    }

    void shouldSaveAScreenshotWithTheCostaClusterExpanded()
    {
        Document doc;
        QVERIFY(doc.loadFile(kAuthors));
        AuthorsView view;
        view.setDocument(&doc);
        view.resize(520, 640);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.selectName(u"Costa, Luís"_s));
        const int muller = view.model()->findCluster(u"Müller, Hans"_s);
        view.tree()->expand(view.proxy()->mapFromSource(view.model()->clusterIndex(muller)));
        QTest::qWait(100);
        const QModelIndex current = view.tree()->currentIndex();
        QVERIFY(view.tree()->isExpanded(current.parent().isValid() ? current.parent() : current));

        const QImage image = view.grab().toImage();
        QVERIFY(!image.isNull());
        const QString dir = QCoreApplication::applicationDirPath() + u"/screenshots"_s;
        QVERIFY(QDir().mkpath(dir));
        const QString file = dir + u"/authorsview.png"_s;
        QVERIFY(image.save(file));
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 2) {
            for (int x = 0; x < image.width(); x += 2)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 10, qPrintable(QString::number(colours.size())));
        qInfo("screenshot: %s", qPrintable(QDir::toNativeSeparators(file)));
    }
};

QTEST_MAIN(tst_AuthorsView)
#include "tst_authorsview.moc"
