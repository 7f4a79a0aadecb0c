#pragma once

#include <QDateTime>
#include <QString>

// One workflow step a clerk asks for (see CaseWorkflow for which are allowed and what each needs).
struct CaseStepRequest
{
    qint64 caseId = 0;
    QString action; // CaseWorkflow action code: assess, assign, supervise, close, follow_up, reopen
    QDateTime at;
    QString byName;
    QString toWhom; // department or person; required to assign
    QString note;
    QString result;       // required to close
    QString satisfaction; // required to follow up: satisfied, basically, dissatisfied
    QString reason;       // required to reopen
    int rowVersion = 0;   // the case's row_version the clerk saw; a stale one is refused
};
