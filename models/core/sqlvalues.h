#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVariant>

// How values are written to SQL columns, the same way in every store: empty text, dates that
// are not valid and ids <= 0 become typed NULLs, and time stamps are local ISO 8601 text.
namespace SqlValues {

inline QVariant textOrNull(const QString &s)
{
    const QString t = s.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

inline QVariant idOrNull(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

inline QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QVariant dateTimeOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

inline QString now()
{
    return QDateTime::currentDateTime().toString(Qt::ISODate);
}

} // namespace SqlValues
