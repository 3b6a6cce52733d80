#include "samplecollection.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace refmend {

namespace {

const QString kSampleShownKey = QStringLiteral("sample/shown");

} // namespace

QString sampleCollectionResource()
{
    return QStringLiteral(":/refmend/sample/sample-collection.enw");
}

QString sampleCollectionDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString sampleForFirstStart(const QStringList &recentFiles, const QString &directory,
                            QSettings &settings)
{
    if (!recentFiles.isEmpty() || settings.value(kSampleShownKey, false).toBool())
        return {};
    settings.setValue(kSampleShownKey, true);

    const QString path =
            QDir(directory).filePath(QFileInfo(sampleCollectionResource()).fileName());
    if (QFileInfo::exists(path))
        return path;   // an earlier copy, perhaps edited: never overwritten
    QFile sample(sampleCollectionResource());
    if (!QDir().mkpath(directory) || !sample.open(QIODevice::ReadOnly))
        return {};
    // Written, not QFile::copy()'d: a copy of a resource would be read-only.
    QSaveFile copy(path);
    if (!copy.open(QIODevice::WriteOnly) || copy.write(sample.readAll()) != sample.size()
        || !copy.commit()) {
        return {};
    }
    return path;
}

} // namespace refmend
