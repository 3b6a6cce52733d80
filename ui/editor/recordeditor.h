#pragma once

#include "model/fieldkey.h"
#include "model/record.h"

#include "document/document.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QScrollArea;
class QToolButton;

namespace refmend {

class AuthorListEditor;

/*! \brief Edits one record: its type, every field it has (unknown tags included, shown
    with their tag) and, through the AuthorListEditor, its person lists.
    Field edits are applied when an editor finishes (Enter, leaving the field) as
    SetFieldCommands, which merge while the same field is edited again. */
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RecordEditor(QWidget *parent = nullptr);
    ~RecordEditor() override;

    void setDocument(Document *document);
    Document *document() const { return m_document; }
    //! The Document row shown, or -1.
    int record() const { return m_row; }

    //! True when some field editor holds text not yet applied.
    bool isModified() const;
    /*! The record shown as it will be once the text typed into its editors is applied,
        without applying it (the autosave keeps it). False when nothing is pending. */
    bool pendingRecord(Record *record) const;
    /*! Checks the values shown (DOI and URL shapes); marks doubtful editors and returns
        false with one line per problem in \a problems. Applying is never blocked. */
    bool validate(QStringList *problems = nullptr);

    AuthorListEditor *authorListEditor() const { return m_authors; }
    QComboBox *typeComboBox() const { return m_type; }
    //! Editor (QLineEdit or QPlainTextEdit) of the record's field at \a fieldIndex.
    QWidget *fieldEditor(int fieldIndex) const;
    //! Editor of the first field with \a key (for FieldKey::Other: with \a tag).
    QWidget *fieldEditor(FieldKey key, const QString &tag = {}) const;

public Q_SLOTS:
    //! Shows the record at \a row (-1 for none); applies pending edits of the previous one.
    void showRecord(int row);
    //! Pushes one command per changed field.
    void apply();
    //! Puts back the values of the record, dropping what was not applied.
    void reset();
    //! Adds an editor for a new field of \a key (with \a tag for FieldKey::Other).
    void addField(refmend::FieldKey key, const QString &tag = {});

Q_SIGNALS:
    void modified(bool modified);
    //! Text not yet applied changed (every keystroke while isModified()).
    void pendingTextChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct FieldRow {
        int fieldIndex = -1;      // in the record; -1 for a field added but not applied yet
        FieldKey key = FieldKey::Other;
        QString tag;
        QString original;
        QLabel *label = nullptr;
        QLineEdit *line = nullptr;
        QPlainTextEdit *text = nullptr;

        QWidget *editor() const;
        QString value() const;
        void setValue(const QString &value);
    };

    void rebuild();
    void refreshFromDocument();
    FieldRow makeRow(int fieldIndex, FieldKey key, const QString &tag, const QString &value);
    void appendRow(FieldRow row);
    void updateModified();
    struct Change {
        int fieldIndex;      // -1: a new field
        FieldKey key;
        QString tag;
        QString value;       // empty: remove the field
    };
    //! What differs from the record, highest field index first, new fields last.
    QList<Change> pendingChanges() const;
    void populateAddFieldMenu();
    void addCustomField();
    static bool sameLayout(const Record &a, const Record &b);

    QPointer<Document> m_document;
    int m_row = -1;
    Record m_shown;                 // the record as the editors were last filled from
    QList<FieldRow> m_rows;
    bool m_updating = false;
    bool m_modified = false;

    QComboBox *m_type = nullptr;
    QLabel *m_sourceType = nullptr;
    QLabel *m_placeholder = nullptr;
    AuthorListEditor *m_authors = nullptr;
    QScrollArea *m_scroll = nullptr;
    QWidget *m_content = nullptr;
    QWidget *m_fieldsBox = nullptr;
    QFormLayout *m_form = nullptr;
    QToolButton *m_addField = nullptr;
};

} // namespace refmend
