#pragma once

#include "model/record.h"

#include <QCoreApplication>
#include <QList>
#include <QUndoCommand>

namespace refmend {

class Document;

//! Ids for QUndoCommand::id(); commands with the same id may merge.
enum class CommandId {
    SetField = 1,
    SetPersons,
    SetType,
    ApplyRepairs,
};

/*! \brief The before and after state of one record. */
struct RecordChange {
    int row = -1;
    Record before;
    Record after;
};

/*! \brief Base of every record edit: undo() and redo() swap whole records through
    Document::replaceRecord(), which emits recordChanged(). */
class RecordChangeCommand : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    RecordChangeCommand(Document *document, const QList<RecordChange> &changes,
                        QUndoCommand *parent = nullptr);

    Document *m_document;
    QList<RecordChange> m_changes;
};

/*! \brief Sets, adds or removes one field of one record.
    Consecutive edits of the same field of the same record merge into one undo step. */
class SetFieldCommand : public RecordChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetFieldCommand)
public:
    //! Sets the field at \a fieldIndex; an empty \a value removes it.
    SetFieldCommand(Document *document, int row, int fieldIndex, const QString &value,
                    QUndoCommand *parent = nullptr);
    //! Sets the first field with \a key (for FieldKey::Other: with \a tag), adding one
    //! if there is none; an empty \a value removes it.
    SetFieldCommand(Document *document, int row, FieldKey key, const QString &value,
                    const QString &tag = {}, QUndoCommand *parent = nullptr);
    //! Appends a new field even when the record already has one with \a key.
    static SetFieldCommand *append(Document *document, int row, FieldKey key,
                                   const QString &tag, const QString &value,
                                   QUndoCommand *parent = nullptr);

    int id() const override { return int(CommandId::SetField); }
    bool mergeWith(const QUndoCommand *other) override;

    int row() const { return m_changes.constFirst().row; }
    //! Index of the field this command set (or removed) in the record.
    int fieldIndex() const { return m_fieldIndex; }

private:
    enum class Op { Set, Append, Remove };
    SetFieldCommand(Document *document, int row, QUndoCommand *parent);
    void build(int fieldIndex, FieldKey key, const QString &tag, const QString &value);

    int m_fieldIndex = -1;
    Op m_op = Op::Set;
};

/*! \brief Replaces one person list (authors, editors, ...) of one record. */
class SetPersonsCommand : public RecordChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetPersonsCommand)
public:
    SetPersonsCommand(Document *document, int row, PersonRole role, const PersonList &persons,
                      const QString &text = {}, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::SetPersons); }
};

/*! \brief Changes the type of one record. */
class SetTypeCommand : public RecordChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetTypeCommand)
public:
    //! The source type is cleared so that writers name the new type themselves.
    SetTypeCommand(Document *document, int row, RecordType type, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::SetType); }
};

/*! \brief Applies mojibake repairs (or any prepared record changes) as one undo step. */
class ApplyRepairsCommand : public RecordChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(ApplyRepairsCommand)
public:
    ApplyRepairsCommand(Document *document, const QList<RecordChange> &changes,
                        int repairCount, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::ApplyRepairs); }
};

} // namespace refmend
