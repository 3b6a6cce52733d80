#include "repairdialog.h"

#include "document/document.h"
#include "text/textfold.h"

#include <QAbstractTextDocumentLayout>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace refmend {

namespace {

constexpr int HtmlRole = Qt::UserRole;
constexpr int FindingRole = Qt::UserRole + 1;

//! Paints the HtmlRole text of a cell (the before/after excerpts with marked changes).
class HtmlDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        const QString html = index.data(HtmlRole).toString();
        if (html.isEmpty()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : nullptr;
        if (style)
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        QTextDocument doc;
        doc.setDocumentMargin(kDocumentMargin);
        doc.setDefaultFont(opt.font);
        doc.setHtml(html);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        if (opt.state & QStyle::State_Selected)
            context.palette.setColor(QPalette::Text, opt.palette.color(QPalette::HighlightedText));
        const QRect rect = style ? style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget)
                                 : opt.rect;
        painter->save();
        painter->translate(rect.topLeft());
        painter->setClipRect(rect.translated(-rect.topLeft()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        // Room for the document margins, so marked text is not clipped at the bottom.
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        size.setHeight(qMax(size.height(), option.fontMetrics.height() + 2 * kDocumentMargin + 2));
        return size;
    }

private:
    static constexpr int kDocumentMargin = 2;
};

QString mark(const QString &text, bool html)
{
    if (!html)
        return QStringLiteral("[%1]").arg(text);
    return QStringLiteral("<b style=\"background-color:#ffe08a\">%1</b>").arg(text.toHtmlEscaped());
}

QString plain(const QString &text, bool html)
{
    return html ? text.toHtmlEscaped() : text;
}

} // namespace

RepairDialog::Excerpt RepairDialog::excerpt(const QString &before, const QString &after, bool html)
{
    static const QRegularExpression space(QStringLiteral(R"(\s+)"));
    const QString ellipsis = QStringLiteral("…");
    const QStringList a = simplifiedText(before).split(space, Qt::SkipEmptyParts);
    const QStringList b = simplifiedText(after).split(space, Qt::SkipEmptyParts);
    Excerpt out;
    if (a.size() == b.size()) {
        // Repairs change characters inside words: compare word by word.
        QList<int> changed;
        for (int i = 0; i < a.size(); ++i) {
            if (a.at(i) != b.at(i))
                changed << i;
        }
        const bool whole = before.size() <= 80;
        const int context = 2;
        QList<std::pair<int, int>> ranges;   // inclusive word ranges to show
        if (whole) {
            if (!a.isEmpty())
                ranges.append({0, int(a.size()) - 1});
        } else {
            for (int i : std::as_const(changed)) {
                const int from = qMax(0, i - context);
                const int to = qMin(int(a.size()) - 1, i + context);
                if (!ranges.isEmpty() && from <= ranges.last().second + 1)
                    ranges.last().second = to;
                else
                    ranges.append({from, to});
                if (ranges.size() == 6)
                    break;
            }
        }
        auto build = [&](const QStringList &words) {
            QStringList parts;
            for (const auto &[from, to] : std::as_const(ranges)) {
                QStringList shown;
                for (int i = from; i <= to; ++i)
                    shown << (changed.contains(i) ? mark(words.at(i), html) : plain(words.at(i), html));
                parts << shown.join(u' ');
            }
            QString text = parts.join(QStringLiteral(" %1 ").arg(ellipsis));
            if (!ranges.isEmpty() && ranges.constFirst().first > 0)
                text.prepend(ellipsis + u' ');
            if (!ranges.isEmpty() && ranges.constLast().second < words.size() - 1)
                text.append(u' ' + ellipsis);
            return text;
        };
        out.before = build(a);
        out.after = build(b);
        return out;
    }
    // Different word counts: show the one changed stretch between common ends.
    int prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    int suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    const int context = 30;
    auto build = [&](const QString &text) {
        const int from = qMax(0, prefix - context);
        const int to = qMin(int(text.size()), int(text.size()) - suffix + context);
        QString s = (from > 0 ? ellipsis : QString()) + plain(text.mid(from, prefix - from), html)
                    + mark(text.mid(prefix, text.size() - suffix - prefix), html)
                    + plain(text.mid(text.size() - suffix, to - (text.size() - suffix)), html)
                    + (to < text.size() ? ellipsis : QString());
        return s;
    };
    out.before = build(before);
    out.after = build(after);
    return out;
}

