#include "translations.h"

#include "settings/preferences.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QList>
#include <QLocale>
#include <QPointer>
#include <QTranslator>

namespace refmend {

namespace {

const QString kResourceDir = QStringLiteral(":/i18n");
// Where `cmake --install` puts the .qm files, relative to the folder of the executable.
const QString kInstalledDir = QStringLiteral("../share/refmend/translations");

/* Qt's standard button texts (QDialogButtonBox, QMessageBox). Qt 6 has no European
   Portuguese catalogue (Debian's qt_pt_PT.qm dates from Qt 4 and lacks this context), so
   RefMend's own .ts files carry them: lupdate finds them here. The other languages repeat
   Qt's own translations of them. */
const char *const kQtButtonTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
};

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void removeInstalled()
{
    for (const QPointer<QTranslator> &translator : std::as_const(installed())) {
        if (translator) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
    installed().clear();
}

bool install(const QString &fileName, const QString &directory)
{
    auto *translator = new QTranslator(QCoreApplication::instance());
    if (!translator->load(fileName, directory) || !QCoreApplication::installTranslator(translator)) {
        delete translator;
        return false;
    }
    installed().append(translator);
    return true;
}

bool isEnglish(const QLocale &locale)
{
    return locale.language() == QLocale::English || locale.language() == QLocale::C;
}

} // namespace

QStringList qtButtonTexts()
{
    QStringList texts;
    for (const char *text : kQtButtonTexts)
        texts << QString::fromLatin1(text);
    return texts;
}

QString matchTranslation(const QStringList &uiLanguages, const QStringList &available)
{
    for (QString wanted : uiLanguages) {
        wanted.replace(u'-', u'_');
        const QLocale locale(wanted);
        if (isEnglish(locale))
            return {};
        for (const QString &code : available) {
            if (code.compare(wanted, Qt::CaseInsensitive) == 0)
                return code;
        }
        for (const QString &code : available) {
            const QLocale candidate(code);
            if (candidate.language() == locale.language() && candidate.script() == locale.script())
                return code;
        }
    }
    return {};
}

QStringList translationDirectories(const QString &applicationDir)
{
    QStringList directories;
    const QString installed = QDir::cleanPath(QDir(applicationDir).filePath(kInstalledDir));
    if (!applicationDir.isEmpty() && QFileInfo(installed).isDir())
        directories << installed;
    directories << kResourceDir;
    return directories;
}

QString findTranslation(const QString &code, const QStringList &directories)
{
    const QString fileName = QStringLiteral("refmend_%1.qm").arg(code);
    for (const QString &directory : directories) {
        if (QFileInfo::exists(directory + u'/' + fileName))
            return directory;
    }
    return {};
}

QString installTranslators(const QString &language)
{
    removeInstalled();
    const QStringList directories =
            translationDirectories(QCoreApplication::applicationDirPath());
    QStringList available;
    for (const LanguageChoice &choice : availableLanguages()) {
        if (!findTranslation(choice.code, directories).isEmpty())
            available << choice.code;
    }
    const QStringList wanted = language.isEmpty() ? QLocale::system().uiLanguages()
                                                  : QStringList{language};
    const QString code = matchTranslation(wanted, available);
    if (code.isEmpty()
        || !install(QStringLiteral("refmend_") + code, findTranslation(code, directories))) {
        // English: only the plural forms ("1 record", "2 records" for "%n record(s)").
        install(QStringLiteral("refmend_en"), findTranslation(QStringLiteral("en"), directories));
        return {};
    }
    // Qt's own texts (standard buttons, file dialogs); qt_<lang> pulls in qtbase_<lang>.
    install(QStringLiteral("qt_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    return code;
}

} // namespace refmend
