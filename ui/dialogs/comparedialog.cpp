#include "comparedialog.h"

#include "model/recorddiff.h"
#include "text/textfold.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace refmend {

namespace {

constexpr int kMaxShown = 160;

QString shortened(const QString &text)
{
    const QString simple = simplifiedText(text);
    return simple.size() > kMaxShown ? simple.left(kMaxShown - 1) + QChar(0x2026) : simple;
}

QString fieldText(const Record &record, FieldKey key, const QString &tag = {})
{
    QStringList values;
    for (const Field &field : record.fields) {
        if (field.key == key && (key != FieldKey::Other || field.tag == tag))
            values << field.value;
    }
    return shortened(values.join(QLatin1String("; ")));
}

QString personsText(const Record &record, PersonRole role)
{
    QStringList names;
    for (const Person &person : record.persons(role))
        names << person.displayName();
    return shortened(names.join(QLatin1String("; ")));
}

} // namespace

CompareDialog::CompareDialog(const QList<Record> &disk, const QList<Record> &open,
                             const QString &fileName, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("compareDialog"));
    setWindowTitle(tr("Compare %1").arg(fileName));

    const QList<RecordDifference> differences = compareRecords(disk, open);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setText(differences.isEmpty()
                       ? tr("The records of %1 on disk and the version open here are the same; "
                            "only the way the file is written differs.").arg(fileName)
                       : tr("%1 on disk and the version open here differ in %n record(s).", nullptr,
                            int(differences.size())).arg(fileName));

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("differenceList"));
    m_list->setColumnCount(3);
    m_list->setHeaderLabels({tr("Record"), tr("On disk"), tr("Open here")});
    m_list->setRootIsDecorated(true);
    m_list->setUniformRowHeights(true);
    m_list->setWordWrap(false);

    const QString absent = tr("(not there)");
    for (const RecordDifference &d : differences) {
        auto *item = new QTreeWidgetItem(m_list);
        switch (d.kind) {
        case RecordDifference::Kind::OnlyInFirst:
            item->setText(0, recordSummary(disk.at(d.first)));
            item->setText(1, tr("present"));
            item->setText(2, absent);
            break;
        case RecordDifference::Kind::OnlyInSecond:
            item->setText(0, recordSummary(open.at(d.second)));
            item->setText(1, absent);
            item->setText(2, tr("present"));
            break;
        case RecordDifference::Kind::Changed: {
            const Record &before = disk.at(d.first);
            const Record &after = open.at(d.second);
            item->setText(0, recordSummary(after));
            QStringList what;
            auto addChild = [item, &what](const QString &name, const QString &onDisk,
                                          const QString &openHere) {
                auto *child = new QTreeWidgetItem(item);
                child->setText(0, name);
                child->setText(1, onDisk);
                child->setText(2, openHere);
                child->setToolTip(1, onDisk);
                child->setToolTip(2, openHere);
                what << name;
            };
            if (d.typeChanged) {
                addChild(tr("Type"),
                         before.sourceType.isEmpty() ? recordTypeDisplayName(before.type) : before.sourceType,
                         after.sourceType.isEmpty() ? recordTypeDisplayName(after.type) : after.sourceType);
            }
            for (PersonRole role : d.roles)
                addChild(personRoleDisplayName(role), personsText(before, role), personsText(after, role));
            for (FieldKey key : d.fields)
                addChild(fieldKeyDisplayName(key), fieldText(before, key), fieldText(after, key));
            for (const QString &tag : d.otherTags) {
                addChild(tag, fieldText(before, FieldKey::Other, tag),
                         fieldText(after, FieldKey::Other, tag));
            }
            if (what.isEmpty())   // only the tags the fields are written with
                what << tr("how the fields are tagged");
            item->setText(1, tr("changed: %1").arg(what.join(QLatin1String(", "))));
            break;
        }
        }
        item->setToolTip(0, item->text(0));
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_list->setColumnWidth(0, 320);
    m_list->setColumnWidth(1, 260);

    auto *buttons = new QDialogButtonBox(this);
    m_reload = buttons->addButton(tr("&Reload from Disk"), QDialogButtonBox::AcceptRole);
    m_reload->setObjectName(QStringLiteral("reloadButton"));
    m_reload->setToolTip(tr("Show the file as the other program left it (Undo brings your version back)"));
    m_keep = buttons->addButton(tr("&Keep Mine"), QDialogButtonBox::RejectRole);
    m_keep->setObjectName(QStringLiteral("keepButton"));
    m_keep->setToolTip(tr("Keep the version open here; saving it replaces the file on disk"));
    m_keep->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

} // namespace refmend
