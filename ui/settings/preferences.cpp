#include "preferences.h"

#include "formats/format.h"

#include "formats/citationformatter.h"
#include "model/person.h"

#include <QSettings>

namespace refmend {

namespace {

const QString kFamilyFirst = QStringLiteral("family-first");
const QString kGivenFirst = QStringLiteral("given-first");

constexpr int kMaxBackups = 99;

} // namespace

const QString Preferences::NameOrderKey = QStringLiteral("display/nameOrder");
const QString Preferences::ExportFormatKey = QStringLiteral("export/format");
const QString Preferences::ExportEncodingKey = QStringLiteral("export/encoding");
const QString Preferences::LanguageKey = QStringLiteral("ui/language");
const QString Preferences::BackupEnabledKey = QStringLiteral("backup/enabled");
const QString Preferences::BackupCountKey = QStringLiteral("backup/count");
const QString Preferences::CitationStyleKey = QStringLiteral("display/citationStyle");
const QString Preferences::BibtexCharactersKey = QStringLiteral("export/bibtexCharacters");

QString personName(const Person &person, NameOrder order)
{
    return order == NameOrder::GivenFirst ? person.naturalName() : person.displayName();
}

Preferences Preferences::load()
{
    const QSettings settings;
    Preferences p;
    p.nameOrder = settings.value(NameOrderKey).toString() == kGivenFirst ? NameOrder::GivenFirst
                                                                         : NameOrder::FamilyFirst;
    p.exportFormat = settings.value(ExportFormatKey, p.exportFormat).toString();
    p.exportEncoding = settings.value(ExportEncodingKey, p.exportEncoding).toString();
    p.language = settings.value(LanguageKey, p.language).toString();
    p.backupEnabled = settings.value(BackupEnabledKey, p.backupEnabled).toBool();
    p.backupCount = qBound(1, settings.value(BackupCountKey, p.backupCount).toInt(), kMaxBackups);
    // An unknown id (from a newer RefMend) reads as the default.
    p.citationStyle = citationStyleId(citationStyleFromId(
            settings.value(CitationStyleKey, p.citationStyle).toString()));
    p.bibtexCharacters = bibtexCharactersId(bibtexCharactersFromId(
            settings.value(BibtexCharactersKey, p.bibtexCharacters).toString())
                    .value_or(BibtexCharacters::Auto));
    return p;
}

void Preferences::save() const
{
    QSettings settings;
    settings.setValue(NameOrderKey, nameOrder == NameOrder::GivenFirst ? kGivenFirst : kFamilyFirst);
    settings.setValue(ExportFormatKey, exportFormat);
    settings.setValue(ExportEncodingKey, exportEncoding);
    settings.setValue(LanguageKey, language);
    settings.setValue(BackupEnabledKey, backupEnabled);
    settings.setValue(BackupCountKey, qBound(1, backupCount, kMaxBackups));
    settings.setValue(CitationStyleKey, citationStyle);
    settings.setValue(BibtexCharactersKey, bibtexCharacters);
}

bool operator==(const Preferences &a, const Preferences &b)
{
    return a.nameOrder == b.nameOrder && a.exportFormat == b.exportFormat
           && a.exportEncoding == b.exportEncoding && a.language == b.language
           && a.backupEnabled == b.backupEnabled && a.backupCount == b.backupCount
           && a.citationStyle == b.citationStyle && a.bibtexCharacters == b.bibtexCharacters;
}

QList<LanguageChoice> availableLanguages()
{
    // Each name in its own language, so that whoever reads it can find theirs.
    return {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("pt_PT"), QStringLiteral("Português")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
        {QStringLiteral("es"), QStringLiteral("Español")},
    };
}

} // namespace refmend
