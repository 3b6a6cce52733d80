#include "authorlisteditor.h"

#include "commands/recordcommands.h"
#include "document/document.h"
#include "editor/personlistmodel.h"
#include "model/personname.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHeaderView>
#include <QInputDialog>
#include <QStyle>
#include <QTabBar>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

namespace refmend {

namespace {

QString roleTitle(PersonRole role)
{
    switch (role) {
    case PersonRole::Author: return AuthorListEditor::tr("Authors");
    case PersonRole::Editor: return AuthorListEditor::tr("Editors");
    case PersonRole::SeriesEditor: return AuthorListEditor::tr("Series editors");
    case PersonRole::Translator: return AuthorListEditor::tr("Translators");
    case PersonRole::Count: break;
    }
    return personRoleDisplayName(role);
}

QIcon themeIcon(const QString &name, QStyle::StandardPixmap fallback, const QWidget *widget)
{
    return QIcon::fromTheme(name, fallback == QStyle::SP_CustomBase
                                      ? QIcon() : widget->style()->standardIcon(fallback));
}

} // namespace

AuthorListEditor::AuthorListEditor(QWidget *parent)
    : QWidget(parent)
    , m_model(new PersonListModel(this))
{
    m_tabs = new QTabBar(this);
    m_tabs->setDocumentMode(true);
    m_tabs->setExpanding(false);
    for (int r = 0; r < int(PersonRole::Count); ++r)
        m_tabs->addTab(roleTitle(PersonRole(r)));
    connect(m_tabs, &QTabBar::currentChanged, this,
            [this](int index) { setRole(PersonRole(index)); });

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(PersonListModel::Family, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PersonListModel::Given, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(PersonListModel::Institution,
                                                     QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->resizeSection(PersonListModel::Particle, 70);
    m_view->horizontalHeader()->resizeSection(PersonListModel::Suffix, 60);
    m_view->setMinimumHeight(150);
    connect(m_model, &PersonListModel::personEdited, this, &AuthorListEditor::onPersonEdited);

    auto *toolBar = new QToolBar(this);
    toolBar->setIconSize(QSize(16, 16));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);

    m_addAction = toolBar->addAction(themeIcon(QStringLiteral("list-add"), QStyle::SP_CustomBase, this),
                                     tr("Add…"), this, &AuthorListEditor::addPersonInteractively);
    m_addAction->setToolTip(tr("Add a person after the selected one"));
    m_removeAction = toolBar->addAction(
            themeIcon(QStringLiteral("list-remove"), QStyle::SP_CustomBase, this), tr("Remove"),
            this, [this] { removePersons(selectedRows()); });
    m_removeAction->setToolTip(tr("Remove the selected people"));
    m_upAction = toolBar->addAction(themeIcon(QStringLiteral("go-up"), QStyle::SP_ArrowUp, this),
                                    tr("Up"), this, [this] {
        const int row = m_view->currentIndex().row();
        movePerson(row, row - 1);
    });
    m_upAction->setToolTip(tr("Move the selected person up"));
    m_downAction = toolBar->addAction(themeIcon(QStringLiteral("go-down"), QStyle::SP_ArrowDown, this),
                                      tr("Down"), this, [this] {
        const int row = m_view->currentIndex().row();
        movePerson(row, row + 1);
    });
    m_downAction->setToolTip(tr("Move the selected person down"));
    m_swapAction = toolBar->addAction(tr("Swap"), this,
                                      [this] { swapGivenFamily(selectedRows()); });
    m_swapAction->setToolTip(tr("Exchange the given and family names of the selected people"));
    m_pasteAction = toolBar->addAction(
            themeIcon(QStringLiteral("edit-paste"), QStyle::SP_CustomBase, this), tr("Paste…"),
            this, &AuthorListEditor::pasteInteractively);
    m_pasteAction->setToolTip(tr("Add a list of names (\"A; B\", one per line, or \"A and B\")"));
    // Keyboard access inside the table.
    m_removeAction->setShortcut(QKeySequence::Delete);
    m_removeAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_removeAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_tabs);
    layout->addWidget(m_view, 1);
    layout->addWidget(toolBar);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AuthorListEditor::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &AuthorListEditor::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &AuthorListEditor::updateActions);
    updateActions();
}

