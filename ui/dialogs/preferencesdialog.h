#pragma once

#include "settings/preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace refmend {

/*! \brief Edit > Preferences: name order in the table, the citation style of the detail
    view and of Copy, export defaults, the language of
    the user interface (used from the next start) and backups on save. Shows
    Preferences::load() and, on OK, stores the choices with Preferences::save(). */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    //! The choices as shown (not yet stored).
    Preferences preferences() const;
    void setPreferences(const Preferences &preferences);

    QComboBox *nameOrderBox() const { return m_nameOrder; }
    QComboBox *citationStyleBox() const { return m_citationStyle; }
    QComboBox *exportFormatBox() const { return m_exportFormat; }
    QComboBox *exportEncodingBox() const { return m_exportEncoding; }
    QComboBox *bibtexCharactersBox() const { return m_bibtexCharacters; }
    QComboBox *languageBox() const { return m_language; }
    QCheckBox *backupBox() const { return m_backup; }
    QSpinBox *backupCountBox() const { return m_backupCount; }

public Q_SLOTS:
    //! Stores the choices and closes.
    void accept() override;
    //! Shows the defaults (stored only on OK).
    void restoreDefaults();

private:
    QComboBox *m_nameOrder = nullptr;
    QComboBox *m_citationStyle = nullptr;
    QComboBox *m_exportFormat = nullptr;
    QComboBox *m_exportEncoding = nullptr;
    QComboBox *m_bibtexCharacters = nullptr;
    QComboBox *m_language = nullptr;
    QCheckBox *m_backup = nullptr;
    QSpinBox *m_backupCount = nullptr;
};

} // namespace refmend
