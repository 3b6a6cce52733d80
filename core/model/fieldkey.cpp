#include "model/fieldkey.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {
struct KeyName {
    FieldKey key;
    QLatin1StringView id;
    const char *display;
};

// Ids follow CSL variable names where CSL has one.
constexpr KeyName kKeyNames[] = {
    {FieldKey::Other, "other"_L1, QT_TRANSLATE_NOOP("FieldKey", "Other")},
    {FieldKey::Title, "title"_L1, QT_TRANSLATE_NOOP("FieldKey", "Title")},
    {FieldKey::ShortTitle, "title-short"_L1, QT_TRANSLATE_NOOP("FieldKey", "Short Title")},
    {FieldKey::ContainerTitle, "container-title"_L1, QT_TRANSLATE_NOOP("FieldKey", "Journal / Container")},
    {FieldKey::SeriesTitle, "collection-title"_L1, QT_TRANSLATE_NOOP("FieldKey", "Series")},
    {FieldKey::Year, "year"_L1, QT_TRANSLATE_NOOP("FieldKey", "Year")},
    {FieldKey::Date, "date"_L1, QT_TRANSLATE_NOOP("FieldKey", "Date")},
    {FieldKey::Volume, "volume"_L1, QT_TRANSLATE_NOOP("FieldKey", "Volume")},
    {FieldKey::Issue, "issue"_L1, QT_TRANSLATE_NOOP("FieldKey", "Issue")},
    {FieldKey::Pages, "pages"_L1, QT_TRANSLATE_NOOP("FieldKey", "Pages")},
    {FieldKey::Edition, "edition"_L1, QT_TRANSLATE_NOOP("FieldKey", "Edition")},
    {FieldKey::Publisher, "publisher"_L1, QT_TRANSLATE_NOOP("FieldKey", "Publisher")},
    {FieldKey::PublisherPlace, "publisher-place"_L1, QT_TRANSLATE_NOOP("FieldKey", "Place Published")},
    {FieldKey::Doi, "doi"_L1, QT_TRANSLATE_NOOP("FieldKey", "DOI")},
    {FieldKey::Url, "url"_L1, QT_TRANSLATE_NOOP("FieldKey", "URL")},
    {FieldKey::Abstract, "abstract"_L1, QT_TRANSLATE_NOOP("FieldKey", "Abstract")},
    {FieldKey::Keywords, "keywords"_L1, QT_TRANSLATE_NOOP("FieldKey", "Keywords")},
    {FieldKey::Note, "note"_L1, QT_TRANSLATE_NOOP("FieldKey", "Note")},
    {FieldKey::Isbn, "isbn"_L1, QT_TRANSLATE_NOOP("FieldKey", "ISBN/ISSN")},
    {FieldKey::Language, "language"_L1, QT_TRANSLATE_NOOP("FieldKey", "Language")},
    {FieldKey::Label, "label"_L1, QT_TRANSLATE_NOOP("FieldKey", "Label")},
    {FieldKey::CallNumber, "call-number"_L1, QT_TRANSLATE_NOOP("FieldKey", "Call Number")},
    {FieldKey::AccessionNumber, "accession-number"_L1, QT_TRANSLATE_NOOP("FieldKey", "Accession Number")},
    {FieldKey::AuthorAddress, "author-address"_L1, QT_TRANSLATE_NOOP("FieldKey", "Author Address")},
    {FieldKey::Section, "section"_L1, QT_TRANSLATE_NOOP("FieldKey", "Section")},
    {FieldKey::NumberOfVolumes, "number-of-volumes"_L1, QT_TRANSLATE_NOOP("FieldKey", "Number of Volumes")},
    {FieldKey::Database, "database"_L1, QT_TRANSLATE_NOOP("FieldKey", "Database")},
};
static_assert(std::size(kKeyNames) == size_t(FieldKey::Count), "one name per FieldKey");
} // namespace

QString fieldKeyDisplayName(FieldKey key)
{
    const auto index = size_t(key);
    if (index >= std::size(kKeyNames))
        return QString();
    return QCoreApplication::translate("FieldKey", kKeyNames[index].display);
}

QString fieldKeyId(FieldKey key)
{
    const auto index = size_t(key);
    return index < std::size(kKeyNames) ? QString(kKeyNames[index].id) : QString();
}

FieldKey fieldKeyFromId(QStringView id)
{
    for (const KeyName &name : kKeyNames) {
        if (id.compare(name.id, Qt::CaseInsensitive) == 0)
            return name.key;
    }
    return FieldKey::Other;
}

} // namespace refmend