AuthorListEditor::~AuthorListEditor() = default;

void AuthorListEditor::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_row = -1;
    if (m_document) {
        connect(m_document, &Document::recordChanged, this, [this](int row) {
            if (row == m_row)
                reload();
        });
        connect(m_document, &Document::reset, this, [this] { setRecord(-1); });
        connect(m_document, &Document::recordsInserted, this, [this](int first, int last) {
            m_row = Document::rowAfterInsert(m_row, first, last);
        });
        connect(m_document, &Document::recordsRemoved, this, [this](int first, int last) {
            const int row = Document::rowAfterRemove(m_row, first, last);
            if (row < 0 && m_row >= 0)
                setRecord(-1);
            m_row = row;
        });
    }
    reload();
}

void AuthorListEditor::setRecord(int row)
{
    if (!m_document || !m_document->isValidRow(row))
        row = -1;
    const bool changed = row != m_row;
    m_row = row;
    reload();
    if (changed)
        m_view->clearSelection();
}

void AuthorListEditor::setRole(PersonRole role)
{
    if (role == m_role)
        return;
    m_role = role;
    m_tabs->setCurrentIndex(int(role));
    reload();
    m_view->clearSelection();
}

PersonList AuthorListEditor::persons() const
{
    return m_model->persons();
}

QList<int> AuthorListEditor::selectedRows() const
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << index.row();
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void AuthorListEditor::reload()
{
    const bool valid = m_document && m_document->isValidRow(m_row);
    m_model->setPersons(valid ? m_document->record(m_row).persons(m_role) : PersonList());
    setEnabled(valid);
    updateTabs();
    updateActions();
}

void AuthorListEditor::updateTabs()
{
    const bool valid = m_document && m_document->isValidRow(m_row);
    for (int r = 0; r < int(PersonRole::Count); ++r) {
        const int count = valid ? int(m_document->record(m_row).persons(PersonRole(r)).size()) : 0;
        m_tabs->setTabText(r, count ? tr("%1 (%2)").arg(roleTitle(PersonRole(r))).arg(count)
                                    : roleTitle(PersonRole(r)));
    }
}

void AuthorListEditor::updateActions()
{
    const bool valid = m_document && m_document->isValidRow(m_row);
    const QList<int> rows = selectedRows();
    const int current = m_view->currentIndex().row();
    const int count = m_model->rowCount();
    m_addAction->setEnabled(valid);
    m_pasteAction->setEnabled(valid);
    m_removeAction->setEnabled(valid && !rows.isEmpty());
    m_swapAction->setEnabled(valid && !rows.isEmpty());
    m_upAction->setEnabled(valid && current > 0);
    m_downAction->setEnabled(valid && current >= 0 && current < count - 1);
}

int AuthorListEditor::insertPosition(int position) const
{
    const int count = m_model->rowCount();
    if (position >= 0)
        return qMin(position, count);
    const int current = m_view->currentIndex().row();
    return current >= 0 ? current + 1 : count;
}

void AuthorListEditor::commit(const PersonList &persons, const QString &text,
                              const QList<int> &selectRows)
{
    if (!m_document || !m_document->isValidRow(m_row))
        return;
    if (persons == m_document->record(m_row).persons(m_role))
        return;
    m_document->undoStack()->push(new SetPersonsCommand(m_document, m_row, m_role, persons, text));
    // The model has been refreshed through Document::recordChanged; restore a selection.
    QItemSelectionModel *selection = m_view->selectionModel();
    selection->clearSelection();
    for (int i = 0; i < selectRows.size(); ++i) {
        const QModelIndex index = m_model->index(selectRows.at(i), 0);
        if (!index.isValid())
            continue;
        const auto flags = QItemSelectionModel::Select | QItemSelectionModel::Rows;
        if (i == 0)
            selection->setCurrentIndex(index, flags);
        else
            selection->select(index, flags);
    }
    updateActions();
}

