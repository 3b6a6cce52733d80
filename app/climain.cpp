#include "cli.h"
#include "formats/readlimits.h"

#include <QCoreApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refmend-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RefMend"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFMEND_VERSION));
    // The same limits as the application's (QSettings "limits/..." of RefMend).
    refmend::setDefaultReadLimits(refmend::ReadLimits::fromSettings(
            QSettings(QStringLiteral("RefMend"), QStringLiteral("RefMend"))));
    return refmend::runCli(QCoreApplication::arguments());
}
