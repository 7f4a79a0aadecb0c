#pragma once

#include "models/core/fielderror.h"

#include <QCoreApplication>
#include <QString>

// One saved change of one record (a resident, a household, a grid, an event, a volunteer) that
// can be taken back and put again. Undo and redo are new audited changes written through the
// record's own store, never a deletion of history; both refuse, naming the record, when it has
// changed elsewhere since.
class RecordRevision
{
    Q_DECLARE_TR_FUNCTIONS(RecordRevision)

public:
    virtual ~RecordRevision() = default;

    // What the change did, for the Edit menu: "edit resident 张三".
    virtual QString text() const = 0;
    // Writes the values from before the change back (an added record is retired the way its
    // register retires records); ok is false with a message when refused.
    virtual SaveResult undo() = 0;
    // Writes the change again after an undo.
    virtual SaveResult redo() = 0;

protected:
    static SaveResult refused(const QString &message);
    static QString changedElsewhere(const QString &name);
    static QString gone(const QString &name);
    static QString notSaved(const QString &name);
};