void AuthorListEditor::addPerson(const Person &person, int position)
{
    if (person.isEmpty())
        return;
    PersonList list = persons();
    const int at = insertPosition(position);
    list.insert(at, person);
    commit(list, tr("Add %1").arg(person.displayName()), {at});
}

void AuthorListEditor::removePersons(const QList<int> &rows)
{
    PersonList list = persons();
    QList<int> sorted = rows;
    std::sort(sorted.begin(), sorted.end());
    sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
    int removed = 0;
    for (auto it = sorted.crbegin(); it != sorted.crend(); ++it) {
        if (*it >= 0 && *it < list.size()) {
            list.removeAt(*it);
            ++removed;
        }
    }
    if (!removed)
        return;
    const int next = qMin(sorted.constFirst(), int(list.size()) - 1);
    commit(list, removed == 1 ? tr("Remove %1").arg(persons().at(sorted.constFirst()).displayName())
                              : tr("Remove %n people", nullptr, removed),
           next >= 0 ? QList<int>{next} : QList<int>{});
}

void AuthorListEditor::movePerson(int from, int to)
{
    PersonList list = persons();
    if (from < 0 || from >= list.size() || to < 0 || to >= list.size() || from == to)
        return;
    const QString name = list.at(from).displayName();
    list.move(from, to);
    commit(list, to < from ? tr("Move %1 up").arg(name) : tr("Move %1 down").arg(name), {to});
}

void AuthorListEditor::swapGivenFamily(const QList<int> &rows)
{
    PersonList list = persons();
    QList<int> changed;
    for (int row : rows) {
        if (row < 0 || row >= list.size() || list.at(row).isLiteral())
            continue;
        Person &p = list[row];
        std::swap(p.given, p.family);
        p.raw.clear();
        changed << row;
    }
    if (changed.isEmpty())
        return;
    commit(list, tr("Swap given and family names"), changed);
}

int AuthorListEditor::pasteNames(const QString &text, int position)
{
    PersonList added;
    const QStringList names = splitPersonList(text);
    for (const QString &name : names) {
        const Person person = parsePersonName(name);
        if (!person.isEmpty())
            added << person;
    }
    if (added.isEmpty())
        return 0;
    PersonList list = persons();
    const int at = insertPosition(position);
    QList<int> rows;
    for (int i = 0; i < added.size(); ++i) {
        list.insert(at + i, added.at(i));
        rows << at + i;
    }
    commit(list, added.size() == 1 ? tr("Add %1").arg(added.constFirst().displayName())
                                   : tr("Paste %n names", nullptr, int(added.size())),
           rows);
    return int(added.size());
}

void AuthorListEditor::onPersonEdited(int row, const Person &person)
{
    PersonList list = persons();
    if (row < 0 || row >= list.size())
        return;
    list[row] = person;
    commit(list, tr("Edit %1").arg(person.displayName()), {row});
}

void AuthorListEditor::addPersonInteractively()
{
    bool ok = false;
    const QString text = QInputDialog::getText(
            this, tr("Add Person"),
            tr("Name (for example \"van der Berg, Jan\" or \"Jan van der Berg\"):"),
            QLineEdit::Normal, QString(), &ok);
    if (ok && !text.trimmed().isEmpty())
        addPerson(parsePersonName(text.trimmed()));
}

void AuthorListEditor::pasteInteractively()
{
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(
            this, tr("Paste Names"),
            tr("Names, separated by \";\", by \" and \" or one per line:"),
            QApplication::clipboard()->text(), &ok);
    if (ok)
        pasteNames(text);
}

} // namespace refmend
