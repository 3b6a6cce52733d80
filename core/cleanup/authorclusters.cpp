#include "cleanup/authorclusters.h"

#include "cleanup/cleanupactions.h"
#include "model/personname.h"
#include "text/textfold.h"

#include <QRegularExpression>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

// Folded letters and digits only ("van der Berg" -> "vanderberg").
QString compactKey(QStringView text)
{
    const QString folded = foldForSearch(text);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out += c;
    }
    return out;
}

// Transliterations that folding does not undo: German ue/oe/ae, Scandinavian aa (and the
// "oe" that ø is written as). Used only for possible matches.
QString looseKey(QString key)
{
    key.replace(u"ae"_s, u"a"_s);
    key.replace(u"oe"_s, u"o"_s);
    key.replace(u"ue"_s, u"u"_s);
    key.replace(u"aa"_s, u"a"_s);
    return key;
}

struct NameToken {
    QString key;
    bool initial = false;
};

QList<NameToken> givenTokens(const QString &given, bool loose)
{
    QList<NameToken> tokens;
    // Names keep their initials as written: "J.R." is two initials, like "J. R.".
    QString spaced = given;
    static const QRegularExpression dottedInitial(u"(?<=\\b\\p{L})\\.(?=\\p{L})"_s);
    spaced.replace(dottedInitial, u". "_s);
    for (QStringView part : QStringView(spaced).split(u' ', Qt::SkipEmptyParts)) {
        for (QStringView piece : part.split(u'-', Qt::SkipEmptyParts)) {
            QString key = compactKey(piece);
            if (key.isEmpty())
                continue;
            if (loose)
                key = looseKey(key);
            const bool initial = compactKey(piece).size() == 1;
            tokens.append({key, initial});
        }
    }
    return tokens;
}

// Prefix-compatible: position by position, equal full names, or an initial matching the
// first letter of the other token. The shorter list may end early.
bool tokensCompatible(const QList<NameToken> &a, const QList<NameToken> &b)
{
    const qsizetype n = std::min(a.size(), b.size());
    for (qsizetype i = 0; i < n; ++i) {
        const NameToken &x = a.at(i);
        const NameToken &y = b.at(i);
        if (x.initial || y.initial) {
            if (x.key.front() != y.key.front())
                return false;
        } else if (x.key != y.key) {
            return false;
        }
    }
    return true;
}

// "Jr." and "III" tell father and son apart: only equal suffixes (or none) merge.
bool suffixesEqual(const QString &a, const QString &b)
{
    return compactKey(a) == compactKey(b);
}

bool isAllCaps(QStringView text)
{
    int upper = 0;
    for (const QChar c : text) {
        if (c.isLower())
            return false;
        if (c.isUpper())
            ++upper;
    }
    return upper >= 2;
}

bool isAllLower(QStringView text)
{
    return std::none_of(text.begin(), text.end(), [](QChar c) { return c.isUpper(); })
            && std::any_of(text.begin(), text.end(), [](QChar c) { return c.isLower(); });
}

// Variants with the same fingerprint: the unit that initials-compatibility then joins.
struct FingerprintGroup {
    QList<int> variants;        // indexes into the variant list
    int occurrences = 0;
    bool literal = false;
    QString familyKey;
    QString suffix;
    QList<NameToken> tokens;       // of the most frequent variant
    QList<NameToken> looseTokens;
    int fullTokens = 0;
};

struct Cluster {
    QList<int> groups;
};

int countDistinctRecords(const QList<PersonOccurrence> &occurrences)
{
    QList<int> records;
    records.reserve(occurrences.size());
    for (const PersonOccurrence &o : occurrences)
        records.append(o.recordIndex);
    std::sort(records.begin(), records.end());
    return int(std::unique(records.begin(), records.end()) - records.begin());
}

} // namespace

QList<PersonOccurrence> AuthorCluster::occurrences() const
{
    QList<PersonOccurrence> all;
    for (const PersonVariant &variant : variants)
        all.append(variant.occurrences);
    return all;
}

