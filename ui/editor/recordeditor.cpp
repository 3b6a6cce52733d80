#include "recordeditor.h"

#include "commands/recordcommands.h"
#include "document/document.h"
#include "editor/authorlisteditor.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace refmend {

namespace {

bool isMultiLine(FieldKey key, const QString &value)
{
    return key == FieldKey::Abstract || key == FieldKey::Note || value.contains(u'\n');
}

QString fieldLabel(FieldKey key, const QString &tag)
{
    if (key == FieldKey::Other)
        return RecordEditor::tr("Tag %1").arg(tag);
    return fieldKeyDisplayName(key);
}

const char warningProperty[] = "refmendWarning";

} // namespace

QWidget *RecordEditor::FieldRow::editor() const
{
    return line ? static_cast<QWidget *>(line) : static_cast<QWidget *>(text);
}

QString RecordEditor::FieldRow::value() const
{
    return line ? line->text() : text->toPlainText();
}

void RecordEditor::FieldRow::setValue(const QString &value)
{
    if (line) {
        line->setText(value);
        line->setCursorPosition(0);
    } else {
        text->setPlainText(value);
    }
}

RecordEditor::RecordEditor(QWidget *parent)
    : QWidget(parent)
{
    m_placeholder = new QLabel(tr("No record selected."), this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_content = new QWidget;
    auto *contentLayout = new QVBoxLayout(m_content);

    auto *typeForm = new QFormLayout;
    m_type = new QComboBox(m_content);
    for (int t = 0; t < int(RecordType::Count); ++t)
        m_type->addItem(recordTypeDisplayName(RecordType(t)), t);
    connect(m_type, &QComboBox::activated, this, [this](int index) {
        if (!m_document || !m_document->isValidRow(m_row))
            return;
        const auto type = RecordType(m_type->itemData(index).toInt());
        m_document->undoStack()->push(new SetTypeCommand(m_document, m_row, type));
    });
    m_sourceType = new QLabel(m_content);
    m_sourceType->setEnabled(false);
    auto *typeRow = new QHBoxLayout;
    typeRow->addWidget(m_type, 1);
    typeRow->addWidget(m_sourceType);
    auto *typeLabel = new QLabel(tr("&Type:"), m_content);
    typeLabel->setBuddy(m_type);
    typeForm->addRow(typeLabel, typeRow);
    contentLayout->addLayout(typeForm);

    auto *peopleBox = new QGroupBox(tr("People"), m_content);
    auto *peopleLayout = new QVBoxLayout(peopleBox);
    m_authors = new AuthorListEditor(peopleBox);
    peopleLayout->addWidget(m_authors);
    contentLayout->addWidget(peopleBox);

    auto *fieldsGroup = new QGroupBox(tr("Fields"), m_content);
    auto *fieldsGroupLayout = new QVBoxLayout(fieldsGroup);
    m_fieldsBox = new QWidget(fieldsGroup);
    fieldsGroupLayout->addWidget(m_fieldsBox);
    m_addField = new QToolButton(fieldsGroup);
    m_addField->setText(tr("Add Field"));
    m_addField->setPopupMode(QToolButton::InstantPopup);
    m_addField->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *addMenu = new QMenu(m_addField);
    connect(addMenu, &QMenu::aboutToShow, this, &RecordEditor::populateAddFieldMenu);
    m_addField->setMenu(addMenu);
    fieldsGroupLayout->addWidget(m_addField, 0, Qt::AlignLeft);
    contentLayout->addWidget(fieldsGroup);
    contentLayout->addStretch(1);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_scroll);

    rebuild();
}

RecordEditor::~RecordEditor()
{
    // No applying from focus-out while the child widgets are destroyed.
    m_updating = true;
    for (const FieldRow &row : std::as_const(m_rows)) {
        row.editor()->disconnect(this);
        row.editor()->removeEventFilter(this);
    }
}

