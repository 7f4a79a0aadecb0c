#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

// A printed sheet whose rows carry codes to key back (PaperSheetStore): a sign-in sheet of an
// event, a visit sheet of a building or a week's rota.
struct PaperSheet
{
    struct Row
    {
        QString code;
        qint64 targetId = 0; // the resident, the household or the shift assignment
        QString label;       // what the row printed, to name it back to the clerk
        QDateTime keyedAt;   // invalid until keyed back
    };

    qint64 id = 0;
    QString code;
    QString kind; // signin, visit, rota
    qint64 subjectId = 0;
    QDate subjectDate;
    QString title;
    QList<Row> rows;
};
