#include "model/collection.h"

#include <QStringList>

#include <algorithm>

namespace refmend {

void Collection::assignIds()
{
    RecordId next = 1;
    bool missing = false;
    for (const Record &record : std::as_const(records)) {
        next = std::max(next, record.id + 1);
        missing = missing || record.id == 0;
    }
    // Only then the mutable loop: it would detach a list shared with another Collection.
    if (!missing)
        return;
    for (Record &record : records) {
        if (record.id == 0)
            record.id = next++;
    }
}

int Collection::indexOfId(RecordId id) const
{
    for (int i = 0; i < records.size(); ++i) {
        if (records.at(i).id == id)
            return i;
    }
    return -1;
}

bool Collection::hasErrors() const
{
    return std::any_of(diagnostics.cbegin(), diagnostics.cend(),
                       [](const Diagnostic &d) { return d.severity == Severity::Error; });
}

QString Collection::errorMessages() const
{
    QStringList messages;
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Severity::Error)
            messages.append(d.message);
    }
    return messages.join(u'\n');
}

} // namespace refmend
