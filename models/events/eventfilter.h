#pragma once

#include <QDate>
#include <QString>

// What the event list shows. Zero / empty / invalid means "any".
struct EventFilter
{
    QDate from;
    QDate to;          // inclusive
    qint64 gridId = 0; // -1: community-wide events only
    qint64 typeId = 0;
    QString text; // title, place or organiser
    bool includeCancelled = true;

    bool operator==(const EventFilter &o) const
    {
        return from == o.from && to == o.to && gridId == o.gridId && typeId == o.typeId && text == o.text &&
               includeCancelled == o.includeCancelled;
    }
    bool operator!=(const EventFilter &o) const { return !(*this == o); }
};
