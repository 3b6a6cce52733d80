#include "authorsview.h"

#include "commands/recordcommands.h"
#include "cleanup/authorclusters.h"
#include "document/document.h"
#include "models/authorclustermodel.h"
#include "models/authorfilterproxy.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <set>

namespace refmend {

AuthorsView::AuthorsView(QWidget *parent)
    : QDockWidget(tr("Authors"), parent)
    , m_model(new AuthorClusterModel(this))
    , m_proxy(new AuthorFilterProxy(this))
{
    setObjectName(QStringLiteral("authorsView"));
    m_model->setLive(false);   // computed when shown
    m_proxy->setSourceModel(m_model);

    auto *content = new QWidget(this);

    m_search = new QLineEdit(content);
    m_search->setObjectName(QStringLiteral("authorSearch"));
    m_search->setPlaceholderText(tr("Filter names"));
    m_search->setClearButtonEnabled(true);
    m_role = new QComboBox(content);
    m_role->addItem(tr("All roles"), -1);
    for (int r = 0; r < int(PersonRole::Count); ++r)
        m_role->addItem(personRoleDisplayName(PersonRole(r)), r);
    m_variantsOnly = new QCheckBox(tr("Only names with variants"), content);
    m_variantsOnly->setToolTip(tr("Show only persons written more than one way or with a "
                                  "possible match"));

    m_tree = new QTreeView(content);
    m_tree->setObjectName(QStringLiteral("authorTree"));
    m_tree->setModel(m_proxy);
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(AuthorClusterModel::Records, Qt::DescendingOrder);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(AuthorClusterModel::Name, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(AuthorClusterModel::Records, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(AuthorClusterModel::Variants, QHeaderView::ResizeToContents);

    auto *box = new QGroupBox(tr("Canonical form"), content);
    m_family = new QLineEdit(box);
    m_family->setObjectName(QStringLiteral("familyEdit"));
    m_given = new QLineEdit(box);
    m_given->setObjectName(QStringLiteral("givenEdit"));
    m_particle = new QLineEdit(box);
    m_particle->setObjectName(QStringLiteral("particleEdit"));
    m_particle->setPlaceholderText(tr("van der, de la, von"));
    m_suffix = new QLineEdit(box);
    m_suffix->setObjectName(QStringLiteral("suffixEdit"));
    m_suffix->setPlaceholderText(tr("Jr., III"));
    m_literal = new QLineEdit(box);
    m_literal->setObjectName(QStringLiteral("literalEdit"));
    m_literalLabel = new QLabel(tr("&Institution:"), box);
    m_literalLabel->setBuddy(m_literal);

    m_partsBox = new QWidget(box);
    auto *parts = new QFormLayout(m_partsBox);
    parts->setContentsMargins(0, 0, 0, 0);
    parts->addRow(tr("&Family:"), m_family);
    parts->addRow(tr("&Given:"), m_given);
    parts->addRow(tr("&Particle:"), m_particle);
    parts->addRow(tr("&Suffix:"), m_suffix);

    m_preview = new QLabel(box);
    m_preview->setTextFormat(Qt::PlainText);
    m_preview->setWordWrap(true);
    m_variantOnly = new QCheckBox(tr("Only the selected variant"), box);
    m_variantOnly->setToolTip(tr("Rename this way of writing the name only, not the whole cluster"));
    m_apply = new QPushButton(tr("Apply"), box);
    m_apply->setObjectName(QStringLiteral("applyCanonical"));
    m_apply->setToolTip(tr("Write this form in every record that names the person (one undo step)"));
    m_status = new QLabel(box);
    m_status->setWordWrap(true);

    auto *literalRow = new QHBoxLayout;
    literalRow->addWidget(m_literalLabel);
    literalRow->addWidget(m_literal, 1);
    auto *applyRow = new QHBoxLayout;
    applyRow->addWidget(m_variantOnly);
    applyRow->addStretch(1);
    applyRow->addWidget(m_apply);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_partsBox);
    boxLayout->addLayout(literalRow);
    boxLayout->addWidget(m_preview);
    boxLayout->addLayout(applyRow);
    boxLayout->addWidget(m_status);
    m_literal->hide();
    m_literalLabel->hide();

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_role);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(filterRow);
    layout->addWidget(m_variantsOnly);
    layout->addWidget(m_tree, 1);
    layout->addWidget(box);
    setWidget(content);

    auto applyFilter = [this] {
        m_proxy->setFilter(AuthorFilter{m_search->text(), m_variantsOnly->isChecked()});
    };
    connect(m_search, &QLineEdit::textChanged, this, applyFilter);
    connect(m_variantsOnly, &QCheckBox::toggled, this, applyFilter);
    connect(m_role, &QComboBox::currentIndexChanged, this, [this] {
        AuthorClusterOptions options = m_model->options();
        const int role = m_role->currentData().toInt();
        options.role = role < 0 ? std::nullopt : std::optional<PersonRole>(PersonRole(role));
        m_model->setOptions(options);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuthorsView::onCurrentChanged);
    connect(m_tree, &QTreeView::activated, this, &AuthorsView::onActivated);
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this, &AuthorsView::rememberState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuthorsView::restoreState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &AuthorsView::updateApply);
    for (QLineEdit *edit : {m_family, m_given, m_particle, m_suffix, m_literal})
        connect(edit, &QLineEdit::textChanged, this, &AuthorsView::updateApply);
    connect(m_variantOnly, &QCheckBox::toggled, this, &AuthorsView::updateApply);
    connect(m_apply, &QPushButton::clicked, this, &AuthorsView::applyCanonical);
    // Work only while someone looks.
    connect(this, &QDockWidget::visibilityChanged, m_model, &AuthorClusterModel::setLive);

    setCanonical(Person{});
}

AuthorsView::~AuthorsView() = default;

void AuthorsView::setDocument(Document *document)
{
    m_document = document;
    m_model->setDocument(document);
    updateApply();
}

QModelIndex AuthorsView::currentSourceIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex());
}

