#include "detailview.h"

#include "document/document.h"
#include "model/record.h"
#include "settings/preferences.h"
#include "text/textfold.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QLabel>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSettings>
#include <QUrl>

namespace refmend {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

//! "10.1155/x" from "https://doi.org/10.1155/x", "doi:10.1155/x" or the bare DOI.
QString bareDoi(const QString &value)
{
    static const QRegularExpression prefix(
            QStringLiteral(R"(^\s*(?:https?://(?:dx\.)?doi\.org/|doi:\s*))"),
            QRegularExpression::CaseInsensitiveOption);
    QString doi = value;
    doi.remove(prefix);
    return doi.trimmed();
}

QUrl doiUrl(const QString &doi)
{
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(QStringLiteral("doi.org"));
    url.setPath(u'/' + doi, QUrl::DecodedMode);
    return url;
}

QString link(const QUrl &url, const QString &text)
{
    return QStringLiteral("<a href=\"%1\">%2</a>")
            .arg(esc(url.toString(QUrl::FullyEncoded)), esc(text));
}

QUrl parseWebUrl(const QString &value)
{
    const QString text = value.trimmed();
    if (text.startsWith(QLatin1String("www."), Qt::CaseInsensitive))
        return QUrl(QStringLiteral("https://") + text, QUrl::TolerantMode);
    return QUrl(text, QUrl::TolerantMode);
}

QString names(const PersonList &persons)
{
    QStringList list;
    for (const Person &p : persons)
        list << p.displayName();
    return list.join(QLatin1String("; "));
}

//! Paragraphs split on blank lines; inside one, single line breaks are kept as breaks
//! unless the text is one long flowed paragraph.
QString paragraphs(const QString &text)
{
    QString normalised = text;
    normalised.replace(QLatin1String("\r\n"), QLatin1String("\n")).replace(u'\r', u'\n');
    static const QRegularExpression blank(QStringLiteral(R"(\n[ \t]*\n)"));
    QStringList parts = normalised.split(blank, Qt::SkipEmptyParts);
    if (parts.size() == 1)
        parts = normalised.split(u'\n', Qt::SkipEmptyParts);
    QString html;
    for (const QString &part : std::as_const(parts)) {
        const QString para = simplifiedText(part);
        if (!para.isEmpty())
            html += QStringLiteral("<p style=\"margin-bottom: 0.6em\">%1</p>").arg(esc(para));
    }
    return html;
}

} // namespace

DetailView::DetailView(QWidget *parent)
    : QTextBrowser(parent)
{
    setOpenLinks(false);
    setOpenExternalLinks(false);
    setPlaceholderText(tr("No record selected."));
    connect(this, &QTextBrowser::anchorClicked, this, &DetailView::onAnchorClicked);

    // The style bar sits in the top margin of the viewport, so it stays put while the text scrolls.
    m_styleBar = new QWidget(this);
    m_styleBar->setObjectName(QStringLiteral("citationStyleBar"));
    m_styleBar->setAutoFillBackground(true);
    m_styleBar->setBackgroundRole(QPalette::Window);
    auto *barLayout = new QHBoxLayout(m_styleBar);
    barLayout->setContentsMargins(6, 3, 6, 3);
    auto *label = new QLabel(tr("Citation &style:"), m_styleBar);
    m_styleBox = new QComboBox(m_styleBar);
    m_styleBox->setObjectName(QStringLiteral("citationStyle"));
    m_styleBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    label->setBuddy(m_styleBox);
    for (int s = 0; s < int(CitationStyle::Count); ++s)
        m_styleBox->addItem(citationStyleDisplayName(CitationStyle(s)), citationStyleId(CitationStyle(s)));
    barLayout->addWidget(label);
    barLayout->addWidget(m_styleBox);
    barLayout->addStretch(1);
    m_style = citationStyleFromId(Preferences::load().citationStyle);
    m_styleBox->setCurrentIndex(int(m_style));
    connect(m_styleBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setCitationStyle(CitationStyle(index));
    });
    layoutStyleBar();
}

