#include "dialogs/documentguard.h"
#include "document/autosaver.h"
#include "formats/readlimits.h"
#include "latencyprobe.h"
#include "mainwindow.h"
#include "samplecollection.h"
#include "settings/preferences.h"
#include "settings/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RefMend"));
    QApplication::setApplicationDisplayName(QStringLiteral("RefMend")); // title: "file — RefMend"
    QApplication::setOrganizationName(QStringLiteral("RefMend"));
    QApplication::setApplicationVersion(QStringLiteral(REFMEND_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/refmend/icons/refmend.svg")));
    // The .desktop file's name: Wayland's app id, which matches windows to its icon and name.
    QGuiApplication::setDesktopFileName(QStringLiteral("org.refmend.RefMend"));

    // The language chosen in Preferences, else the system's; before any text is made.
    // REFMEND_LANGUAGE ("pt_PT", "en") overrides both, for trying a translation out.
    QString language = qEnvironmentVariable("REFMEND_LANGUAGE");
    if (language.isEmpty())
        language = QSettings().value(refmend::Preferences::LanguageKey).toString();
    refmend::installTranslators(language);
    // Limits on what a file may hold (size, line length, names per record), from settings.
    refmend::setDefaultReadLimits(refmend::ReadLimits::fromSettings(QSettings()));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "View, repair and convert citation files."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Citation files to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    // REFMEND_LATENCY_PROBE=1 (or =FILE) logs every stall of the GUI thread of 50 ms or more
    // and, at exit, the longest per activity (open, filter, sort, save, export).
    refmend::LatencyProbe::startIfRequested(&app);

    refmend::MainWindow window;
    // Unsaved changes are written to AppDataLocation/recovery a few seconds after each edit.
    // REFMEND_AUTOSAVE_MS sets how many milliseconds (default 5000), e.g. to try recovery out.
    bool intervalSet = false;
    const int autosaveMs = qEnvironmentVariableIntValue("REFMEND_AUTOSAVE_MS", &intervalSet);
    window.documentGuard()->setAutosave(refmend::Autosaver::defaultDirectory(),
                                        intervalSet && autosaveMs > 0 ? autosaveMs : 5000);
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty()) {
        // From the event loop, so that the window is up while the file is read.
        // Files, library files (.refmend) or shared libraries (postgresql://...): the first
        // here, each other one in a window of its own.
        QStringList paths;
        for (const QString &arg : files) {
            paths << (arg.startsWith(QLatin1String("postgres"))
                      ? arg : QDir::current().absoluteFilePath(arg));
        }
        QMetaObject::invokeMethod(&window, [&window, paths] { window.openFiles(paths); },
                                  Qt::QueuedConnection);
    } else {
        // What a RefMend that crashed left behind, once the window is up; else, on the very
        // first start, a copy of the sample collection, so a newcomer sees what RefMend does.
        QSettings settings;
        const QString sample = refmend::sampleForFirstStart(
                window.recentFiles(), refmend::sampleCollectionDirectory(), settings);
        QMetaObject::invokeMethod(&window, [&window, sample] {
            if (!window.documentGuard()->offerRecovery() && !sample.isEmpty())
                window.openFile(sample);
        }, Qt::QueuedConnection);
    }
    return app.exec();
}
