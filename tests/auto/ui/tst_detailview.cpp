#include "commands/recordcommands.h"
#include "detail/detailview.h"
#include "document/document.h"
#include "model/personname.h"
#include "settings/preferences.h"

#include <QComboBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextBlock>
#include <QTextDocument>
#include <QUndoStack>
#include <QtTest>

using namespace refmend;

namespace {

Record sampleRecord()
{
    Record r;
    r.type = RecordType::Article;
    r.setPersons(PersonRole::Author, {parsePersonName(u"Costa, Luís"), parsePersonName(u"Távora, Isabel")});
    r.setValue(FieldKey::Title, QStringLiteral("The Treatment of Liver Metastases"));
    r.setValue(FieldKey::Year, QStringLiteral("2013"));
    r.setValue(FieldKey::ContainerTitle, QStringLiteral("ISRN Hepatology"));
    r.setValue(FieldKey::Volume, QStringLiteral("12"));
    r.setValue(FieldKey::Issue, QStringLiteral("3"));
    r.setValue(FieldKey::Pages, QStringLiteral("45–67"));
    r.setValue(FieldKey::Publisher, QStringLiteral("Hindawi"));
    r.setValue(FieldKey::Doi, QStringLiteral("10.1155/2013/702167"));
    r.setValue(FieldKey::Url, QStringLiteral("https://example.org/a?b=1&c=2"));
    return r;
}

//! Every link target in what the view shows.
QStringList anchors(const QTextDocument *doc)
{
    QStringList list;
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QString href = it.fragment().charFormat().anchorHref();
            if (!href.isEmpty() && !list.contains(href))
                list << href;
        }
    }
    return list;
}

bool hasImage(const QTextDocument *doc)
{
    for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            if (it.fragment().charFormat().isImageFormat())
                return true;
        }
    }
    return false;
}

} // namespace

