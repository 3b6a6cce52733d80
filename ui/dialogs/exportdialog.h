#pragma once

#include "formats/format.h"

#include <QDialog>
#include <QList>

#include <utility>

class QCheckBox;
class QComboBox;
class QListWidget;
class QPlainTextEdit;
class QLabel;

namespace refmend {

/*! \brief File > Export: the format and its options (encoding, line endings, CSV columns,
    only the selected records) and, before anything is written, what the chosen format
    cannot carry ("3 records: 5 fields have no place in RIS: ..."). */
class ExportDialog : public QDialog
{
    Q_OBJECT
public:
    ExportDialog(const QList<Record> &records, const QList<int> &selectedRows,
                 const QString &formatId, LineEnding lineEnding, QWidget *parent = nullptr);

    QString formatId() const;
    WriteOptions options() const;
    //! The records to write: all, or the selected ones when that box is checked.
    QList<Record> recordsToWrite() const;
    //! What the current choice would lose, as shown in the dialog.
    QString lossText() const;

    void setFormatId(const QString &formatId);
    void setSelectedOnly(bool selectedOnly);
    //! Chooses the encoding by its id in encodingChoices() ("UTF-8+BOM"); unknown ids are ignored.
    void setEncoding(const QString &encodingId);
    QString encoding() const;

    //! The encodings offered, as (id, translated label); the id "…+BOM" writes a byte order mark.
    static QList<std::pair<QString, QString>> encodingChoices();

private:
    void updatePreview();

    QList<Record> m_records;
    QList<int> m_selectedRows;
    QComboBox *m_format = nullptr;
    QComboBox *m_encoding = nullptr;
    QComboBox *m_lineEnding = nullptr;
    QCheckBox *m_selectedOnly = nullptr;
    QListWidget *m_columns = nullptr;
    QLabel *m_columnsLabel = nullptr;
    QLabel *m_summary = nullptr;
    QPlainTextEdit *m_details = nullptr;
};

} // namespace refmend
