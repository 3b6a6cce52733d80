#pragma once

#include <QString>
#include <QStringList>

namespace refmend {

/*! \brief Installs the translators for \a language on the application: RefMend's own
    (refmend_<lang>.qm, from the first of translationDirectories() that has it) and Qt's
    (qt_<lang>.qm from QLibraryInfo::TranslationsPath, for the standard dialogs and buttons).

    \a language is a code from availableLanguages() ("pt_PT", "en"), or empty for the
    system's UI languages in order of preference; English stops the search, so that
    "en:de" shows English. English gets the English plural forms (refmend_en.qm: "1 record"
    for "%n record(s)"). Translators installed by an earlier call are removed first.
    Returns the code of the translation loaded, or an empty string for English. */
QString installTranslators(const QString &language = {});

/*! Where RefMend's .qm files are looked for, in order: the folder `cmake --install` puts
    them in (\a applicationDir/../share/refmend/translations, when it exists: there a
    packager or translator can replace a .qm without a rebuild), then the copies embedded
    in the executable under :/i18n (the build tree, a moved or partial install). */
QStringList translationDirectories(const QString &applicationDir);

//! The first of \a directories that holds refmend_<\a code>.qm; empty when none does.
QString findTranslation(const QString &code, const QStringList &directories);

/*! The translation that \a uiLanguages (as QLocale::uiLanguages() gives them, "pt-BR")
    would get from \a available ("pt_PT", "de", ...): the first exact match, else the same
    language in the same script ("pt-BR" -> "pt_PT", "de-AT" -> "de", but not
    "zh-TW" -> "zh_CN"). Empty when an English entry comes first or nothing matches. */
QString matchTranslation(const QStringList &uiLanguages, const QStringList &available);

/*! The standard button texts of Qt (context "QPlatformTheme") that RefMend's own
    translations carry, because Qt has no European Portuguese catalogue for them. */
QStringList qtButtonTexts();

} // namespace refmend
