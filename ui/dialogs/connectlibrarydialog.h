#pragma once

#include "storage/librarylocation.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace refmend {

/*! \brief Library > Connect to Shared Library: a PostgreSQL server's host, port, database
    and user, and the password, which is kept in memory only (empty: PGPASSWORD, or none). */
class ConnectLibraryDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectLibraryDialog(const LibraryLocation &last, QWidget *parent = nullptr);

    LibraryLocation location() const;

    QLineEdit *hostField() const { return m_host; }
    QSpinBox *portField() const { return m_port; }
    QLineEdit *databaseField() const { return m_database; }
    QLineEdit *userField() const { return m_user; }
    QLineEdit *passwordField() const { return m_password; }

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace refmend
