#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// One typed attribute of a tag (低保证号, 复核日期…) or one custom field of a resident or household:
// both are a name, a type (AttributeType) and, for a choice, its choices.
struct TagAttribute
{
    qint64 id = 0;
    qint64 tagId = 0; // custom fields: 0
    QString code;
    QString name;
    QString type; // "text", "number", "date", "choice"
    QStringList choices;
    int sortOrder = 0;
    bool archived = false;
};

// A tag as the office defines it.
struct TagInfo
{
    qint64 id = 0;
    QString code;
    QString name;
    QString group; // 困难群体, 重点人群…; empty: none
    QString color;
    int sortOrder = 0;
    bool archived = false;
    qint64 mergedInto = 0;
    int residents = 0; // residents with the tag today
    QList<TagAttribute> attributes;
};

// One time a resident had a tag. end invalid: the tag is current.
struct TagPeriod
{
    qint64 id = 0;
    qint64 residentId = 0;
    qint64 tagId = 0;
    QString tagCode;
    QString tagName;
    QDate start; // invalid: not known (tags given before periods were kept)
    QDate end;
    QString note;
    QMap<QString, QString> values; // attribute code -> current value (dates as yyyy-MM-dd)

    bool isCurrent() const { return !end.isValid(); }
};

// One value an attribute had in a period, and until when (replaced empty: still its value).
struct TagValueChange
{
    QString attributeCode;
    QString value;
    QString setAt;
    QString userName;
    QString replacedAt;
};

// A custom field of the office; entity "resident" or "household".
struct CustomField : TagAttribute
{
    QString entity;
};
