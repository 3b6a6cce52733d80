#include "cli.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("refmend-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("RefMend"));
    QCoreApplication::setApplicationVersion(QStringLiteral(REFMEND_VERSION));
    return refmend::runCli(QCoreApplication::arguments());
}
