#include "librarylocation.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace refmend {

bool LibraryLocation::isValid() const
{
    if (engine == LibraryEngine::SQLite)
        return !path.isEmpty();
    return !host.isEmpty() && !database.isEmpty() && port > 0 && port < 65536;
}

LibraryLocation LibraryLocation::fromUrl(const QString &url, QString *error)
{
    LibraryLocation location;
    const QString text = url.trimmed();
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return LibraryLocation{};
    };
    if (text.isEmpty())
        return fail(u"No library given"_s);

    if (text.startsWith(u"postgresql://"_s) || text.startsWith(u"postgres://"_s)) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return fail(u"\"%1\" is not a valid URL: %2"_s.arg(text, parsed.errorString()));
        location.engine = LibraryEngine::PostgreSQL;
        location.host = parsed.host();
        location.port = parsed.port(5432);
        location.user = parsed.userName();
        location.password = parsed.password();
        location.database = parsed.path().mid(1);
        if (location.host.isEmpty())
            return fail(u"\"%1\" names no host (postgresql://user@host:port/database)"_s.arg(text));
        if (location.database.isEmpty() || location.database.contains(u'/'))
            return fail(u"\"%1\" names no database (postgresql://user@host:port/database)"_s.arg(text));
        return location;
    }

    QString path = text;
    if (path.startsWith(u"sqlite://"_s))
        path = QUrl(path).toLocalFile().isEmpty() ? path.mid(9) : QUrl(path).toLocalFile();
    else if (path.startsWith(u"sqlite:"_s))
        path = path.mid(7);
    else if (path.startsWith(u"file:"_s))
        path = QUrl(path).toLocalFile();
    if (path.startsWith(u"~/"_s))
        path = QDir::homePath() + path.mid(1);
    if (path.isEmpty())
        return fail(u"\"%1\" names no library file"_s.arg(text));
    location.engine = LibraryEngine::SQLite;
    location.path = QFileInfo(path).absoluteFilePath();
    return location;
}

QString LibraryLocation::toUrl() const
{
    if (engine == LibraryEngine::SQLite)
        return path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(u"/"_s + database);
    return url.toString();
}

QString LibraryLocation::displayName() const
{
    if (engine == LibraryEngine::SQLite)
        return QFileInfo(path).fileName();
    return u"%1 on %2"_s.arg(database, host);
}

QString LibraryLocation::defaultSqlitePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(u"library.refmend"_s);
}

} // namespace refmend
