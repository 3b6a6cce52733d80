#include "mainwindow.h"
#include "models/recordtablemodel.h"
#include "settings/preferences.h"
#include "settings/translations.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

struct TsMessage {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    QString translationType;        // "", "unfinished", "vanished", "obsolete"
    QStringList translations;       // one, or one per plural form
    bool hasTranslation = false;
};

struct TsFile {
    QString language;
    QList<TsMessage> messages;
    QString error;
};

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = file.errorString();
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    TsMessage message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == "TS"_L1) {
                ts.language = xml.attributes().value("language"_L1).toString();
            } else if (name == "name"_L1) {
                context = xml.readElementText();
            } else if (name == "message"_L1) {
                message = TsMessage{};
                message.context = context;
                message.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            } else if (name == "source"_L1) {
                message.source = xml.readElementText();
            } else if (name == "comment"_L1) {
                message.comment = xml.readElementText();
            } else if (name == "translation"_L1) {
                message.hasTranslation = true;
                message.translationType = xml.attributes().value("type"_L1).toString();
                if (!message.numerus)
                    message.translations << xml.readElementText();
            } else if (name == "numerusform"_L1) {
                message.translations << xml.readElementText();
            }
        } else if (xml.isEndElement() && xml.name() == "message"_L1) {
            ts.messages << message;
        }
    }
    if (xml.hasError())
        ts.error = xml.errorString();
    return ts;
}

QString keyOf(const TsMessage &m)
{
    return m.context + u" | "_s + m.source + (m.comment.isEmpty() ? QString() : u" | "_s + m.comment);
}

QStringList tsFiles()
{
    return QStringLiteral(REFMEND_TS_FILES).split(u'|');
}

QString tsPath(const QString &file)
{
    return QStringLiteral(REFMEND_TS_DIR) + u'/' + file;
}

//! Plural forms Qt uses for the language of a .ts file.
int pluralFormCount(const QString &language)
{
    return language.startsWith("zh"_L1) ? 1 : 2;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%(?:n|L?[1-9])"_s);
    QSet<QString> found;
    for (auto it = pattern.globalMatch(text); it.hasNext();)
        found.insert(it.next().captured());
    return found;
}

//! The mnemonic of a menu text ("&File" -> 'f', "文件(&F)" -> 'f'); a null QChar when none.
QChar mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != u'&')
            continue;
        if (text.at(i + 1) == u'&') {
            ++i;
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

//! Texts in \a menu that share a mnemonic ("&Save / &Suchen").
QStringList clashingMnemonics(const QList<QAction *> &actions)
{
    QHash<QChar, QString> seen;
    QStringList clashes;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QChar key = mnemonic(action->text());
        if (key.isNull())
            continue;
        if (seen.contains(key))
            clashes << seen.value(key) + u" / "_s + action->text();
        else
            seen.insert(key, action->text());
    }
    return clashes;
}

//! A text of the main window, as it shows it.
QString mainWindowText(const char *source, int n)
{
    return QCoreApplication::translate("refmend::MainWindow", source, nullptr, n);
}

} // namespace