bool AuthorsView::selectName(const QString &text)
{
    m_model->refreshIfStale();
    return showName(text);
}

bool AuthorsView::showName(const QString &text)
{
    const int cluster = m_model->findCluster(text);
    if (cluster < 0)
        return false;
    QModelIndex target = m_model->clusterIndex(cluster);
    for (int row = 0; row < m_model->rowCount(target); ++row) {
        const QModelIndex child = m_model->index(row, 0, target);
        if (child.data(AuthorClusterModel::RowKindRole).toInt() == AuthorClusterModel::VariantRow
            && child.data().toString() == text) {
            target = child;
            break;
        }
    }
    const QModelIndex proxyIndex = m_proxy->mapFromSource(target);
    if (!proxyIndex.isValid())
        return false;
    if (proxyIndex.parent().isValid())
        m_tree->expand(proxyIndex.parent());
    else
        m_tree->expand(proxyIndex);
    m_tree->setCurrentIndex(proxyIndex);
    m_tree->scrollTo(proxyIndex);
    return true;
}

void AuthorsView::onCurrentChanged()
{
    const QModelIndex index = currentSourceIndex();
    const AuthorClustering &clustering = m_model->clustering();
    const int cluster = index.data(AuthorClusterModel::ClusterRole).toInt();
    if (!index.isValid() || cluster < 0 || cluster >= clustering.clusters.size()) {
        setCanonical(Person{});
        return;
    }
    const AuthorCluster &c = clustering.clusters.at(cluster);
    const int variant = index.data(AuthorClusterModel::VariantRole).toInt();
    m_variantOnly->setEnabled(variant >= 0);
    if (variant >= 0)
        setCanonical(c.variants.at(variant).person);
    else
        setCanonical(c.canonical);
}

void AuthorsView::onActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    const int match = index.data(AuthorClusterModel::MatchClusterRole).toInt();
    if (match >= 0) {
        // Go to the other person rather than merging anything.
        const QModelIndex target = m_proxy->mapFromSource(m_model->clusterIndex(match));
        if (target.isValid()) {
            m_tree->setCurrentIndex(target);
            m_tree->scrollTo(target);
        }
        return;
    }
    const QList<PersonOccurrence> occurrences = m_model->occurrencesFor(index, true);
    const QList<PersonOccurrence> all = occurrences.isEmpty() ? m_model->occurrencesFor(index, false)
                                                              : occurrences;
    if (!all.isEmpty())
        Q_EMIT recordActivated(all.constFirst().recordIndex);
}

