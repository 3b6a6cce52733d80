#include "recordcommands.h"

#include "document/document.h"

#include <algorithm>

namespace refmend {

namespace {

QString fieldName(const Field &field)
{
    return field.key == FieldKey::Other ? field.tag : fieldKeyDisplayName(field.key);
}

} // namespace

RecordChangeCommand::RecordChangeCommand(Document *document, const QList<RecordChange> &changes,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_changes(changes)
{
}

QList<RecordChange> RecordChangeCommand::changesFrom(const Document *document,
                                                    const QList<RecordRepair> &repairs)
{
    QList<RecordChange> changes;
    changes.reserve(repairs.size());
    for (const RecordRepair &repair : repairs) {
        if (document->isValidRow(repair.recordIndex)
            && document->record(repair.recordIndex) != repair.after)
            changes.append({repair.recordIndex, document->record(repair.recordIndex), repair.after});
    }
    return changes;
}

void RecordChangeCommand::undo()
{
    for (auto it = m_changes.crbegin(); it != m_changes.crend(); ++it)
        m_document->replaceRecord(it->row, it->before);
}

void RecordChangeCommand::redo()
{
    for (const RecordChange &change : std::as_const(m_changes))
        m_document->replaceRecord(change.row, change.after);
}

// --- SetFieldCommand ---

SetFieldCommand::SetFieldCommand(Document *document, int row, QUndoCommand *parent)
    : RecordChangeCommand(document, {RecordChange{row, document->record(row), document->record(row)}},
                          parent)
{
}

SetFieldCommand::SetFieldCommand(Document *document, int row, int fieldIndex,
                                 const QString &value, QUndoCommand *parent)
    : SetFieldCommand(document, row, parent)
{
    const Record &record = m_changes.constFirst().before;
    Q_ASSERT(fieldIndex >= 0 && fieldIndex < record.fields.size());
    const Field &field = record.fields.at(fieldIndex);
    build(fieldIndex, field.key, field.tag, value);
}

SetFieldCommand::SetFieldCommand(Document *document, int row, FieldKey key, const QString &value,
                                 const QString &tag, QUndoCommand *parent)
    : SetFieldCommand(document, row, parent)
{
    const Record &record = m_changes.constFirst().before;
    build(record.indexOf(key, tag), key, tag, value);
}

SetFieldCommand *SetFieldCommand::append(Document *document, int row, FieldKey key,
                                         const QString &tag, const QString &value,
                                         QUndoCommand *parent)
{
    auto *command = new SetFieldCommand(document, row, parent);
    command->build(-1, key, tag, value);
    return command;
}

void SetFieldCommand::build(int fieldIndex, FieldKey key, const QString &tag, const QString &value)
{
    Record &after = m_changes.first().after;
    if (fieldIndex < 0) {
        m_op = Op::Append;
        m_fieldIndex = int(after.fields.size());
        if (!value.isEmpty())
            after.fields.append(Field{key, tag, value});
        else
            setObsolete(true);
    } else if (value.isEmpty()) {
        m_op = Op::Remove;
        m_fieldIndex = fieldIndex;
        after.fields.removeAt(fieldIndex);
    } else {
        m_op = Op::Set;
        m_fieldIndex = fieldIndex;
        after.fields[fieldIndex].value = value;
        if (after.fields.at(fieldIndex) == m_changes.constFirst().before.fields.at(fieldIndex))
            setObsolete(true);
    }
    const Field named{key, tag, value};
    switch (m_op) {
    case Op::Append: setText(tr("Add %1").arg(fieldName(named))); break;
    case Op::Remove: setText(tr("Remove %1").arg(fieldName(named))); break;
    case Op::Set: setText(tr("Edit %1").arg(fieldName(named))); break;
    }
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    if (other->id() != id())
        return false;
    const auto *next = static_cast<const SetFieldCommand *>(other);
    // Only a later edit of the same, still existing field continues this one.
    if (next->row() != row() || next->m_fieldIndex != m_fieldIndex || m_op == Op::Remove
        || next->m_op == Op::Append)
        return false;
    m_changes.first().after = next->m_changes.constFirst().after;
    if (next->m_op == Op::Remove && m_op == Op::Append) {
        setObsolete(true);       // added then removed again: nothing happened
    } else if (next->m_op == Op::Remove) {
        m_op = Op::Remove;
        setText(next->text());
    }
    if (m_changes.constFirst().after == m_changes.constFirst().before)
        setObsolete(true);
    return true;
}

// --- SetPersonsCommand ---

SetPersonsCommand::SetPersonsCommand(Document *document, int row, PersonRole role,
                                     const PersonList &persons, const QString &text,
                                     QUndoCommand *parent)
    : RecordChangeCommand(document, {RecordChange{row, document->record(row), document->record(row)}},
                          parent)
{
    m_changes.first().after.setPersons(role, persons);
    setText(text.isEmpty() ? tr("Edit %1").arg(personRoleDisplayName(role)) : text);
    if (m_changes.constFirst().after == m_changes.constFirst().before)
        setObsolete(true);
}

// --- SetTypeCommand ---

SetTypeCommand::SetTypeCommand(Document *document, int row, RecordType type, QUndoCommand *parent)
    : RecordChangeCommand(document, {RecordChange{row, document->record(row), document->record(row)}},
                          parent)
{
    Record &after = m_changes.first().after;
    if (after.type == type)
        setObsolete(true);
    after.type = type;
    after.sourceType.clear();
    setText(tr("Change type to %1").arg(recordTypeDisplayName(type)));
}

// --- ApplyRepairsCommand ---

ApplyRepairsCommand::ApplyRepairsCommand(Document *document, const QList<RecordChange> &changes,
                                         int repairCount, QUndoCommand *parent)
    : RecordChangeCommand(document, changes, parent)
{
    setText(tr("Repair %n garbled text(s)", nullptr, repairCount));
    if (changes.isEmpty())
        setObsolete(true);
}

InsertRecordsCommand::InsertRecordsCommand(Document *document, int row,
                                           const QList<Record> &records, const QString &text,
                                           QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_row(row)
    , m_records(records)
{
}

void InsertRecordsCommand::redo()
{
    m_document->insertRecords(m_row, m_records);
    // Keep the ids the document gave, so undo/redo do not renumber.
    for (int i = 0; i < m_records.size(); ++i)
        m_records[i].id = m_document->record(m_row + i).id;
}

void InsertRecordsCommand::undo()
{
    m_document->removeRecords(m_row, int(m_records.size()));
}

RemoveRecordsCommand::RemoveRecordsCommand(Document *document, QList<int> rows,
                                           const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
{
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    for (int row : std::as_const(rows)) {
        if (document->isValidRow(row))
            m_removed.append({row, document->record(row)});
    }
}

void RemoveRecordsCommand::redo()
{
    // From the last row up, so the rows still to remove keep their numbers.
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        m_document->removeRecords(it->first, 1);
}

void RemoveRecordsCommand::undo()
{
    for (const auto &[row, record] : std::as_const(m_removed))
        m_document->insertRecords(row, {record});
}

// --- RenamePersonCommand ---

RenamePersonCommand::RenamePersonCommand(Document *document, const QList<RecordRepair> &repairs,
                                         const QString &newName, QUndoCommand *parent)
    : RecordChangeCommand(document, changesFrom(document, repairs), parent)
{
    setText(tr("Rename to %1 in %n record(s)", nullptr, int(m_changes.size())).arg(newName));
    if (m_changes.isEmpty())
        setObsolete(true);
}

// --- CleanupCommand ---

CleanupCommand::CleanupCommand(Document *document, const QList<RecordRepair> &repairs,
                               const QString &actionName, QUndoCommand *parent)
    : RecordChangeCommand(document, changesFrom(document, repairs), parent)
{
    setText(tr("%1 in %n record(s)", nullptr, int(m_changes.size())).arg(actionName));
    if (m_changes.isEmpty())
        setObsolete(true);
}

// --- FixProblemsCommand ---

FixProblemsCommand::FixProblemsCommand(Document *document, const QList<RecordRepair> &repairs,
                                       int problemCount, const QString &description,
                                       QUndoCommand *parent)
    : RecordChangeCommand(document, changesFrom(document, repairs), parent)
{
    if (problemCount == 1 && !description.isEmpty())
        setText(description);
    else
        setText(tr("Fix %n problem(s)", nullptr, problemCount));
    if (m_changes.isEmpty())
        setObsolete(true);
}

// --- FindReplaceCommand ---

FindReplaceCommand::FindReplaceCommand(Document *document, const QList<RecordRepair> &repairs,
                                       const QString &find, const QString &replace,
                                       QUndoCommand *parent)
    : RecordChangeCommand(document, changesFrom(document, repairs), parent)
{
    setText(tr("Replace “%1” with “%2” in %n record(s)", nullptr,
               int(m_changes.size())).arg(find, replace));
    if (m_changes.isEmpty())
        setObsolete(true);
}

// --- MergeRecordsCommand ---

MergeRecordsCommand::MergeRecordsCommand(Document *document, const QList<DedupePlan> &plans,
                                         QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_document(document)
{
    QList<int> removals;
    int merged = 0;
    for (const DedupePlan &plan : plans) {
        if (!document->isValidRow(plan.keepIndex) || plan.removeIndexes.isEmpty())
            continue;
        m_replaced.append({plan.keepIndex, document->record(plan.keepIndex), plan.merged});
        removals += plan.removeIndexes;
        merged += int(plan.removeIndexes.size()) + 1;
    }
    std::sort(removals.begin(), removals.end());
    removals.erase(std::unique(removals.begin(), removals.end()), removals.end());
    for (int row : std::as_const(removals)) {
        if (document->isValidRow(row))
            m_removed.append({row, document->record(row)});
    }
    if (m_replaced.size() == 1)
        setText(tr("Merge %n record(s) into “%1”", nullptr, merged)
                        .arg(plans.constFirst().label));
    else
        setText(tr("Merge %n duplicate group(s)", nullptr, int(m_replaced.size())));
    if (m_replaced.isEmpty())
        setObsolete(true);
}

void MergeRecordsCommand::redo()
{
    // Replace while every row still has its old number, then remove from the back.
    for (const RecordChange &change : std::as_const(m_replaced))
        m_document->replaceRecord(change.row, change.after);
    // Runs of neighbouring rows go in one call: each call walks the whole collection.
    for (qsizetype end = m_removed.size(); end > 0;) {
        qsizetype start = end - 1;
        while (start > 0 && m_removed.at(start - 1).first == m_removed.at(start).first - 1)
            --start;
        m_document->removeRecords(m_removed.at(start).first, int(end - start));
        end = start;
    }
}

void MergeRecordsCommand::undo()
{
    for (qsizetype start = 0; start < m_removed.size();) {
        qsizetype end = start + 1;
        while (end < m_removed.size() && m_removed.at(end).first == m_removed.at(end - 1).first + 1)
            ++end;
        QList<Record> run;
        run.reserve(end - start);
        for (qsizetype i = start; i < end; ++i)
            run.append(m_removed.at(i).second);
        m_document->insertRecords(m_removed.at(start).first, run);
        start = end;
    }
    for (auto it = m_replaced.crbegin(); it != m_replaced.crend(); ++it)
        m_document->replaceRecord(it->row, it->before);
}

ReplaceRecordsCommand::ReplaceRecordsCommand(Document *document, const QList<Record> &records,
                                             const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_document(document)
    , m_before(document->records())
    , m_after(records)
{
}

void ReplaceRecordsCommand::redo()
{
    m_document->setRecords(m_after);
}

void ReplaceRecordsCommand::undo()
{
    m_document->setRecords(m_before);
}

ReplaceRecordCommand::ReplaceRecordCommand(Document *document, int row, const Record &record,
                                           const QString &text, QUndoCommand *parent)
    : RecordChangeCommand(document, { { row, document->record(row), record } }, parent)
{
    setText(text);
}

} // namespace refmend