class tst_Translations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanup()
    {
        installTranslators(u"en"_s);
    }

    void everyEntryShouldHaveAFinishedTranslation_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString &file : tsFiles())
            QTest::newRow(qPrintable(file)) << file;
        QTest::newRow(REFMEND_PLURALS_TS_FILE) << QStringLiteral(REFMEND_PLURALS_TS_FILE);
    }

    void everyEntryShouldHaveAFinishedTranslation()
    {
        QFETCH(QString, file);
        const TsFile ts = readTs(tsPath(file));
        QVERIFY2(ts.error.isEmpty(), qPrintable(ts.error));
        QVERIFY(!ts.messages.isEmpty());
        const int forms = pluralFormCount(ts.language);
        QStringList problems;
        for (const TsMessage &m : ts.messages) {
            const QString where = keyOf(m);
            if (!m.hasTranslation) {
                problems << u"no translation: "_s + where;
                continue;
            }
            if (!m.translationType.isEmpty())
                problems << m.translationType + u": "_s + where;
            if (m.numerus && m.translations.size() != forms)
                problems << u"%1 plural forms instead of %2: "_s.arg(m.translations.size()).arg(forms) + where;
            for (qsizetype form = 0; form < m.translations.size(); ++form) {
                const QString &text = m.translations.at(form);
                if (text.trimmed().isEmpty()) {
                    problems << u"empty: "_s + where;
                    continue;
                }
                QSet<QString> wanted = placeholders(m.source);
                QSet<QString> got = placeholders(text);
                // The singular may leave the number out ("Only the selected record").
                if (m.numerus && form == 0 && !got.contains(u"%n"_s) && forms > 1)
                    wanted.remove(u"%n"_s);
                if (wanted != got)
                    problems << u"placeholders differ: "_s + where + u" -> "_s + text;
                if (mnemonic(m.source).isNull() != mnemonic(text).isNull())
                    problems << u"accelerator (&) missing or added: "_s + where + u" -> "_s + text;
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The .ts files must hold exactly what lupdate finds in the code today: run lupdate over
    // the same sources into a scratch file and compare (update_translations fixes a failure).
    void everyTsFileShouldMatchTheSources()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString scratch = dir.filePath(u"scratch_de.ts"_s);
        QStringList args;
        for (const QString &path : QStringLiteral(REFMEND_LUPDATE_PATHS).split(u'|'))
            args << QStringLiteral(REFMEND_SOURCE_DIR) + u'/' + path;
        args << u"-locations"_s << u"none"_s << u"-no-obsolete"_s << u"-silent"_s << u"-ts"_s << scratch;
        QProcess lupdate;
        lupdate.start(QStringLiteral(REFMEND_LUPDATE), args);
        QVERIFY2(lupdate.waitForFinished(120000), qPrintable(lupdate.errorString()));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());

        const TsFile code = readTs(scratch);
        QVERIFY2(code.error.isEmpty(), qPrintable(code.error));
        QSet<QString> fromCode;
        QSet<QString> pluralsFromCode;
        for (const TsMessage &m : code.messages) {
            fromCode.insert(keyOf(m));
            if (m.numerus)
                pluralsFromCode.insert(keyOf(m));
        }
        QVERIFY(fromCode.size() > 300);

        auto compare = [](const QString &file, const QSet<QString> &expected) {
            const TsFile ts = readTs(tsPath(file));
            QSet<QString> inFile;
            for (const TsMessage &m : ts.messages)
                inFile.insert(keyOf(m));
            QStringList problems;
            for (const QString &key : expected - inFile)
                problems << file + u" lacks: "_s + key;
            for (const QString &key : inFile - expected)
                problems << file + u" has a text the code no longer has: "_s + key;
            problems.sort();
            return problems;
        };
        QStringList problems;
        for (const QString &file : tsFiles())
            problems << compare(file, fromCode);
        problems << compare(QStringLiteral(REFMEND_PLURALS_TS_FILE), pluralsFromCode);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"run the update_translations target, then translate:\n"_s
                            + problems.join(u'\n')));
    }

    void everyLanguageOfThePreferencesShouldHaveATranslation()
    {
        for (const LanguageChoice &choice : availableLanguages()) {
            if (choice.code == "en"_L1)
                continue;
            const QString qm = u":/i18n/refmend_%1.qm"_s.arg(choice.code);
            QVERIFY2(QFile::exists(qm), qPrintable(qm));
            QVERIFY2(tsFiles().contains(u"refmend_%1.ts"_s.arg(choice.code)), qPrintable(choice.code));
        }
    }

    void shouldMatchTheSystemLanguagesToATranslation_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("exact") << QStringList{u"pt-PT"_s, u"pt"_s} << u"pt_PT"_s;
        QTest::newRow("Brazilian gets European Portuguese") << QStringList{u"pt-BR"_s} << u"pt_PT"_s;
        QTest::newRow("Austrian German") << QStringList{u"de-AT"_s} << u"de"_s;
        QTest::newRow("Mexican Spanish") << QStringList{u"es-MX"_s} << u"es"_s;
        QTest::newRow("simplified Chinese") << QStringList{u"zh-Hans-CN"_s} << u"zh_CN"_s;
        QTest::newRow("traditional Chinese is not simplified") << QStringList{u"zh-TW"_s} << QString();
        QTest::newRow("English first wins") << QStringList{u"en-GB"_s, u"de"_s} << QString();
        QTest::newRow("first language with a translation") << QStringList{u"fr-FR"_s, u"es-ES"_s} << u"es"_s;
        QTest::newRow("C locale") << QStringList{u"C"_s} << QString();
    }

    void shouldMatchTheSystemLanguagesToATranslation()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        const QStringList available{u"pt_PT"_s, u"de"_s, u"zh_CN"_s, u"es"_s};
        QCOMPARE(matchTranslation(uiLanguages, available), expected);
    }

    void shouldShowTheMainWindowMenusInPortuguese()
    {
        QCOMPARE(installTranslators(u"pt_PT"_s), u"pt_PT"_s);
        MainWindow w;
        QStringList titles;
        for (const QAction *action : w.menuBar()->actions())
            titles << action->text();
        QCOMPARE(titles, (QStringList{u"&Ficheiro"_s, u"&Editar"_s, u"&Biblioteca"_s,
                                      u"Ferramen&tas"_s, u"&Ver"_s, u"&Ajuda"_s}));
        const QMenu *file = w.menuBar()->actions().constFirst()->menu();
        QStringList fileActions;
        for (const QAction *action : file->actions())
            fileActions << action->text();
        QVERIFY2(fileActions.contains(u"&Guardar"_s), qPrintable(fileActions.join(u", "_s)));
        QVERIFY2(fileActions.contains(u"Guardar &como…"_s), qPrintable(fileActions.join(u", "_s)));
        QCOMPARE(w.tableModel()->headerData(0, Qt::Horizontal).toString(), u"Autores"_s);
        QCOMPARE(w.searchField()->placeholderText(), u"Procurar em todos os campos"_s);
        QCOMPARE(w.recordCountText(), u"0 de 0 registos"_s);
        QCOMPARE(mainWindowText("%n problem(s)", 1), u"1 problema"_s);
        QCOMPARE(mainWindowText("%n problem(s)", 2), u"2 problemas"_s);
        QCOMPARE(mainWindowText("%n problem(s)", 0), u"0 problemas"_s);
    }

    void shouldTranslateQtsStandardButtons_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("cancel");
        QTest::newRow("pt_PT") << u"pt_PT"_s << u"Cancelar"_s;
        QTest::newRow("de") << u"de"_s << u"Abbrechen"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"取消"_s;
        QTest::newRow("es") << u"es"_s << u"Cancelar"_s;
    }

    void shouldTranslateQtsStandardButtons()
    {
        QFETCH(QString, language);
        QFETCH(QString, cancel);
        QCOMPARE(installTranslators(language), language);
        QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
        QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), cancel);
        if (language == "pt_PT"_L1)   // not the Brazilian "Salvar"
            QCOMPARE(box.button(QDialogButtonBox::Save)->text(), u"Guardar"_s);
        for (const QString &text : qtButtonTexts()) {
            const QString translated = QCoreApplication::translate("QPlatformTheme", text.toLatin1().constData());
            QVERIFY2(!translated.isEmpty(), qPrintable(text));
        }
    }

    void shouldUseEnglishPluralsWithoutATranslation()
    {
        QCOMPARE(installTranslators(u"en"_s), QString());
        QCOMPARE(QCoreApplication::translate("refmend::MainWindow", "%n problem(s)", nullptr, 1),
                 u"1 problem"_s);
        QCOMPARE(QCoreApplication::translate("refmend::MainWindow", "%n problem(s)", nullptr, 3),
                 u"3 problems"_s);
        QCOMPARE(QCoreApplication::translate("refmend::MainWindow", "&File"), u"&File"_s);
    }

    void menusShouldNotShareAnAccelerator_data()
    {
        QTest::addColumn<QString>("language");
        for (const LanguageChoice &choice : availableLanguages())
            QTest::newRow(qPrintable(choice.code)) << choice.code;
    }

    void menusShouldNotShareAnAccelerator()
    {
        QFETCH(QString, language);
        installTranslators(language);
        MainWindow w;
        QStringList clashes = clashingMnemonics(w.menuBar()->actions());
        for (const QAction *top : w.menuBar()->actions()) {
            QMenu *menu = top->menu();
            QVERIFY(menu);
            Q_EMIT menu->aboutToShow();   // menus that fill themselves when opened
            clashes << clashingMnemonics(menu->actions());
        }
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u'\n')));
    }
};

QTEST_MAIN(tst_Translations)
#include "tst_translations.moc"
