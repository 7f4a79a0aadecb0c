#pragma once

#include <QDate>
#include <QString>

// One dated entry of a resident's history (moved in, moved out, deceased, moved household, edited).
struct ResidentChange
{
    qint64 id = 0;
    QString kind;
    QDate date;
    QString fromAddress;
    QString toAddress;
    QString note;
    QString userName;
    QString createdAt;
};
