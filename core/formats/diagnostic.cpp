#include "formats/diagnostic.h"

using namespace Qt::StringLiterals;

namespace refmend {

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return u"note"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Error:
        return u"error"_s;
    }
    return QString();
}

QString Diagnostic::toString(const QString &fileName) const
{
    QString where = fileName;
    if (line > 0) {
        where += u':' + QString::number(line);
        if (column > 0)
            where += u':' + QString::number(column);
    }
    return where + u": "_s + severityName(severity) + u": "_s + message;
}

} // namespace refmend
