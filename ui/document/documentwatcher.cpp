#include "documentwatcher.h"

#include "document/document.h"

#include <QTimer>

namespace refmend {

DocumentWatcher::DocumentWatcher(QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(0);
    connect(m_timer, &QTimer::timeout, this, &DocumentWatcher::fire);
}

void DocumentWatcher::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::reset, this, &DocumentWatcher::schedule);
        connect(m_document, &Document::recordChanged, this, &DocumentWatcher::schedule);
        connect(m_document, &Document::recordsInserted, this, &DocumentWatcher::schedule);
        connect(m_document, &Document::recordsRemoved, this, &DocumentWatcher::schedule);
    }
    schedule();
}

void DocumentWatcher::setDelay(int ms)
{
    m_timer->setInterval(ms);
}

void DocumentWatcher::flush()
{
    if (m_pending)
        fire();
}

void DocumentWatcher::schedule()
{
    m_pending = true;
    m_timer->start();
}

void DocumentWatcher::fire()
{
    m_timer->stop();
    m_pending = false;
    Q_EMIT changed();
}

} // namespace refmend
