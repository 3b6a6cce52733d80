#include "cleanup/duplicatefinder.h"

#include "cleanup/cleanupactions.h"
#include "model/personname.h"
#include "text/mojibakerepair.h"
#include "text/textfold.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <numeric>
#include <vector>

using namespace Qt::StringLiterals;

namespace refmend {

namespace {

// Union-find whose sets remember a DOI: two sets with different DOIs never join, so a
// record without a DOI cannot bridge two records whose DOIs say they are different works.
class UnionFind
{
public:
    explicit UnionFind(const QList<QString> &dois) : m_parent(dois.size()), m_doi(dois)
    {
        std::iota(m_parent.begin(), m_parent.end(), 0);
    }

    int find(int x)
    {
        while (m_parent[x] != x) {
            m_parent[x] = m_parent[m_parent[x]];
            x = m_parent[x];
        }
        return x;
    }

    bool unite(int a, int b)
    {
        a = find(a);
        b = find(b);
        if (a == b)
            return true;
        if (!m_doi.at(a).isEmpty() && !m_doi.at(b).isEmpty() && m_doi.at(a) != m_doi.at(b))
            return false;
        const int root = std::min(a, b);
        const int child = std::max(a, b);
        m_parent[child] = root;
        if (m_doi.at(root).isEmpty())
            m_doi[root] = m_doi.at(child);
        return true;
    }

private:
    std::vector<int> m_parent;
    QList<QString> m_doi;
};

struct Link {
    int a = -1;
    int b = -1;
    DuplicateReason reason = DuplicateReason::SameDoi;
    double similarity = 1.0;
};

QString compactFold(QStringView text)
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

// Folded family name of the first author (else editor), mojibake repaired.
QString firstPersonKey(const Record &record)
{
    for (PersonRole role : {PersonRole::Author, PersonRole::Editor}) {
        const PersonList &persons = record.persons(role);
        if (persons.isEmpty())
            continue;
        Person person = persons.front();
        const QString text = personText(person);
        if (mayContainMojibake(text)) {
            if (const std::optional<TextRepair> repair = proposeMojibakeRepair(text))
                person = parsePersonName(repair->after);
        }
        return compactFold(person.isLiteral() ? person.literal : person.particle + person.family);
    }
    return QString();
}

using Trigrams = std::vector<quint64>;

Trigrams trigramsOf(QStringView key)
{
    Trigrams grams;
    if (key.size() < 3)
        return grams;
    grams.reserve(key.size() - 2);
    for (qsizetype i = 0; i + 2 < key.size(); ++i) {
        grams.push_back((quint64(key[i].unicode()) << 32) | (quint64(key[i + 1].unicode()) << 16)
                        | quint64(key[i + 2].unicode()));
    }
    std::sort(grams.begin(), grams.end());
    grams.erase(std::unique(grams.begin(), grams.end()), grams.end());
    return grams;
}

double jaccard(const Trigrams &a, const Trigrams &b)
{
    if (a.empty() || b.empty())
        return a == b ? 1.0 : 0.0;
    size_t common = 0;
    auto i = a.begin();
    auto j = b.begin();
    while (i != a.end() && j != b.end()) {
        if (*i < *j) {
            ++i;
        } else if (*j < *i) {
            ++j;
        } else {
            ++common;
            ++i;
            ++j;
        }
    }
    return double(common) / double(a.size() + b.size() - common);
}

int completeness(const Record &record)
{
    int score = 0;
    for (const Field &field : record.fields) {
        if (!field.value.trimmed().isEmpty())
            ++score;
    }
    for (int role = 0; role < int(PersonRole::Count); ++role)
        score += int(record.persons(PersonRole(role)).size());
    return score;
}

} // namespace

QString normalisedTitleKey(QStringView title)
{
    return compactFold(title);
}

double titleSimilarity(QStringView keyA, QStringView keyB)
{
    if (keyA == keyB)
        return 1.0;
    return jaccard(trigramsOf(keyA), trigramsOf(keyB));
}

QList<DuplicateGroup> findDuplicates(const QList<Record> &records, const DuplicateOptions &options)
{
    const int n = int(records.size());
    QList<Link> links;
    QList<QString> dois(n);

    // Same DOI.
    for (int r = 0; r < n; ++r) {
        const QString value = records.at(r).value(FieldKey::Doi);
        if (!value.isEmpty())
            dois[r] = normaliseDoi(value);
    }
    if (options.matchDoi) {
        QHash<QString, int> firstWithDoi;
        for (int r = 0; r < n; ++r) {
            if (dois.at(r).isEmpty())
                continue;
            const auto it = firstWithDoi.constFind(dois.at(r));
            if (it == firstWithDoi.constEnd())
                firstWithDoi.insert(dois.at(r), r);
            else
                links.append({*it, r, DuplicateReason::SameDoi, 1.0});
        }
    }

    // Same (or similar) title inside blocks of year + first author.
    if (options.matchTitle) {
        QHash<QString, QList<int>> blocks;
        QList<QString> titleKeys(n);
        for (int r = 0; r < n; ++r) {
            const Record &record = records.at(r);
            titleKeys[r] = normalisedTitleKey(record.value(FieldKey::Title));
            if (titleKeys.at(r).isEmpty())
                continue;
            blocks[record.year() + u'\x1f' + firstPersonKey(record)].append(r);
        }
        auto contradictory = [&](int a, int b) {
            return !dois.at(a).isEmpty() && !dois.at(b).isEmpty() && dois.at(a) != dois.at(b);
        };
        const bool exact = options.titleSimilarity >= 1.0;
        for (const QList<int> &block : std::as_const(blocks)) {
            if (block.size() < 2)
                continue;
            // Equal keys first; then, for a threshold below 1, similar distinct keys.
            QHash<QString, QList<int>> byKey;
            for (int r : block)
                byKey[titleKeys.at(r)].append(r);
            for (const QList<int> &same : std::as_const(byKey)) {
                for (qsizetype i = 1; i < same.size(); ++i) {
                    for (qsizetype j = 0; j < i; ++j) {
                        if (!contradictory(same.at(j), same.at(i))) {
                            links.append({same.at(j), same.at(i), DuplicateReason::SameTitle, 1.0});
                            break;
                        }
                    }
                }
            }
            if (exact || byKey.size() < 2)
                continue;
            struct Entry {
                QString key;
                Trigrams grams;
                QList<int> records;
            };
            std::vector<Entry> entries;
            entries.reserve(byKey.size());
            for (auto it = byKey.cbegin(); it != byKey.cend(); ++it)
                entries.push_back({it.key(), trigramsOf(it.key()), it.value()});
            // Sorted by size: Jaccard >= t needs |small| >= t * |large|, which ends the inner loop early.
            std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
                return a.grams.size() != b.grams.size() ? a.grams.size() < b.grams.size() : a.key < b.key;
            });
            for (size_t i = 0; i < entries.size(); ++i) {
                for (size_t j = i + 1; j < entries.size(); ++j) {
                    if (double(entries[i].grams.size()) < options.titleSimilarity * double(entries[j].grams.size()))
                        break;
                    const double similarity = jaccard(entries[i].grams, entries[j].grams);
                    if (similarity < options.titleSimilarity)
                        continue;
                    for (int a : entries[i].records) {
                        for (int b : entries[j].records) {
                            if (!contradictory(a, b))
                                links.append({std::min(a, b), std::max(a, b), DuplicateReason::SimilarTitle, similarity});
                        }
                    }
                }
            }
        }
    }

    // Strongest links first: DOIs, equal titles, then the most similar titles.
    std::stable_sort(links.begin(), links.end(), [](const Link &x, const Link &y) {
        if (x.reason != y.reason)
            return int(x.reason) < int(y.reason);
        return x.similarity > y.similarity;
    });
    UnionFind sets(dois);
    QList<Link> used;
    for (const Link &link : std::as_const(links)) {
        if (sets.unite(link.a, link.b))
            used.append(link);
    }

    std::vector<int> setSize(n, 0);
    for (int r = 0; r < n; ++r)
        ++setSize[sets.find(r)];
    QHash<int, int> groupOfRoot;
    QList<DuplicateGroup> groups;
    for (int r = 0; r < n; ++r) {
        const int root = sets.find(r);
        if (setSize[root] < 2)
            continue;
        auto it = groupOfRoot.find(root);
        if (it == groupOfRoot.end()) {
            it = groupOfRoot.insert(root, int(groups.size()));
            DuplicateGroup group;
            group.reason = DuplicateReason::SimilarTitle;
            groups.append(group);
        }
        groups[*it].recordIndexes.append(r);
    }
    for (const Link &link : std::as_const(used)) {
        DuplicateGroup &group = groups[groupOfRoot.value(sets.find(link.a))];
        if (int(link.reason) < int(group.reason))
            group.reason = link.reason;
        group.similarity = std::min(group.similarity, link.similarity);
    }
    return groups;
}

