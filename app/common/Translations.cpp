#include "app/common/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcTranslations, "app.i18n", QtInfoMsg)

namespace Translations {

QStringList available()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString chosen(const QString &preference)
{
    const QString environment = qEnvironmentVariable("SECDESK_LANG").trimmed();
    if (!environment.isEmpty())
        return environment;
    return preference.trimmed();
}

QLocale localeFor(const QString &language)
{
    return language.isEmpty() ? QLocale::system() : QLocale(language);
}

bool install(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    Q_ASSERT(app);
    const QLocale locale = localeFor(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *qt = new QTranslator(app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;

    auto *own = new QTranslator(app);
    if (own->load(locale, u"secdesk"_s, u"_"_s, u":/i18n"_s)) {
        QCoreApplication::installTranslator(own);
        qCDebug(lcTranslations) << "language" << own->language() << "from" << own->filePath();
        return true;
    }
    // Any other language (or the C locale) gets English, whose file holds the plural forms.
    qCDebug(lcTranslations) << "no translation for" << locale.uiLanguages();
    if (own->load(u":/i18n/secdesk_en.qm"_s))
        QCoreApplication::installTranslator(own);
    else
        delete own;
    return false;
}

} // namespace Translations
