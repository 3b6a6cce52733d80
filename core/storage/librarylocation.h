#pragma once

#include <QString>

namespace refmend {

enum class LibraryEngine { SQLite, PostgreSQL };

/*! \brief Where a library lives: a SQLite file, or a PostgreSQL database.
    Written as a URL: a path ("~/refs.refmend", "sqlite:/tmp/x.refmend") or
    "postgresql://user@host:5432/dbname". A password is never part of the URL RefMend shows
    or stores: it comes from PGPASSWORD, or the user types it. */
struct LibraryLocation {
    LibraryEngine engine = LibraryEngine::SQLite;
    QString path;               // SQLite: the library file
    QString host;               // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password;           // held in memory only

    bool isValid() const;
    bool isShared() const { return engine == LibraryEngine::PostgreSQL; }

    /*! Reads \a url (see above; "postgres://" and "postgresql://" are the same). A password
        in the URL is taken but not kept in toUrl(). Returns an invalid location and sets
        \a error when \a url cannot be a library. */
    static LibraryLocation fromUrl(const QString &url, QString *error = nullptr);
    //! The URL without the password.
    QString toUrl() const;
    //! A short name for titles and status lines: the file name, or "dbname on host".
    QString displayName() const;

    //! The library file used when none is chosen: library.refmend in the application data folder.
    static QString defaultSqlitePath();

    friend bool operator==(const LibraryLocation &a, const LibraryLocation &b)
    { return a.toUrl() == b.toUrl(); }
};

} // namespace refmend
