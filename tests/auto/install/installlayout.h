#pragma once

#include <QString>
#include <QStringList>

// What `cmake --install` (and so the .deb) puts under the prefix, from the build's own lists
// (tests/auto/install/CMakeLists.txt passes them in), for tst_install and tst_package.
namespace refmend::installlayout {

inline QStringList split(const char *joined)
{
    return QString::fromUtf8(joined).split(u'|', Qt::SkipEmptyParts);
}

//! Paths relative to the prefix ("bin/refmend", "share/man/man1/refmend.1", ...).
inline QStringList expectedFiles()
{
    QStringList files = {
        QStringLiteral("bin/refmend"),
        QStringLiteral("bin/refmend-cli"),
        QStringLiteral("share/applications/org.refmend.RefMend.desktop"),
        QStringLiteral("share/mime/packages/org.refmend.RefMend.xml"),
        QStringLiteral("share/metainfo/org.refmend.RefMend.metainfo.xml"),
        QStringLiteral("share/icons/hicolor/scalable/apps/refmend.svg"),
        QStringLiteral("share/man/man1/refmend.1"),
        QStringLiteral("share/man/man1/refmend-cli.1"),
        QStringLiteral("share/refmend/sample-collection.enw"),
    };
    for (const QString &size : split(REFMEND_ICON_SIZES))
        files << QStringLiteral("share/icons/hicolor/%1x%1/apps/refmend.png").arg(size);
    for (const QString &code : split(REFMEND_TRANSLATION_CODES))
        files << QStringLiteral("share/refmend/translations/refmend_%1.qm").arg(code);
    return files;
}

} // namespace refmend::installlayout
