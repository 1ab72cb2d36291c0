// The interface language: the system's, or the one chosen in View ▸ Language (kept in the
// settings), installed when the program starts, with Qt's own translations for its dialogs.
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <vector>

namespace relulab::gui {

struct InterfaceLanguage
{
    QString code;        // "de", "pt_BR"; "en" for the English the sources are written in
    QString nativeName;  // the language named in itself: "Deutsch", "简体中文"
};

// English and every language with a translation, in the menu's order (by native name).
const std::vector<InterfaceLanguage> &interfaceLanguages();

// The code chosen in View ▸ Language, empty for "System default".
QString savedLanguage();
void saveLanguage(const QString &code);

// What a choice means: a known code is itself; anything else (empty: "System default") is the
// first of the system's preferred languages that the program has ("de-AT" finds "de", "pt-BR"
// finds "pt_BR"), else English.
QString resolveLanguage(const QString &choice,
                        const QStringList &preferred = QLocale::system().uiLanguages());

// Installs the program's and Qt's translations for a code of interfaceLanguages() in place of
// any installed before, and makes the language's locale the default, so the interface writes
// numbers the way the language does ("0,01" in German). Files, the clipboard's CSV and the
// command line never use the default locale. False when a translation could not be loaded.
bool installLanguage(const QString &code);
// The code installLanguage last installed; "en" before that.
QString installedLanguage();
// The same with a compiled translation file of one's own (the pseudo-translation of the layout
// tests); the locale stays as it is.
bool installTranslationFile(const QString &qmPath);
// Removes what installLanguage or installTranslationFile installed.
void removeTranslations();

}  // namespace relulab::gui
