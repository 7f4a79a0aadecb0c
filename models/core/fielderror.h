#pragma once

#include <QList>
#include <QString>

// A validation or save failure addressed to one field of a form (or "" for the whole record).
struct FieldError
{
    QString field;         // e.g. "idNumber"; member errors are prefixed "members/2/idNumber"
    QString message;       // translated, names the field
    qint64 existingId = 0; // the resident that already holds a duplicate ID number
};

struct SaveResult
{
    bool ok = false;
    qint64 id = 0;
    QList<FieldError> errors;
    QList<FieldError> warnings; // shown but not blocking (e.g. birth date differs from the ID)

    QString firstMessage() const { return errors.isEmpty() ? QString() : errors.constFirst().message; }
};