class tst_DetailView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void cleanupTestCase()
    {
        QSettings().clear();
    }

    void shouldShowTheCitationFirstInTheStyleChosenAboveIt()
    {
        DetailView view;
        view.resize(500, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.citationStyle(), CitationStyle::Apa);
        QComboBox *box = view.citationStyleBox();
        QVERIFY(box->isVisible());
        QCOMPARE(box->count(), int(CitationStyle::Count));
        // Above the text, not over it.
        QVERIFY(box->mapTo(&view, QPoint(0, box->height())).y() <= view.viewport()->geometry().top());
        view.setRecord(sampleRecord());
        const auto firstBlock = [&view] { return view.document()->begin().text(); };
        QCOMPARE(firstBlock(), CitationFormatter(CitationStyle::Apa).toText(sampleRecord()));
        QVERIFY(DetailView::toHtml(sampleRecord()).contains(QStringLiteral("<i>ISRN Hepatology</i>")));

        QSignalSpy spy(&view, &DetailView::citationStyleChanged);
        box->setCurrentIndex(int(CitationStyle::Vancouver));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(view.citationStyle(), CitationStyle::Vancouver);
        QCOMPARE(firstBlock(), CitationFormatter(CitationStyle::Vancouver).toText(sampleRecord()));
        QCOMPARE(QSettings().value(Preferences::CitationStyleKey).toString(), QStringLiteral("vancouver"));

        DetailView another;   // remembered
        QCOMPARE(another.citationStyle(), CitationStyle::Vancouver);
        QCOMPARE(another.citationStyleBox()->currentIndex(), int(CitationStyle::Vancouver));
        another.setCitationStyle(CitationStyle::ChicagoAuthorDate);
        QCOMPARE(another.citationStyleBox()->currentIndex(), int(CitationStyle::ChicagoAuthorDate));
        QSettings().remove(Preferences::CitationStyleKey);
    }

    void shouldRerenderTheDocumentRecordInANewStyle()
    {
        Document doc;
        Collection c;
        c.records = {sampleRecord()};
        doc.setCollection(c);
        DetailView view;
        view.setDocument(&doc);
        view.showRecord(0);
        view.setCitationStyle(CitationStyle::ChicagoAuthorDate);
        QVERIFY2(view.toPlainText().startsWith(QStringLiteral("Costa, Luís, and Isabel Távora. 2013.")),
                 qPrintable(view.toPlainText()));
        QCOMPARE(view.record(), 0);
        QSettings().remove(Preferences::CitationStyleKey);
    }

    void shouldRenderTheFormattedReference()
    {
        DetailView view;
        view.setRecord(sampleRecord());
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Costa, Luís")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Távora")));
        QVERIFY(text.contains(QStringLiteral("(2013)")));
        QVERIFY(text.contains(QStringLiteral("The Treatment of Liver Metastases")));
        QVERIFY(text.contains(QStringLiteral("ISRN Hepatology, 12(3), 45–67.")));
        QVERIFY(text.contains(QStringLiteral("Hindawi")));
    }

    void shouldLinkTheDoiToDoiOrgAndTheUrlAsWritten()
    {
        DetailView view;
        view.setRecord(sampleRecord());
        const QStringList links = anchors(view.document());
        QVERIFY2(links.contains(QStringLiteral("https://doi.org/10.1155/2013/702167")),
                 qPrintable(links.join(u' ')));
        QVERIFY(links.contains(QStringLiteral("https://example.org/a?b=1&c=2")));
        QCOMPARE(links.size(), 2);
    }

    void shouldNormaliseADoiWrittenAsALink()
    {
        Record r;
        r.setValue(FieldKey::Doi, QStringLiteral("https://dx.doi.org/10.1000/xyz"));
        DetailView view;
        view.setRecord(r);
        QCOMPARE(anchors(view.document()), QStringList{QStringLiteral("https://doi.org/10.1000/xyz")});
    }

    void shouldEscapeMarkupInsideADoi()
    {
        Record r;
        r.setValue(FieldKey::Doi, QStringLiteral("10.1000/a\"><b>bold</b>"));
        const QString html = DetailView::toHtml(r);
        QVERIFY(!html.contains(QStringLiteral("<b>bold")));
        DetailView view;
        view.setRecord(r);
        const QStringList links = anchors(view.document());
        QCOMPARE(links.size(), 1);
        QVERIFY2(links.constFirst().startsWith(QStringLiteral("https://doi.org/10.1000/a%22%3E%3Cb%3E")),
                 qPrintable(links.constFirst()));
        QVERIFY(view.toPlainText().contains(QStringLiteral("10.1000/a\"><b>bold</b>")));
    }

    void shouldShowHostileHtmlInAnAbstractAsText()
    {
        const QString hostile = QStringLiteral(
                "<script>alert(1)</script><img src=\"http://evil.example/x.png\">"
                "<a href=\"javascript:alert(1)\">click</a> &amp; more");
        Record r;
        r.setValue(FieldKey::Abstract, hostile);
        r.setValue(FieldKey::Title, QStringLiteral("<i>Title</i>"));
        DetailView view;
        view.setRecord(r);
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(hostile), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<i>Title</i>")));
        QVERIFY(anchors(view.document()).isEmpty());
        QVERIFY(!hasImage(view.document()));
    }

    void shouldNotLinkJavascriptOrOtherUnsafeUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::newRow("javascript") << QStringLiteral("javascript:alert(document.cookie)");
        QTest::newRow("JavaScript with spaces") << QStringLiteral("  JavaScript:alert(1)");
        QTest::newRow("data") << QStringLiteral("data:text/html,<script>alert(1)</script>");
        QTest::newRow("file") << QStringLiteral("file:///etc/passwd");
        QTest::newRow("file with a host") << QStringLiteral("file://server/share/x.pdf");
        QTest::newRow("no host") << QStringLiteral("http:foo");
        QTest::newRow("upper-case javascript") << QStringLiteral("JAVASCRIPT:alert(1)");
        QTest::newRow("javascript after a tab") << QStringLiteral("\tjavascript:alert(1)");
        QTest::newRow("entity-encoded javascript") << QStringLiteral("jav&#x09;ascript:alert(1)");
        QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox(1)");
        QTest::newRow("protocol-relative") << QStringLiteral("//evil.example/x");
        QTest::newRow("ftp") << QStringLiteral("ftp://example.org/file");
    }

    void shouldNotLinkJavascriptOrOtherUnsafeUrls()
    {
        QFETCH(QString, url);
        Record r;
        r.setValue(FieldKey::Url, url);
        DetailView view;
        view.setRecord(r);
        QVERIFY(anchors(view.document()).isEmpty());
        QVERIFY(view.toPlainText().contains(url.trimmed()));
    }

    void shouldLinkAHostileUrlOnlyToItselfAndEscaped()
    {
        Record r;
        r.setValue(FieldKey::Url, QStringLiteral("https://example.org/\"><script>alert(1)</script>"));
        const QString html = DetailView::toHtml(r);
        QVERIFY2(!html.contains(QStringLiteral("<script")), qPrintable(html));
        DetailView view;
        view.setRecord(r);
        const QStringList links = anchors(view.document());
        QCOMPARE(links.size(), 1);
        QVERIFY2(links.constFirst().startsWith(QStringLiteral("https://example.org/%22%3E%3Cscript%3E")),
                 qPrintable(links.constFirst()));
        QVERIFY(view.toPlainText().contains(QStringLiteral("\"><script>alert(1)</script>")));
    }

    void shouldKeepAJavascriptLinkInADoiOutOfTheLinks()
    {
        // A DOI that tries to close the link and open its own.
        const QString doi = QStringLiteral("10.1000/x\"><a href=\"javascript:alert(1)\">click</a>");
        Record r;
        r.setValue(FieldKey::Doi, doi);
        DetailView view;
        view.setRecord(r);
        const QStringList links = anchors(view.document());
        QCOMPARE(links.size(), 1);
        QVERIFY2(links.constFirst().startsWith(QStringLiteral("https://doi.org/10.1000/x%22%3E%3Ca")),
                 qPrintable(links.constFirst()));
        QVERIFY(view.toPlainText().contains(doi));
        QVERIFY(!DetailView::toHtml(r).contains(QStringLiteral("<a href=\"javascript")));
    }

    void shouldShowEveryFieldOfAHostileRecordAsText()
    {
        // Markup in every field the view shows: none of it may become markup, a link, an
        // image, a style or a script.
        const QString img = QStringLiteral("<img src=\"http://evil.example/a.png\">");
        Record r;
        r.type = RecordType::Chapter;
        Person literal;
        literal.literal = img;
        r.setPersons(PersonRole::Author, {literal});
        Person editor;
        editor.literal = QStringLiteral("<a href=\"javascript:alert(1)\">Ed</a>");
        r.setPersons(PersonRole::Editor, {editor});
        const QList<std::pair<FieldKey, QString>> hostile{
            {FieldKey::Title, QStringLiteral("<script>alert('title')</script>")},
            {FieldKey::Year, QStringLiteral("<b>2013</b>")},
            {FieldKey::ContainerTitle, QStringLiteral("<style>body{background:url(http://evil.example/b.png)}</style>")},
            {FieldKey::Volume, QStringLiteral("\"><img src=x onerror=alert(1)>")},
            {FieldKey::Issue, QStringLiteral("<iframe src=\"http://evil.example/\"></iframe>")},
            {FieldKey::Pages, QStringLiteral("<img src=\"file:///etc/hostname\">")},
            {FieldKey::Publisher, QStringLiteral("<link rel=stylesheet href=\"http://evil.example/c.css\">")},
            {FieldKey::PublisherPlace, QStringLiteral("<object data=\"http://evil.example/d\"></object>")},
            {FieldKey::Keywords, QStringLiteral("<img src=\"qrc:/refmend/icons/refmend.svg\">")},
            {FieldKey::Note, QStringLiteral("<a href=\"file:///etc/passwd\">notes</a>")},
            {FieldKey::Abstract, QStringLiteral("<table background=\"http://evil.example/e.png\"><tr><td>x</td></tr></table>")},
        };
        for (const auto &[key, value] : hostile)
            r.setValue(key, value);

        const QString html = DetailView::toHtml(r);
        for (const QString &tag : {QStringLiteral("<img"), QStringLiteral("<script"), QStringLiteral("<style"),
                                  QStringLiteral("<iframe"), QStringLiteral("<link"), QStringLiteral("<object"),
                                  QStringLiteral("<table"), QStringLiteral("<a href=\"javascript"),
                                  QStringLiteral("<a href=\"file")}) {
            QVERIFY2(!html.contains(tag, Qt::CaseInsensitive), qPrintable(tag));
        }
        DetailView view;
        view.setRecord(r);
        QVERIFY(anchors(view.document()).isEmpty());
        QVERIFY(!hasImage(view.document()));
        const QString text = view.toPlainText();
        QVERIFY2(text.contains(img), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("<a href=\"javascript:alert(1)\">Ed</a>")));
        for (const auto &[key, value] : hostile)
            QVERIFY2(text.contains(value), qPrintable(value));
    }

    void shouldShowTheTextOfAnUnreadableRecordEscaped()
    {
        const QString source = QStringLiteral("%X <script>alert(1)</script><img src=http://evil.example/x>\n");
        Record r;
        r.unparsed = true;
        r.setSource(source, 0, 0, source.size());
        DetailView view;
        view.setRecord(r);
        QVERIFY(view.toPlainText().contains(QStringLiteral("<script>alert(1)</script><img src=http://evil.example/x>")));
        QVERIFY(!hasImage(view.document()));
        QVERIFY(anchors(view.document()).isEmpty());
    }

    void shouldOpenOnlyHttpAndDoiLinks()
    {
        DetailView view;
        view.setOpensLinks(false);
        QSignalSpy spy(&view, &DetailView::linkActivated);
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("javascript:alert(1)")));
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("JavaScript:alert(1)")));
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("file:///etc/passwd")));
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("data:text/html,<script>alert(1)</script>")));
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("relative/path.html")));
        QCOMPARE(spy.count(), 0);
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("https://example.org/")));
        Q_EMIT view.anchorClicked(QUrl(QStringLiteral("doi:10.1000/xyz")));
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toUrl(), QUrl(QStringLiteral("https://doi.org/10.1000/xyz")));
    }

    void shouldNeverLoadRemoteOrLocalResources()
    {
        DetailView view;
        QVERIFY(!view.loadResource(QTextDocument::ImageResource,
                                   QUrl(QStringLiteral("http://evil.example/x.png"))).isValid());
        QVERIFY(!view.loadResource(QTextDocument::ImageResource,
                                   QUrl(QStringLiteral("file:///etc/hostname"))).isValid());
        QVERIFY(!view.loadResource(QTextDocument::StyleSheetResource,
                                   QUrl(QStringLiteral("https://evil.example/x.css"))).isValid());
    }

    void shouldSplitTheAbstractIntoParagraphs()
    {
        Record r;
        r.setValue(FieldKey::Abstract, QStringLiteral("Background here.\r\n\r\nMethods: a\nflowed line.\n \nResults."));
        const QString html = DetailView::toHtml(r);
        QCOMPARE(html.count(QStringLiteral("<p style=\"margin-bottom: 0.6em\">")), 3);
        QVERIFY(html.contains(QStringLiteral("Methods: a flowed line.")));

        r.setValue(FieldKey::Abstract, QStringLiteral("Line one.\nLine two."));
        QCOMPARE(DetailView::toHtml(r).count(QStringLiteral("<p style=\"margin-bottom: 0.6em\">")), 2);

        const QString longText = QStringLiteral("A long sentence that goes on. ").repeated(80);
        r.setValue(FieldKey::Abstract, longText);
        DetailView view;
        view.resize(400, 300);
        view.setRecord(r);
        QVERIFY(view.toPlainText().contains(longText.trimmed()));
    }

    void shouldFollowEditsOfTheRecordItShows()
    {
        Document doc;
        Collection c;
        c.records = {sampleRecord()};
        doc.setCollection(c);
        DetailView view;
        view.setDocument(&doc);
        view.showRecord(0);
        QCOMPARE(view.record(), 0);
        doc.undoStack()->push(new SetFieldCommand(&doc, 0, FieldKey::Title, QStringLiteral("Renamed")));
        QVERIFY(view.toPlainText().contains(QStringLiteral("Renamed")));
        doc.setRecords({});
        QCOMPARE(view.record(), -1);
        QVERIFY(view.toPlainText().isEmpty());
    }
};

QTEST_MAIN(tst_DetailView)
#include "tst_detailview.moc"