void RecordEditor::setDocument(Document *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    m_authors->setDocument(document);
    m_row = -1;
    if (m_document) {
        // Drop what the old records had pending before any view reacts to the reset.
        connect(m_document, &Document::aboutToReset, this, [this] {
            m_rows.clear();
            m_row = -1;
            m_authors->setRecord(-1);
            rebuild();
        });
        connect(m_document, &Document::recordChanged, this, [this](int row) {
            if (row == m_row && !m_updating)
                refreshFromDocument();
        });
        // Rows before ours come and go (import, merge): keep following our record, and let
        // go of it, pending typing included, when it is the one removed.
        connect(m_document, &Document::recordsInserted, this, [this](int first, int last) {
            m_row = Document::rowAfterInsert(m_row, first, last);
        });
        connect(m_document, &Document::recordsAboutToBeRemoved, this, [this](int first, int last) {
            if (m_row >= 0 && Document::rowAfterRemove(m_row, first, last) < 0) {
                m_rows.clear();
                m_row = -1;
                m_authors->setRecord(-1);
                rebuild();
            }
        });
        connect(m_document, &Document::recordsRemoved, this, [this](int first, int last) {
            m_row = Document::rowAfterRemove(m_row, first, last);
        });
    }
    rebuild();
}

bool RecordEditor::isModified() const
{
    return m_modified;
}

QWidget *RecordEditor::fieldEditor(int fieldIndex) const
{
    for (const FieldRow &row : m_rows) {
        if (row.fieldIndex == fieldIndex)
            return row.editor();
    }
    return nullptr;
}

QWidget *RecordEditor::fieldEditor(FieldKey key, const QString &tag) const
{
    for (const FieldRow &row : m_rows) {
        if (row.key == key && (key != FieldKey::Other || row.tag == tag))
            return row.editor();
    }
    return nullptr;
}

void RecordEditor::showRecord(int row)
{
    if (!m_document || !m_document->isValidRow(row))
        row = -1;
    if (m_row >= 0 && m_row != row && m_modified)
        apply();
    m_row = row;
    m_rows.clear();
    m_authors->setRecord(row);
    rebuild();
}

bool RecordEditor::sameLayout(const Record &a, const Record &b)
{
    if (a.fields.size() != b.fields.size())
        return false;
    for (int i = 0; i < a.fields.size(); ++i) {
        if (a.fields.at(i).key != b.fields.at(i).key || a.fields.at(i).tag != b.fields.at(i).tag)
            return false;
    }
    return true;
}

RecordEditor::FieldRow RecordEditor::makeRow(int fieldIndex, FieldKey key, const QString &tag,
                                             const QString &value)
{
    FieldRow row;
    row.fieldIndex = fieldIndex;
    row.key = key;
    row.tag = tag;
    row.original = fieldIndex >= 0 ? value : QString();
    row.label = new QLabel(fieldLabel(key, tag), m_fieldsBox);
    if (!tag.isEmpty())
        row.label->setToolTip(tr("Written in the file with the tag \"%1\"").arg(tag));
    if (isMultiLine(key, value)) {
        row.text = new QPlainTextEdit(m_fieldsBox);
        row.text->setTabChangesFocus(true);
        row.text->setFixedHeight(row.text->fontMetrics().lineSpacing() * 6 + 12);
        row.text->setPlainText(value);
        row.text->installEventFilter(this);
        connect(row.text, &QPlainTextEdit::textChanged, this, &RecordEditor::updateModified);
    } else {
        row.line = new QLineEdit(m_fieldsBox);
        row.line->setText(value);
        row.line->setCursorPosition(0);
        connect(row.line, &QLineEdit::textChanged, this, &RecordEditor::updateModified);
        connect(row.line, &QLineEdit::editingFinished, this, [this] {
            if (!m_updating)
                apply();
        });
    }
    row.label->setBuddy(row.editor());
    return row;
}

void RecordEditor::appendRow(FieldRow row)
{
    m_form->addRow(row.label, row.editor());
    m_rows.append(row);
}

