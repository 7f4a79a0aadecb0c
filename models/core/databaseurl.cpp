#include "databaseurl.h"

#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

bool DatabaseUrl::isServerUrl(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

DatabaseUrl DatabaseUrl::parse(const QString &location)
{
    DatabaseUrl result;
    if (!isServerUrl(location)) {
        result.m_filePath = location;
        result.m_valid = !location.isEmpty();
        return result;
    }
    result.m_server = true;
    const QUrl url(location, QUrl::StrictMode);
    result.m_host = url.host();
    result.m_port = url.port(5432);
    result.m_userName = url.userName(QUrl::FullyDecoded);
    result.m_password = url.password(QUrl::FullyDecoded);
    result.m_databaseName = url.path(QUrl::FullyDecoded).mid(1);
    result.m_schema = QUrlQuery(url).queryItemValue(QStringLiteral("schema"), QUrl::FullyDecoded);
    // The schema name is put into SQL and the connection options, so only a plain identifier.
    static const QRegularExpression identifier(QStringLiteral("^[a-z_][a-z0-9_]{0,62}$"));
    result.m_valid = url.isValid() && !result.m_host.isEmpty() && !result.m_databaseName.isEmpty() &&
                     (result.m_schema.isEmpty() || identifier.match(result.m_schema).hasMatch());
    return result;
}

QString DatabaseUrl::withPassword(const QString &location, const QString &password)
{
    if (!isServerUrl(location))
        return location;
    QUrl url(location.trimmed());
    url.setPassword(password);
    return url.toString();
}

QString DatabaseUrl::display() const
{
    if (!m_server)
        return m_filePath;
    QString text = QStringLiteral("postgresql://");
    if (!m_userName.isEmpty())
        text += m_userName + u'@';
    text += m_host;
    if (m_port != 5432)
        text += u':' + QString::number(m_port);
    text += u'/' + m_databaseName;
    if (!m_schema.isEmpty())
        text += QLatin1String("?schema=") + m_schema;
    return text;
}
