// Replays every input under tests/libfuzzer/regressions/<target>/ through the very function
// that fuzz target runs (tests/libfuzzer/fuzztargets.cpp), in the normal build: an input
// that once crashed a reader or broke a property must pass now. Inputs of bugs not yet
// fixed wait in tests/libfuzzer/pending/<target>/ and are not run here.
#include "../../libfuzzer/fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QSet>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace refmend;

class Tst_FuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_regressions = QFINDTESTDATA("../../libfuzzer/regressions");
        QVERIFY2(!m_regressions.isEmpty(), "tests/libfuzzer/regressions not found");
    }

    void everyFolderShouldNameATarget()
    {
        const QStringList folders = QDir(m_regressions).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString &folder : folders) {
            QVERIFY2(fuzz::findTarget(folder.toUtf8().constData()),
                     qPrintable(folder + u": no fuzz target has this name"_s));
        }
    }

    void everyReproducerShouldPass_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const fuzz::Target &target : fuzz::targets()) {
            const QString name = QString::fromLatin1(target.name);
            const QDir dir(m_regressions + u'/' + name);
            for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                QTest::newRow(qPrintable(name + u'/' + file)) << name << dir.filePath(file);
            }
        }
    }

    void everyReproducerShouldPass()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        run(target, file.readAll());
    }

    // Inputs at the edges, for every target, whether or not it has regressions yet.
    void everyTargetShouldTakeEdgeInputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QByteArray>("input");
        const QList<QPair<const char *, QByteArray>> inputs{
            {"empty", QByteArray()},
            {"one NUL", QByteArray(1, '\0')},
            {"BOM only", "\xEF\xBB\xBF"_ba},
            {"UTF-16LE BOM and odd byte", "\xFF\xFE" "a"_ba},
            {"lone continuation bytes", "\x80\xBF\x80"_ba},
            {"line ends only", "\r\n\r\r\n\n"_ba},
            {"unbalanced braces", "@article{x, title = {{a}"_ba},
        };
        for (const fuzz::Target &target : fuzz::targets()) {
            for (const auto &[name, bytes] : inputs) {
                QTest::newRow(qPrintable(QString::fromLatin1(target.name) + u": "_s
                                         + QLatin1StringView(name)))
                        << QString::fromLatin1(target.name) << bytes;
            }
        }
    }

    void everyTargetShouldTakeEdgeInputs()
    {
        QFETCH(QString, target);
        QFETCH(QByteArray, input);
        run(target, input);
    }

private:
    static void run(const QString &name, const QByteArray &input)
    {
        const fuzz::Target *target = fuzz::findTarget(name.toLatin1().constData());
        QVERIFY2(target, qPrintable(name));
        try {
            fuzz::runTarget(*target, input);
        } catch (const fuzz::PropertyViolation &violation) {
            QFAIL(violation.what());
        }
    }

    QString m_regressions;
};

QTEST_GUILESS_MAIN(Tst_FuzzRegressions)
#include "tst_fuzzregressions.moc"
