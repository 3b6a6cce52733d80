#pragma once

#include "document/document.h"

#include <QPointer>
#include <QTextBrowser>

namespace refmend {

class Record;

/*! \brief Read-only rendering of one record: the formatted reference, DOI and URL links
    and the abstract in paragraphs. Field text is always HTML-escaped, only http(s) links
    are made clickable, and nothing is ever loaded from the network or the disk. */
class DetailView : public QTextBrowser
{
    Q_OBJECT
public:
    explicit DetailView(QWidget *parent = nullptr);

    void setDocument(Document *document);
    //! The Document row shown, or -1.
    int record() const { return m_row; }

    //! When false, clicked links are only reported through linkActivated().
    void setOpensLinks(bool open) { m_opensLinks = open; }

    //! The HTML shown for \a record.
    static QString toHtml(const Record &record);
    //! Whether \a url may be linked and opened: http or https with a host.
    static bool isSafeLink(const QUrl &url);

    QVariant loadResource(int type, const QUrl &name) override;

public Q_SLOTS:
    void showRecord(int row);
    //! Shows \a record without a Document (previews, tests).
    void setRecord(const refmend::Record &record);

Q_SIGNALS:
    //! A safe link was clicked (and, unless setOpensLinks(false), opened).
    void linkActivated(const QUrl &url);

private:
    void onAnchorClicked(const QUrl &url);

    QPointer<Document> m_document;
    int m_row = -1;
    bool m_opensLinks = true;
};

} // namespace refmend