void DetailView::setCitationStyle(CitationStyle style)
{
    if (style == m_style)
        return;
    m_style = style;
    m_styleBox->setCurrentIndex(int(style));
    QSettings().setValue(Preferences::CitationStyleKey, citationStyleId(style));
    render();
    Q_EMIT citationStyleChanged(style);
}

void DetailView::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    layoutStyleBar();
}

void DetailView::layoutStyleBar()
{
    const int height = m_styleBar->sizeHint().height();
    setViewportMargins(0, height, 0, 0);
    const QRect frame = contentsRect();
    m_styleBar->setGeometry(frame.left(), frame.top(), frame.width(), height);
}

void DetailView::render()
{
    if (m_row >= 0)
        showRecord(m_row);
    else if (m_record)
        setHtml(toHtml(*m_record, m_style));
}

void DetailView::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &Document::aboutToReset, this, [this] { showRecord(-1); });
        connect(m_document, &Document::recordChanged, this, [this](int row) {
            if (row == m_row)
                showRecord(row);
        });
        connect(m_document, &Document::recordsInserted, this, [this](int first, int last) {
            m_row = Document::rowAfterInsert(m_row, first, last);
        });
        connect(m_document, &Document::recordsRemoved, this, [this](int first, int last) {
            const int row = Document::rowAfterRemove(m_row, first, last);
            if (row < 0 && m_row >= 0)
                showRecord(-1);
            m_row = row;
        });
    }
    showRecord(-1);
}

void DetailView::showRecord(int row)
{
    m_record.reset();
    if (!m_document || !m_document->isValidRow(row)) {
        m_row = -1;
        clear();
        return;
    }
    m_row = row;
    // Keep the reading position when the same record is re-rendered after an edit.
    const int scroll = verticalScrollBar()->value();
    setHtml(toHtml(m_document->record(row), m_style));
    verticalScrollBar()->setValue(scroll);
}

void DetailView::setRecord(const Record &record)
{
    m_row = -1;
    m_record = record;
    setHtml(toHtml(record, m_style));
}

