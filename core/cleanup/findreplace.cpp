#include "cleanup/findreplace.h"

#include "model/personname.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

QRegularExpression buildPattern(const FindReplaceOptions &options)
{
    QString pattern = options.mode == FindReplaceOptions::Mode::Plain
            ? QRegularExpression::escape(options.find)
            : options.find;
    if (options.wholeWord) {
        // Lookarounds rather than \b, so that "C++" or "(2013)" work as whole words too.
        pattern = u"(?<![\\p{L}\\p{N}_])(?:"_s + pattern + u")(?![\\p{L}\\p{N}_])"_s;
    }
    QRegularExpression::PatternOptions flags = QRegularExpression::UseUnicodePropertiesOption;
    if (!options.caseSensitive)
        flags |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(pattern, flags);
}

bool fieldSelected(const Field &field, const FindReplaceOptions &options)
{
    if (field.key == FieldKey::Other) {
        if (!options.fields.isEmpty() && !options.fields.contains(FieldKey::Other))
            return false;
        return options.otherTags.isEmpty() || options.otherTags.contains(field.tag);
    }
    return options.fields.isEmpty() || options.fields.contains(field.key);
}

// Replaces every match in \a text; returns the number of matches.
int replaceAll(const QString &text, const QRegularExpression &re, const FindReplaceOptions &options, QString *out)
{
    const bool literal = options.mode == FindReplaceOptions::Mode::Plain;
    int count = 0;
    qsizetype last = 0;
    QString result;
    QRegularExpressionMatchIterator it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch m = it.next();
        ++count;
        result += QStringView(text).mid(last, m.capturedStart() - last);
        result += literal ? options.replace : expandReplacement(options.replace, m);
        last = m.capturedEnd();
    }
    if (count == 0)
        return 0;
    result += QStringView(text).mid(last);
    *out = result;
    return count;
}

} // namespace

QString expandReplacement(const QString &replacement, const QRegularExpressionMatch &match)
{
    QString out;
    out.reserve(replacement.size());
    const qsizetype n = replacement.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = replacement.at(i);
        const QChar next = i + 1 < n ? replacement.at(i + 1) : QChar();
        if (c == u'\\' && next.isDigit()) {
            out += match.captured(next.digitValue());
            ++i;
        } else if (c == u'\\' && next == u'\\') {
            out += u'\\';
            ++i;
        } else if (c == u'$' && next == u'$') {
            out += u'$';
            ++i;
        } else if (c == u'$' && next == u'&') {
            out += match.captured(0);
            ++i;
        } else if (c == u'$' && next.isDigit()) {
            // Two digits when that group exists ("$12"), else one.
            int group = next.digitValue();
            qsizetype used = 1;
            if (i + 2 < n && replacement.at(i + 2).isDigit()) {
                const int two = group * 10 + replacement.at(i + 2).digitValue();
                if (two <= match.lastCapturedIndex()) {
                    group = two;
                    used = 2;
                }
            }
            out += match.captured(group);
            i += used;
        } else if (c == u'$' && next == u'{') {
            const qsizetype close = replacement.indexOf(u'}', i + 2);
            if (close < 0) {
                out += c;
                continue;
            }
            const QString name = replacement.mid(i + 2, close - i - 2);
            bool isNumber = false;
            const int group = name.toInt(&isNumber);
            out += isNumber ? match.captured(group) : match.captured(name);
            i = close;
        } else {
            out += c;
        }
    }
    return out;
}

QString findReplacePatternError(const FindReplaceOptions &options)
{
    if (options.find.isEmpty())
        return QCoreApplication::translate("refmend::FindReplace", "nothing to find");
    const QRegularExpression re = buildPattern(options);
    if (!re.isValid()) {
        return QCoreApplication::translate("refmend::FindReplace", "invalid regular expression at position %1: %2")
                .arg(re.patternErrorOffset())
                .arg(re.errorString());
    }
    return QString();
}

FindReplaceResult previewFindReplace(const QList<Record> &records, const FindReplaceOptions &options)
{
    FindReplaceResult result;
    result.error = findReplacePatternError(options);
    if (!result.ok())
        return result;
    QRegularExpression re = buildPattern(options);
    re.optimize();

    for (int r = 0; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (options.includePersons) {
            for (int role = 0; role < int(PersonRole::Count); ++role) {
                if (!options.roles.isEmpty() && !options.roles.contains(PersonRole(role)))
                    continue;
                const PersonList &persons = record.persons(PersonRole(role));
                for (int p = 0; p < persons.size(); ++p) {
                    const Person &person = persons.at(p);
                    const QString before = personText(person);
                    QString after;
                    const int count = replaceAll(before, re, options, &after);
                    if (count == 0 || after == before)
                        continue;
                    CleanupChange change;
                    change.recordIndex = r;
                    change.actionId = u"find-replace"_s;
                    change.kind = CleanupChange::Kind::SetPerson;
                    change.where.role = PersonRole(role);
                    change.where.personIndex = p;
                    change.label = personLocationLabel(PersonRole(role), p);
                    change.before = before;
                    change.after = after;
                    change.person = parsePersonName(after);
                    change.line = person.line;
                    change.column = person.column;
                    result.changes.append(change);
                    result.matchCount += count;
                }
            }
        }
        for (int f = 0; f < record.fields.size(); ++f) {
            const Field &field = record.fields.at(f);
            if (!fieldSelected(field, options))
                continue;
            QString after;
            const int count = replaceAll(field.value, re, options, &after);
            if (count == 0 || after == field.value)
                continue;
            CleanupChange change;
            change.recordIndex = r;
            change.actionId = u"find-replace"_s;
            change.where.fieldIndex = f;
            change.label = fieldLocationLabel(field);
            change.before = field.value;
            change.after = after;
            change.line = field.line;
            change.column = field.column;
            result.changes.append(change);
            result.matchCount += count;
        }
    }
    return result;
}

} // namespace refmend
