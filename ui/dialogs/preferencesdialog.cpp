#include "preferencesdialog.h"

#include "formats/format.h"

#include "dialogs/exportdialog.h"
#include "formats/citationformatter.h"
#include "formats/formatregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace refmend {

namespace {

void selectData(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    box->setCurrentIndex(index >= 0 ? index : 0);
}

QLabel *noteLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.9);
    label->setFont(font);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    // Table
    m_nameOrder = new QComboBox(this);
    m_nameOrder->setObjectName(QStringLiteral("nameOrder"));
    m_nameOrder->addItem(tr("Family name first (Curie, Marie)"), int(NameOrder::FamilyFirst));
    m_nameOrder->addItem(tr("Given name first (Marie Curie)"), int(NameOrder::GivenFirst));
    auto *tableBox = new QGroupBox(tr("Table"), this);
    auto *tableForm = new QFormLayout(tableBox);
    tableForm->addRow(tr("&Names:"), m_nameOrder);
    tableForm->addRow(noteLabel(tr("To choose the columns, right-click the header of the table."),
                                tableBox));
    m_citationStyle = new QComboBox(this);
    m_citationStyle->setObjectName(QStringLiteral("citationStyle"));
    for (int s = 0; s < int(CitationStyle::Count); ++s)
        m_citationStyle->addItem(citationStyleDisplayName(CitationStyle(s)), citationStyleId(CitationStyle(s)));
    tableForm->addRow(tr("&Citation style:"), m_citationStyle);
    tableForm->addRow(noteLabel(tr("Used by the detail view and by Copy."), tableBox));

    // Export
    m_exportFormat = new QComboBox(this);
    m_exportFormat->setObjectName(QStringLiteral("exportFormat"));
    m_exportFormat->addItem(tr("Same as the open file"), QString());
    for (const FormatInfo &info : FormatRegistry::instance().formats()) {
        if (info.makeWriter)
            m_exportFormat->addItem(info.name, info.id);
    }
    m_exportEncoding = new QComboBox(this);
    m_exportEncoding->setObjectName(QStringLiteral("exportEncoding"));
    for (const auto &[id, label] : ExportDialog::encodingChoices())
        m_exportEncoding->addItem(label, id);
    m_bibtexCharacters = new QComboBox(this);
    m_bibtexCharacters->setObjectName(QStringLiteral("bibtexCharacters"));
    m_bibtexCharacters->addItem(tr("As the file has them"),
                                bibtexCharactersId(BibtexCharacters::Auto));
    m_bibtexCharacters->addItem(tr("LaTeX commands (L{\\'u}cia), plain ASCII"),
                                bibtexCharactersId(BibtexCharacters::Latex));
    m_bibtexCharacters->addItem(tr("UTF-8 characters (Lúcia)"),
                                bibtexCharactersId(BibtexCharacters::Unicode));
    m_bibtexCharacters->setToolTip(tr("How accented and other non-ASCII letters are written "
                                      "in BibTeX and BibLaTeX files. \"As the file has them\" "
                                      "keeps a UTF-8 file in UTF-8 and writes new BibTeX "
                                      "text with LaTeX commands."));
    auto *exportBox = new QGroupBox(tr("Export"), this);
    auto *exportForm = new QFormLayout(exportBox);
    exportForm->addRow(tr("Default &format:"), m_exportFormat);
    exportForm->addRow(tr("Default &encoding:"), m_exportEncoding);
    exportForm->addRow(tr("&BibTeX characters:"), m_bibtexCharacters);
    exportForm->addRow(noteLabel(tr("File > Export > Choose Format starts with these; "
                                    "the Export dialog can still change them."),
                                 exportBox));

    // Language
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System default"), QString());
    for (const LanguageChoice &choice : availableLanguages())
        m_language->addItem(choice.nativeName, choice.code);
    auto *languageBox = new QGroupBox(tr("Language"), this);
    auto *languageForm = new QFormLayout(languageBox);
    languageForm->addRow(tr("&Language:"), m_language);
    languageForm->addRow(noteLabel(tr("A new language is used the next time RefMend starts."),
                                   languageBox));

    // Saving
    m_backup = new QCheckBox(tr("Keep a &backup of the previous version (name.bak) when saving"),
                             this);
    m_backup->setObjectName(QStringLiteral("backupEnabled"));
    m_backupCount = new QSpinBox(this);
    m_backupCount->setObjectName(QStringLiteral("backupCount"));
    m_backupCount->setRange(1, 99);
    const QString backupNames = tr("Saving refs.bib keeps the version it replaces as refs.bib.bak; "
                                   "with more than one, the older ones move to refs.bib.bak2, "
                                   "refs.bib.bak3, … and the oldest beyond the number is removed. "
                                   "Saving a file that did not change keeps the backups as they are.");
    m_backup->setToolTip(backupNames);
    m_backupCount->setToolTip(backupNames);
    auto *savingBox = new QGroupBox(tr("Saving"), this);
    auto *savingForm = new QFormLayout(savingBox);
    savingForm->addRow(m_backup);
    savingForm->addRow(tr("Backups to &keep:"), m_backupCount);
    connect(m_backup, &QCheckBox::toggled, m_backupCount, &QWidget::setEnabled);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                         | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tableBox);
    layout->addWidget(exportBox);
    layout->addWidget(languageBox);
    layout->addWidget(savingBox);
    layout->addStretch(1);
    layout->addWidget(buttons);

    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.nameOrder = NameOrder(m_nameOrder->currentData().toInt());
    p.citationStyle = m_citationStyle->currentData().toString();
    p.exportFormat = m_exportFormat->currentData().toString();
    p.exportEncoding = m_exportEncoding->currentData().toString();
    p.bibtexCharacters = m_bibtexCharacters->currentData().toString();
    p.language = m_language->currentData().toString();
    p.backupEnabled = m_backup->isChecked();
    p.backupCount = m_backupCount->value();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences &preferences)
{
    selectData(m_nameOrder, int(preferences.nameOrder));
    selectData(m_citationStyle, preferences.citationStyle);
    selectData(m_exportFormat, preferences.exportFormat);
    selectData(m_exportEncoding, preferences.exportEncoding);
    selectData(m_bibtexCharacters, preferences.bibtexCharacters);
    selectData(m_language, preferences.language);
    m_backup->setChecked(preferences.backupEnabled);
    m_backupCount->setValue(preferences.backupCount);
    m_backupCount->setEnabled(preferences.backupEnabled);
}

void PreferencesDialog::accept()
{
    preferences().save();
    QDialog::accept();
}

void PreferencesDialog::restoreDefaults()
{
    setPreferences(Preferences());
}

} // namespace refmend
