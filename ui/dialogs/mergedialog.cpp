#include "mergedialog.h"

#include "text/textfold.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace refmend {

namespace {

constexpr int kMaxCellText = 90;

QString elided(const QString &text)
{
    const QString simple = simplifiedText(text);
    return simple.size() > kMaxCellText ? simple.left(kMaxCellText - 1) + u'\u2026' : simple;
}

QString personsText(const PersonList &persons)
{
    QStringList names;
    for (const Person &p : persons)
        names << p.displayName();
    return names.join(QLatin1String("; "));
}

QString fieldText(const Record &record, FieldKey key)
{
    return record.values(key).join(QLatin1String("; "));
}

QString typeText(const Record &record)
{
    const QString name = recordTypeDisplayName(record.type);
    return record.sourceType.isEmpty() || record.sourceType == name
           ? name : QStringLiteral("%1 (%2)").arg(name, record.sourceType);
}

QStringList unknownFields(const Record &record)
{
    QStringList list;
    for (const Field &f : record.fields) {
        if (f.key == FieldKey::Other)
            list << QStringLiteral("%1: %2").arg(f.tag, simplifiedText(f.value));
    }
    return list;
}

bool hasValue(const Record &record, FieldKey key)
{
    for (const Field &f : record.fields) {
        if (f.key == key && !f.value.trimmed().isEmpty())
            return true;
    }
    return false;
}

} // namespace

MergeDialog::MergeDialog(const QList<Record> &records, QWidget *parent)
    : MergeDialog(records, {}, {}, parent)
{
}

MergeDialog::MergeDialog(const QList<Record> &records, const QStringList &labels,
                         const QString &introText, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(records.isEmpty() ? tr("Merge Records")
                                     : tr("Merge “%1”").arg(shortRecordLabel(records.constFirst())));

    const int primary = primaryRecordPosition(records);
    QList<int> order{primary};
    for (int i = 0; i < records.size(); ++i) {
        if (i != primary)
            order.append(i);
    }

    auto *content = new QWidget;
    auto *grid = new QGridLayout(content);
    grid->setHorizontalSpacing(12);
    const int mergedColumn = int(records.size()) + 1;

    // Header: one column per record, then the result.
    grid->addWidget(new QLabel(tr("<b>Field</b>"), content), 0, 0);
    for (int i = 0; i < records.size(); ++i) {
        QString head = tr("Record %1").arg(i + 1);
        if (i == primary)
            head = tr("Record %1 (most complete)").arg(i + 1);
        if (i < labels.size())
            head = labels.at(i);
        auto *label = new QLabel(QStringLiteral("<b>%1</b>").arg(head.toHtmlEscaped()), content);
        label->setToolTip(shortRecordLabel(records.at(i)));
        grid->addWidget(label, 0, i + 1);
    }
    grid->addWidget(new QLabel(tr("<b>Merged</b>"), content), 0, mergedColumn);

    int gridRow = 1;
    {
        QStringList cells;
        for (const Record &r : records)
            cells << typeText(r);
        Row row;
        row.kind = RowKind::Type;
        addRow(grid, gridRow++, row, tr("Type"), cells, primary);
    }
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        const PersonRole role = PersonRole(r);
        QStringList cells;
        bool any = false;
        int longest = primary;
        for (int position : std::as_const(order)) {
            if (records.at(position).persons(role).size() > records.at(longest).persons(role).size())
                longest = position;
        }
        for (const Record &record : records) {
            cells << personsText(record.persons(role));
            any = any || !record.persons(role).isEmpty();
        }
        if (!any)
            continue;
        Row row;
        row.kind = RowKind::Persons;
        row.role = role;
        addRow(grid, gridRow++, row, personRoleDisplayName(role), cells, longest);
    }
    for (int k = int(FieldKey::Other) + 1; k < int(FieldKey::Count); ++k) {
        const FieldKey key = FieldKey(k);
        QStringList cells;
        bool any = false;
        for (const Record &record : records) {
            cells << fieldText(record, key);
            any = any || record.has(key);
        }
        if (!any)
            continue;
        int initial = primary;
        for (int position : std::as_const(order)) {
            if (hasValue(records.at(position), key)) {
                initial = position;
                break;
            }
        }
        Row row;
        row.key = key;
        addRow(grid, gridRow++, row, fieldKeyDisplayName(key), cells, initial);
        if (key == FieldKey::Keywords) {
            m_combineKeywords = new QCheckBox(tr("Combine the keywords of all records"), content);
            m_combineKeywords->setChecked(true);
            grid->addWidget(m_combineKeywords, gridRow++, 1, 1, int(records.size()));
            auto enableKeywordChoice = [this](bool combine) {
                if (const Row *kw = findRow(RowKind::Field, FieldKey::Keywords, PersonRole::Author)) {
                    for (QAbstractButton *b : kw->group->buttons())
                        b->setEnabled(!combine);
                }
                updateMerged();
            };
            connect(m_combineKeywords, &QCheckBox::toggled, this, enableKeywordChoice);
        }
    }

    // Unknown fields: nothing to choose, the merge keeps them all.
    auto *unknownLabel = new QLabel(tr("Other fields"), content);
    unknownLabel->setToolTip(tr("Fields RefMend does not know are kept from every record"));
    grid->addWidget(unknownLabel, gridRow, 0, Qt::AlignTop);
    for (int i = 0; i < records.size(); ++i) {
        auto *cell = new QLabel(unknownFields(records.at(i)).join(u'\n'), content);
        cell->setTextFormat(Qt::PlainText);
        grid->addWidget(cell, gridRow, i + 1, Qt::AlignTop);
    }
    m_unknownMerged = new QLabel(content);
    m_unknownMerged->setObjectName(QStringLiteral("mergedUnknownFields"));
    m_unknownMerged->setTextFormat(Qt::PlainText);
    grid->addWidget(m_unknownMerged, gridRow, mergedColumn, Qt::AlignTop);
    grid->setRowStretch(gridRow + 1, 1);
    grid->setColumnStretch(mergedColumn, 1);

    if (m_combineKeywords) {
        if (const Row *kw = findRow(RowKind::Field, FieldKey::Keywords, PersonRole::Author)) {
            for (QAbstractButton *b : kw->group->buttons())
                b->setEnabled(false);
        }
    }

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setWidget(content);

    auto *intro = new QLabel(!introText.isEmpty() ? introText
            : tr("Choose, for each field, the record it comes from. The merged "
                 "record replaces the first record; the others are removed. "
                 "One undo step restores them all."), this);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    merge->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(qMin(1200, 320 + 260 * int(records.size())), 560);
    updateMerged();
}