QString personFingerprint(const Person &person)
{
    const QString text = person.isLiteral()
            ? person.literal
            : QStringList{person.particle, person.family, person.given, person.suffix}.join(u' ');
    QString folded = foldForSearch(text);
    for (QChar &c : folded) {
        if (!c.isLetterOrNumber())
            c = u' ';
    }
    // Unlike OpenRefine, repeated tokens are kept: "van Ångström, Văn" is not "Ångström, Văn".
    QStringList tokens = folded.split(u' ', Qt::SkipEmptyParts);
    std::sort(tokens.begin(), tokens.end());
    return tokens.join(u' ');
}

QList<PersonVariant> collectPersons(const QList<Record> &records, const AuthorClusterOptions &options)
{
    QList<PersonVariant> variants;
    QHash<QString, int> indexByText;
    for (int r = 0; r < records.size(); ++r) {
        for (int role = 0; role < int(PersonRole::Count); ++role) {
            if (options.role && *options.role != PersonRole(role))
                continue;
            const PersonList &persons = records.at(r).persons(PersonRole(role));
            for (int p = 0; p < persons.size(); ++p) {
                const Person &person = persons.at(p);
                const QString written = personText(person);
                Person parsed = person;
                if (options.repairMojibake && mayContainMojibake(written)) {
                    if (const std::optional<TextRepair> repair = proposeMojibakeRepair(written))
                        parsed = parsePersonName(repair->after);
                }
                if (parsed.isEmpty() || (parsed.isLiteral() && !options.includeLiterals))
                    continue;
                const QString text = parsed.displayName();
                auto it = indexByText.find(text);
                if (it == indexByText.end()) {
                    PersonVariant variant;
                    variant.person = parsed;
                    variant.person.raw = text;
                    variant.person.line = 0;
                    variant.person.column = 0;
                    variant.text = text;
                    it = indexByText.insert(text, int(variants.size()));
                    variants.append(std::move(variant));
                }
                PersonVariant &variant = variants[*it];
                if (variant.occurrences.isEmpty() || variant.occurrences.back().recordIndex != r)
                    ++variant.recordCount;
                variant.occurrences.append({r, PersonRole(role), p});
                if (!variant.writtenForms.contains(written))
                    variant.writtenForms.append(written);
            }
        }
    }
    std::stable_sort(variants.begin(), variants.end(), [](const PersonVariant &a, const PersonVariant &b) {
        if (a.recordCount != b.recordCount)
            return a.recordCount > b.recordCount;
        return a.text < b.text;
    });
    return variants;
}

Person suggestCanonical(const QList<PersonVariant> &variants)
{
    if (variants.isEmpty())
        return {};
    auto score = [](const PersonVariant &v) {
        const Person &p = v.person;
        const QString name = p.family + p.given;
        const bool wellFormed = p.isLiteral()
                || (!p.family.isEmpty() && !p.given.isEmpty() && !isAllCaps(name) && !isAllLower(name));
        int full = 0;
        int tokens = 0;
        for (const NameToken &t : givenTokens(p.given, false)) {
            ++tokens;
            if (!t.initial)
                ++full;
        }
        const bool diacritics = std::any_of(v.text.begin(), v.text.end(),
                                            [](QChar c) { return c.isLetter() && c.unicode() >= 0x80; });
        // Written family-first ("García Márquez, Mary") settles the split that "Mary García
        // Márquez" leaves to the parser's guess.
        const bool explicitSplit = std::any_of(v.writtenForms.begin(), v.writtenForms.end(),
                                               [](const QString &form) { return form.contains(u','); });
        return std::make_tuple(wellFormed, explicitSplit, full, diacritics, int(v.occurrences.size()), tokens);
    };
    const PersonVariant *best = &variants.front();
    auto bestScore = score(*best);
    for (const PersonVariant &v : variants) {
        const auto s = score(v);
        if (s > bestScore || (s == bestScore && v.text < best->text)) {
            best = &v;
            bestScore = s;
        }
    }
    Person canonical = best->person;
    canonical.raw = canonical.displayName();
    canonical.line = 0;
    canonical.column = 0;
    return canonical;
}

