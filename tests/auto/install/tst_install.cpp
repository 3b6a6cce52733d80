#include "installlayout.h"
#include "settings/translations.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QMimeDatabase>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    bool ran = false;
};

Run run(const QString &program, const QStringList &arguments,
        const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    result.ran = process.waitForStarted() && process.waitForFinished(60000)
            && process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QString describe(const Run &r)
{
    return u"exit %1\n%2\n%3"_s.arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

class tst_Install : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_destDir;   // DESTDIR: the install and nothing else
    QString m_prefix;          // m_destDir + /usr
    QTemporaryDir m_scratch;   // home folder of the installed programs, MIME database

    QString installed(const QString &relative) const { return m_prefix + u'/' + relative; }

    //! An environment for running the installed programs that leaves the user's files alone.
    QProcessEnvironment sandbox() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_scratch.filePath(u"home"_s));
        env.insert(u"XDG_CONFIG_HOME"_s, m_scratch.filePath(u"home/.config"_s));
        env.insert(u"XDG_DATA_HOME"_s, m_scratch.filePath(u"home/.local/share"_s));
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_destDir.isValid() && m_scratch.isValid());
        m_prefix = m_destDir.filePath(u"usr"_s);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DESTDIR"_s, m_destDir.path());
        const Run install = run(QStringLiteral(REFMEND_CMAKE),
                                {u"--install"_s, QStringLiteral(REFMEND_BUILD_DIR), u"--prefix"_s,
                                 u"/usr"_s},
                                env);
        QVERIFY2(install.ran && install.exitCode == 0, qPrintable(describe(install)));
    }

    void shouldInstallEveryFile_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &path : installlayout::expectedFiles())
            QTest::newRow(qPrintable(path)) << path;
    }

    void shouldInstallEveryFile()
    {
        QFETCH(QString, path);
        const QFileInfo info(installed(path));
        QVERIFY2(info.isFile(), qPrintable(info.filePath()));
        QVERIFY(info.size() > 0);
        if (path.startsWith(u"bin/"_s))
            QVERIFY(info.isExecutable());
    }

    void shouldInstallNothingElse()
    {
        // A new install rule belongs in installlayout.h (and so in the package's check too).
        QStringList unexpected;
        const QStringList expected = installlayout::expectedFiles();
        QDirIterator it(m_destDir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = QDir(m_prefix).relativeFilePath(it.next());
            if (!expected.contains(relative))
                unexpected << relative;
        }
        QVERIFY2(unexpected.isEmpty(), qPrintable(unexpected.join(u", ")));
    }

    void shouldInstallTheApplicationIconInEverySize()
    {
        for (const QString &size : installlayout::split(REFMEND_ICON_SIZES)) {
            const QString path = installed(u"share/icons/hicolor/%1x%1/apps/refmend.png"_s.arg(size));
            const QImage image(path);
            QVERIFY2(!image.isNull(), qPrintable(path));
            QCOMPARE(image.size(), QSize(size.toInt(), size.toInt()));
            QVERIFY(image.hasAlphaChannel());
            int opaque = 0;
            for (int y = 0; y < image.height(); ++y) {
                for (int x = 0; x < image.width(); ++x)
                    opaque += qAlpha(image.pixel(x, y)) > 0 ? 1 : 0;
            }
            QVERIFY2(opaque > image.width() * image.height() / 4, qPrintable(path));
        }
        // The same drawing as the window icon compiled into the program.
        QFile scalable(installed(u"share/icons/hicolor/scalable/apps/refmend.svg"_s));
        QFile compiled(u":/refmend/icons/refmend.svg"_s);
        QVERIFY(scalable.open(QIODevice::ReadOnly) && compiled.open(QIODevice::ReadOnly));
        QCOMPARE(scalable.readAll(), compiled.readAll());
    }

    void shouldRunTheInstalledCommandLineTool()
    {
        const QString cli = installed(u"bin/refmend-cli"_s);
        const Run version = run(cli, {u"--version"_s}, sandbox());
        QVERIFY2(version.ran && version.exitCode == 0, qPrintable(describe(version)));
        QCOMPARE(version.out.trimmed(), u"refmend-cli " REFMEND_VERSION ""_s);

        const Run check = run(cli, {u"check"_s, installed(u"share/refmend/sample-collection.enw"_s)},
                              sandbox());
        QVERIFY2(check.ran && check.exitCode == 0, qPrintable(describe(check)));
        QVERIFY2(check.out.contains(u"\"Ana L¨²cia Costa\" would read \"Ana Lúcia Costa\""_s),
                 qPrintable(check.out));
    }

    void shouldFindTheInstalledTranslations()
    {
        const QString installedDir = installed(u"share/refmend/translations"_s);
        const QStringList directories = translationDirectories(installed(u"bin"_s));
        QCOMPARE(directories, (QStringList{installedDir, u":/i18n"_s}));
        for (const QString &code : installlayout::split(REFMEND_TRANSLATION_CODES))
            QCOMPARE(findTranslation(code, directories), installedDir);
        // Not installed (the build tree, or a bare copy of the executable): the embedded ones.
        const QStringList embedded = translationDirectories(QStringLiteral(REFMEND_BUILD_DIR "/app"));
        QCOMPARE(embedded, QStringList{u":/i18n"_s});
        QCOMPARE(findTranslation(u"pt_PT"_s, embedded), u":/i18n"_s);
        QCOMPARE(findTranslation(u"xx"_s, directories), QString());

        QTranslator translator;
        QVERIFY(translator.load(u"refmend_pt_PT"_s, installedDir));
        QCOMPARE(translator.translate("refmend::MainWindow", "&File"), u"&Ficheiro"_s);
    }

    void shouldStartTheInstalledProgramInItsTranslation()
    {
        QProcessEnvironment env = sandbox();
        env.insert(u"REFMEND_LANGUAGE"_s, u"pt_PT"_s);
        const Run help = run(installed(u"bin/refmend"_s), {u"--help"_s}, env);
        QVERIFY2(help.ran && help.exitCode == 0, qPrintable(describe(help)));
        QVERIFY2(help.out.contains(u"Ver, reparar e converter"_s), qPrintable(help.out));
    }

    void shouldValidateTheDesktopFile()
    {
        const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
        if (validator.isEmpty())
            QSKIP("desktop-file-validate is not installed (Debian: desktop-file-utils)");
        const Run r = run(validator, {installed(u"share/applications/org.refmend.RefMend.desktop"_s)});
        QVERIFY2(r.ran && r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.out.isEmpty() && r.err.isEmpty(), qPrintable(describe(r)));   // not even hints
    }

    void shouldValidateTheMetainfo()
    {
        const QString validator = QStandardPaths::findExecutable(u"appstreamcli"_s);
        if (validator.isEmpty())
            QSKIP("appstreamcli is not installed (Debian: appstream)");
        const Run file = run(validator, {u"validate"_s, u"--no-net"_s,
                                         installed(u"share/metainfo/org.refmend.RefMend.metainfo.xml"_s)});
        QVERIFY2(file.ran && file.exitCode == 0, qPrintable(describe(file)));
        // The tree as a whole: the metainfo's launchable names the installed .desktop file.
        const Run tree = run(validator, {u"validate-tree"_s, u"--no-net"_s, m_destDir.path()});
        QVERIFY2(tree.ran && tree.exitCode == 0, qPrintable(describe(tree)));
    }

    void shouldRegisterTheMimeTypes()
    {
        const QString updater = QStandardPaths::findExecutable(u"update-mime-database"_s);
        if (updater.isEmpty())
            QSKIP("update-mime-database is not installed (Debian: shared-mime-info)");
        /* One database of the system's types and ours, as the shared-mime-info trigger makes
           of /usr/share/mime after the package is installed (Qt 6.4 does not rank magic
           across two databases: a type of priority 10 in the second would win). */
        const QString share = m_scratch.filePath(u"merged"_s);
        const QString packages = share + u"/mime/packages"_s;
        QVERIFY(QDir().mkpath(packages));
        for (const QFileInfo &system : QDir(u"/usr/share/mime/packages"_s).entryInfoList({u"*.xml"_s}))
            QVERIFY(QFile::copy(system.filePath(), packages + u'/' + system.fileName()));
        QVERIFY(QFile::copy(installed(u"share/mime/packages/org.refmend.RefMend.xml"_s),
                            packages + u"/org.refmend.RefMend.xml"_s));
        // This process has not used QMimeDatabase yet: it will read this database alone.
        qputenv("XDG_DATA_DIRS", QFile::encodeName(share));
        qputenv("XDG_DATA_HOME", QFile::encodeName(m_scratch.filePath(u"empty"_s)));
        const Run update = run(updater, {share + u"/mime"_s});
        QVERIFY2(update.ran && update.exitCode == 0 && update.err.isEmpty(), qPrintable(describe(update)));
        QMimeDatabase db;
        const QList<std::pair<QString, QString>> byName = {
            {u"refs.enw"_s, u"application/x-endnote-refer"_s},
            {u"refs.ris"_s, u"application/x-research-info-systems"_s},
            {u"refs.bib"_s, u"text/x-bibtex"_s},
            {u"pubmed-export.nbib"_s, u"application/x-nbib"_s},
            {u"team.refmend"_s, u"application/x-refmend-library"_s},
        };
        for (const auto &[name, type] : byName)
            QCOMPARE(db.mimeTypeForFile(name, QMimeDatabase::MatchExtension).name(), type);
        // Files without a telling name are known by their first bytes.
        QCOMPARE(db.mimeTypeForData(QByteArray("%0 Journal Article\n%T A title\n")).name(),
                 u"application/x-endnote-refer"_s);
        QCOMPARE(db.mimeTypeForData(QByteArray("\xEF\xBB\xBFTY  - JOUR\r\nTI  - A title\r\n")).name(),
                 u"application/x-research-info-systems"_s);
        QCOMPARE(db.mimeTypeForData(QByteArray("\nPMID- 23762627\nOWN - NLM\n")).name(),
                 u"application/x-nbib"_s);
        QTemporaryDir dir;
        QFile library(dir.filePath(u"team.refmend"_s));
        QVERIFY(library.open(QIODevice::WriteOnly));
        library.write(QByteArray("SQLite format 3\0", 16) + QByteArray(84, '\0'));
        library.close();
        const QMimeType libraryType = db.mimeTypeForFile(library.fileName());
        QCOMPARE(libraryType.name(), u"application/x-refmend-library"_s);
        QVERIFY(libraryType.inherits(u"application/vnd.sqlite3"_s));

        // Every type the .desktop file opens is one the database knows.
        QFile desktopFile(installed(u"share/applications/org.refmend.RefMend.desktop"_s));
        QVERIFY(desktopFile.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString text = QString::fromUtf8(desktopFile.readAll());
        const QRegularExpressionMatch m = QRegularExpression(u"^MimeType=(.*)$"_s,
                QRegularExpression::MultilineOption).match(text);
        QVERIFY(m.hasMatch());
        const QStringList types = m.captured(1).split(u';', Qt::SkipEmptyParts);
        QVERIFY(types.size() >= 4);
        for (const QString &type : types)
            QVERIFY2(db.mimeTypeForName(type).isValid(), qPrintable(type));
    }

    void shouldInstallManPagesThatRender_data()
    {
        QTest::addColumn<QString>("page");
        QTest::addColumn<QStringList>("sections");
        const QStringList common = {u"NAME"_s, u"SYNOPSIS"_s, u"DESCRIPTION"_s, u"OPTIONS"_s,
                                    u"FILES"_s, u"SEE ALSO"_s};
        QTest::newRow("refmend.1") << u"refmend.1"_s << (common + QStringList{u"ENVIRONMENT"_s});
        QTest::newRow("refmend-cli.1")
                << u"refmend-cli.1"_s
                << (common + QStringList{u"COMMANDS"_s, u"LIBRARY COMMANDS"_s, u"EXIT STATUS"_s,
                                         u"EXAMPLES"_s});
    }

    void shouldInstallManPagesThatRender()
    {
        QFETCH(QString, page);
        QFETCH(QStringList, sections);
        const QString path = installed(u"share/man/man1/"_s + page);
        QFile source(path);
        QVERIFY(source.open(QIODevice::ReadOnly | QIODevice::Text));
        const QString roff = QString::fromUtf8(source.readAll());
        // The version in the header is the project's.
        QVERIFY2(roff.contains(QRegularExpression(u"^\\.TH \\S+ 1 \"[0-9-]+\" \"RefMend " REFMEND_VERSION "\""_s,
                                                  QRegularExpression::MultilineOption)),
                 qPrintable(roff.left(300)));

        const QString man = QStandardPaths::findExecutable(u"man"_s);
        if (man.isEmpty())
            QSKIP("man is not installed (Debian: man-db)");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MANWIDTH"_s, u"80"_s);
        env.insert(u"MANPAGER"_s, u"cat"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        const Run r = run(man, {u"--warnings"_s, u"-l"_s, path}, env);
        QVERIFY2(r.ran && r.exitCode == 0, qPrintable(describe(r)));
        QVERIFY2(r.err.isEmpty(), qPrintable(r.err));   // groff's warnings: none
        const QString text = r.out;
        for (const QString &section : std::as_const(sections)) {
            QVERIFY2(text.contains(QRegularExpression(u"^"_s + QRegularExpression::escape(section) + u"$"_s,
                                                      QRegularExpression::MultilineOption)),
                     qPrintable(section));
        }
    }

    void shouldDocumentEveryCommandAndOptionOfTheHelp()
    {
        const Run help = run(installed(u"bin/refmend-cli"_s), {u"--help"_s}, sandbox());
        QVERIFY2(help.ran && help.exitCode == 0, qPrintable(describe(help)));
        QFile source(installed(u"share/man/man1/refmend-cli.1"_s));
        QVERIFY(source.open(QIODevice::ReadOnly | QIODevice::Text));
        // The man page as text: roff's \- is a plain hyphen.
        const QString roff = QString::fromUtf8(source.readAll()).replace(u"\\-"_s, u"-"_s);

        QStringList commands;
        const QString commandsPart = help.out.section(u"Commands:"_s, 1).section(u"Options:"_s, 0, 0);
        QRegularExpressionMatchIterator it =
                QRegularExpression(u"^  ([a-z]+)\\b"_s, QRegularExpression::MultilineOption)
                        .globalMatch(commandsPart);
        while (it.hasNext())
            commands << it.next().captured(1);
        QVERIFY2(commands.size() >= 3, qPrintable(help.out));
        // Each has an item of its own (.TP, then the command or option in bold).
        for (const QString &command : std::as_const(commands)) {
            QVERIFY2(roff.contains(QRegularExpression(u"^\\.TP\n\\.BI? \"?"_s + command + u"\\b"_s,
                                                      QRegularExpression::MultilineOption)),
                     qPrintable(u"command not in the man page: "_s + command));
        }
        QStringList options;
        it = QRegularExpression(u"(--[a-z][a-z-]*)"_s).globalMatch(help.out);
        while (it.hasNext())
            options << it.next().captured(1);
        options.removeDuplicates();
        QVERIFY2(options.size() >= 8, qPrintable(options.join(u' ')));
        for (const QString &option : std::as_const(options)) {
            const QRegularExpression item(u"^\\.TP\n\\.B[IR]? (-[a-z] \", \" )?"_s
                                                  + QRegularExpression::escape(option) + u"[ =\n\"]"_s,
                                          QRegularExpression::MultilineOption);
            QVERIFY2(roff.contains(item), qPrintable(u"option not in the man page: "_s + option));
        }
    }
};

QTEST_MAIN(tst_Install)
#include "tst_install.moc"
