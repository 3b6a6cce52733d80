#include "detail/detailview.h"
#include "dialogs/exportdialog.h"
#include "dialogs/preferencesdialog.h"
#include "document/document.h"
#include "mainwindow.h"
#include "model/collection.h"
#include "models/recordtablemodel.h"
#include "settings/preferences.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    box->setCurrentIndex(index);
}

Collection curieCollection()
{
    Collection c;
    c.formatId = u"ris"_s;
    Record record;
    record.type = RecordType::Article;
    record.setValue(FieldKey::Title, u"Radioactive substances"_s);
    Person curie;
    curie.family = u"Curie"_s;
    curie.given = u"Marie"_s;
    Person becquerel;
    becquerel.family = u"Becquerel"_s;
    becquerel.given = u"Henri"_s;
    record.setPersons(PersonRole::Author, {curie, becquerel});
    c.records = {record};
    return c;
}

} // namespace

class tst_PreferencesDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settingsDir;

    QString settingsFile() const
    {
        return QSettings().fileName();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Settings in a folder of our own, as a fresh user's would be.
        QVERIFY(m_settingsDir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
        QCoreApplication::setOrganizationName(u"RefMendTest"_s);
        QCoreApplication::setApplicationName(u"tst_preferencesdialog"_s);
        QVERIFY(settingsFile().startsWith(m_settingsDir.path()));
    }

    void init()
    {
        QSettings().clear();
    }

    void shouldStartWithTheDefaults()
    {
        const Preferences p = Preferences::load();
        QCOMPARE(p, Preferences());
        QCOMPARE(p.nameOrder, NameOrder::FamilyFirst);
        QVERIFY(p.backupEnabled);
        QCOMPARE(p.backupCount, 1);
        QVERIFY(p.language.isEmpty());

        PreferencesDialog dialog;
        QCOMPARE(dialog.preferences(), Preferences());
        QVERIFY(dialog.backupBox()->isChecked());
        QCOMPARE(dialog.backupCountBox()->value(), 1);
        QCOMPARE(dialog.languageBox()->currentData().toString(), QString());
    }

    void shouldKeepTheChoicesAcrossARestart()
    {
        {
            PreferencesDialog dialog;
            choose(dialog.nameOrderBox(), int(NameOrder::GivenFirst));
            choose(dialog.exportFormatBox(), u"ris"_s);
            choose(dialog.exportEncodingBox(), u"windows-1252"_s);
            QCOMPARE(dialog.bibtexCharactersBox()->currentData().toString(), u"auto"_s);
            choose(dialog.bibtexCharactersBox(), u"unicode"_s);
            choose(dialog.languageBox(), u"pt_PT"_s);
            dialog.backupCountBox()->setValue(3);
            dialog.backupBox()->setChecked(false);
            QVERIFY(!dialog.backupCountBox()->isEnabled());
            auto *buttons = dialog.findChild<QDialogButtonBox *>();
            QVERIFY(buttons);
            buttons->button(QDialogButtonBox::Ok)->click();
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }

        // What a new start reads: the file on disk, under the keys other code relies on.
        QSettings().sync();
        QVERIFY(QFile::exists(settingsFile()));
        const QSettings onDisk(settingsFile(), QSettings::IniFormat);
        QCOMPARE(onDisk.value(u"backup/enabled"_s).toBool(), false);
        QCOMPARE(onDisk.value(u"backup/count"_s).toInt(), 3);
        QCOMPARE(onDisk.value(u"ui/language"_s).toString(), u"pt_PT"_s);
        QCOMPARE(onDisk.value(u"export/format"_s).toString(), u"ris"_s);
        QCOMPARE(onDisk.value(u"export/encoding"_s).toString(), u"windows-1252"_s);
        QCOMPARE(onDisk.value(u"display/nameOrder"_s).toString(), u"given-first"_s);
        QCOMPARE(onDisk.value(u"export/bibtexCharacters"_s).toString(), u"unicode"_s);

        PreferencesDialog reopened;
        const Preferences p = reopened.preferences();
        QCOMPARE(p.nameOrder, NameOrder::GivenFirst);
        QCOMPARE(p.exportFormat, u"ris"_s);
        QCOMPARE(p.exportEncoding, u"windows-1252"_s);
        QCOMPARE(p.language, u"pt_PT"_s);
        QCOMPARE(p.backupEnabled, false);
        QCOMPARE(p.backupCount, 3);
        QCOMPARE(p.bibtexCharacters, u"unicode"_s);
        QCOMPARE(Preferences::load(), p);
    }

    void bibtexShouldBeWrittenInTheChosenCharacters()
    {
        QTemporaryDir dir;
        MainWindow w;
        Collection collection = curieCollection();
        Record r = collection.records.first();
        r.setValue(FieldKey::Title, u"Recherches sur les substances radioactives à Paris"_s);
        collection.records = { r };
        w.document()->setCollection(collection);
        auto exported = [&](const QString &name) {
            const QString path = dir.filePath(name);
            if (!w.document()->exportTo(path, u"bibtex"_s))
                return QByteArray();
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        QVERIFY(exported(u"auto.bib"_s).contains(R"(radioactives {\`a} Paris)"));
        PreferencesDialog *dialog = w.showPreferences();
        choose(dialog->bibtexCharactersBox(), u"unicode"_s);
        dialog->accept();
        QCOMPARE(w.document()->bibtexCharacters(), BibtexCharacters::Unicode);
        QVERIFY(exported(u"utf8.bib"_s).contains("radioactives \xc3\xa0 Paris"));
    }

    void shouldNotStoreWhenCancelled()
    {
        PreferencesDialog dialog;
        choose(dialog.languageBox(), u"de"_s);
        dialog.backupBox()->setChecked(false);
        dialog.reject();
        QCOMPARE(Preferences::load(), Preferences());
        QVERIFY(!QSettings().contains(Preferences::LanguageKey));
    }

    void shouldRestoreTheDefaultsOnlyInTheDialogUntilOk()
    {
        Preferences changed;
        changed.backupCount = 5;
        changed.language = u"es"_s;
        changed.save();
        PreferencesDialog dialog;
        QCOMPARE(dialog.preferences(), changed);
        dialog.restoreDefaults();
        QCOMPARE(dialog.preferences(), Preferences());
        QCOMPARE(Preferences::load(), changed);
        dialog.accept();
        QCOMPARE(Preferences::load(), Preferences());
    }

    void shouldOfferEveryLanguageAndTheWritableFormats()
    {
        PreferencesDialog dialog;
        QStringList languages;
        for (int i = 0; i < dialog.languageBox()->count(); ++i)
            languages << dialog.languageBox()->itemData(i).toString();
        QCOMPARE(languages, (QStringList{QString(), u"en"_s, u"pt_PT"_s, u"de"_s, u"zh_CN"_s, u"es"_s}));
        QVERIFY(dialog.exportFormatBox()->findData(u"csv"_s) >= 0);
        QVERIFY(dialog.exportFormatBox()->findData(u"ris"_s) >= 0);
        QCOMPARE(dialog.exportEncodingBox()->count(), int(ExportDialog::encodingChoices().size()));
    }

    void shouldWriteNamesInTheChosenOrderInTheTable()
    {
        MainWindow w;
        w.document()->setCollection(curieCollection());
        const QModelIndex cell = w.tableModel()->index(0, RecordTableModel::Authors);
        QCOMPARE(cell.data().toString(), u"Curie, Marie; Becquerel, Henri"_s);

        PreferencesDialog *dialog = w.showPreferences();
        choose(dialog->nameOrderBox(), int(NameOrder::GivenFirst));
        dialog->accept();
        QCOMPARE(cell.data().toString(), u"Marie Curie; Henri Becquerel"_s);
        // Sorting still goes by family name.
        QCOMPARE(cell.data(RecordTableModel::SortRole).toString().left(5), u"curie"_s);

        MainWindow restarted;   // the next start shows them the same way
        restarted.document()->setCollection(curieCollection());
        QCOMPARE(restarted.tableModel()->index(0, RecordTableModel::Authors).data().toString(),
                 u"Marie Curie; Henri Becquerel"_s);
    }

    void shouldShowCitationsInTheChosenStyle()
    {
        MainWindow w;
        w.document()->setCollection(curieCollection());
        w.detailView()->showRecord(0);
        QCOMPARE(w.detailView()->citationStyle(), CitationStyle::Apa);
        QVERIFY2(w.detailView()->toPlainText().startsWith(u"Curie, M., & Becquerel, H. (n.d.)."_s),
                 qPrintable(w.detailView()->toPlainText()));

        PreferencesDialog *dialog = w.showPreferences();
        QCOMPARE(dialog->citationStyleBox()->currentData().toString(), u"apa"_s);
        choose(dialog->citationStyleBox(), u"vancouver"_s);
        dialog->accept();
        QCOMPARE(Preferences::load().citationStyle, u"vancouver"_s);
        QCOMPARE(w.detailView()->citationStyle(), CitationStyle::Vancouver);
        QCOMPARE(w.tableModel()->citationStyle(), CitationStyle::Vancouver);   // drags too
        QVERIFY2(w.detailView()->toPlainText().startsWith(u"Curie M, Becquerel H."_s),
                 qPrintable(w.detailView()->toPlainText()));

        MainWindow restarted;   // the next start shows the same style
        QCOMPARE(restarted.detailView()->citationStyle(), CitationStyle::Vancouver);
        QCOMPARE(PreferencesDialog().citationStyleBox()->currentData().toString(), u"vancouver"_s);
    }

    void shouldStartExportWithTheDefaultFormat()
    {
        MainWindow w;
        w.document()->setCollection(curieCollection());
        QCOMPARE(w.defaultExportFormat(), u"ris"_s);   // the open file's
        Preferences p;
        p.exportFormat = u"csv"_s;
        p.save();
        QCOMPARE(w.defaultExportFormat(), u"csv"_s);
        p.exportFormat = u"no-such-format"_s;
        p.save();
        QCOMPARE(w.defaultExportFormat(), u"ris"_s);
    }

    void shouldOpenFromEditPreferences()
    {
        MainWindow w;
        QAction *found = nullptr;
        for (QAction *top : w.menuBar()->actions()) {
            for (QAction *action : top->menu()->actions()) {
                if (action->menuRole() == QAction::PreferencesRole)
                    found = action;
            }
            if (found) {
                QCOMPARE(top->text(), u"&Edit"_s);
                break;
            }
        }
        QVERIFY(found);
        QVERIFY(!found->shortcut().isEmpty());
        const QList<QKeySequence> standard = QKeySequence::keyBindings(QKeySequence::Preferences);
        if (!standard.isEmpty())
            QCOMPARE(found->shortcut(), standard.constFirst());
        found->trigger();
        auto *dialog = w.findChild<PreferencesDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        dialog->reject();
    }
};

QTEST_MAIN(tst_PreferencesDialog)
#include "tst_preferencesdialog.moc"
