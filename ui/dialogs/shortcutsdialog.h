#pragma once

#include <QDialog>
#include <QList>

class QLineEdit;
class QTreeWidget;

namespace refmend {

/*! \brief Help > Keyboard Shortcuts: every action of a window and its shortcuts, read from
    the window's menus and actions when the dialog opens (never a list kept by hand). */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry {
        QString group;      // "File", or "Other" for actions outside the menus
        QString action;     // "Open…" (accelerator marks removed)
        QString shortcuts;  // "Ctrl+O", several joined by ", "; empty when none
    };

    //! Lists the actions of \a window (its menu bar, then any other action with a shortcut).
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    //! The menu actions of \a window in menu order, then its other actions that have a shortcut.
    static QList<Entry> collect(const QWidget *window);

    QTreeWidget *view() const { return m_view; }
    QLineEdit *filterField() const { return m_filter; }

private:
    void applyFilter(const QString &text);

    QTreeWidget *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
};

} // namespace refmend
