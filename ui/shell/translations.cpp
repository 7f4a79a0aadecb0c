#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

QLocale Translations::localeFor(const QString &code)
{
    if (code.isEmpty())
        return QLocale::system();
    return QLocale(code);
}

void Translations::install(QCoreApplication *app, const QString &code)
{
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return; // English is the source language
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    auto *own = new QTranslator(app);
    // zh_TW and zh_HK use the traditional file; every other Chinese locale the simplified one.
    if (own->load(locale, QStringLiteral("communitydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
}
