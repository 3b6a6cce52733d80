#pragma once

#include "document/document.h"
#include "formats/citationformatter.h"
#include "model/record.h"

#include <QPointer>
#include <QTextBrowser>

#include <optional>

class QComboBox;

namespace refmend {

class Record;

/*! \brief Read-only rendering of one record: the citation in the style chosen in the bar
    above the text (APA, Vancouver, Chicago; kept in QSettings), the formatted reference,
    DOI and URL links and the abstract in paragraphs. Field text is always HTML-escaped, only http(s) links
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

    //! The HTML shown for \a record, its citation in \a style at the top.
    static QString toHtml(const Record &record, CitationStyle style = CitationStyle::Apa);

    CitationStyle citationStyle() const { return m_style; }
    //! Shows the citation in \a style from now on and remembers it (Preferences).
    void setCitationStyle(CitationStyle style);
    //! The style chooser in the bar above the text.
    QComboBox *citationStyleBox() const { return m_styleBox; }
    //! Whether \a url may be linked and opened: http or https with a host.
    static bool isSafeLink(const QUrl &url);

    QVariant loadResource(int type, const QUrl &name) override;

protected:
    void resizeEvent(QResizeEvent *event) override;

public Q_SLOTS:
    void showRecord(int row);
    //! Shows \a record without a Document (previews, tests).
    void setRecord(const refmend::Record &record);

Q_SIGNALS:
    //! A safe link was clicked (and, unless setOpensLinks(false), opened).
    void linkActivated(const QUrl &url);
    void citationStyleChanged(refmend::CitationStyle style);

private:
    void onAnchorClicked(const QUrl &url);
    //! Keeps the style bar in the viewport's top margin.
    void layoutStyleBar();
    void render();

    QPointer<Document> m_document;
    int m_row = -1;
    bool m_opensLinks = true;
    std::optional<Record> m_record;   // shown by setRecord(), without a Document
    CitationStyle m_style = CitationStyle::Apa;
    QWidget *m_styleBar = nullptr;
    QComboBox *m_styleBox = nullptr;
};

} // namespace refmend