QString DetailView::toHtml(const Record &record, CitationStyle style)
{
    if (record.unparsed) {
        // Nothing could be read from it: show the text as the file has it, escaped.
        const QString text = record.source.isValid() ? record.source.text().toString() : QString();
        return tr("<p><b>This record could not be read</b> (line %1). Its text is kept as it "
                  "is and saved back unchanged; the Problems panel says what was wrong.</p>")
                       .arg(record.line)
               + QStringLiteral("<pre>%1</pre>").arg(esc(text));
    }
    QString ref;
    const QString authors = names(record.authors());
    const QString editors = names(record.persons(PersonRole::Editor));
    if (!authors.isEmpty())
        ref += esc(authors) + u' ';
    else if (!editors.isEmpty())
        ref += tr("%1 (Eds.)").arg(esc(editors)) + u' ';
    const QString year = record.value(FieldKey::Year).trimmed();
    if (!year.isEmpty())
        ref += QStringLiteral("(%1). ").arg(esc(year));
    const QString title = simplifiedText(record.value(FieldKey::Title));
    if (!title.isEmpty())
        ref += QStringLiteral("<b>%1</b>. ").arg(esc(title));

    QStringList source;
    const QString container = simplifiedText(record.value(FieldKey::ContainerTitle));
    if (!container.isEmpty()) {
        if (!authors.isEmpty() && !editors.isEmpty() && record.type == RecordType::Chapter)
            source << tr("In %1 (Eds.), <i>%2</i>").arg(esc(editors), esc(container));
        else
            source << QStringLiteral("<i>%1</i>").arg(esc(container));
    }
    const QString volume = record.value(FieldKey::Volume).trimmed();
    const QString issue = record.value(FieldKey::Issue).trimmed();
    if (!volume.isEmpty() || !issue.isEmpty()) {
        QString vi = volume.isEmpty() ? QString() : QStringLiteral("<i>%1</i>").arg(esc(volume));
        if (!issue.isEmpty())
            vi += QStringLiteral("(%1)").arg(esc(issue));
        source << vi;
    }
    const QString pages = record.value(FieldKey::Pages).trimmed();
    if (!pages.isEmpty())
        source << esc(pages);
    if (!source.isEmpty())
        ref += source.join(QLatin1String(", ")) + QLatin1String(". ");
    const QString publisher = simplifiedText(record.value(FieldKey::Publisher));
    const QString place = simplifiedText(record.value(FieldKey::PublisherPlace));
    if (!publisher.isEmpty() && !place.isEmpty())
        ref += QStringLiteral("%1: %2.").arg(esc(place), esc(publisher));
    else if (!publisher.isEmpty() || !place.isEmpty())
        ref += esc(publisher.isEmpty() ? place : publisher) + u'.';

    QString html = QStringLiteral("<html><body>");
    // The citation as a reference list would print it; escaped text and italics only.
    const QString citation = CitationFormatter(style).toHtml(record);
    if (!citation.isEmpty()) {
        html += QStringLiteral("<p style=\"margin-bottom: 0.6em; font-size: large\">%1</p><hr>")
                        .arg(citation);
    }
    html += QStringLiteral("<p style=\"margin-bottom: 0.8em\">%1</p>").arg(ref.trimmed());

    QStringList lines;
    const QString typeName = recordTypeDisplayName(record.type);
    lines << QStringLiteral("<b>%1</b> %2").arg(esc(tr("Type:")), esc(typeName));
    const QStringList dois = record.values(FieldKey::Doi);
    for (const QString &value : dois) {
        const QString doi = bareDoi(value);
        if (doi.isEmpty())
            continue;
        lines << QStringLiteral("<b>%1</b> %2").arg(esc(tr("DOI:")), link(doiUrl(doi), doi));
    }
    const QStringList urls = record.values(FieldKey::Url);
    for (const QString &value : urls) {
        const QUrl url = parseWebUrl(value);
        const QString shown = isSafeLink(url) ? link(url, value.trimmed()) : esc(value.trimmed());
        lines << QStringLiteral("<b>%1</b> %2").arg(esc(tr("URL:")), shown);
    }
    const QStringList keywords = record.values(FieldKey::Keywords);
    if (!keywords.isEmpty()) {
        lines << QStringLiteral("<b>%1</b> %2")
                         .arg(esc(tr("Keywords:")), esc(keywords.join(QLatin1String("; "))));
    }
    html += QStringLiteral("<p>%1</p>").arg(lines.join(QLatin1String("<br>")));

    const QStringList abstracts = record.values(FieldKey::Abstract);
    for (const QString &abstract : abstracts) {
        if (abstract.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Abstract")));
        html += paragraphs(abstract);
    }
    const QStringList notes = record.values(FieldKey::Note);
    for (const QString &note : notes) {
        if (note.trimmed().isEmpty())
            continue;
        html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Note")));
        html += paragraphs(note);
    }
    html += QStringLiteral("</body></html>");
    return html;
}

bool DetailView::isSafeLink(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.isValid() && !url.host().isEmpty()
           && (scheme == QLatin1String("http") || scheme == QLatin1String("https"));
}

QVariant DetailView::loadResource(int type, const QUrl &name)
{
    // Only the application's own resources; never the network, never local files.
    if (name.scheme() == QLatin1String("qrc"))
        return QTextBrowser::loadResource(type, name);
    return {};
}

void DetailView::onAnchorClicked(const QUrl &url)
{
    QUrl target = url;
    if (url.scheme().compare(QLatin1String("doi"), Qt::CaseInsensitive) == 0)
        target = doiUrl(bareDoi(url.path()));
    if (!isSafeLink(target))
        return;
    Q_EMIT linkActivated(target);
    if (m_opensLinks)
        QDesktopServices::openUrl(target);
}

} // namespace refmend