void AuthorsView::setCanonical(const Person &person)
{
    m_prefill = person;
    const bool literal = person.isLiteral();
    const QSignalBlocker b1(m_family), b2(m_given), b3(m_particle), b4(m_suffix), b5(m_literal);
    m_family->setText(person.family);
    m_given->setText(person.given);
    m_particle->setText(person.particle);
    m_suffix->setText(person.suffix);
    m_literal->setText(person.literal);
    m_partsBox->setVisible(!literal);
    m_literal->setVisible(literal);
    m_literalLabel->setVisible(literal);
    updateApply();
}

Person AuthorsView::canonical() const
{
    Person person;
    if (m_prefill.isLiteral()) {
        person.literal = m_literal->text().trimmed();
    } else {
        person.family = m_family->text().trimmed();
        person.given = m_given->text().trimmed();
        person.particle = m_particle->text().trimmed();
        person.suffix = m_suffix->text().trimmed();
    }
    // Unchanged: the variant as picked, written as it is.
    if (person.sameName(m_prefill))
        return m_prefill;
    return person;
}

int AuthorsView::pendingRecordCount() const
{
    if (!m_document)
        return 0;
    const Person person = canonical();
    if (person.isEmpty())
        return 0;
    const QModelIndex index = currentSourceIndex();
    const bool variantOnly = m_variantOnly->isEnabled() && m_variantOnly->isChecked();
    return int(planRename(m_document->records(), person,
                          m_model->occurrencesFor(index, variantOnly)).size());
}

void AuthorsView::updateApply()
{
    const Person person = canonical();
    const int count = pendingRecordCount();
    m_preview->setText(person.isEmpty() ? tr("Pick a name or a variant in the list.")
                                        : tr("Written as: %1").arg(person.displayName()));
    m_apply->setText(tr("Apply to %n Record(s)", nullptr, count));
    m_apply->setEnabled(count > 0);
}

int AuthorsView::applyCanonical()
{
    if (!m_document)
        return 0;
    m_model->refreshIfStale();
    const Person person = canonical();
    if (person.isEmpty())
        return 0;
    const bool variantOnly = m_variantOnly->isEnabled() && m_variantOnly->isChecked();
    const QList<RecordRepair> repairs = planRename(
            m_document->records(), person, m_model->occurrencesFor(currentSourceIndex(), variantOnly));
    if (repairs.isEmpty())
        return 0;
    int names = 0;
    for (const RecordRepair &repair : repairs)
        names += repair.repairedTexts;
    m_restoreName = person.displayName();
    m_document->undoStack()->push(new RenamePersonCommand(m_document, repairs, person.displayName()));
    m_model->refreshIfStale();
    m_status->setText(tr("Renamed %n name(s) in %1 records.", nullptr, names).arg(repairs.size()));
    return int(repairs.size());
}

void AuthorsView::rememberState()
{
    m_restoreExpanded.clear();
    const QModelIndex current = m_tree->currentIndex();
    if (m_restoreName.isEmpty() && current.isValid()) {
        const QModelIndex source = m_proxy->mapToSource(current);
        const int cluster = source.data(AuthorClusterModel::ClusterRole).toInt();
        if (source.data(AuthorClusterModel::RowKindRole).toInt() == AuthorClusterModel::VariantRow)
            m_restoreName = source.data().toString();
        else if (cluster >= 0 && cluster < m_model->clustering().clusters.size())
            m_restoreName = m_model->clustering().clusters.at(cluster).canonical.displayName();
    }
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex index = m_proxy->index(row, 0);
        if (m_tree->isExpanded(index))
            m_restoreExpanded << index.data().toString();
    }
}

void AuthorsView::restoreState()
{
    for (const QString &name : std::as_const(m_restoreExpanded)) {
        const int cluster = m_model->findCluster(name);
        if (cluster >= 0)
            m_tree->expand(m_proxy->mapFromSource(m_model->clusterIndex(cluster)));
    }
    const QString name = m_restoreName;
    m_restoreName.clear();
    m_restoreExpanded.clear();
    if (name.isEmpty() || !showName(name))
        onCurrentChanged();
}

} // namespace refmend
