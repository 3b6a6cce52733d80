#pragma once

#include <QString>
#include <QStringList>

class QSettings;

namespace refmend {

/*! \brief The sample collection a newcomer sees on the first start: the damaged Hindawi
    export (one flattened EndNote record with GBK-as-Latin-1 names) and a dozen varied
    records, embedded as :/refmend/sample/sample-collection.enw (resources/sample/). */
QString sampleCollectionResource();

//! Where the first start puts its copy of the sample: AppDataLocation.
QString sampleCollectionDirectory();

/*! The file RefMend opens when started without one: on the first start (no \a recentFiles
    and the sample never shown before, as \a settings remember) a writable copy of the
    sample in \a directory, made unless one is there already; so edits to it can be saved.
    Empty on any later start, or when the copy cannot be written. Records in \a settings
    that the sample was offered, so that emptying the recent files does not bring it back. */
QString sampleForFirstStart(const QStringList &recentFiles, const QString &directory,
                            QSettings &settings);

} // namespace refmend
