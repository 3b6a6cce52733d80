#include "personlistmodel.h"

#include "model/personname.h"

namespace refmend {

PersonListModel::PersonListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PersonListModel::setPersons(const PersonList &persons)
{
    if (persons.size() == m_persons.size()) {
        m_persons = persons;
        if (!m_persons.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(int(m_persons.size()) - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_persons = persons;
    endResetModel();
}

Person PersonListModel::edited(const Person &person, int column, const QVariant &value)
{
    Person p = person;
    const QString text = value.toString().simplified();
    switch (column) {
    case Family:
        if (p.isLiteral())
            p.literal = text;
        else
            p.family = text;
        break;
    case Given: p.given = text; break;
    case Particle: p.particle = text; break;
    case Suffix: p.suffix = text; break;
    case Institution: {
        const bool literal = value.toInt() == Qt::Checked;
        if (literal == p.isLiteral())
            return person;
        if (literal) {
            p.literal = p.naturalName();
            p.family.clear();
            p.given.clear();
            p.particle.clear();
            p.suffix.clear();
        } else {
            const Person parsed = parsePersonName(p.literal);
            p.family = parsed.family;
            p.given = parsed.given;
            p.particle = parsed.particle;
            p.suffix = parsed.suffix;
            p.literal.clear();
            if (p.isEmpty() || (p.family.isEmpty() && p.given.isEmpty()))
                p.family = person.literal;   // never lose the text
        }
        break;
    }
    default:
        return person;
    }
    p.raw.clear();
    return p;
}

int PersonListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_persons.size());
}

int PersonListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PersonListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Person &p = m_persons.at(index.row());
    if (index.column() == Institution) {
        if (role == Qt::CheckStateRole)
            return p.isLiteral() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return tr("An institution or a name that must not be split into parts");
        return {};
    }
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (index.column()) {
        case Family: return p.isLiteral() ? p.literal : p.family;
        case Given: return p.isLiteral() ? QString() : p.given;
        case Particle: return p.isLiteral() ? QString() : p.particle;
        case Suffix: return p.isLiteral() ? QString() : p.suffix;
        default: return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (!p.raw.isEmpty())
            return tr("As written in the file: %1").arg(p.raw);
        return p.displayName();
    }
    return {};
}

bool PersonListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    const bool checkRole = index.column() == Institution && role == Qt::CheckStateRole;
    const bool editRole = index.column() != Institution && role == Qt::EditRole;
    if (!checkRole && !editRole)
        return false;
    const Person &current = m_persons.at(index.row());
    const Person changed = edited(current, index.column(), value);
    if (changed.sameName(current))
        return false;
    Q_EMIT personEdited(index.row(), changed);
    return true;
}

QVariant PersonListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical && role == Qt::DisplayRole)
        return section + 1;
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole && section == Family)
        return tr("Family name, or the whole name of an institution");
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Family: return tr("Family");
    case Given: return tr("Given");
    case Particle: return tr("Particle");
    case Suffix: return tr("Suffix");
    case Institution: return tr("Institution");
    default: return {};
    }
}

Qt::ItemFlags PersonListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (index.column() == Institution)
        return f | Qt::ItemIsUserCheckable;
    const bool literal = m_persons.at(index.row()).isLiteral();
    if (index.column() == Family || !literal)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace refmend