int primaryRecordPosition(const QList<Record> &records)
{
    int best = 0;
    int bestScore = -1;
    for (int i = 0; i < records.size(); ++i) {
        const int score = completeness(records.at(i));
        if (score > bestScore) {
            best = i;
            bestScore = score;
        }
    }
    return best;
}

Record mergeRecords(const QList<Record> &records, const MergeChoices &choices)
{
    if (records.isEmpty())
        return {};
    const int primary = primaryRecordPosition(records);
    QList<int> order{primary};
    for (int i = 0; i < records.size(); ++i) {
        if (i != primary)
            order.append(i);
    }
    auto valid = [&](int position) { return position >= 0 && position < records.size(); };

    Record merged = records.at(primary);
    if (valid(choices.type)) {
        merged.type = records.at(choices.type).type;
        merged.sourceType = records.at(choices.type).sourceType;
    }
    merged.fields.clear();

    auto hasValue = [](const Record &record, FieldKey key) {
        return std::any_of(record.fields.begin(), record.fields.end(),
                           [&](const Field &f) { return f.key == key && !f.value.trimmed().isEmpty(); });
    };
    QSet<FieldKey> emitted;
    QSet<QString> otherSeen;       // tag + '\x1f' + simplified value
    QSet<QString> keywordSeen;
    for (int position : std::as_const(order)) {
        for (const Field &field : records.at(position).fields) {
            if (field.key == FieldKey::Other) {
                const QString key = field.tag + u'\x1f' + simplifiedText(field.value);
                if (!otherSeen.contains(key)) {
                    otherSeen.insert(key);
                    merged.fields.append(field);
                }
                continue;
            }
            if (field.key == FieldKey::Keywords && !choices.fields.contains(FieldKey::Keywords)) {
                const QString key = foldForSearch(simplifiedText(field.value));
                if (!key.isEmpty() && !keywordSeen.contains(key)) {
                    keywordSeen.insert(key);
                    merged.fields.append(field);
                }
                continue;
            }
            if (emitted.contains(field.key))
                continue;
            emitted.insert(field.key);
            int source = choices.fields.value(field.key, -1);
            if (!valid(source)) {
                source = order.front();
                for (int candidate : std::as_const(order)) {
                    if (hasValue(records.at(candidate), field.key)) {
                        source = candidate;
                        break;
                    }
                }
            }
            for (const Field &chosen : records.at(source).fields) {
                if (chosen.key == field.key)
                    merged.fields.append(chosen);
            }
        }
    }

    for (int role = 0; role < int(PersonRole::Count); ++role) {
        int source = choices.persons.value(PersonRole(role), -1);
        if (!valid(source)) {
            source = order.front();
            for (int candidate : std::as_const(order)) {
                if (records.at(candidate).persons(PersonRole(role)).size()
                    > records.at(source).persons(PersonRole(role)).size())
                    source = candidate;
            }
        }
        merged.setPersons(PersonRole(role), records.at(source).persons(PersonRole(role)));
    }
    return merged;
}

