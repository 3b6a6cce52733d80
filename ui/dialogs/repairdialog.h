#pragma once

#include "cleanup/mojibakescan.h"

#include <QDialog>

class QPushButton;
class QTreeWidget;

namespace refmend {

class Document;

/*! \brief Lists garbled texts with their proposed repairs, one checkbox each. */
class RepairDialog : public QDialog
{
    Q_OBJECT
public:
    enum Column { Apply, RecordTitle, Where, Before, After, ColumnCount };

    RepairDialog(const Document *document, const QList<MojibakeFinding> &findings,
                 QWidget *parent = nullptr);

    //! The findings whose checkbox is on.
    QList<MojibakeFinding> chosenFindings() const;
    QTreeWidget *tree() const { return m_tree; }

    /*! \brief The parts of \a before and \a after that differ, with a little context.
        Short texts are shown whole; of long ones only the changed words. Changed parts
        are marked: bold and highlighted as HTML when \a html, else in [brackets]. */
    struct Excerpt {
        QString before;
        QString after;
    };
    static Excerpt excerpt(const QString &before, const QString &after, bool html);

Q_SIGNALS:
    void recordActivated(int row);

private:
    void setAllChecked(bool checked);
    void updateOkButton();

    QList<MojibakeFinding> m_findings;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace refmend
