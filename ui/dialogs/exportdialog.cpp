#include "exportdialog.h"

#include "formats/csvwriter.h"
#include "formats/fileio.h"
#include "formats/formatregistry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace refmend {

namespace {

//! More detail lines than this are summed up; the summary line already counts them all.
constexpr int kMaxDetailLines = 500;

QStringList csvColumnChoices()
{
    QStringList ids = CsvWriter::defaultColumns();
    const QStringList extra{QStringLiteral("id"), QStringLiteral("translators"),
                            QStringLiteral("series-editors")};
    ids.append(extra);
    for (int key = 1; key < int(FieldKey::Count); ++key) {
        const QString id = fieldKeyId(FieldKey(key));
        if (!ids.contains(id))
            ids.append(id);
    }
    return ids;
}

} // namespace

ExportDialog::ExportDialog(const QList<Record> &records, const QList<int> &selectedRows,
                           const QString &formatId, LineEnding lineEnding, QWidget *parent)
    : QDialog(parent)
    , m_records(records)
    , m_selectedRows(selectedRows)
{
    setWindowTitle(tr("Export"));
    setObjectName(QStringLiteral("exportDialog"));

    m_format = new QComboBox(this);
    for (const FormatInfo &info : FormatRegistry::instance().formats()) {
        if (info.makeWriter)
            m_format->addItem(info.name, info.id);
    }

    m_encoding = new QComboBox(this);
    for (const auto &[id, label] : encodingChoices())
        m_encoding->addItem(label, id);

    m_lineEnding = new QComboBox(this);
    m_lineEnding->addItem(tr("LF (Linux, macOS)"), int(LineEnding::Lf));
    m_lineEnding->addItem(tr("CR LF (Windows)"), int(LineEnding::CrLf));
    m_lineEnding->setCurrentIndex(lineEnding == LineEnding::CrLf ? 1 : 0);

    m_selectedOnly = new QCheckBox(tr("Only the %n selected record(s)", nullptr,
                                      int(selectedRows.size())), this);
    m_selectedOnly->setEnabled(!selectedRows.isEmpty());

    m_columnsLabel = new QLabel(tr("CSV columns:"), this);
    m_columns = new QListWidget(this);
    m_columns->setObjectName(QStringLiteral("csvColumns"));
    const QStringList defaults = CsvWriter::defaultColumns();
    for (const QString &id : csvColumnChoices()) {
        auto *item = new QListWidgetItem(id, m_columns);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(defaults.contains(id) ? Qt::Checked : Qt::Unchecked);
    }
    m_columns->setMaximumHeight(140);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("lossSummary"));
    m_summary->setWordWrap(true);
    m_details = new QPlainTextEdit(this);
    m_details->setReadOnly(true);
    m_details->setPlaceholderText(tr("Every field has a place in this format."));

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Encoding:"), m_encoding);
    form->addRow(tr("&Line endings:"), m_lineEnding);
    form->addRow(QString(), m_selectedOnly);
    form->addRow(m_columnsLabel, m_columns);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Export…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("What this format cannot carry:"), this));
    layout->addWidget(m_summary);
    layout->addWidget(m_details, 1);
    layout->addWidget(buttons);

    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_lineEnding, &QComboBox::currentIndexChanged, this, &ExportDialog::updatePreview);
    connect(m_selectedOnly, &QCheckBox::toggled, this, &ExportDialog::updatePreview);
    connect(m_columns, &QListWidget::itemChanged, this, &ExportDialog::updatePreview);

    setFormatId(formatId);
    updatePreview();
    resize(560, 560);
}

QString ExportDialog::formatId() const
{
    return m_format->currentData().toString();
}

void ExportDialog::setFormatId(const QString &formatId)
{
    const int index = m_format->findData(formatId);
    if (index >= 0)
        m_format->setCurrentIndex(index);
}

QList<std::pair<QString, QString>> ExportDialog::encodingChoices()
{
    return {
        {QStringLiteral("UTF-8"), tr("UTF-8")},
        {QStringLiteral("UTF-8+BOM"), tr("UTF-8 with byte order mark")},
        {QStringLiteral("UTF-16LE+BOM"), tr("UTF-16 (little endian, with byte order mark)")},
        {QStringLiteral("windows-1252"), tr("Windows-1252 (Western)")},
        {QStringLiteral("ISO-8859-1"), tr("ISO-8859-1 (Latin-1)")},
    };
}

void ExportDialog::setEncoding(const QString &encodingId)
{
    const int index = m_encoding->findData(encodingId);
    if (index >= 0)
        m_encoding->setCurrentIndex(index);
}

QString ExportDialog::encoding() const
{
    return m_encoding->currentData().toString();
}

void ExportDialog::setSelectedOnly(bool selectedOnly)
{
    m_selectedOnly->setChecked(selectedOnly && m_selectedOnly->isEnabled());
}

WriteOptions ExportDialog::options() const
{
    WriteOptions options;
    options.lineEnding = LineEnding(m_lineEnding->currentData().toInt());
    QString encoding = m_encoding->currentData().toString();
    if (encoding.endsWith(QLatin1String("+BOM"))) {
        encoding.chop(4);
        options.writeBom = true;
    }
    options.encoding = encoding;
    if (formatId() == QLatin1String("csv")) {
        for (int i = 0; i < m_columns->count(); ++i) {
            if (m_columns->item(i)->checkState() == Qt::Checked)
                options.csvColumns.append(m_columns->item(i)->text());
        }
        if (options.csvColumns.isEmpty())
            options.csvColumns.append(QStringLiteral("title")); // never an empty header
    }
    return options;
}

QList<Record> ExportDialog::recordsToWrite() const
{
    if (!m_selectedOnly->isChecked())
        return m_records;
    QList<Record> chosen;
    chosen.reserve(m_selectedRows.size());
    for (int row : m_selectedRows) {
        if (row >= 0 && row < m_records.size())
            chosen.append(m_records.at(row));
    }
    return chosen;
}

QString ExportDialog::lossText() const
{
    return m_summary->text();
}

void ExportDialog::updatePreview()
{
    const bool csv = formatId() == QLatin1String("csv");
    m_columns->setVisible(csv);
    m_columnsLabel->setVisible(csv);

    // Write in memory, exactly as the export will, and show what the writer reported.
    WriteResult result;
    writeBytes(recordsToWrite(), formatId(), options(), &result);
    if (!result.ok) {
        m_summary->setText(result.error);
        m_details->clear();
        return;
    }
    const QString summary = lossSummary(result.warnings, m_format->currentText());
    m_summary->setText(summary.isEmpty() ? tr("Nothing: every field has a place.") : summary);
    QStringList lines;
    for (const Diagnostic &warning : std::as_const(result.warnings)) {
        if (lines.size() == kMaxDetailLines) {
            lines.append(tr("… and %n more", nullptr,
                            int(result.warnings.size()) - kMaxDetailLines));
            break;
        }
        lines.append(warning.recordIndex >= 0
                     ? tr("Record %1: %2").arg(warning.recordIndex + 1).arg(warning.message)
                     : warning.message);
    }
    m_details->setPlainText(lines.join(u'\n'));
}

} // namespace refmend
