#pragma once

// Translations: picks the language (SECDESK_LANG, else the preference, else the system locale) and installs
// Qt's own and SecDesk's translators on the application. The .qm files are embedded under ":/i18n".
// Call from the main thread, once the QCoreApplication exists and before any translated text is made.

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Translations {

// The languages SecDesk ships, as codes ("en", "de", "fr").
QStringList available();

// The language to use: SECDESK_LANG when set, else `preference` when not empty, else "" (the system locale).
QString chosen(const QString &preference);

// The locale for a language code ("" is the system's).
QLocale localeFor(const QString &language);

// Installs qtbase_<lang> (when Qt's translations are present) and secdesk_<lang> for `language` ("" is the
// system locale); an explicit language also becomes the default QLocale. The translators are children of the
// application. Returns whether SecDesk's own translation was found (English has only its plural forms).
bool install(const QString &language);

} // namespace Translations
