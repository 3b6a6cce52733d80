#pragma once

// A throwaway PostgreSQL server for the tests of shared libraries: initdb into a temporary
// folder, pg_ctl on a free loopback port (as the postgres user when the tests run as root),
// stopped and removed when the object goes.

#include "storage/librarylocation.h"

#include <QDir>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

namespace refmend::test {

class PgTestServer
{
public:
    PgTestServer() = default;
    PgTestServer(const PgTestServer &) = delete;
    PgTestServer &operator=(const PgTestServer &) = delete;
    ~PgTestServer() { stop(); }

    //! Where initdb and pg_ctl are, or empty (PostgreSQL not installed).
    static QString binDir()
    {
        const QDir lib(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = lib.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString &a, const QString &b) { return a.toInt() > b.toInt(); });
        for (const QString &v : versions) {
            const QString bin = lib.filePath(v + QStringLiteral("/bin"));
            if (QFile::exists(bin + QStringLiteral("/initdb")))
                return bin;
        }
        const QString initdb = QStandardPaths::findExecutable(QStringLiteral("initdb"));
        return initdb.isEmpty() ? QString() : QFileInfo(initdb).absolutePath();
    }

    //! Starts a new server; false with \a why when it cannot (the caller skips or fails).
    bool start(QString *why)
    {
        m_bin = binDir();
        if (m_bin.isEmpty())
            return fail(why, QStringLiteral("PostgreSQL is not installed (no initdb)"));
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL")))
            return fail(why, QStringLiteral("Qt's PostgreSQL driver is not installed (libqt6sql6-psql)"));
        if (!m_dir.isValid())
            return fail(why, QStringLiteral("no temporary folder"));
        if (geteuid() == 0) {
            const passwd *pw = getpwnam("postgres");
            if (!pw)
                return fail(why, QStringLiteral("running as root and there is no postgres user"));
            if (chown(QFile::encodeName(m_dir.path()).constData(), pw->pw_uid, pw->pw_gid) != 0)
                return fail(why, QStringLiteral("cannot give the temporary folder to postgres"));
            m_runAs = QStringLiteral("postgres");
        }
        m_port = freePort();
        QString out;
        if (!run(QStringLiteral("initdb"),
                 { QStringLiteral("-D"), dataDir(), QStringLiteral("-U"), user(),
                   QStringLiteral("--auth=trust"), QStringLiteral("-E"), QStringLiteral("UTF8"),
                   QStringLiteral("--no-locale"), QStringLiteral("-N") }, &out))
            return fail(why, QStringLiteral("initdb failed: ") + out);
        if (!startServer(&out))
            return fail(why, QStringLiteral("pg_ctl start failed: ") + out);
        m_started = true;
        return true;
    }

    //! Stops the server as a crash or a cut network would look to clients.
    bool kill()
    {
        QString out;
        return run(QStringLiteral("pg_ctl"), { QStringLiteral("-D"), dataDir(), QStringLiteral("-m"),
                                               QStringLiteral("immediate"), QStringLiteral("-w"),
                                               QStringLiteral("stop") }, &out);
    }
    bool startAgain()
    {
        QString out;
        return startServer(&out);
    }

    void stop()
    {
        if (!m_started)
            return;
        kill();
        m_started = false;
    }

    int port() const { return m_port; }
    static QString user() { return QStringLiteral("refmend"); }

    //! Makes a new empty database and gives its location.
    LibraryLocation createDatabase(const QString &name, QString *why = nullptr)
    {
        const QString connection = QUuid::createUuid().toString();
        bool ok = false;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(QStringLiteral("127.0.0.1"));
            db.setPort(m_port);
            db.setUserName(user());
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                QSqlQuery q(db);
                ok = q.exec(QStringLiteral("CREATE DATABASE \"%1\"").arg(name));
                if (!ok && why)
                    *why = q.lastError().text();
            } else if (why) {
                *why = db.lastError().text();
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        LibraryLocation location;
        if (!ok)
            return location;
        location.engine = LibraryEngine::PostgreSQL;
        location.host = QStringLiteral("127.0.0.1");
        location.port = m_port;
        location.database = name;
        location.user = user();
        return location;
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool startServer(QString *out)
    {
        const QString options = QStringLiteral("-p %1 -k %2 -c listen_addresses=127.0.0.1 -c fsync=off")
                                        .arg(m_port).arg(m_dir.path());
        return run(QStringLiteral("pg_ctl"),
                   { QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                     m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-o"), options,
                     QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                     QStringLiteral("start") }, out);
    }

    bool run(const QString &tool, const QStringList &args, QString *out) const
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setWorkingDirectory(m_dir.path());
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (m_runAs.isEmpty())
            p.start(program, args);
        else
            p.start(QStringLiteral("runuser"),
                    QStringList{ QStringLiteral("-u"), m_runAs, QStringLiteral("--"), program } + args);
        if (!p.waitForFinished(120000)) {
            p.kill();
            p.waitForFinished();
        }
        *out = QString::fromLocal8Bit(p.readAll());
        return p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }

    static int freePort()
    {
        const int fd = socket(AF_INET, SOCK_STREAM, 0);
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
        addr.sin_port = 0;
        socklen_t len = sizeof addr;
        int port = 54329;
        if (fd >= 0 && bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) == 0
            && getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len) == 0)
            port = ntohs(addr.sin_port);
        if (fd >= 0)
            ::close(fd);
        return port;
    }

    static bool fail(QString *why, const QString &message)
    {
        if (why)
            *why = message;
        return false;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_runAs;
    int m_port = 0;
    bool m_started = false;
};

} // namespace refmend::test
