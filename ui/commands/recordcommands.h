#pragma once

#include "cleanup/duplicatefinder.h"
#include "cleanup/mojibakescan.h"
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
    InsertRecords,
    RemoveRecords,
    RenamePerson,
    Cleanup,
    FixProblems,
    FindReplace,
    MergeRecords,
    ReplaceRecords,
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

    int changedRecordCount() const { return int(m_changes.size()); }

protected:
    RecordChangeCommand(Document *document, const QList<RecordChange> &changes,
                        QUndoCommand *parent = nullptr);
    //! Pairs each repair with the record as the document holds it now.
    static QList<RecordChange> changesFrom(const Document *document,
                                           const QList<RecordRepair> &repairs);

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

/*! \brief Inserts records (File > Import appends a file's records) as one undo step. */
class InsertRecordsCommand : public QUndoCommand
{
public:
    InsertRecordsCommand(Document *document, int row, const QList<Record> &records,
                         const QString &text, QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::InsertRecords); }

private:
    Document *m_document;
    int m_row;
    QList<Record> m_records;
};

/*! \brief Removes records (any rows, e.g. the duplicates a merge absorbed) as one undo
    step; undo puts each back where it was. */
class RemoveRecordsCommand : public QUndoCommand
{
public:
    RemoveRecordsCommand(Document *document, QList<int> rows, const QString &text,
                         QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::RemoveRecords); }

private:
    Document *m_document;
    QList<std::pair<int, Record>> m_removed;   // ascending rows, as they were before removal
};

/*! \brief Renames one person (a cluster of name variants, or one variant) in every record
    that names them, as one undo step; built from planRename(). */
class RenamePersonCommand : public RecordChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(RenamePersonCommand)
public:
    RenamePersonCommand(Document *document, const QList<RecordRepair> &repairs,
                        const QString &newName, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::RenamePerson); }
};

/*! \brief One cleanup action run over the collection (the ticked changes of its preview),
    as one undo step; built from planCleanup(). */
class CleanupCommand : public RecordChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(CleanupCommand)
public:
    CleanupCommand(Document *document, const QList<RecordRepair> &repairs,
                   const QString &actionName, QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::Cleanup); }
};

/*! \brief The fixes of one or more integrity problems, as one undo step. */
class FixProblemsCommand : public RecordChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(FixProblemsCommand)
public:
    //! \a description names a single fix ("Repair as \"Lúcia\""); empty for several.
    FixProblemsCommand(Document *document, const QList<RecordRepair> &repairs,
                       int problemCount, const QString &description = {},
                       QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::FixProblems); }
};

/*! \brief A batch find and replace, as one undo step. */
class FindReplaceCommand : public RecordChangeCommand
{
    Q_DECLARE_TR_FUNCTIONS(FindReplaceCommand)
public:
    FindReplaceCommand(Document *document, const QList<RecordRepair> &repairs,
                       const QString &find, const QString &replace,
                       QUndoCommand *parent = nullptr);
    int id() const override { return int(CommandId::FindReplace); }
};

/*! \brief Merges duplicate groups as one undo step: each merged record replaces the kept
    one, the others are removed; undo puts every record back where it was. */
class MergeRecordsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeRecordsCommand)
public:
    MergeRecordsCommand(Document *document, const QList<DedupePlan> &plans,
                        QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::MergeRecords); }

private:
    Document *m_document;
    QList<RecordChange> m_replaced;            // the kept records, rows as before the merge
    QList<std::pair<int, Record>> m_removed;   // ascending rows, as they were before removal
};

/*! \brief Replaces one record with another version of it as one undo step (a merge of
    the document's version with a library's newer one). */
class ReplaceRecordCommand : public RecordChangeCommand
{
public:
    ReplaceRecordCommand(Document *document, int row, const Record &record, const QString &text,
                         QUndoCommand *parent = nullptr);
};

/*! \brief Replaces every record at once (the file changed on disk: Reload) as one undo
    step; undo brings back the records as they were. */
class ReplaceRecordsCommand : public QUndoCommand
{
public:
    ReplaceRecordsCommand(Document *document, const QList<Record> &records, const QString &text,
                          QUndoCommand *parent = nullptr);
    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::ReplaceRecords); }

private:
    Document *m_document;
    QList<Record> m_before;
    QList<Record> m_after;
};

} // namespace refmend
