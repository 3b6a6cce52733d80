#include "formats/endnotetags.h"

using namespace Qt::StringLiterals;

namespace refmend::endnote {

namespace {

struct TagKey {
    char tag;
    FieldKey key;
};

// Tags RefMend has a key for. The rest of the EndNote list (%O alternate title, %H translated
// author, %Q translated title, %9 type of work, %1-%4/%#/%$/%] custom, %( %) %* %^ %> %< %[ %= %~)
// are read as FieldKey::Other and written back under the same tag.
constexpr TagKey kTagKeys[] = {
    {'T', FieldKey::Title},
    {'J', FieldKey::ContainerTitle},
    {'B', FieldKey::ContainerTitle},
    {'D', FieldKey::Year},
    {'8', FieldKey::Date},
    {'V', FieldKey::Volume},
    {'N', FieldKey::Issue},
    {'P', FieldKey::Pages},
    {'I', FieldKey::Publisher},
    {'C', FieldKey::PublisherPlace},
    {'R', FieldKey::Doi},
    {'U', FieldKey::Url},
    {'X', FieldKey::Abstract},
    {'K', FieldKey::Keywords},
    {'Z', FieldKey::Note},
    {'@', FieldKey::Isbn},
    {'7', FieldKey::Edition},
    {'G', FieldKey::Language},
    {'F', FieldKey::Label},
    {'L', FieldKey::CallNumber},
    {'M', FieldKey::AccessionNumber},
    {'S', FieldKey::SeriesTitle},
    {'!', FieldKey::ShortTitle},
    {'+', FieldKey::AuthorAddress},
    {'&', FieldKey::Section},
    {'6', FieldKey::NumberOfVolumes},
    {'W', FieldKey::Database},
};

struct TypeName {
    QLatin1StringView name;
    RecordType type;
};

// Reference type names as EndNote writes them (and a few short forms other tools write).
constexpr TypeName kTypeNames[] = {
    {"Journal Article"_L1, RecordType::Article},
    {"Magazine Article"_L1, RecordType::Article},
    {"Newspaper Article"_L1, RecordType::Article},
    {"Electronic Article"_L1, RecordType::Article},
    {"Journal"_L1, RecordType::Article},
    {"Book"_L1, RecordType::Book},
    {"Edited Book"_L1, RecordType::Book},
    {"Electronic Book"_L1, RecordType::Book},
    {"Book Section"_L1, RecordType::Chapter},
    {"Electronic Book Section"_L1, RecordType::Chapter},
    {"Conference Paper"_L1, RecordType::ConferencePaper},
    {"Conference Proceedings"_L1, RecordType::ConferencePaper},
    {"Conference"_L1, RecordType::ConferencePaper},
    {"Thesis"_L1, RecordType::Thesis},
    {"Report"_L1, RecordType::Report},
    {"Government Document"_L1, RecordType::Report},
    {"Web Page"_L1, RecordType::WebPage},
    {"Electronic Source"_L1, RecordType::WebPage},
    {"Blog"_L1, RecordType::WebPage},
    {"Dataset"_L1, RecordType::Dataset},
    {"Patent"_L1, RecordType::Patent},
    {"Computer Program"_L1, RecordType::Software},
};

constexpr QLatin1StringView kKnownTagChars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ?@!#$]&()*+^><[=~"_L1;

} // namespace

bool isKnownTag(QChar tag)
{
    // %5 is not part of EndNote's list.
    return tag != u'5' && tag.unicode() < 128 && kKnownTagChars.contains(tag);
}

bool isTagLine(QStringView line)
{
    if (line.size() < 2 || line.at(0) != u'%')
        return false;
    const QChar tag = line.at(1);
    if (tag.isSpace() || tag.category() == QChar::Other_Control)
        return false;
    return line.size() == 2 || line.at(2) == u' ' || line.at(2) == u'\t';
}

std::optional<PersonRole> personRoleForTag(QChar tag)
{
    switch (tag.unicode()) {
    case u'A':
        return PersonRole::Author;
    case u'E':
        return PersonRole::Editor;
    case u'Y':
        return PersonRole::SeriesEditor;
    case u'?':
        return PersonRole::Translator;
    default:
        return std::nullopt;
    }
}

QChar tagForPersonRole(PersonRole role)
{
    switch (role) {
    case PersonRole::Author:
        return u'A';
    case PersonRole::Editor:
        return u'E';
    case PersonRole::SeriesEditor:
        return u'Y';
    case PersonRole::Translator:
        return u'?';
    case PersonRole::Count:
        break;
    }
    return QChar();
}

FieldKey fieldKeyForTag(QChar tag)
{
    for (const TagKey &entry : kTagKeys) {
        if (tag == QLatin1Char(entry.tag))
            return entry.key;
    }
    return FieldKey::Other;
}

QChar tagForFieldKey(FieldKey key, RecordType type)
{
    if (key == FieldKey::ContainerTitle)
        return type == RecordType::Chapter || type == RecordType::ConferencePaper ? u'B' : u'J';
    for (const TagKey &entry : kTagKeys) {
        if (entry.key == key)
            return QLatin1Char(entry.tag);
    }
    return QChar();
}

RecordType recordTypeForName(QStringView name)
{
    const QStringView trimmed = name.trimmed();
    for (const TypeName &entry : kTypeNames) {
        if (trimmed.compare(entry.name, Qt::CaseInsensitive) == 0)
            return entry.type;
    }
    return RecordType::Generic;
}

QString nameForRecordType(RecordType type)
{
    for (const TypeName &entry : kTypeNames) {
        if (entry.type == type)
            return QString(entry.name);
    }
    return u"Generic"_s;
}

QString tagDisplay(QChar tag)
{
    return u'%' + QString(tag);
}

} // namespace refmend::endnote
