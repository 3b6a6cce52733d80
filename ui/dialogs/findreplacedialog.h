#pragma once

#include "cleanup/findreplace.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeView;

namespace refmend {

class ChangePreviewModel;
class Document;
class DocumentWatcher;

/*! \brief Edit > Find and Replace: a batch replace across all or chosen fields (and names),
    plain or regular expression, previewed change by change and applied as one undo step.
    A pattern that does not compile is reported under the field; nothing runs then. */
class FindReplaceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit FindReplaceDialog(Document *document, QWidget *parent = nullptr);

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    QCheckBox *regexBox() const { return m_regex; }
    QCheckBox *caseBox() const { return m_case; }
    QCheckBox *wholeWordBox() const { return m_wholeWord; }
    QCheckBox *allFieldsBox() const { return m_allFields; }
    QCheckBox *namesBox() const { return m_names; }
    QListWidget *fieldList() const { return m_fields; }
    QLabel *errorLabel() const { return m_error; }
    ChangePreviewModel *previewModel() const { return m_model; }
    QTreeView *previewView() const { return m_view; }
    QPushButton *applyButton() const { return m_apply; }

    FindReplaceOptions options() const;
    //! Limits the search to \a keys (an empty list: every field).
    void setFields(const QList<FieldKey> &keys);
    //! The error shown for the current pattern, empty when it is usable.
    QString error() const;

public Q_SLOTS:
    //! Recomputes the preview now (typing recomputes it shortly after).
    void updatePreview();
    //! Replaces the checked matches as one undo step; returns the records changed.
    int apply();

Q_SIGNALS:
    void recordActivated(int row);

private:
    void schedulePreview();

    QPointer<Document> m_document;
    DocumentWatcher *m_watcher = nullptr;
    QLineEdit *m_find = nullptr;
    QLineEdit *m_replace = nullptr;
    QCheckBox *m_regex = nullptr;
    QCheckBox *m_case = nullptr;
    QCheckBox *m_wholeWord = nullptr;
    QCheckBox *m_allFields = nullptr;
    QCheckBox *m_names = nullptr;
    QListWidget *m_fields = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_summary = nullptr;
    ChangePreviewModel *m_model = nullptr;
    QTreeView *m_view = nullptr;
    QPushButton *m_apply = nullptr;
    QTimer *m_previewTimer = nullptr;
};

} // namespace refmend
