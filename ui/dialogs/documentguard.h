#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace refmend {

class Autosaver;
class Document;
class FileWatcher;
struct RecoveryFile;

/*! \brief Keeps the open document's work safe and asks the user when it is at risk:
    autosaves unsaved changes (Autosaver), offers what a RefMend that closed without saving
    left behind (Recover / Discard / Decide Later), and notices when another program
    changes the file (FileWatcher: Reload / Keep Mine / Compare). The main window owns one. */
class DocumentGuard : public QObject
{
    Q_OBJECT
public:
    //! Guards \a document; questions open over \a window.
    DocumentGuard(Document *document, QWidget *window);
    ~DocumentGuard() override;

    Autosaver *autosaver() const { return m_autosaver; }
    FileWatcher *fileWatcher() const { return m_watcher; }

    /*! Turns autosaving and recovery on: recovery files go to \a directory, \a intervalMs
        after a change. Off until called (the application calls it at start). */
    void setAutosave(const QString &directory, int intervalMs);

    /*! Offers the recovery files left for \a path (for any file when empty) by a RefMend
        that closed without saving, newest first, one question each (modal). True when one
        was recovered: it is then the document, modified, with the original file's path,
        so that Save writes there. */
    bool offerRecovery(const QString &path = {});
    //! The user closed without saving: the document's recovery file goes too.
    void discardRecovery();

    //! True while the question about a change on disk (or the comparison) is open.
    bool isAskingAboutDisk() const { return m_asking; }

Q_SIGNALS:
    //! A recovery file became the document.
    void recovered(const QString &originalPath);
    //! The file on disk replaced the document's records (undoable).
    void reloaded(const QString &path);
    //! Something for the status bar.
    void message(const QString &text);

private:
    enum class RecoveryChoice { Recover, Discard, Later };
    RecoveryChoice askAboutRecovery(const RecoveryFile &file);
    bool recover(RecoveryFile file);
    void changedOnDisk(const QString &path);
    void removedFromDisk(const QString &path);
    void compare();
    void reload();
    void keepMine();
    void showWarning(const QString &objectName, const QString &title, const QString &text,
                     const QString &details);

    Document *m_document = nullptr;
    QPointer<QWidget> m_window;
    Autosaver *m_autosaver = nullptr;
    FileWatcher *m_watcher = nullptr;
    bool m_asking = false;
};

} // namespace refmend
