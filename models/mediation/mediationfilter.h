#pragma once

#include <QDate>
#include <QString>

// What the mediation list shows. Zero / empty / invalid means "any".
struct MediationFilter
{
    QDate from;
    QDate to; // inclusive, by the day received
    qint64 gridId = 0;
    QString kind;
    QString status;
    QString text; // matter, a party's name or the mediator
    bool includeArchived = false;
};
