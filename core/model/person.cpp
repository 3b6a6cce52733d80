#include "model/person.h"

#include "model/personname.h"

#include <QCache>
#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

// "d'" and "l'" attach to the family name without a space ("d'Alembert").
QString joinParticle(const QString &particle, const QString &family)
{
    if (particle.isEmpty())
        return family;
    if (family.isEmpty())
        return particle;
    if (particle.endsWith(u'\'') || particle.endsWith(u'\u2019'))
        return particle + family;
    return particle + u' ' + family;
}

} // namespace

QString personRoleDisplayName(PersonRole role)
{
    switch (role) {
    case PersonRole::Author:
        return QCoreApplication::translate("refmend::PersonRole", "Author");
    case PersonRole::Editor:
        return QCoreApplication::translate("refmend::PersonRole", "Editor");
    case PersonRole::SeriesEditor:
        return QCoreApplication::translate("refmend::PersonRole", "Series editor");
    case PersonRole::Translator:
        return QCoreApplication::translate("refmend::PersonRole", "Translator");
    case PersonRole::Count:
        break;
    }
    return {};
}

QString personRoleId(PersonRole role)
{
    switch (role) {
    case PersonRole::Author:
        return u"author"_s;
    case PersonRole::Editor:
        return u"editor"_s;
    case PersonRole::SeriesEditor:
        return u"series-editor"_s;
    case PersonRole::Translator:
        return u"translator"_s;
    case PersonRole::Count:
        break;
    }
    return {};
}

bool Person::isEmpty() const
{
    return family.isEmpty() && given.isEmpty() && particle.isEmpty() && suffix.isEmpty()
            && literal.isEmpty();
}

bool Person::sameName(const Person &other) const
{
    return family == other.family && given == other.given && particle == other.particle
            && suffix == other.suffix && literal == other.literal;
}

QString Person::displayName() const
{
    if (isLiteral())
        return literal;
    QString text = joinParticle(particle, family);
    if (text.isEmpty()) {
        // Only a given name (an edited row, not something the parser produces).
        text = given;
        if (!suffix.isEmpty())
            text += (text.isEmpty() ? u""_s : u", "_s) + suffix;
        return text;
    }
    if (!given.isEmpty())
        text += u", "_s + given;
    if (!suffix.isEmpty())
        text += u", "_s + suffix;
    return text;
}

QString Person::naturalName() const
{
    if (isLiteral())
        return literal;
    QStringList parts;
    if (!given.isEmpty())
        parts << given;
    const QString fam = joinParticle(particle, family);
    if (!fam.isEmpty())
        parts << fam;
    if (!suffix.isEmpty())
        parts << suffix;
    return parts.join(u' ');
}

QString Person::textForWriting() const
{
    if (raw.isEmpty())
        return displayName();
    // Every writer asks this of every person, and a collection names the same people many
    // times: the parse of a raw text is remembered (per thread; parsing is a pure function).
    static thread_local QCache<QString, Person> parsed(20000);
    const Person *parse = parsed.object(raw);
    if (!parse) {
        parse = new Person(parsePersonName(raw));
        parsed.insert(raw, const_cast<Person *>(parse));
    }
    return parse->sameName(*this) ? raw : displayName();
}

} // namespace refmend
