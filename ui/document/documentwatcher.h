#pragma once

#include <QObject>
#include <QPointer>

class QTimer;

namespace refmend {

class Document;

/*! \brief Turns a Document's many change signals (one per record an undo step touches)
    into one changed() per event-loop pass, for views that recompute from the whole
    collection: the authors view, the integrity checks, the duplicate list. */
class DocumentWatcher : public QObject
{
    Q_OBJECT
public:
    explicit DocumentWatcher(QObject *parent = nullptr);

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    //! Waits \a ms after the last change (0: the next event-loop pass), so that a burst of
    //! edits costs one recomputation.
    void setDelay(int ms);

    //! True when the document changed and changed() has not been emitted yet.
    bool isPending() const { return m_pending; }
    //! Emits changed() now if a change is pending (before acting on stale results).
    void flush();

Q_SIGNALS:
    void changed();

private:
    void schedule();
    void fire();

    QPointer<Document> m_document;
    QTimer *m_timer = nullptr;
    bool m_pending = false;
};

} // namespace refmend
