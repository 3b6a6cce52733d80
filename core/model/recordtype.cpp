#include "model/recordtype.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {
struct TypeName {
    RecordType type;
    QLatin1StringView id;
    const char *display;
};

// Order follows the enum; checked by the static_assert below.
constexpr TypeName kTypeNames[] = {
    {RecordType::Generic, "generic"_L1, QT_TRANSLATE_NOOP("RecordType", "Generic")},
    {RecordType::Article, "article"_L1, QT_TRANSLATE_NOOP("RecordType", "Journal Article")},
    {RecordType::Book, "book"_L1, QT_TRANSLATE_NOOP("RecordType", "Book")},
    {RecordType::Chapter, "chapter"_L1, QT_TRANSLATE_NOOP("RecordType", "Book Chapter")},
    {RecordType::ConferencePaper, "conference-paper"_L1, QT_TRANSLATE_NOOP("RecordType", "Conference Paper")},
    {RecordType::Thesis, "thesis"_L1, QT_TRANSLATE_NOOP("RecordType", "Thesis")},
    {RecordType::Report, "report"_L1, QT_TRANSLATE_NOOP("RecordType", "Report")},
    {RecordType::WebPage, "web-page"_L1, QT_TRANSLATE_NOOP("RecordType", "Web Page")},
    {RecordType::Dataset, "dataset"_L1, QT_TRANSLATE_NOOP("RecordType", "Dataset")},
    {RecordType::Patent, "patent"_L1, QT_TRANSLATE_NOOP("RecordType", "Patent")},
    {RecordType::Software, "software"_L1, QT_TRANSLATE_NOOP("RecordType", "Software")},
};
static_assert(std::size(kTypeNames) == size_t(RecordType::Count), "one name per RecordType");
} // namespace

QString recordTypeDisplayName(RecordType type)
{
    const auto index = size_t(type);
    if (index >= std::size(kTypeNames))
        return QString();
    return QCoreApplication::translate("RecordType", kTypeNames[index].display);
}

QString recordTypeId(RecordType type)
{
    const auto index = size_t(type);
    return index < std::size(kTypeNames) ? QString(kTypeNames[index].id) : QString();
}

RecordType recordTypeFromId(QStringView id)
{
    for (const TypeName &name : kTypeNames) {
        if (id.compare(name.id, Qt::CaseInsensitive) == 0)
            return name.type;
    }
    return RecordType::Generic;
}

} // namespace refmend
