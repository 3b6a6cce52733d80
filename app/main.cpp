#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("RefMend"));
    QApplication::setApplicationDisplayName(QStringLiteral("RefMend")); // title: "file — RefMend"
    QApplication::setOrganizationName(QStringLiteral("RefMend"));
    QApplication::setApplicationVersion(QStringLiteral(REFMEND_VERSION));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/refmend/icons/refmend.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(
            QApplication::translate("main", "View, repair and convert citation files."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QApplication::translate("main", "Citation files to open."),
                                 QStringLiteral("[files...]"));
    parser.process(app);

    refmend::MainWindow window;
    window.show();
    const QStringList files = parser.positionalArguments();
    if (!files.isEmpty())
        window.openFile(QDir::current().absoluteFilePath(files.first()));
    return app.exec();
}
