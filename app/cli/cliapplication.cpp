#include "cliapplication.h"

#include <QByteArray>
#include <QGuiApplication>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

namespace {

// Painting a PDF needs fonts, which need a QGuiApplication; on a machine without a display
// it runs on the offscreen platform. Every other command stays a plain console program.
bool writesPdf(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]).toLower().endsWith(".pdf"))
            return true;
    return false;
}

} // namespace

std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char *argv[])
{
    // A script's reader gets the translated message, not the statement that failed beneath it;
    // QT_LOGGING_RULES=communitydesk.sql.warning=true brings the SQL back for a developer.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("communitydesk.sql.warning=false"));
    std::unique_ptr<QCoreApplication> application;
    if (writesPdf(argc, argv)) {
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
#endif
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setOrganizationName(QStringLiteral("CommunityDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("CommunityDesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PROJECT_VERSION));
    auto *translator = new QTranslator(application.get());
    if (translator->load(QLocale(), QStringLiteral("communitydesk"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(translator);
    return application;
}
