#pragma once

#include "cleanup/duplicatefinder.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QGridLayout;
class QLabel;
class QRadioButton;

namespace refmend {

/*! \brief Shows the records of one duplicate group side by side, field by field, with a
    choice per field (which record it comes from) and the merged record next to them.
    Unknown fields are not chosen: the merge keeps all of them. */
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    //! \a records are the group's records, in group order.
    explicit MergeDialog(const QList<Record> &records, QWidget *parent = nullptr);
    /*! The same with \a labels for the records' columns ("Yours", "Saved by ana") and an
        \a intro of its own (a merge with another client's version of one record). */
    MergeDialog(const QList<Record> &records, const QStringList &labels, const QString &intro,
                QWidget *parent = nullptr);

    const QList<Record> &records() const { return m_records; }

    QRadioButton *typeButton(int position) const;
    QRadioButton *personsButton(PersonRole role, int position) const;
    QRadioButton *fieldButton(FieldKey key, int position) const;
    //! Checked: keywords are the union of every record's (the default).
    QCheckBox *combineKeywordsBox() const { return m_combineKeywords; }

    //! What the merged column shows for \a key ("" when the merge has none).
    QString mergedText(FieldKey key) const;
    QString mergedPersonsText(PersonRole role) const;
    //! The unknown (kept) fields of the merge, one "tag: value" each.
    QStringList mergedUnknownFields() const;

    MergeChoices choices() const;
    Record mergedRecord() const;

private:
    enum class RowKind { Type, Persons, Field };
    struct Row {
        RowKind kind = RowKind::Field;
        FieldKey key = FieldKey::Other;
        PersonRole role = PersonRole::Author;
        QButtonGroup *group = nullptr;
        QLabel *merged = nullptr;
    };
    void addRow(QGridLayout *grid, int gridRow, Row row, const QString &label,
                const QStringList &cells, int initial);
    const Row *findRow(RowKind kind, FieldKey key, PersonRole role) const;
    void updateMerged();

    QList<Record> m_records;
    QList<Row> m_rows;
    QCheckBox *m_combineKeywords = nullptr;
    QLabel *m_unknownMerged = nullptr;
    Record m_merged;
};

} // namespace refmend
