#include "columncondition.h"

#include <QJsonObject>

QJsonArray ColumnCondition::toJson(const QList<ColumnCondition> &conditions)
{
    QJsonArray array;
    for (const ColumnCondition &c : conditions)
        if (!c.isEmpty())
            array.append(QJsonObject{{QStringLiteral("column"), c.column},
                                     {QStringLiteral("contains"), c.contains},
                                     {QStringLiteral("values"), QJsonArray::fromStringList(c.values)}});
    return array;
}

QList<ColumnCondition> ColumnCondition::fromJson(const QJsonArray &array, int columnCount)
{
    QList<ColumnCondition> conditions;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        ColumnCondition c;
        c.column = o.value(QStringLiteral("column")).toInt(-1);
        c.contains = o.value(QStringLiteral("contains")).toString();
        for (const QJsonValue &value : o.value(QStringLiteral("values")).toArray())
            c.values << value.toString();
        if (c.column >= 0 && c.column < columnCount && !c.isEmpty())
            conditions.append(c);
    }
    return conditions;
}
