#include "icons.h"

#include <QFileInfo>

namespace refmend {

QIcon bundledIcon(const QString &name)
{
    const QString path = QStringLiteral(":/refmend/icons/%1.svg").arg(name);
    return QFileInfo::exists(path) ? QIcon(path) : QIcon();
}

QIcon themeIcon(const QString &name)
{
    return QIcon::fromTheme(name, bundledIcon(name));
}

} // namespace refmend
