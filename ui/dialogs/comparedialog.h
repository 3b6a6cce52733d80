#pragma once

#include "model/record.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace refmend {

/*! \brief What differs between the file on disk (changed by another program) and the
    version open here, record by record: records only in one of them, and changed records
    with their fields, disk value against open value. The user then chooses: Reload takes
    the file on disk (accept()), Keep Mine the open version (reject()). */
class CompareDialog : public QDialog
{
    Q_OBJECT
public:
    CompareDialog(const QList<Record> &disk, const QList<Record> &open, const QString &fileName,
                  QWidget *parent = nullptr);

    //! One top-level item per differing record; a changed record has one child per field.
    QTreeWidget *differenceList() const { return m_list; }
    QLabel *summaryLabel() const { return m_summary; }
    QPushButton *reloadButton() const { return m_reload; }
    QPushButton *keepButton() const { return m_keep; }

private:
    QTreeWidget *m_list = nullptr;
    QLabel *m_summary = nullptr;
    QPushButton *m_reload = nullptr;
    QPushButton *m_keep = nullptr;
};

} // namespace refmend
