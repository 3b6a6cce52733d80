#pragma once

#include "storage/library.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace refmend {

/*! \brief Record > History: the journal of one library record (when, who, which field,
    before, after), newest first, and Restore, which sets a chosen field back to the value
    it had before that change (or brings a removed record back) as a new change. */
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Library *library, RecordId recordId, const QString &title,
                  QWidget *parent = nullptr);

    QTreeWidget *entryList() const { return m_list; }
    QPushButton *restoreButton() const { return m_restore; }
    //! Restores the entry shown in \a row; false (with a message) when it cannot.
    bool restoreRow(int row);
    //! Re-reads the journal.
    void reload();

    //! "Title", "Authors", "Unknown tag XY" for a journal field id.
    static QString fieldName(const QString &field);

Q_SIGNALS:
    //! A value was restored: the record changed in the library.
    void restored(RecordId recordId);

private:
    Library *m_library;
    RecordId m_recordId;
    QTreeWidget *m_list;
    QPushButton *m_restore;
    QLabel *m_status;
};

} // namespace refmend
