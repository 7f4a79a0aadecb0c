#include "damagemark.h"

#include <QFile>
#include <QSaveFile>

QString DamageMark::markPath(const QString &databasePath)
{
    return databasePath + QStringLiteral(".damaged");
}

bool DamageMark::set(const QString &databasePath, const QString &problem)
{
    QSaveFile file(markPath(databasePath));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    // First line: when (ISO 8601); the rest: what the check found.
    file.write(QDateTime::currentDateTime().toString(Qt::ISODate).toUtf8() + '\n' + problem.toUtf8() + '\n');
    return file.commit();
}

bool DamageMark::isSet(const QString &databasePath, QString *problem, QDateTime *found)
{
    QFile file(markPath(databasePath));
    if (!file.exists())
        return false;
    if (file.open(QIODevice::ReadOnly)) {
        const QString when = QString::fromUtf8(file.readLine()).trimmed();
        if (found)
            *found = QDateTime::fromString(when, Qt::ISODate);
        if (problem)
            *problem = QString::fromUtf8(file.readAll()).trimmed();
    }
    return true;
}

void DamageMark::clear(const QString &databasePath)
{
    QFile::remove(markPath(databasePath));
}
