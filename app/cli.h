#pragma once

#include <QStringList>

namespace refmend {

/*! \brief refmend-cli: headless convert, check and library commands. Returns the process
    exit code: 0 success, 1 the input had errors or could not be read/written (a file or a
    library), 2 bad usage. */
int runCli(const QStringList &arguments);

} // namespace refmend
