#include "documentguard.h"

#include "dialogs/comparedialog.h"
#include "document/autosaver.h"
#include "document/document.h"
#include "document/filewatcher.h"
#include "formats/fileio.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace refmend {

namespace {

QString displayName(const QString &path)
{
    return path.isEmpty() ? DocumentGuard::tr("an untitled collection") : QFileInfo(path).fileName();
}

} // namespace

DocumentGuard::DocumentGuard(Document *document, QWidget *window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_autosaver(new Autosaver(document, this))
    , m_watcher(new FileWatcher(this))
{
    connect(m_document, &Document::syncedWithFile, m_watcher, &FileWatcher::setPath);
    connect(m_document, &Document::filePathChanged, m_watcher, &FileWatcher::setPath);
    connect(m_document, &Document::writing, m_watcher, &FileWatcher::setHeld);
    connect(m_watcher, &FileWatcher::changedOnDisk, this, &DocumentGuard::changedOnDisk);
    connect(m_watcher, &FileWatcher::removedFromDisk, this, &DocumentGuard::removedFromDisk);
    connect(m_autosaver, &Autosaver::failed, this, [this](const QString &error) {
        Q_EMIT message(tr("Could not keep a recovery copy of your changes: %1").arg(error));
    });
}

DocumentGuard::~DocumentGuard() = default;

void DocumentGuard::setAutosave(const QString &directory, int intervalMs)
{
    m_autosaver->setInterval(intervalMs);
    m_autosaver->setDirectory(directory);
}

void DocumentGuard::discardRecovery()
{
    m_autosaver->discard();
}

bool DocumentGuard::offerRecovery(const QString &path)
{
    if (m_autosaver->directory().isEmpty())
        return false;
    const QList<RecoveryFile> files = Autosaver::orphaned(m_autosaver->directory(), path);
    for (RecoveryFile file : files) {
        switch (askAboutRecovery(file)) {
        case RecoveryChoice::Recover:
            if (recover(file))
                return true;
            break;
        case RecoveryChoice::Discard:
            file.remove();
            break;
        case RecoveryChoice::Later:
            break;
        }
    }
    return false;
}

DocumentGuard::RecoveryChoice DocumentGuard::askAboutRecovery(const RecoveryFile &file)
{
    const QString name = displayName(file.originalPath);
    const QString time = QLocale().toString(file.savedAt.toLocalTime(), QLocale::ShortFormat);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("RefMend closed without saving changes to %1 at %2. Recover them?")
                            .arg(name, time),
                    QMessageBox::NoButton, m_window);
    box.setObjectName(QStringLiteral("recoveryMessage"));
    QStringList details;
    if (!file.originalPath.isEmpty())
        details << QDir::toNativeSeparators(file.originalPath);
    details << tr("%n record(s) were kept for recovery.", nullptr, file.recordCount);
    const QFileInfo original(file.originalPath);
    if (!file.originalPath.isEmpty() && original.exists() && original.lastModified() > file.savedAt)
        details << tr("The file has changed on disk since then; saving the recovered version replaces it.");
    details << tr("Decide Later keeps them for the next time you open the file.");
    box.setInformativeText(details.join(u'\n'));
    QPushButton *recover = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    recover->setObjectName(QStringLiteral("recoverButton"));
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardButton"));
    QPushButton *later = box.addButton(tr("Decide &Later"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterButton"));
    box.setDefaultButton(recover);
    box.setEscapeButton(later);
    box.exec();
    if (box.clickedButton() == recover)
        return RecoveryChoice::Recover;
    if (box.clickedButton() == discard)
        return RecoveryChoice::Discard;
    return RecoveryChoice::Later;
}

bool DocumentGuard::recover(RecoveryFile file)
{
    QString error;
    const Collection collection = file.load(&error);
    if (!error.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Cannot Recover"),
                        tr("The changes to %1 could not be recovered.").arg(displayName(file.originalPath)),
                        QMessageBox::Ok, m_window);
        box.setObjectName(QStringLiteral("recoveryErrorMessage"));
        box.setInformativeText(tr("%1\n\nThe recovery file is kept: %2")
                                       .arg(error, QDir::toNativeSeparators(file.dataPath)));
        box.exec();
        return false;
    }
    m_document->setCollection(collection);
    m_document->markModified();   // it differs from the file: closing asks to save
    m_watcher->setPath(collection.sourcePath);
    // Kept again under this document before the old copy goes, so that no moment is unsafe.
    m_autosaver->saveNow();
    file.remove();
    Q_EMIT recovered(collection.sourcePath);
    Q_EMIT message(tr("Recovered the unsaved changes to %1").arg(displayName(collection.sourcePath)));
    return true;
}

void DocumentGuard::changedOnDisk(const QString &path)
{
    if (m_asking || path != QFileInfo(m_document->filePath()).absoluteFilePath())
        return;   // the question already open covers this change too
    m_asking = true;
    const QString name = displayName(path);
    auto *box = new QMessageBox(QMessageBox::Warning, tr("File Changed on Disk"),
                                tr("%1 was changed by another program.").arg(name),
                                QMessageBox::NoButton, m_window);
    box->setObjectName(QStringLiteral("fileChangedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(
            m_document->isModified()
            ? tr("You have unsaved changes. Reload shows the file as it is now (Undo brings "
                 "your version back); Keep Mine keeps your version, and saving it replaces "
                 "the other program's changes.")
            : tr("Reload shows the file as it is now (Undo brings back the version you had); "
                 "Keep Mine keeps the version open here, and saving it replaces the other "
                 "program's changes."));
    QPushButton *reloadButton = box->addButton(tr("&Reload"), QMessageBox::AcceptRole);
    reloadButton->setObjectName(QStringLiteral("reloadButton"));
    QPushButton *keepButton = box->addButton(tr("&Keep Mine"), QMessageBox::RejectRole);
    keepButton->setObjectName(QStringLiteral("keepButton"));
    QPushButton *compareButton = box->addButton(tr("&Compare…"), QMessageBox::ActionRole);
    compareButton->setObjectName(QStringLiteral("compareButton"));
    box->setDefaultButton(compareButton);
    box->setEscapeButton(keepButton);
    connect(box, &QMessageBox::finished, this, [this, box, reloadButton, compareButton] {
        const QAbstractButton *clicked = box->clickedButton();
        if (clicked == reloadButton)
            reload();
        else if (clicked == compareButton)
            compare();
        else
            keepMine();
    });
    box->open();   // not exec(): the change came from outside, nothing should wait on it
}

void DocumentGuard::compare()
{
    const QString path = m_document->filePath();
    const Collection disk = readFile(path);
    if (disk.records.isEmpty() && disk.hasErrors()) {
        showWarning(QStringLiteral("fileChangedErrorMessage"), tr("Cannot Compare"),
                    tr("%1 could not be read; the version open here is kept.").arg(displayName(path)),
                    disk.errorMessages());
        keepMine();
        return;
    }
    auto *dialog = new CompareDialog(disk.records, m_document->records(), displayName(path), m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this](int result) {
        if (result == QDialog::Accepted)
            reload();
        else
            keepMine();
    });
    dialog->open();
}

void DocumentGuard::reload()
{
    const QString path = m_document->filePath();
    const Collection disk = readFile(path);
    if (disk.records.isEmpty() && disk.hasErrors()) {
        showWarning(QStringLiteral("fileChangedErrorMessage"), tr("Cannot Reload"),
                    tr("%1 could not be read; the version open here is kept.").arg(displayName(path)),
                    disk.errorMessages());
        keepMine();
        return;
    }
    m_document->reloadFrom(disk);   // also takes the file's content as the known one
    m_asking = false;
    Q_EMIT reloaded(path);
    Q_EMIT message(tr("Reloaded %1 from disk; Undo brings back the version you had").arg(displayName(path)));
}

void DocumentGuard::keepMine()
{
    m_watcher->acceptCurrentContent();
    m_document->markModified();
    m_asking = false;
}

void DocumentGuard::removedFromDisk(const QString &path)
{
    if (path != QFileInfo(m_document->filePath()).absoluteFilePath())
        return;
    m_document->markModified();
    showWarning(QStringLiteral("fileRemovedMessage"), tr("File Removed"),
                tr("%1 was deleted or moved by another program.").arg(displayName(path)),
                tr("The version open here is kept. Save it to write the file again."));
}

void DocumentGuard::showWarning(const QString &objectName, const QString &title,
                                const QString &text, const QString &details)
{
    auto *box = new QMessageBox(QMessageBox::Warning, title, text, QMessageBox::Ok, m_window);
    box->setObjectName(objectName);
    box->setInformativeText(details);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace refmend
