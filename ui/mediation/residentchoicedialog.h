#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class AttendeePicker;

// Choosing residents from the register for a form (a party, a landlord, a tenant): the register's
// search as the attendee picker offers it, numbers masked; OK takes those listed.
class ResidentChoiceDialog final : public QDialog
{
    Q_OBJECT

public:
    ResidentChoiceDialog(QSqlDatabase db, const AccessScope &scope, const QString &title, QWidget *parent = nullptr);

    AttendeePicker *picker() const { return m_picker; }
    QList<qint64> residentIds() const;

    // Asks and returns the residents chosen (none when cancelled).
    static QList<qint64> choose(QSqlDatabase db, const AccessScope &scope, const QString &title, QWidget *parent);

private:
    AttendeePicker *m_picker = nullptr;
};
