#pragma once

#include "models/access/accessscope.h"
#include "models/core/fielderror.h"

#include "tagdefinition.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>
#include <QSqlDatabase>

// A resident's tags over time: each time they had a tag is a period with a start and an end date
// and the values of the tag's attributes (低保证号, 复核日期…). Ending a tag is an end date, never a
// deletion; a changed value keeps the old one with the time it was replaced. resident_tag, the
// "current" index the lists filter on, changes in the same transaction. ResidentWriter opens and
// ends periods the same way when a form or an import changes a resident's tag list.
class ResidentTags final
{
    Q_DECLARE_TR_FUNCTIONS(ResidentTags)

public:
    // One resident whose tag attribute (a date) falls in a range.
    struct DateHit
    {
        qint64 residentId = 0;
        qint64 householdId = 0;
        QString name;
        QDate date;
    };

    ResidentTags(QSqlDatabase db, const AccessScope &scope);

    // Every period, current ones first, then the newest; empty for a resident the scope cannot see.
    QList<TagPeriod> periods(qint64 residentId) const;
    QList<TagPeriod> current(qint64 residentId) const;
    // What each attribute of a period held, oldest first.
    QList<TagValueChange> valueHistory(qint64 periodId) const;

    // Gives the resident the tag from `start` (not after today) with attribute values by code.
    SaveResult start(qint64 residentId, qint64 tagId, const QDate &start, const QMap<QString, QString> &values = {},
                     const QString &note = QString());
    // Ends the current period on `end` (from its start to today).
    SaveResult end(qint64 residentId, qint64 tagId, const QDate &end, const QString &note = QString());
    // Changes the current period's attribute values (those named; an empty value clears one).
    SaveResult setValues(qint64 residentId, qint64 tagId, const QMap<QString, QString> &values);

    // The current value of a current tag's attribute, or empty, if the scope sees the resident.
    QString attributeValue(qint64 residentId, const QString &tagCode, const QString &attributeCode) const;
    // The same for callers that chose the resident through their own scope already.
    static QString attributeValue(const QSqlDatabase &db, qint64 residentId, const QString &tagCode,
                                  const QString &attributeCode);
    // Living residents with the tag today whose date attribute lies in [from, to], by date
    // (e.g. 低保 复核日期 due this month); only those the scope sees.
    QList<DateHit> withDateBetween(const QString &tagCode, const QString &attributeCode, const QDate &from,
                                   const QDate &to) const;

private:
    SaveResult refused(const QString &field, const QString &message) const;
    // Why the scope may not change this resident's tags, or empty.
    QString refusal(qint64 residentId) const;
    // Checks and normalizes values against the tag's attributes; attribute ids by code in *ids.
    bool checkValues(qint64 tagId, QMap<QString, QString> &values, QMap<QString, qint64> *ids,
                     QList<FieldError> &errors) const;
    bool writeValue(qint64 periodId, qint64 attributeId, const QString &value, const QString &stamp);
    qint64 openPeriod(qint64 residentId, qint64 tagId) const;
    bool audit(qint64 periodId, const QString &action, const QString &before, const QString &after) const;
    QString periodJson(qint64 periodId) const;

    QSqlDatabase m_db;
    AccessScope m_scope;
};