AuthorClustering clusterAuthors(const QList<Record> &records, const AuthorClusterOptions &options)
{
    const QList<PersonVariant> variants = collectPersons(records, options);

    // 1. Key collision on the fingerprint.
    QList<FingerprintGroup> groups;
    {
        QHash<QString, int> byFingerprint;
        for (int v = 0; v < variants.size(); ++v) {
            const Person &person = variants.at(v).person;
            const QString key = (person.isLiteral() ? u"L:"_s : u"P:"_s) + personFingerprint(person);
            auto it = byFingerprint.find(key);
            if (it == byFingerprint.end()) {
                it = byFingerprint.insert(key, int(groups.size()));
                groups.append(FingerprintGroup());
            }
            groups[*it].variants.append(v);
        }
        for (FingerprintGroup &group : groups) {
            // Variants come most frequent first, so the first one speaks for the group.
            const Person &rep = variants.at(group.variants.front()).person;
            for (int v : std::as_const(group.variants))
                group.occurrences += int(variants.at(v).occurrences.size());
            group.literal = rep.isLiteral();
            group.familyKey = compactKey(rep.particle + rep.family);
            group.suffix = rep.suffix;
            group.tokens = givenTokens(rep.given, false);
            group.looseTokens = givenTokens(rep.given, true);
            group.fullTokens = int(std::count_if(group.tokens.begin(), group.tokens.end(),
                                                 [](const NameToken &t) { return !t.initial; }));
        }
    }

    // 2. Initials-compatible given names under one family name, most specific first.
    QList<Cluster> clusters;
    QList<int> clusterOfGroup(groups.size(), -1);
    QList<std::pair<int, int>> ambiguous;
    {
        std::map<QString, QList<int>> byFamily;
        for (int g = 0; g < groups.size(); ++g) {
            if (groups.at(g).literal) {
                clusterOfGroup[g] = int(clusters.size());
                clusters.append(Cluster{{g}});
            } else {
                byFamily[groups.at(g).familyKey].append(g);
            }
        }
        for (auto &[family, members] : byFamily) {
            std::sort(members.begin(), members.end(), [&](int a, int b) {
                const FingerprintGroup &x = groups.at(a);
                const FingerprintGroup &y = groups.at(b);
                return std::make_tuple(-x.fullTokens, -int(x.tokens.size()), -x.occurrences, a)
                        < std::make_tuple(-y.fullTokens, -int(y.tokens.size()), -y.occurrences, b);
            });
            QList<int> familyClusters;
            for (int g : std::as_const(members)) {
                const FingerprintGroup &group = groups.at(g);
                QList<int> candidates;
                for (int c : std::as_const(familyClusters)) {
                    const QList<int> &inCluster = clusters.at(c).groups;
                    const bool fits = std::all_of(inCluster.begin(), inCluster.end(), [&](int other) {
                        return tokensCompatible(group.tokens, groups.at(other).tokens)
                                && suffixesEqual(group.suffix, groups.at(other).suffix);
                    });
                    if (fits)
                        candidates.append(c);
                }
                if (candidates.size() == 1) {
                    clusters[candidates.front()].groups.append(g);
                    clusterOfGroup[g] = candidates.front();
                    continue;
                }
                const int c = int(clusters.size());
                clusters.append(Cluster{{g}});
                clusterOfGroup[g] = c;
                familyClusters.append(c);
                for (int other : std::as_const(candidates))
                    ambiguous.append({other, c});
            }
        }
    }

    // 3. Possible matches by transliteration: the same loose family key and loosely
    // compatible given names, in clusters that did not merge.
    QSet<std::pair<int, int>> linked;
    QList<PossibleMatch> matches;
    auto link = [&](int a, int b, PossibleMatchReason reason) {
        if (a == b)
            return;
        const std::pair<int, int> key{std::min(a, b), std::max(a, b)};
        if (linked.contains(key))
            return;
        linked.insert(key);
        matches.append(PossibleMatch{key.first, key.second, reason});
    };
    for (const auto &[a, b] : std::as_const(ambiguous))
        link(a, b, PossibleMatchReason::AmbiguousInitials);
    {
        std::map<QString, QList<int>> byLooseFamily;   // cluster indexes
        for (int c = 0; c < clusters.size(); ++c) {
            const FingerprintGroup &head = groups.at(clusters.at(c).groups.front());
            if (!head.literal && !head.familyKey.isEmpty())
                byLooseFamily[looseKey(head.familyKey)].append(c);
        }
        for (const auto &[family, members] : byLooseFamily) {
            for (qsizetype i = 0; i < members.size(); ++i) {
                const FingerprintGroup &a = groups.at(clusters.at(members.at(i)).groups.front());
                for (qsizetype j = i + 1; j < members.size(); ++j) {
                    const FingerprintGroup &b = groups.at(clusters.at(members.at(j)).groups.front());
                    if (!tokensCompatible(a.looseTokens, b.looseTokens))
                        continue;
                    if (!suffixesEqual(a.suffix, b.suffix)) {
                        if (a.suffix.isEmpty() || b.suffix.isEmpty())
                            link(members.at(i), members.at(j), PossibleMatchReason::DifferentSuffix);
                        continue;
                    }
                    const bool sameSpelling = a.familyKey == b.familyKey && tokensCompatible(a.tokens, b.tokens);
                    if (!sameSpelling)
                        link(members.at(i), members.at(j), PossibleMatchReason::Transliteration);
                }
            }
        }
    }

    // Build the result, largest first.
    QList<AuthorCluster> built;
    built.reserve(clusters.size());
    for (const Cluster &cluster : std::as_const(clusters)) {
        AuthorCluster out;
        for (int g : cluster.groups) {
            for (int v : groups.at(g).variants)
                out.variants.append(variants.at(v));
        }
        std::stable_sort(out.variants.begin(), out.variants.end(), [](const PersonVariant &a, const PersonVariant &b) {
            if (a.occurrences.size() != b.occurrences.size())
                return a.occurrences.size() > b.occurrences.size();
            return a.text < b.text;
        });
        out.canonical = suggestCanonical(out.variants);
        out.recordCount = out.variants.size() == 1 ? out.variants.front().recordCount
                                                   : countDistinctRecords(out.occurrences());
        built.append(std::move(out));
    }
    QList<int> order(built.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (built.at(a).recordCount != built.at(b).recordCount)
            return built.at(a).recordCount > built.at(b).recordCount;
        return built.at(a).canonical.displayName() < built.at(b).canonical.displayName();
    });
    QList<int> newIndex(built.size());
    AuthorClustering result;
    result.clusters.reserve(built.size());
    for (int i = 0; i < order.size(); ++i) {
        newIndex[order.at(i)] = i;
        result.clusters.append(std::move(built[order.at(i)]));
    }
    for (PossibleMatch match : std::as_const(matches)) {
        const int a = newIndex.at(match.first);
        const int b = newIndex.at(match.second);
        match.first = std::min(a, b);
        match.second = std::max(a, b);
        result.clusters[a].possibleMatches.append(b);
        result.clusters[b].possibleMatches.append(a);
        result.possibleMatches.append(match);
    }
    std::sort(result.possibleMatches.begin(), result.possibleMatches.end(),
              [](const PossibleMatch &x, const PossibleMatch &y) {
                  return std::make_pair(x.first, x.second) < std::make_pair(y.first, y.second);
              });
    for (AuthorCluster &cluster : result.clusters)
        std::sort(cluster.possibleMatches.begin(), cluster.possibleMatches.end());
    return result;
}

QList<RecordRepair> planRename(const QList<Record> &records, const Person &canonical,
                               const QList<PersonOccurrence> &occurrences)
{
    Person replacement = canonical;
    if (replacement.raw.isEmpty())
        replacement.raw = replacement.displayName();

    std::map<int, QList<PersonOccurrence>> byRecord;
    for (const PersonOccurrence &o : occurrences) {
        if (o.recordIndex >= 0 && o.recordIndex < records.size())
            byRecord[o.recordIndex].append(o);
    }
    QList<RecordRepair> repairs;
    for (const auto &[index, list] : byRecord) {
        RecordRepair repair;
        repair.recordIndex = index;
        repair.after = records.at(index);
        for (const PersonOccurrence &o : list) {
            if (o.role == PersonRole::Count || o.position < 0)
                continue;
            PersonList &persons = repair.after.personsRef(o.role);
            if (o.position >= persons.size())
                continue;
            Person &person = persons[o.position];
            if (person == replacement)
                continue;
            const int line = person.line;
            const int column = person.column;
            person = replacement;
            person.line = line;
            person.column = column;
            ++repair.repairedTexts;
        }
        if (repair.repairedTexts > 0)
            repairs.append(std::move(repair));
    }
    return repairs;
}

} // namespace refmend
