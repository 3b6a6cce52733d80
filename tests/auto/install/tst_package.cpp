#include "installlayout.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    bool ran = false;
};

Run run(const QString &program, const QStringList &arguments, const QString &workingDirectory = {})
{
    QProcess process;
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    Run result;
    result.ran = process.waitForStarted() && process.waitForFinished(90000)
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

/* `cpack -G DEB` from this build directory (cmake/Packaging.cmake), into a temporary folder:
   the package lists every installed file under /usr and says what it needs from Debian 12. */
class tst_Package : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_deb;

    QString field(const QString &name)
    {
        const Run r = run(u"dpkg-deb"_s, {u"--field"_s, m_deb, name});
        return r.exitCode == 0 ? r.out.trimmed() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"dpkg-deb"_s).isEmpty())
            QSKIP("not a Debian system: no dpkg-deb");
        QVERIFY(m_dir.isValid());
        const QString output = m_dir.filePath(u"out"_s);
        const Run cpack = run(QStringLiteral(REFMEND_CPACK),
                              {u"-G"_s, u"DEB"_s, u"-B"_s, output, u"--config"_s,
                               QStringLiteral(REFMEND_BUILD_DIR "/CPackConfig.cmake")},
                              m_dir.path());
        QVERIFY2(cpack.ran && cpack.exitCode == 0, qPrintable(describe(cpack)));
        const QStringList debs = QDir(output).entryList({u"refmend_*.deb"_s}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = QDir(output).filePath(debs.first());
    }

    void shouldBeNamedForDebian()
    {
        const Run arch = run(u"dpkg"_s, {u"--print-architecture"_s});
        QCOMPARE(QFileInfo(m_deb).fileName(),
                 u"refmend_" REFMEND_VERSION "-1_%1.deb"_s.arg(arch.out.trimmed()));
    }

    void shouldListEveryInstalledFile()
    {
        const Run list = run(u"dpkg"_s, {u"-c"_s, m_deb});
        QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
        // "-rwxr-xr-x root/root  1234 2026-01-01 00:00 ./usr/bin/refmend"
        QStringList paths;
        for (const QString &line : list.out.split(u'\n', Qt::SkipEmptyParts)) {
            const QString path = line.section(u' ', -1);
            if (!path.endsWith(u'/'))
                paths << path;
        }
        for (const QString &file : refmend::installlayout::expectedFiles())
            QVERIFY2(paths.contains(u"./usr/"_s + file), qPrintable(file + u"\n"_s + list.out));
        QCOMPARE(paths.size(), refmend::installlayout::expectedFiles().size());
    }

    void shouldDescribeThePackage()
    {
        QCOMPARE(field(u"Package"_s), u"refmend"_s);
        QCOMPARE(field(u"Version"_s), u"" REFMEND_VERSION "-1"_s);
        QCOMPARE(field(u"Section"_s), u"science"_s);
        QVERIFY(!field(u"Maintainer"_s).isEmpty());
        QVERIFY(field(u"Description"_s).startsWith(u"reference viewer and editor"_s));
        // dpkg-shlibdeps' libraries, and the Qt plugins the program loads but does not link.
        const QString depends = field(u"Depends"_s);
        for (const QString &package : {u"libqt6widgets6"_s, u"libqt6core6"_s, u"libuchardet0"_s,
                                       u"libqt6svg6"_s, u"libqt6sql6-sqlite"_s, u"libqt6sql6-psql"_s,
                                       u"qt6-qpa-plugins"_s}) {
            QVERIFY2(depends.contains(package), qPrintable(package + u" not in: "_s + depends));
        }
    }

    void shouldHoldExecutablesThatRun()
    {
        const QString root = m_dir.filePath(u"root"_s);
        const Run extract = run(u"dpkg-deb"_s, {u"--extract"_s, m_deb, root});
        QVERIFY2(extract.exitCode == 0, qPrintable(describe(extract)));
        const Run version = run(root + u"/usr/bin/refmend-cli"_s, {u"--version"_s});
        QCOMPARE(version.out.trimmed(), u"refmend-cli " REFMEND_VERSION ""_s);
        // Stripped (CPACK_STRIP_FILES): smaller than the build tree's.
        QVERIFY(QFileInfo(root + u"/usr/bin/refmend"_s).size()
                < QFileInfo(QStringLiteral(REFMEND_BUILD_DIR "/app/refmend")).size());
    }
};

QTEST_MAIN(tst_Package)
#include "tst_package.moc"