RepairDialog::RepairDialog(const Document *document, const QList<MojibakeFinding> &findings,
                           QWidget *parent)
    : QDialog(parent)
    , m_findings(findings)
{
    setWindowTitle(tr("Repair Garbled Text"));
    auto *intro = new QLabel(tr("These texts look as if they were read with the wrong character "
                                "encoding. Checked repairs are applied together and can be "
                                "undone in one step."),
                             this);
    intro->setWordWrap(true);

    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("Repair"), tr("Record"), tr("Where"), tr("Before"), tr("After")});
    auto *delegate = new HtmlDelegate(m_tree);
    m_tree->setItemDelegateForColumn(Before, delegate);
    m_tree->setItemDelegateForColumn(After, delegate);

    for (int i = 0; i < findings.size(); ++i) {
        const MojibakeFinding &f = findings.at(i);
        auto *item = new QTreeWidgetItem(m_tree);
        item->setCheckState(Apply, Qt::Checked);
        item->setData(Apply, FindingRole, i);
        QString title;
        if (document && document->isValidRow(f.recordIndex))
            title = simplifiedText(document->record(f.recordIndex).value(FieldKey::Title));
        if (title.isEmpty())
            title = tr("Record %1").arg(f.recordIndex + 1);
        item->setText(RecordTitle, title);
        item->setToolTip(RecordTitle, title);
        item->setText(Where, f.label);
        item->setToolTip(Where, mojibakeKindDescription(f.repair.kind));
        const Excerpt text = excerpt(f.repair.before, f.repair.after, false);
        const Excerpt html = excerpt(f.repair.before, f.repair.after, true);
        item->setText(Before, text.before);
        item->setText(After, text.after);
        item->setData(Before, HtmlRole, html.before);
        item->setData(After, HtmlRole, html.after);
        item->setToolTip(Before, f.repair.before);
        item->setToolTip(After, f.repair.after);
    }
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(Before, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(After, QHeaderView::Stretch);
    m_tree->resizeColumnToContents(Apply);
    m_tree->setColumnWidth(RecordTitle, 200);
    m_tree->resizeColumnToContents(Where);
    connect(m_tree, &QTreeWidget::itemChanged, this, &RepairDialog::updateOkButton);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const int i = item->data(Apply, FindingRole).toInt();
        Q_EMIT recordActivated(m_findings.at(i).recordIndex);
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_ok = buttons->addButton(tr("Repair Checked"), QDialogButtonBox::AcceptRole);
    m_ok->setDefault(true);
    auto *all = buttons->addButton(tr("Check All"), QDialogButtonBox::ResetRole);
    auto *none = buttons->addButton(tr("Check None"), QDialogButtonBox::ResetRole);
    connect(all, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(none, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    resize(900, 420);
    updateOkButton();
}

QList<MojibakeFinding> RepairDialog::chosenFindings() const
{
    QList<MojibakeFinding> chosen;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_tree->topLevelItem(i);
        if (item->checkState(Apply) == Qt::Checked)
            chosen << m_findings.at(item->data(Apply, FindingRole).toInt());
    }
    return chosen;
}

void RepairDialog::setAllChecked(bool checked)
{
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        m_tree->topLevelItem(i)->setCheckState(Apply, checked ? Qt::Checked : Qt::Unchecked);
}

void RepairDialog::updateOkButton()
{
    int checked = 0;
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        checked += m_tree->topLevelItem(i)->checkState(Apply) == Qt::Checked ? 1 : 0;
    m_ok->setEnabled(checked > 0);
}

} // namespace refmend
