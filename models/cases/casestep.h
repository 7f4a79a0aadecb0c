#pragma once

#include <QDateTime>
#include <QString>

// One entry of a case's timeline (table case_step).
struct CaseStep
{
    qint64 id = 0;
    QString action; // "receive" for the intake, else a CaseWorkflow action
    QString fromStatus;
    QString toStatus;
    QDateTime at;
    QString byName;
    QString toWhom;
    QString note;
    QString result;
    QString satisfaction;
    QString reason;
};
