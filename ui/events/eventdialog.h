#pragma once

#include "models/access/accessscope.h"

#include "models/events/event.h"
#include "models/events/eventstore.h"
#include "ui/common/attendeebox.h"

#include <QDialog>
#include <QSqlDatabase>
#include <QStringList>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableView;
class QTableWidget;

// Records an event: what, where and when, the residents who took part (searched in the
// register and added to the list) plus a head count of others, the volunteers with their
// hours, notes and photos. Photos chosen before the first save are copied once it is saved.
class EventDialog final : public QDialog
{
    Q_OBJECT

public:
    // eventId 0: a new event.
    EventDialog(QSqlDatabase db, const AccessScope &scope, qint64 eventId = 0, QWidget *parent = nullptr);

    Event event() const;
    qint64 savedEventId() const { return m_event.id; }
    QString errorText() const;

    // For tests and the picker: search the register, add the n-th hit to the participants.
    void searchResidents(const QString &text) { m_participants->picker()->search(text); }
    bool addFoundResident(int row) { return m_participants->picker()->addHit(row); }
    void addVolunteerRow(qint64 volunteerId, double hours);
    void addPhoto(const QString &path);
    QListWidget *participants() const { return m_participants->picker()->chosen(); }
    QTableView *residentHits() const { return m_participants->picker()->hits(); }
    QTableWidget *volunteers() const { return m_volunteers; }
    QListWidget *photos() const { return m_photos; }
    QLabel *totalLabel() const { return m_participants->picker()->totalLabel(); }

    void accept() override;

    // A volunteer's entry where another has the same name: "name (aged 71, address)".
    static QString volunteerLabel(const EventStore::VolunteerChoice &v);

private:
    void load();
    void choosePhotos();

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    Event m_event;
    QStringList m_pendingPhotos;

    QLineEdit *m_title = nullptr;
    QComboBox *m_type = nullptr;
    QComboBox *m_grid = nullptr;
    QLineEdit *m_place = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QLineEdit *m_organiser = nullptr;
    AttendeeBox *m_participants = nullptr;
    QTableWidget *m_volunteers = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QListWidget *m_photos = nullptr;
    QLabel *m_error = nullptr;
};
