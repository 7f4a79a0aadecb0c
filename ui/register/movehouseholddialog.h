#pragma once

#include "models/access/accessscope.h"

#include <QDate>
#include <QDialog>
#include <QSqlDatabase>

class AddressTreeModel;
class QDateEdit;
class QLineEdit;
class QTreeView;

// Picks the household a resident moves to, from the address tree.
class MoveHouseholdDialog final : public QDialog
{
    Q_OBJECT

public:
    MoveHouseholdDialog(QSqlDatabase db, const AccessScope &scope, const QString &residentName,
                        QWidget *parent = nullptr);
    qint64 householdId() const;
    QDate date() const;
    QString note() const;

private:
    AddressTreeModel *m_model = nullptr;
    QTreeView *m_tree = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_note = nullptr;
};
