#pragma once

#include "models/access/accessscope.h"

#include <QDialog>
#include <QSqlDatabase>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

// The contact people of a compound, one of its buildings or a unit of it (楼栋长, 单元长, 三长,
// 业委会, 物业): listed per place, added and taken off at once through PlaceRoleStore, which
// refuses what the signed-in person may not change. Printed on the building's visit sheet.
class PlaceRolesDialog final : public QDialog
{
    Q_OBJECT

public:
    // buildingId 0: the compound's contacts only.
    PlaceRolesDialog(QSqlDatabase db, const AccessScope &scope, qint64 compoundId, qint64 buildingId = 0,
                     QWidget *parent = nullptr);

    QComboBox *placeCombo() const { return m_place; }
    QComboBox *roleCombo() const { return m_role; }
    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *phoneEdit() const { return m_phone; }
    QTableWidget *roles() const { return m_roles; }
    QString messageText() const;

    bool addRole();
    bool removeRole();

private:
    void reload();

    QSqlDatabase m_db;
    AccessScope m_scope;
    qint64 m_compoundId = 0;
    qint64 m_buildingId = 0;
    QComboBox *m_place = nullptr;
    QTableWidget *m_roles = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_phone = nullptr;
    QLabel *m_message = nullptr;
};