void MergeDialog::addRow(QGridLayout *grid, int gridRow, Row row, const QString &label,
                         const QStringList &cells, int initial)
{
    QWidget *parent = grid->parentWidget();
    grid->addWidget(new QLabel(label, parent), gridRow, 0);
    row.group = new QButtonGroup(this);
    for (int i = 0; i < cells.size(); ++i) {
        const QString text = cells.at(i).isEmpty() ? tr("(none)") : elided(cells.at(i));
        auto *button = new QRadioButton(text, parent);
        button->setToolTip(cells.at(i));
        if (cells.at(i).isEmpty())
            button->setStyleSheet(QStringLiteral("color: gray"));
        row.group->addButton(button, i);
        grid->addWidget(button, gridRow, i + 1);
        if (i == initial)
            button->setChecked(true);
    }
    row.merged = new QLabel(parent);
    row.merged->setTextFormat(Qt::PlainText);
    grid->addWidget(row.merged, gridRow, int(cells.size()) + 1);
    connect(row.group, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (checked)
            updateMerged();
    });
    m_rows.append(row);
}

const MergeDialog::Row *MergeDialog::findRow(RowKind kind, FieldKey key, PersonRole role) const
{
    for (const Row &row : m_rows) {
        if (row.kind != kind)
            continue;
        if ((kind == RowKind::Field && row.key == key) || (kind == RowKind::Persons && row.role == role)
            || kind == RowKind::Type)
            return &row;
    }
    return nullptr;
}

QRadioButton *MergeDialog::typeButton(int position) const
{
    const Row *row = findRow(RowKind::Type, FieldKey::Other, PersonRole::Author);
    return row ? qobject_cast<QRadioButton *>(row->group->button(position)) : nullptr;
}

QRadioButton *MergeDialog::personsButton(PersonRole role, int position) const
{
    const Row *row = findRow(RowKind::Persons, FieldKey::Other, role);
    return row ? qobject_cast<QRadioButton *>(row->group->button(position)) : nullptr;
}

QRadioButton *MergeDialog::fieldButton(FieldKey key, int position) const
{
    const Row *row = findRow(RowKind::Field, key, PersonRole::Author);
    return row ? qobject_cast<QRadioButton *>(row->group->button(position)) : nullptr;
}

QString MergeDialog::mergedText(FieldKey key) const
{
    return fieldText(m_merged, key);
}

QString MergeDialog::mergedPersonsText(PersonRole role) const
{
    return personsText(m_merged.persons(role));
}

QStringList MergeDialog::mergedUnknownFields() const
{
    return unknownFields(m_merged);
}

MergeChoices MergeDialog::choices() const
{
    MergeChoices choices;
    for (const Row &row : m_rows) {
        const int position = row.group->checkedId();
        if (position < 0)
            continue;
        switch (row.kind) {
        case RowKind::Type:
            choices.type = position;
            break;
        case RowKind::Persons:
            choices.persons.insert(row.role, position);
            break;
        case RowKind::Field:
            if (row.key == FieldKey::Keywords && m_combineKeywords && m_combineKeywords->isChecked())
                break;
            choices.fields.insert(row.key, position);
            break;
        }
    }
    return choices;
}

Record MergeDialog::mergedRecord() const
{
    return mergeRecords(m_records, choices());
}

void MergeDialog::updateMerged()
{
    m_merged = mergedRecord();
    for (const Row &row : std::as_const(m_rows)) {
        QString text;
        switch (row.kind) {
        case RowKind::Type: text = typeText(m_merged); break;
        case RowKind::Persons: text = personsText(m_merged.persons(row.role)); break;
        case RowKind::Field: text = fieldText(m_merged, row.key); break;
        }
        row.merged->setText(text.isEmpty() ? tr("(none)") : elided(text));
        row.merged->setToolTip(text);
    }
    if (m_unknownMerged)
        m_unknownMerged->setText(unknownFields(m_merged).join(u'\n'));
}

} // namespace refmend