void RecordEditor::rebuild()
{
    const bool wasUpdating = m_updating;
    m_updating = true;

    // Keep fields that were added but not applied yet, with what was typed into them.
    QList<std::pair<FieldRow, QString>> pending;
    for (const FieldRow &row : std::as_const(m_rows)) {
        if (row.fieldIndex < 0)
            pending.append({row, row.value()});
    }
    for (const FieldRow &row : std::as_const(m_rows)) {
        row.editor()->disconnect(this);
        row.editor()->removeEventFilter(this);
    }
    m_rows.clear();

    // Replace the whole box: an editor may be emitting the signal that led here.
    QWidget *old = m_fieldsBox;
    m_fieldsBox = new QWidget(old->parentWidget());
    m_form = new QFormLayout(m_fieldsBox);
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // replaceWidget() hands back the layout item that held the old box: ours to delete.
    delete old->parentWidget()->layout()->replaceWidget(old, m_fieldsBox);
    old->hide();
    old->deleteLater();

    const bool valid = m_document && m_document->isValidRow(m_row);
    m_placeholder->setVisible(!valid);
    m_scroll->setVisible(valid);
    if (valid) {
        m_shown = m_document->record(m_row);
        for (int i = 0; i < m_shown.fields.size(); ++i) {
            const Field &f = m_shown.fields.at(i);
            appendRow(makeRow(i, f.key, f.tag, f.value));
        }
        for (const auto &[row, value] : std::as_const(pending)) {
            FieldRow copy = makeRow(-1, row.key, row.tag, QString());
            copy.setValue(value);
            appendRow(copy);
        }
        m_type->setCurrentIndex(m_type->findData(int(m_shown.type)));
        m_sourceType->setText(m_shown.sourceType.isEmpty()
                              ? QString() : tr("(as written: %1)").arg(m_shown.sourceType));
    } else {
        m_shown = Record();
    }
    m_updating = wasUpdating;
    updateModified();
    validate();
}

void RecordEditor::refreshFromDocument()
{
    if (!m_document || !m_document->isValidRow(m_row)) {
        rebuild();
        return;
    }
    const Record &current = m_document->record(m_row);
    if (!sameLayout(m_shown, current)) {
        rebuild();
        return;
    }
    const bool wasUpdating = m_updating;
    m_updating = true;
    for (FieldRow &row : m_rows) {
        if (row.fieldIndex < 0)
            continue;
        const QString value = current.fields.at(row.fieldIndex).value;
        // Unapplied typing elsewhere stays; fields the user did not touch follow the record.
        if (row.value() == row.original && value != row.original)
            row.setValue(value);
        row.original = value;
    }
    m_shown = current;
    m_type->setCurrentIndex(m_type->findData(int(m_shown.type)));
    m_sourceType->setText(m_shown.sourceType.isEmpty()
                          ? QString() : tr("(as written: %1)").arg(m_shown.sourceType));
    m_updating = wasUpdating;
    updateModified();
    validate();
}

void RecordEditor::updateModified()
{
    bool modified = false;
    for (const FieldRow &row : std::as_const(m_rows)) {
        if (row.value() != row.original) {
            modified = true;
            break;
        }
    }
    const bool changed = modified != m_modified;
    if (changed) {
        m_modified = modified;
        Q_EMIT this->modified(modified);
    }
    if (modified || changed)
        Q_EMIT pendingTextChanged();
}

QList<RecordEditor::Change> RecordEditor::pendingChanges() const
{
    QList<Change> changes;
    for (const FieldRow &row : std::as_const(m_rows)) {
        if (row.value() != row.original)
            changes.append({row.fieldIndex, row.key, row.tag, row.value()});
    }
    // Highest index first, so removing a field does not move the ones still to be set;
    // new fields (index -1) last, in the order they were added.
    std::stable_sort(changes.begin(), changes.end(), [](const Change &a, const Change &b) {
        if ((a.fieldIndex < 0) != (b.fieldIndex < 0))
            return b.fieldIndex < 0;
        return a.fieldIndex > b.fieldIndex;
    });
    return changes;
}

bool RecordEditor::pendingRecord(Record *record) const
{
    if (!m_modified || !m_document || !m_document->isValidRow(m_row))
        return false;
    const QList<Change> changes = pendingChanges();
    if (changes.isEmpty())
        return false;
    // What apply() would push as SetFieldCommands, done to a copy.
    Record result = m_document->record(m_row);
    for (const Change &c : changes) {
        if (c.fieldIndex < 0) {
            if (!c.value.isEmpty())
                result.fields.append(Field{c.key, c.tag, c.value});
        } else if (c.fieldIndex < result.fields.size()) {
            if (c.value.isEmpty())
                result.fields.removeAt(c.fieldIndex);
            else
                result.fields[c.fieldIndex].value = c.value;
        }
    }
    *record = result;
    return true;
}

