#include "connectlibrarydialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace refmend {

ConnectLibraryDialog::ConnectLibraryDialog(const LibraryLocation &last, QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(last.host.isEmpty() ? QStringLiteral("localhost") : last.host))
    , m_port(new QSpinBox)
    , m_database(new QLineEdit(last.database))
    , m_user(new QLineEdit(last.user.isEmpty() ? qEnvironmentVariable("USER") : last.user))
    , m_password(new QLineEdit)
{
    setWindowTitle(tr("Connect to a Shared Library"));
    setObjectName(QStringLiteral("connectLibraryDialog"));
    m_port->setRange(1, 65535);
    m_port->setValue(last.port > 0 ? last.port : 5432);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(qEnvironmentVariableIsSet("PGPASSWORD")
                                           ? tr("from PGPASSWORD") : tr("none"));
    m_database->setPlaceholderText(tr("for example: lab_references"));

    auto *intro = new QLabel(tr("A shared library is a PostgreSQL database that several people "
                                "edit at once. RefMend makes its tables the first time."));
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    auto *note = new QLabel(tr("The password is not stored."));
    note->setEnabled(false);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(location().isValid());
    };
    connect(m_host, &QLineEdit::textChanged, this, updateOk);
    connect(m_database, &QLineEdit::textChanged, this, updateOk);
    updateOk();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(note);
    layout->addWidget(buttons);
}

LibraryLocation ConnectLibraryDialog::location() const
{
    LibraryLocation l;
    l.engine = LibraryEngine::PostgreSQL;
    l.host = m_host->text().trimmed();
    l.port = m_port->value();
    l.database = m_database->text().trimmed();
    l.user = m_user->text().trimmed();
    l.password = m_password->text();
    return l;
}

} // namespace refmend
