#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>

namespace {

// Words Qt's own dialogs show in contexts qtbase_zh_CN.qm (Qt 6.4) leaves out: the file
// dialog's Type column says "Folder". Named here so lupdate carries them into our .ts files and
// our translator answers for them.
[[maybe_unused]] const char *const kQtFolder[2] =
    QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms");
[[maybe_unused]] const char *const kQtGaps[] = {
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
    QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
};

QList<QPointer<QTranslator>> &installed()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

void add(QTranslator *translator)
{
    QCoreApplication::installTranslator(translator);
    installed().append(translator);
}

} // namespace

QLocale Translations::localeFor(const QString &code)
{
    if (code.isEmpty())
        return QLocale::system();
    return QLocale(code);
}

void Translations::install(QCoreApplication *app, const QString &code)
{
    // A second call (a test switching languages) replaces the first one's translators.
    for (const QPointer<QTranslator> &old : std::as_const(installed()))
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    installed().clear();
    const QLocale locale = localeFor(code);
    QLocale::setDefault(locale);
    if (locale.language() != QLocale::Chinese)
        return; // English is the source language
    // Qt's own texts first (Cancel, the file dialog's labels, message box buttons); ours are
    // installed last, so they are asked first and fill what qtbase leaves in English.
    auto *qt = new QTranslator(app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        add(qt);
    else
        delete qt;
    auto *own = new QTranslator(app);
    // zh_TW and zh_HK use the traditional file; every other Chinese locale the simplified one.
    if (own->load(locale, QStringLiteral("communitydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        add(own);
    else
        delete own;
}