void RecordEditor::apply()
{
    if (m_updating || !m_document || !m_document->isValidRow(m_row))
        return;
    validate();
    const QList<Change> changes = pendingChanges();
    if (changes.isEmpty())
        return;

    m_updating = true;
    QUndoStack *stack = m_document->undoStack();
    const bool macro = changes.size() > 1;
    if (macro)
        stack->beginMacro(tr("Edit %1 fields").arg(changes.size()));
    for (const Change &c : std::as_const(changes)) {
        if (c.fieldIndex >= 0)
            stack->push(new SetFieldCommand(m_document, m_row, c.fieldIndex, c.value));
        else
            stack->push(SetFieldCommand::append(m_document, m_row, c.key, c.tag, c.value));
    }
    if (macro)
        stack->endMacro();
    // Applied new fields are now ordinary fields of the record.
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(), [](const FieldRow &row) {
                     return row.fieldIndex < 0 && !row.value().isEmpty();
                 }),
                 m_rows.end());
    m_updating = false;
    refreshFromDocument();
}

void RecordEditor::reset()
{
    const bool wasUpdating = m_updating;
    m_updating = true;
    m_rows.erase(std::remove_if(m_rows.begin(), m_rows.end(),
                                [](const FieldRow &row) { return row.fieldIndex < 0; }),
                 m_rows.end());
    m_updating = wasUpdating;
    rebuild();
}

void RecordEditor::addField(FieldKey key, const QString &tag)
{
    if (!m_document || !m_document->isValidRow(m_row))
        return;
    FieldRow row = makeRow(-1, key, tag, QString());
    appendRow(row);
    row.editor()->setFocus();
    m_scroll->ensureWidgetVisible(row.editor());
}

void RecordEditor::populateAddFieldMenu()
{
    QMenu *menu = m_addField->menu();
    menu->clear();
    for (int k = int(FieldKey::Other) + 1; k < int(FieldKey::Count); ++k) {
        const auto key = FieldKey(k);
        menu->addAction(fieldKeyDisplayName(key), this, [this, key] { addField(key); });
    }
    menu->addSeparator();
    menu->addAction(tr("Other Tag…"), this, &RecordEditor::addCustomField);
}

void RecordEditor::addCustomField()
{
    bool ok = false;
    const QString tag = QInputDialog::getText(this, tr("Add Field"),
                                              tr("Tag of the new field, as the format writes it:"),
                                              QLineEdit::Normal, QString(), &ok).trimmed();
    if (ok && !tag.isEmpty())
        addField(FieldKey::Other, tag);
}

bool RecordEditor::validate(QStringList *problems)
{
    static const QRegularExpression doiPattern(QStringLiteral(R"(^10\.\d{4,9}/\S+$)"));
    bool ok = true;
    for (FieldRow &row : m_rows) {
        QString problem;
        const QString value = row.value().trimmed();
        if (row.key == FieldKey::Doi && !value.isEmpty()) {
            QString doi = value;
            static const QRegularExpression prefix(
                    QStringLiteral(R"(^(?:https?://(?:dx\.)?doi\.org/|doi:\s*))"),
                    QRegularExpression::CaseInsensitiveOption);
            doi.remove(prefix);
            if (!doiPattern.match(doi).hasMatch())
                problem = tr("The DOI should look like 10.1234/abc.");
        } else if (row.key == FieldKey::Url && !value.isEmpty()) {
            const QUrl url(value, QUrl::StrictMode);
            if (!url.isValid() || url.scheme().isEmpty())
                problem = tr("The URL should start with http:// or https://.");
        }
        auto *warning = row.line ? row.line->property(warningProperty).value<QAction *>() : nullptr;
        if (row.line) {
            if (!problem.isEmpty() && !warning) {
                warning = row.line->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                              QLineEdit::TrailingPosition);
                row.line->setProperty(warningProperty, QVariant::fromValue(warning));
            }
            if (warning) {
                warning->setVisible(!problem.isEmpty());
                warning->setToolTip(problem);
            }
        }
        if (!problem.isEmpty()) {
            ok = false;
            if (problems)
                *problems << QStringLiteral("%1: %2").arg(row.label->text(), problem);
        }
    }
    return ok;
}

bool RecordEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && !m_updating
        && qobject_cast<QPlainTextEdit *>(watched)) {
        apply();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace refmend
