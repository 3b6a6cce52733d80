#pragma once

#include "format.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

namespace refmend {

struct FormatInfo {
    QString id;                  // "endnote", "csl-json", "csv"
    QString name;                // "EndNote tagged (Refer)"
    QStringList extensions;      // without dot, first is the default ("enw")
    std::function<std::unique_ptr<Reader>()> makeReader;   // empty when write-only
    std::function<std::unique_ptr<Writer>()> makeWriter;   // empty when read-only
    //! Confidence 0..100 that \a head (the start of a decoded file) is this format.
    std::function<int(QStringView head)> sniff;
};

/*! \brief The formats RefMend knows, and picking one for a file: content first, then
    the extension. */
class FormatRegistry
{
public:
    static const FormatRegistry &instance();

    const QList<FormatInfo> &formats() const { return m_formats; }
    const FormatInfo *find(QStringView id) const;         // by id or alias ("enw", "json")
    const FormatInfo *forExtension(QStringView suffix) const;
    //! Best reader for this content and file name; \a reason says why it was chosen.
    const FormatInfo *detect(QStringView head, const QString &fileName,
                             QString *reason = nullptr) const;
    //! Filter string for QFileDialog ("EndNote tagged (*.enw *.txt);;...").
    QString fileDialogFilter(bool forWriting) const;

private:
    FormatRegistry();
    QList<FormatInfo> m_formats;
};

} // namespace refmend
