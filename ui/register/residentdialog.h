#pragma once

#include "models/access/accessscope.h"

#include "models/register/resident.h"

#include <QDialog>
#include <QSqlDatabase>

class ResidentForm;
class TypedValueEditors;

// Edits one resident of an existing household.
class ResidentDialog final : public QDialog
{
    Q_OBJECT

public:
    ResidentDialog(QSqlDatabase db, const AccessScope &scope, const Resident &resident, QWidget *parent = nullptr);
    void accept() override;
    ResidentForm *form() const { return m_form; }
    TypedValueEditors *customFields() const { return m_custom; }

signals:
    void openResidentRequested(qint64 residentId);

private:
    void editTagPeriods();

    QSqlDatabase m_db;
    AccessScope m_scope; // who is acting: handed on to every store and dialog
    ResidentForm *m_form = nullptr;
    TypedValueEditors *m_custom = nullptr; // none when the office has no resident fields
};
