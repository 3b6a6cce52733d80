#include "recordcommands.h"

#include "document/document.h"

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
    setText(repairCount == 1 ? tr("Repair 1 garbled text")
                             : tr("Repair %1 garbled texts").arg(repairCount));
    if (changes.isEmpty())
        setObsolete(true);
}

} // namespace refmend
