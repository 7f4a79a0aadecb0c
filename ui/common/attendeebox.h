#pragma once

#include "models/access/accessscope.h"

#include "attendeepicker.h"

#include <QGroupBox>
#include <QList>
#include <QSqlDatabase>
#include <QString>

// The people section of a form (an event's participants, a meeting's attendees): the attendee
// picker in a titled box, keeping its total shown in the form's words. The texts come from the
// form, in its own tr() context.
class AttendeeBox final : public QGroupBox
{
    Q_OBJECT

public:
    struct Texts
    {
        QString title;     // "Participants"
        QString addButton; // "Add to participants"
        QString headCount; // "Others not listed (head count):"
        QString total;     // "Total: %1"
    };

    AttendeeBox(QSqlDatabase db, const AccessScope &scope, const Texts &texts, QWidget *parent = nullptr);

    AttendeePicker *picker() const { return m_picker; }
    // The residents and head count of a saved record, named from the register.
    void load(const QList<qint64> &residentIds, int headCount);

signals:
    // The list or the head count changed; the total is shown already.
    void changed();

private:
    void showTotal();

    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: reads the names of the listed residents
    AttendeePicker *m_picker = nullptr;
    QString m_totalText;
};
