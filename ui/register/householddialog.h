#pragma once

#include "models/access/accessscope.h"

#include "models/core/fielderror.h"
#include "models/register/household.h"
#include "models/register/resident.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class RegisterLookups;
class ResidentForm;
class TypedValueEditors;

// Adds or edits a household and its members in one save: the address, then each member
// through the embedded resident form. Nothing is written until Save, and then all at once.
class HouseholdDialog final : public QDialog
{
    Q_OBJECT

public:
    // householdId 0 = a new household (optionally preset to a building).
    HouseholdDialog(QSqlDatabase db, const AccessScope &scope, qint64 householdId, qint64 presetBuildingId,
                    QWidget *parent = nullptr);
    ~HouseholdDialog() override;

    qint64 savedHouseholdId() const { return m_household.id; }
    ResidentForm *memberForm() const { return m_form; }
    TypedValueEditors *customFields() const { return m_custom; }

    void accept() override;

signals:
    void openResidentRequested(qint64 residentId);

private:
    void loadCompounds();
    void compoundChanged();
    bool applyMember(); // form → member list; false when the form has errors
    void newMember();
    void editMember(int row);
    void removeMember();
    void refreshMembers();
    void showSaveErrors(const QList<FieldError> &errors, const QList<FieldError> &warnings);

    QSqlDatabase m_db;

    AccessScope m_scope; // who is acting: handed on to every store and dialog
    RegisterLookups *m_lookups = nullptr;
    Household m_household;
    TypedValueEditors *m_custom = nullptr; // none when the office has no household fields
    QList<Resident> m_members;
    int m_editingRow = -1; // -1 = the form holds a new member
    QComboBox *m_compound = nullptr;
    QComboBox *m_building = nullptr;
    QLineEdit *m_unit = nullptr;
    QLineEdit *m_room = nullptr;
    QComboBox *m_housing = nullptr;
    QDateEdit *m_movedIn = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_notes = nullptr;
    QLabel *m_householdMessage = nullptr;
    QTableWidget *m_memberTable = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    ResidentForm *m_form = nullptr;
    qint64 m_presetBuilding = 0;
};
