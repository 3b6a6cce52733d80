#pragma once

#include <QIcon>
#include <QString>

namespace refmend {

/*! \brief The icon \a name (a freedesktop icon name, "document-open") from the desktop's
    icon theme, else RefMend's own drawing of it (:/refmend/icons/<name>.svg), so that
    menus and the toolbar have icons on desktops without a theme and on other systems. */
QIcon themeIcon(const QString &name);

//! The bundled drawing of \a name alone, without the theme (null when there is none).
QIcon bundledIcon(const QString &name);

} // namespace refmend
