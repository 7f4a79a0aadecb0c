#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

// A volunteer: a resident of the register (residentId > 0; name and phone copied from the
// register when made a volunteer) or an outside person. Never deleted: status "left" instead.
struct Volunteer
{
    Q_DECLARE_TR_FUNCTIONS(Volunteer)

public:
    qint64 id = 0;
    qint64 residentId = 0;
    QString name;
    QString phone;
    QString idNumber; // an outside person's own; a resident's comes from the register
    QString skills;
    QString availability;     // free-text note
    QList<int> availableDays; // ISO weekdays 1..7; empty: any day
    QTime availableFrom;      // invalid: any time
    QTime availableTo;
    QDate joinedOn;
    QString status = QStringLiteral("active");
    QString workUnit;
    QString notes;
    QList<qint64> teamIds;
    int rowVersion = 0; // as read; a save over someone else's newer save is refused

    static QStringList statusCodes();
    static QString statusLabel(const QString &code);
    static QString daysToText(const QList<int> &days);
    static QList<int> daysFromText(const QString &text);
};