DedupePlan planMerge(const QList<Record> &records, const DuplicateGroup &group, const MergeChoices &choices)
{
    DedupePlan plan;
    plan.reason = group.reason;
    QList<Record> members;
    for (int index : group.recordIndexes) {
        if (index < 0 || index >= records.size())
            continue;
        members.append(records.at(index));
        if (plan.keepIndex < 0)
            plan.keepIndex = index;
        else
            plan.removeIndexes.append(index);
    }
    if (members.isEmpty())
        return plan;
    plan.merged = mergeRecords(members, choices);
    // The merged record takes the place (and the identity) of the one it replaces.
    plan.merged.id = records.at(plan.keepIndex).id;
    plan.merged.line = records.at(plan.keepIndex).line;
    std::sort(plan.removeIndexes.begin(), plan.removeIndexes.end());
    plan.label = shortRecordLabel(plan.merged);
    return plan;
}

QList<DedupePlan> planDedupe(const QList<Record> &records, const QList<DuplicateGroup> &groups)
{
    QList<DedupePlan> plans;
    for (const DuplicateGroup &group : groups) {
        DedupePlan plan = planMerge(records, group);
        if (plan.keepIndex >= 0 && !plan.removeIndexes.isEmpty())
            plans.append(std::move(plan));
    }
    return plans;
}

void applyDedupePlans(QList<Record> &records, const QList<DedupePlan> &plans)
{
    QList<int> removals;
    for (const DedupePlan &plan : plans) {
        if (plan.keepIndex < 0 || plan.keepIndex >= records.size())
            continue;
        records[plan.keepIndex] = plan.merged;
        removals.append(plan.removeIndexes);
    }
    std::sort(removals.begin(), removals.end(), std::greater<int>());
    removals.erase(std::unique(removals.begin(), removals.end()), removals.end());
    for (int index : std::as_const(removals)) {
        if (index >= 0 && index < records.size())
            records.removeAt(index);
    }
}

QString shortRecordLabel(const Record &record)
{
    QString who;
    if (!record.authors().isEmpty()) {
        const Person &first = record.authors().front();
        who = first.isLiteral() ? first.literal : (first.particle.isEmpty() ? first.family
                                                                            : first.particle + u' ' + first.family);
    }
    const QString year = record.year();
    QString head = who;
    if (!year.isEmpty())
        head += (head.isEmpty() ? QString() : u" "_s) + year;
    QString title = simplifiedText(record.value(FieldKey::Title));
    if (title.size() > 50)
        title = title.left(49) + u'\u2026';
    if (head.isEmpty())
        return title;
    return title.isEmpty() ? head : head + u": "_s + title;
}

QString duplicateReasonDescription(DuplicateReason reason)
{
    switch (reason) {
    case DuplicateReason::SameDoi:
        return QCoreApplication::translate("refmend::DuplicateFinder", "same DOI");
    case DuplicateReason::SameTitle:
        return QCoreApplication::translate("refmend::DuplicateFinder", "same title, year and first author");
    case DuplicateReason::SimilarTitle:
        return QCoreApplication::translate("refmend::DuplicateFinder", "similar title, same year and first author");
    }
    return QString();
}

} // namespace refmend
