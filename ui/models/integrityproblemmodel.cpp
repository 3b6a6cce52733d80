#include "integrityproblemmodel.h"

#include "text/textfold.h"

#include <QApplication>
#include <QFont>
#include <QPalette>
#include <QStyle>

namespace refmend {

namespace {
//! Icons come from the widget style, which a model tested without widgets does not have.
bool hasWidgets()
{
    return qobject_cast<QApplication *>(QCoreApplication::instance()) != nullptr;
}
} // namespace

IntegrityProblemModel::IntegrityProblemModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    for (const IntegrityCheckInfo &info : integrityChecks())
        m_checkNames.insert(info.id, info.displayName);
}

void IntegrityProblemModel::setProblems(const QList<IntegrityProblem> &problems,
                                        const QList<Record> &records)
{
    beginResetModel();
    m_problems = problems;
    m_recordTitles.clear();
    for (const IntegrityProblem &p : std::as_const(m_problems)) {
        if (m_recordTitles.contains(p.recordIndex))
            continue;
        QString title = p.recordIndex >= 0 && p.recordIndex < records.size()
                        ? simplifiedText(records.at(p.recordIndex).value(FieldKey::Title)) : QString();
        if (title.isEmpty())
            title = tr("Record %1").arg(p.recordIndex + 1);
        m_recordTitles.insert(p.recordIndex, title);
    }
    endResetModel();
}

int IntegrityProblemModel::fixableCount() const
{
    return int(std::count_if(m_problems.begin(), m_problems.end(),
                             [](const IntegrityProblem &p) { return p.fix.has_value(); }));
}

int IntegrityProblemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

int IntegrityProblemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IntegrityProblemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntegrityProblem &p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Level: return severityName(p.severity);
        case RecordTitle: return m_recordTitles.value(p.recordIndex);
        case Location:
            if (p.line > 0 && !p.location.isEmpty())
                return QStringLiteral("%1 (%2)").arg(p.location).arg(p.line);
            return p.location;
        case Message: return p.message;
        case Fix: return p.fix ? p.fixDescription : QString();
        default: return {};
        }
    case Qt::DecorationRole:
        if (index.column() == Level && hasWidgets()) {
            QStyle::StandardPixmap icon = QStyle::SP_MessageBoxInformation;
            if (p.severity == Severity::Warning)
                icon = QStyle::SP_MessageBoxWarning;
            else if (p.severity == Severity::Error)
                icon = QStyle::SP_MessageBoxCritical;
            return QApplication::style()->standardIcon(icon);
        }
        return {};
    case Qt::ToolTipRole:
        switch (index.column()) {
        case Level:
        case Message: return m_checkNames.value(p.checkId, p.checkId);
        case RecordTitle: return m_recordTitles.value(p.recordIndex);
        case Fix: return p.fix ? tr("Click to fix (one undo step)") : QVariant();
        default: return {};
        }
    case Qt::ForegroundRole:
        // The fix reads as a link: one click applies it.
        if (index.column() == Fix && p.fix && hasWidgets())
            return QApplication::palette().brush(QPalette::Link);
        return {};
    case Qt::FontRole:
        if (index.column() == Fix && p.fix) {
            QFont font;
            font.setUnderline(true);
            return font;
        }
        return {};
    case RecordRole: return p.recordIndex;
    case CheckIdRole: return p.checkId;
    case HasFixRole: return p.fix.has_value();
    case SeverityRole: return int(p.severity);
    default: return {};
    }
}

QVariant IntegrityProblemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Level: return tr("Severity");
    case RecordTitle: return tr("Record");
    case Location: return tr("Where");
    case Message: return tr("Problem");
    case Fix: return tr("Fix");
    default: return {};
    }
}

Qt::ItemFlags IntegrityProblemModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace refmend
