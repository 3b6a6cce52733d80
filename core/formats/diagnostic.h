#pragma once

#include <QList>
#include <QString>

namespace refmend {

enum class Severity { Info, Warning, Error };

/*! \brief A problem found while reading (or checking) a file, with where it is. */
struct Diagnostic {
    Severity severity = Severity::Warning;
    int line = 0;          // 1-based; 0 when it concerns the whole file
    int column = 0;        // 1-based; 0 when unknown
    QString message;
    int recordIndex = -1;  // index in Collection::records, -1 if none (skipped record, file)
    QString field;         // the field or tag a writer could not place, when that is the subject

    //! "file:line:col: severity: message", the form compilers use.
    QString toString(const QString &fileName) const;
};

QString severityName(Severity severity);

} // namespace refmend
